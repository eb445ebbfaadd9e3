"""Translatable sentences for core/ and publish/ without Qt.

Code writes `translate("Context", "Sentence with {0}.").format(value)`; pyside6-lupdate extracts those calls into
resources/translations/*.ts like the GUI's own tr() calls. The GUI installs a lookup backed by its QTranslator at
start-up (gui/common/translations.py); without one (the CLI, tests) the English text is returned.
"""

from __future__ import annotations

from collections.abc import Callable

Lookup = Callable[[str, str], str]


def _english(context: str, text: str) -> str:
    return text


_lookup: list[Lookup] = [_english]  # one slot, replaced by set_lookup; no other state


def set_lookup(lookup: Lookup | None) -> None:
    """Install the translation function (None: back to English)."""
    _lookup[0] = lookup or _english


def translate(context: str, text: str) -> str:
    """`text` in the interface language; `context` groups sentences for translators (the class or module name)."""
    try:
        return _lookup[0](context, text) or text
    except Exception:  # a broken catalogue must never cost the user the message itself
        return text
