"""The interface language: shipped catalogues load by preference or locale; core sentences follow them."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from sr_editor.core import i18n
from sr_editor.core.spelling.checker import SpellingUnavailableError
from sr_editor.gui.common.translations import install_translators, remove_translators

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def spanish(qapp: Any) -> Any:
    translators = install_translators(qapp, "es")
    yield translators
    remove_translators(qapp, translators)


def menu_titles(window: Any) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def test_a_spanish_interface_shows_spanish_menus(spanish: Any, make_window: Any, sample_workspace: Path) -> None:
    assert spanish, "the Spanish catalogue did not load"
    window = make_window(sample_workspace)
    assert menu_titles(window)[:4] == ["&Archivo", "&Editar", "F&ormato", "&Ver"]
    assert window.commands["preferences"].text() == "&Preferencias…"


def test_a_translated_interface_adds_to_its_own_menus_not_to_new_english_ones(
    spanish: Any, make_window: Any, sample_workspace: Path
) -> None:
    window = make_window(sample_workspace)
    titles = [title.replace("&", "") for title in menu_titles(window)]
    assert "View" not in titles and "Edit" not in titles
    assert len(titles) == len(set(titles))
    assert window.commands["preferences"] in window.findChild(type(window.menuBar().actions()[0].menu()),
                                                               "menuEdit").actions()


def test_brazilian_portuguese_loads_from_either_spelling_of_the_code(qapp: Any) -> None:
    for code in ("pt-BR", "pt_BR"):
        translators = install_translators(qapp, code)
        try:
            assert QApplication.translate("MainWindow", "&File") == "&Arquivo"
        finally:
            remove_translators(qapp, translators)


def test_a_language_without_a_catalogue_keeps_english(qapp: Any) -> None:
    translators = install_translators(qapp, "fr")
    try:
        assert translators == []
        assert QApplication.translate("MainWindow", "&File") == "&File"
    finally:
        remove_translators(qapp, translators)


def test_core_sentences_follow_the_interface_language(spanish: Any) -> None:
    message = str(SpellingUnavailableError("es", "hunspell-es"))
    assert message.startswith("La revisión ortográfica está desactivada para es")
    assert "hunspell-es" in message


def test_without_a_gui_core_sentences_stay_english() -> None:
    i18n.set_lookup(None)
    assert str(SpellingUnavailableError("es", "hunspell-es")).startswith("Spell checking is off")


def test_a_broken_lookup_still_gives_the_english_sentence() -> None:
    def broken(context: str, text: str) -> str:
        raise RuntimeError("catalogue damaged")

    i18n.set_lookup(broken)
    try:
        assert i18n.translate("X", "Saved.") == "Saved."
    finally:
        i18n.set_lookup(None)


def test_the_shipped_catalogues_are_compiled_from_their_sources() -> None:
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "packaging" / "update_translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["update_translations"] = module
    spec.loader.exec_module(module)
    assert module.check() == 0


def test_a_check_shows_in_spanish_in_the_problems_panel(spanish: Any, qtbot: Any, real_window: Any) -> None:
    from PySide6.QtWidgets import QListWidget

    real_window.context.document.set_meta("title", "")
    problems = real_window.findChild(QListWidget, "problemsList")
    texts = lambda: [problems.item(i).text() for i in range(problems.count())]  # noqa: E731
    qtbot.waitUntil(lambda: any("El artículo no tiene título: añada uno." in t for t in texts()), timeout=5000)
    assert not any("The article has no title" in t for t in texts())


def test_a_cli_language_does_not_outlive_into_an_english_window(qapp: Any) -> None:
    """The window installs its own language; one the command line had installed must not leak into it."""
    from sr_editor.cli.language import install_language

    install_language({"LANG": "es_ES.UTF-8"})
    translators = install_translators(qapp, "en")
    try:
        assert translators == []
        assert str(SpellingUnavailableError("es", "hunspell-es")).startswith("Spell checking is off")
    finally:
        remove_translators(qapp, translators)
