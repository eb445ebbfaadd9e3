"""The real window, built through app.py, driven through object names."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QStatusBar, QTableView, QTextBrowser


def test_window_opens_first_article_and_shows_its_preview(make_window: Any, sample_workspace: Path, qtbot: Any) -> None:
    window = make_window(sample_workspace)
    preview = window.findChild(QTextBrowser, "preview")
    qtbot.waitUntil(lambda: "paragraph" in preview.toPlainText() or "Polling" in preview.toPlainText()
                    or "Amazon" in preview.toPlainText())
    assert window.findChild(QTableView, "articleList").model().rowCount() == 3


def test_typing_in_the_editor_changes_the_preview(make_window: Any, sample_workspace: Path, qtbot: Any) -> None:
    window = make_window(sample_workspace)
    editor = window.findChild(QPlainTextEdit, "editor")
    preview = window.findChild(QTextBrowser, "preview")
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "Freshly typed sentence")
    qtbot.waitUntil(lambda: "Freshly typed sentence" in preview.toPlainText(), timeout=3000)


def test_filter_narrows_the_article_list(make_window: Any, sample_workspace: Path, qtbot: Any) -> None:
    window = make_window(sample_workspace)
    qtbot.keyClicks(window.findChild(QLineEdit, "articleFilter"), "kenya")
    view = window.findChild(QTableView, "articleList")
    assert view.model().rowCount() == 1
    assert view.model().index(0, 0).data(Qt.ItemDataRole.DisplayRole) == "Kenya votes"


def test_the_window_title_says_sr_editor_once_when_the_workspace_folder_has_that_name(
    make_window: Any, tmp_path: Path, article_writer: Any, qtbot: Any
) -> None:
    root = tmp_path / "sr-editor"
    root.mkdir()
    bundle = article_writer(root, "aaa", "Strike in Jacmel", "Text.\n")
    window = make_window(root)
    window.features.controller.open_article(bundle)
    qtbot.waitUntil(lambda: "Jacmel" in window.windowTitle())
    assert window.windowTitle() == "Strike in Jacmel — sr-editor"


def test_the_status_bar_is_the_one_the_window_made_with_its_own_type(
    make_window: Any, sample_workspace: Path, qtbot: Any
) -> None:
    # statusBar() made lazily in C++ was once handed back as a stale QWidget wrapper (about one start in fifteen)
    window = make_window(sample_workspace)
    bar = window.statusBar()
    assert isinstance(bar, QStatusBar)
    assert bar is window.findChild(QStatusBar, "statusBar")
    assert window.statusBar() is bar
