"""File > New article: a small dialog with the title, a region and the countries."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from sr_editor import app
from sr_editor.gui.dialogs.new_article_dialog import NewArticle, NewArticleDialog


def _dialog(qtbot: Any) -> NewArticleDialog:
    dialog = NewArticleDialog(app.load_vocabulary())
    qtbot.addWidget(dialog)
    return dialog


def _ok(dialog: NewArticleDialog) -> Any:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_the_dialog_returns_title_region_and_canonical_countries(qtbot: Any) -> None:
    dialog = _dialog(qtbot)
    qtbot.keyClicks(dialog.titleEdit, "Strike in Jacmel")
    dialog.regionCombo.setCurrentIndex(dialog.regionCombo.findData("Latin America"))
    dialog.countriesEdit.setText("haiti, Dominican Republic")
    assert _ok(dialog).isEnabled()
    assert dialog.result_value() == NewArticle("Strike in Jacmel", ("Latin America",), ("Haiti", "Dominican Republic"))


def test_a_title_is_needed_and_an_unknown_country_is_named_instead_of_accepted(qtbot: Any) -> None:
    dialog = _dialog(qtbot)
    assert not _ok(dialog).isEnabled()
    qtbot.keyClicks(dialog.titleEdit, "Strike")
    dialog.countriesEdit.setText("Hai")
    assert not _ok(dialog).isEnabled() and "Hai" in dialog.note.text() and dialog.note.isVisibleTo(dialog)


def test_picking_a_suggestion_completes_the_country_being_typed(qtbot: Any) -> None:
    dialog = _dialog(qtbot)
    dialog.show()
    dialog.countriesEdit.setText("Haiti, ")
    qtbot.keyClicks(dialog.countriesEdit, "Dominican R")
    popup = dialog._completer.popup()
    qtbot.waitUntil(popup.isVisible)
    popup.setCurrentIndex(dialog._completer.completionModel().index(0, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert dialog.countriesEdit.text() == "Haiti, Dominican Republic, "


def test_new_article_creates_it_with_the_region_and_countries(real_window: Any, monkeypatch: Any) -> None:
    monkeypatch.setattr(real_window.context.dialogs, "ask_new_article",
                        lambda *args: NewArticle("Strike in Jacmel", ("Latin America",), ("Haiti",)))
    real_window.commands["new"].trigger()
    document = real_window.context.document
    assert document.meta("title") == "Strike in Jacmel"
    assert document.meta("regions") == ["Latin America"] and document.meta("tags") == ["Haiti"]
