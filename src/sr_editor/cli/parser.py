"""argparse with its own words in the interface language: the usage line, the section titles, -h and the
"error:" line (argparse's detailed error messages stay in English). Sub-commands get the same class."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Sequence
from typing import Any, NoReturn

from sr_editor.core.i18n import translate


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

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, translate("cli", "{0}: error: {1}\n").format(self.prog, message))
