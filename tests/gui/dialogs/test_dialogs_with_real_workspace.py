"""History and trash dialogs driven against the real core Workspace (skipped until core.workspace lands)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from sr_editor.core.article.article import Article
from sr_editor.core.storage import workspace as workspace_module


@pytest.fixture
def real_workspace(tmp_path: Path) -> Any:
    if not hasattr(workspace_module, "TrashEntry"):
        pytest.skip("core.workspace not implemented on this branch yet")
    root = tmp_path / "ws"
    root.mkdir()
    return workspace_module.Workspace(root)  # type: ignore[call-arg]


def test_history_dialog_restores_an_earlier_save(qtbot: Any, real_workspace: Any) -> None:
    from sr_editor.gui.dialogs.history_dialog import HistoryDialog

    bundle = real_workspace.create_article("Strike", [], [])
    loaded = real_workspace.store.load(bundle)
    first = (bundle / "index.md").read_bytes()
    article: Article = loaded.article
    article.body = "Second version.\n"
    real_workspace.store.save(bundle, article, loaded.disk_hash)
    dialog = HistoryDialog(real_workspace.history, real_workspace.store, bundle)
    qtbot.addWidget(dialog)
    dialog.versionList.setCurrentRow(0)
    with qtbot.waitSignal(dialog.restored):
        dialog.restoreButton.click()
    assert (bundle / "index.md").read_bytes() == first
    assert any(v.reason == "restore" for v in real_workspace.history.versions(bundle))


def test_trash_dialog_restores_a_trashed_article(qtbot: Any, real_workspace: Any) -> None:
    from sr_editor.gui.dialogs.trash_dialog import TrashDialog

    bundle = real_workspace.create_article("Floods in the north", [], [])
    real_workspace.trash(bundle)
    dialog = TrashDialog(real_workspace)
    qtbot.addWidget(dialog)
    assert dialog.entryList.topLevelItem(0).text(0) == "Floods in the north"
    with qtbot.waitSignal(dialog.restored) as blocker:
        dialog.restoreButton.click()
    assert (blocker.args[0] / "index.md").is_file()
