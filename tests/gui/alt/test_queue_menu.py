"""The queue in the real window: Tools > Alt-text queue (Ctrl+Shift+A), writing into the open article."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from sr_editor.publish.sync.session import PublishSession
from sr_editor.publish.wordpress.sites import SiteRegistry


def test_tools_menu_opens_the_queue_and_writes_into_the_open_article_undoably(
    qtbot: Any, make_window: Any, article_writer: Any, workspace_dir: Path,
) -> None:
    bundle = article_writer(workspace_dir, "haiti", "Haiti", "Before.\n\n![](crowd.jpg)\n\nAfter.\n",
                            regions=["Latin America"])
    Image.new("RGB", (300, 200), (10, 120, 200)).save(bundle / "crowd.jpg")
    window = make_window(workspace_dir)
    window.features.controller.open_article(bundle)
    action = window.commands["alt_queue"]
    assert action.shortcut() == QKeySequence("Ctrl+Shift+A")
    action.trigger()
    queue = window.features.queue_ui.queue
    qtbot.waitUntil(lambda: queue.controller.current() is not None, timeout=5000)
    assert queue.controller.current().id == "local:haiti/crowd.jpg"
    qtbot.keyClicks(queue.edit, "Crowd at the palace gates")
    qtbot.keyClick(queue.edit, Qt.Key.Key_Return)
    document = window.context.document
    assert "![Crowd at the palace gates](crowd.jpg)" in document.body()
    document.text_document.undo()
    assert "![](crowd.jpg)" in document.body()


def test_publishing_the_site_panel_and_the_queue_share_the_window_s_one_publishing_session(
    make_window: Any, workspace_dir: Path,
) -> None:
    window = make_window(workspace_dir)
    session = window.context.publishing
    assert session is not None
    assert window.features.publish_ui.session is session
    assert window.features.site_ui.session is session
    assert window.features.queue_ui.engine is window.context.alt_engine
    replaced = PublishSession(SiteRegistry(workspace_dir / "sites.json"), workspace_dir)
    window.context.publishing = replaced  # what a test (or a later rebuild) puts there is what all of them use
    assert window.features.publish_ui.session is replaced and window.features.site_ui.session is replaced


def test_the_queue_syncs_with_the_sites_when_opened_online(
    qtbot: Any, make_window: Any, workspace_dir: Path, monkeypatch: Any,
) -> None:
    from sr_editor.gui.alt import queue_ui
    from sr_editor.gui.alt.queue_controller import QueueController

    synced: list[list[str]] = []
    monkeypatch.setattr(queue_ui, "online", lambda: True)
    monkeypatch.setattr(QueueController, "sync", lambda self, sites: synced.append(sites))
    window = make_window(workspace_dir)
    window.features.queue_ui._sites = lambda: ["prod"]
    window.commands["alt_queue"].trigger()
    assert synced == [["prod"]]
