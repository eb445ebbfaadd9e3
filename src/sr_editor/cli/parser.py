"""argparse with its own words in the interface language: the usage line, the section titles, -h, the "error:"
line and argparse's own error messages ("invalid choice", "the following arguments are required"...), looked up
while the parser runs. Sub-commands get the same class."""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, NoReturn

from sr_editor.core.i18n import translate


def argparse_words() -> dict[str, str]:
    """argparse's own messages (Python 3.11's argparse.py, which looks them up through its module-level `_` and
    `ngettext`) in the interface language; %-placeholders stay as argparse fills them."""
    return {
        "argument %(argument_name)s: %(message)s": translate("argparse", "argument %(argument_name)s: %(message)s"),
        "invalid choice: %(value)r (choose from %(choices)s)": translate(
            "argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
        "invalid %(type)s value: %(value)r": translate("argparse", "invalid %(type)s value: %(value)r"),
        "the following arguments are required: %s": translate("argparse", "the following arguments are required: %s"),
        "one of the arguments %s is required": translate("argparse", "one of the arguments %s is required"),
        "unrecognized arguments: %s": translate("argparse", "unrecognized arguments: %s"),
        "not allowed with argument %s": translate("argparse", "not allowed with argument %s"),
        "ignored explicit argument %r": translate("argparse", "ignored explicit argument %r"),
        "expected one argument": translate("argparse", "expected one argument"),
        "expected at most one argument": translate("argparse", "expected at most one argument"),
        "expected at least one argument": translate("argparse", "expected at least one argument"),
        "expected %s argument": translate("argparse", "expected %s argument"),
        "expected %s arguments": translate("argparse", "expected %s arguments"),
        "ambiguous option: %(option)s could match %(matches)s": translate(
            "argparse", "ambiguous option: %(option)s could match %(matches)s"),
        "unknown parser %(parser_name)r (choices: %(choices)s)": translate(
            "argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
        "show program's version number and exit": translate("cli", "show program's version number and exit"),
    }


@contextlib.contextmanager
def argparse_in_interface_language() -> Iterator[None]:
    """While it lasts, argparse's messages come from argparse_words() (English ones it does not list stay)."""
    words = argparse_words()
    module = vars(argparse)
    before = (module["_"], module["ngettext"])

    def one(text: str) -> str:
        return words.get(text, text)

    def plural(singular: str, many: str, count: int) -> str:
        return one(singular if count == 1 else many)

    module["_"], module["ngettext"] = one, plural
    try:
        yield
    finally:
        module["_"], module["ngettext"] = before


class TranslatedHelpFormatter(argparse.HelpFormatter):
    def add_usage(self, usage: str | None, actions: Iterable[argparse.Action], groups: Any,
                  prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, translate("cli", "usage: ") if prefix is None else prefix)


class TranslatedRawDescriptionHelpFormatter(argparse.RawDescriptionHelpFormatter, TranslatedHelpFormatter):
    """The epilog's own line breaks kept (the exit codes table)."""


class Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, parents: Sequence[argparse.ArgumentParser] = (), **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", TranslatedHelpFormatter)
        super().__init__(*args, **kwargs)
        self._positionals.title = translate("cli", "positional arguments")
        self._optionals.title = translate("cli", "options")
        if "-h" in self._option_string_actions:  # argparse's own -h, first as always; only its words change
            self._option_string_actions["-h"].help = translate("cli", "show this help message and exit")
        for parent in parents:  # as argparse does, once the titles match the parents' (one "options" section)
            self._add_container_actions(parent)
            self._defaults.update(parent._defaults)

    def parse_known_args(self, *args: Any, **kwargs: Any) -> Any:
        with argparse_in_interface_language():
            return super().parse_known_args(*args, **kwargs)

    def parse_args(self, *args: Any, **kwargs: Any) -> Any:  # its "unrecognized arguments" comes after the above
        with argparse_in_interface_language():
            return super().parse_args(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, translate("cli", "{0}: error: {1}\n").format(self.prog, message))
