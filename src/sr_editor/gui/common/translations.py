"""The interface language: our .qm catalogues (resources/translations) and Qt's own, chosen from the preference
or the system locale, installed before any window is built. core/publish sentences go through the same
catalogues via core.i18n."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from sr_editor import paths
from sr_editor.core import i18n

CATALOGUES = ("sr_editor", "sr_editor_core")


def locale_for(language: str) -> QLocale:
    """'' follows the system; 'pt-BR' and 'pt_BR' name the same locale."""
    return QLocale(language.replace("-", "_")) if language else QLocale.system()


def install_translators(app: QCoreApplication, language: str = "") -> list[QTranslator]:
    """Load and install the catalogues for `language`; returns them (kept alive by the caller). English, or a
    language without a catalogue, installs nothing and leaves the English text."""
    locale = locale_for(language)
    installed: list[QTranslator] = []
    for catalogue in CATALOGUES:  # the window's text, then the sentences of core/publish/cli
        ours = QTranslator(app)
        if ours.load(locale, catalogue, "_", str(paths.resources_dir() / "translations")):
            app.installTranslator(ours)
            installed.append(ours)
    qt = QTranslator(app)
    if installed and qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)  # Qt's own dialogs and buttons (Cancel, OK) in the same language
        installed.append(qt)
    # core sentences follow the same catalogues; English removes any lookup installed before (the command line's)
    i18n.set_lookup((lambda context, text: QCoreApplication.translate(context, text)) if installed else None)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
    i18n.set_lookup(None)
