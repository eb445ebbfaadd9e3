"""View > Read as a screen reader (Ctrl+Alt+R) opens the reading of the open article, and nothing without one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMenu

from sr_editor.gui.dialogs.screen_reader_dialog import ScreenReaderDialog


def _dialogs() -> list[ScreenReaderDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, ScreenReaderDialog) and w.isVisible()]


def test_the_view_menu_offers_the_reading_with_a_shortcut(make_window: Any, sample_workspace: Path) -> None:
    window = make_window(sample_workspace)
    action = window.commands["screen_reader"]
    assert action.shortcut() == QKeySequence("Ctrl+Alt+R")
    assert action in window.findChild(QMenu, "menuView").actions()


def test_the_action_reads_the_open_article(make_window: Any, sample_workspace: Path, qtbot: Any) -> None:
    window = make_window(sample_workspace)
    window.features.controller.open_article(sample_workspace / "haiti-protests")
    window.commands["screen_reader"].trigger()
    [dialog] = _dialogs()
    qtbot.waitUntil(lambda: dialog.reading_list.count() > 0, timeout=10_000)
    assert dialog.reading_list.item(0).text() == "Crowds filled the streets."
    dialog.close()


def test_without_an_open_article_nothing_opens(make_window: Any, tmp_path: Path) -> None:
    root = tmp_path / "empty"
    root.mkdir()
    window = make_window(root)
    window.commands["screen_reader"].trigger()
    assert _dialogs() == []
