"""Recovery dialog: unsaved work after a crash, restored or discarded per article."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from sr_editor.gui.dialogs import recovery_dialog
from sr_editor.gui.dialogs.recovery_dialog import RecoveryDialog, ask_restore_snapshots


@dataclass(frozen=True)
class Snapshot:
    bundle: Path
    saved_at: float
    text: str
    base_hash: str | None


SNAPSHOTS = [
    Snapshot(Path("/ws/strike"), 1_764_000_000.0, "---\ntitle: Strike\n---\nUnsaved paragraph.\n", "a" * 64),
    Snapshot(Path("/ws/floods"), 1_763_990_000.0, "---\ntitle: Floods\n---\nOther text.\n", None),
]


def open_dialog(qtbot: Any) -> RecoveryDialog:
    dialog = RecoveryDialog(SNAPSHOTS)
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog


def test_lists_each_snapshot_with_a_preview(qtbot: Any) -> None:
    dialog = open_dialog(qtbot)
    assert dialog.snapshotList.topLevelItemCount() == 2
    assert dialog.snapshotList.topLevelItem(0).text(0) == "strike"
    assert "Unsaved paragraph." in dialog.preview.toPlainText()


def test_unticked_snapshot_is_discarded_the_rest_restored(qtbot: Any) -> None:
    dialog = open_dialog(qtbot)
    dialog.set_restore(1, False)
    dialog.restoreButton.click()
    assert dialog.chosen() == [SNAPSHOTS[0]]
    assert dialog.discarded() == [SNAPSHOTS[1]]


def test_closing_without_choosing_restores_everything(qtbot: Any) -> None:
    dialog = open_dialog(qtbot)
    dialog.set_restore(1, False)
    dialog.reject()  # Esc or the window's close button: throw nothing away
    assert dialog.chosen() == SNAPSHOTS and dialog.discarded() == []


def test_ask_returns_the_ticked_snapshots(monkeypatch: pytest.MonkeyPatch, qtbot: Any) -> None:
    def fake_exec(self: RecoveryDialog) -> int:
        self.set_restore(0, False)
        self.restoreButton.click()
        return 1

    monkeypatch.setattr(recovery_dialog.RecoveryDialog, "exec", fake_exec)
    assert ask_restore_snapshots(None, SNAPSHOTS) == [SNAPSHOTS[1]]
