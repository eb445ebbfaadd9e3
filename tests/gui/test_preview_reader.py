"""The preview's text reaches screen readers (Qt's accessibility interface) and the keyboard (a caret), while the
preview stays read-only."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QTextCursor

sys.path.insert(0, str(Path(__file__).parent))  # the tour helpers of test_accessible_names.py
from test_accessible_names import image_workspace


@pytest.fixture
def window(make_window: Any, tmp_path: Path, qtbot: Any) -> Any:
    QAccessible.setActive(True)
    window = make_window(image_workspace(tmp_path / "ws"))
    qtbot.waitUntil(lambda: "Crowds" in window.preview.toPlainText(), timeout=5000)
    window.activateWindow()
    qtbot.waitActive(window)
    return window


def spoken_text(widget: Any) -> str:
    face = QAccessible.queryAccessibleInterface(widget)
    assert face is not None
    text = face.textInterface()
    assert text is not None, "the preview offers no text to assistive technologies"
    return text.text(0, text.characterCount())  # type: ignore[no-any-return]


def test_a_screen_reader_gets_the_rendered_article_text_from_the_preview(window: Any) -> None:
    face = QAccessible.queryAccessibleInterface(window.preview)
    assert face.text(QAccessible.Text.Name) == "Preview"
    assert "Crowds filled the streets." in spoken_text(window.preview)
    assert "Haiti" in spoken_text(window.preview)  # the title rendered above the body
    assert "Crowds filled the streets." in face.text(QAccessible.Text.Value)


def test_the_preview_tells_screen_readers_it_is_read_only(window: Any) -> None:
    face = QAccessible.queryAccessibleInterface(window.preview)
    assert face.state().readOnly


def test_what_is_typed_in_the_editor_reaches_the_preview_s_accessible_text(window: Any, qtbot: Any) -> None:
    window.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(window.editor, Qt.Key.Key_Return)
    qtbot.keyClick(window.editor, Qt.Key.Key_Return)
    qtbot.keyClicks(window.editor, "Voters queued at dawn.")
    qtbot.waitUntil(lambda: "Voters queued at dawn." in spoken_text(window.preview), timeout=3000)


def test_the_preview_takes_the_keyboard_by_tab_and_shows_a_caret(window: Any) -> None:
    preview = window.preview
    assert preview.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert preview.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard


def test_arrow_keys_move_the_caret_and_shift_selects_in_the_preview(window: Any, qtbot: Any) -> None:
    preview = window.preview
    preview.setFocus()
    qtbot.waitUntil(preview.hasFocus, timeout=2000)
    preview.moveCursor(QTextCursor.MoveOperation.Start)
    qtbot.keyClick(preview, Qt.Key.Key_Down)
    qtbot.keyClick(preview, Qt.Key.Key_Down)
    assert preview.textCursor().position() > 0
    face = QAccessible.queryAccessibleInterface(preview)
    assert face.textInterface().cursorPosition() == preview.textCursor().position()
    qtbot.keyClick(preview, Qt.Key.Key_End, Qt.KeyboardModifier.ShiftModifier)
    assert preview.textCursor().selectedText().strip() != ""


def test_typing_in_the_preview_changes_nothing(window: Any, qtbot: Any) -> None:
    preview = window.preview
    before = preview.toPlainText()
    preview.setFocus()
    qtbot.waitUntil(preview.hasFocus, timeout=2000)
    qtbot.keyClicks(preview, "xyz")
    qtbot.keyClick(preview, Qt.Key.Key_Delete)
    qtbot.keyClick(preview, Qt.Key.Key_Backspace)
    assert preview.toPlainText() == before
    assert "xyz" not in window.editor.toPlainText()
