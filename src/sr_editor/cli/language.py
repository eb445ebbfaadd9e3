"""The command line speaks the user's language: chosen from the environment as gettext does (LANGUAGE, LC_ALL,
LC_MESSAGES, LANG: the first one set wins), read from the compiled catalogues the window uses
(resources/translations/sr_editor_core_<lang>.qm). English needs nothing, so Qt is imported only when another
language is asked for (start-up stays cheap); QtCore only, never the widgets.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

from sr_editor import paths
from sr_editor.core import i18n

LANGUAGES = ("es", "pt_BR")  # the languages with a catalogue
_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def _candidates(value: str) -> list[str]:
    """'pt_BR.UTF-8@euro' -> ['pt_BR', 'pt'] (as gettext expands a locale name); 'C' and 'POSIX' -> ['C']."""
    name = value.split(".", 1)[0].split("@", 1)[0].replace("-", "_").strip()
    if not name:
        return []
    if name in ("C", "POSIX"):
        return ["C"]
    language, _, territory = name.partition("_")
    return [f"{language.lower()}_{territory.upper()}", language.lower()] if territory else [language.lower()]


def language_from_environment(environ: Mapping[str, str] | None = None) -> str | None:
    """'es' or 'pt_BR' when the environment asks for one of them; None for English (or any other language).

    As gettext: the first of LANGUAGE, LC_ALL, LC_MESSAGES, LANG that is set decides; LANGUAGE may list several
    (`pt_BR:es`), tried in order."""
    env = os.environ if environ is None else environ
    for variable in _VARIABLES:
        value = env.get(variable, "")
        if not value:
            continue
        for entry in value.split(":"):
            for candidate in _candidates(entry):
                if candidate == "C":
                    return None
                if candidate in LANGUAGES:
                    return candidate
        return None
    return None


def install_language(environ: Mapping[str, str] | None = None) -> str | None:
    """Make core.i18n answer in the environment's language; returns the language loaded, None for English
    (nothing is loaded, and any earlier lookup is removed). A missing or damaged catalogue leaves English."""
    language = language_from_environment(environ)
    if language is None:
        i18n.set_lookup(None)
        return None
    translator = _load(language)
    if translator is None:
        i18n.set_lookup(None)
        return None
    i18n.set_lookup(lambda context, text: str(translator.translate(context, text) or text))
    return language


def _load(language: str) -> Any:
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    catalogue = paths.resources_dir() / "translations" / f"sr_editor_core_{language}.qm"
    return translator if translator.load(str(catalogue)) else None
