"""Trash dialog: lists trashed articles with their titles and restores the selected ones."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from sr_editor.core.errors import SrEditorError
from sr_editor.gui.dialogs import trash_dialog
from sr_editor.gui.dialogs.trash_dialog import TrashDialog


@dataclass(frozen=True)
class Entry:
    path: Path
    slug: str
    trashed_at: float


class FakeWorkspace:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.trash_dir = root / ".sr-editor" / "trash"
        self.trash_dir.mkdir(parents=True)
        for i, slug in enumerate(["strike", "old-draft"]):
            folder = self.trash_dir / f"20261124T10000{i}-{slug}"
            folder.mkdir()
            (folder / "index.md").write_text(f"---\ntitle: Title of {slug}\n---\nBody\n", encoding="utf-8")

    def list_trash(self) -> list[Entry]:
        return [Entry(p, p.name[16:], 1_764_000_000.0 + i) for i, p in enumerate(sorted(self.trash_dir.iterdir()))]

    def restore(self, entry: Entry) -> Path:
        target = self.root / entry.slug
        entry.path.rename(target)
        return target


def open_dialog(qtbot: Any, workspace: Any) -> TrashDialog:
    dialog = TrashDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_lists_trashed_articles_with_titles(qtbot: Any, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, FakeWorkspace(tmp_path))
    assert dialog.entryList.topLevelItemCount() == 2
    assert dialog.entryList.topLevelItem(0).text(0) == "Title of strike"
    assert dialog.entryList.topLevelItem(0).text(1) == "strike"


def test_restore_moves_the_selected_article_back(qtbot: Any, tmp_path: Path) -> None:
    workspace = FakeWorkspace(tmp_path)
    dialog = open_dialog(qtbot, workspace)
    dialog.entryList.setCurrentItem(dialog.entryList.topLevelItem(1))
    with qtbot.waitSignal(dialog.restored) as blocker:
        dialog.restoreButton.click()
    assert blocker.args == [tmp_path / "old-draft"]
    assert (tmp_path / "old-draft" / "index.md").is_file()
    assert dialog.entryList.topLevelItemCount() == 1


def test_restore_failure_is_shown(qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    workspace = FakeWorkspace(tmp_path)

    def refuse(entry: Entry) -> Path:
        raise SrEditorError(f"{entry.path} cannot be moved back: permission denied.")

    monkeypatch.setattr(workspace, "restore", refuse)
    shown: list[str] = []
    monkeypatch.setattr(trash_dialog.QMessageBox, "warning", lambda *a: shown.append(str(a[2])))
    dialog = open_dialog(qtbot, workspace)
    dialog.restoreButton.click()
    assert shown and "permission denied" in shown[0]
    assert dialog.entryList.topLevelItemCount() == 2


def test_empty_trash_says_so(qtbot: Any, tmp_path: Path) -> None:
    workspace = FakeWorkspace(tmp_path)
    for folder in workspace.trash_dir.iterdir():
        workspace.restore(Entry(folder, folder.name[16:], 0.0))
    dialog = open_dialog(qtbot, workspace)
    assert "empty" in dialog.statusLabel.text()
    assert not dialog.restoreButton.isEnabled()


def test_unreadable_trash_folder_is_reported_not_raised(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace = FakeWorkspace(tmp_path)

    def broken() -> list[Entry]:
        raise PermissionError(13, "Permission denied", str(workspace.trash_dir))

    monkeypatch.setattr(workspace, "list_trash", broken)
    dialog = open_dialog(qtbot, workspace)
    assert "Permission denied" in dialog.statusLabel.text()
    assert dialog.entryList.topLevelItemCount() == 0
