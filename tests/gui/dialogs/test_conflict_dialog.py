"""External-change dialog: three choices, and Compare shows the difference inside the dialog."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer

from sr_editor.gui.dialogs import conflict_dialog
from sr_editor.gui.dialogs.conflict_dialog import ExternalChangeChoice, ExternalChangeDialog, ask_external_change

MINE = "---\ntitle: Strike\n---\nTeachers marched on Monday.\nMy new paragraph.\n"
DISK = "---\ntitle: Strike\n---\nTeachers marched on Tuesday.\n"


def open_dialog(qtbot: Any) -> ExternalChangeDialog:
    dialog = ExternalChangeDialog(Path("/ws/strike/index.md"), MINE, DISK)
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog


def test_compare_shows_the_diff(qtbot: Any) -> None:
    dialog = open_dialog(qtbot)
    assert not dialog.diffView.isVisible()
    dialog.compareButton.click()
    assert dialog.diffView.isVisible()
    assert "-Teachers marched on Tuesday." in dialog.diffView.lines
    assert "+My new paragraph." in dialog.diffView.lines
    assert "My new paragraph." in dialog.diffView.toPlainText()


def test_reload_button_chooses_reload(qtbot: Any) -> None:
    dialog = open_dialog(qtbot)
    dialog.reloadButton.click()
    assert dialog.choice is ExternalChangeChoice.RELOAD


def test_keep_mine_button_chooses_keep_mine(qtbot: Any) -> None:
    dialog = open_dialog(qtbot)
    dialog.keepButton.click()
    assert dialog.choice is ExternalChangeChoice.KEEP_MINE


def test_escape_cancels(qtbot: Any) -> None:
    dialog = open_dialog(qtbot)
    dialog.reject()
    assert dialog.choice is ExternalChangeChoice.CANCEL


def test_ask_returns_the_choice(qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    def show_then_click(self: ExternalChangeDialog) -> None:
        QTimer.singleShot(0, self.keepButton.click)

    monkeypatch.setattr(conflict_dialog.ExternalChangeDialog, "show", show_then_click)
    assert ask_external_change(None, Path("a/index.md"), MINE, DISK) is ExternalChangeChoice.KEEP_MINE
