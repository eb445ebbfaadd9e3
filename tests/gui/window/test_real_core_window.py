"""The window on the real core: real Workspace, store, renderer, checks and the sample workspace."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTextBrowser

from sr_editor import app
from sr_editor.core.errors import WorkspaceLockedError


def test_sample_workspace_opens_with_the_real_renderer(real_window: Any, qtbot: Any) -> None:
    assert real_window.article_list.model.rowCount() >= 3
    preview = real_window.findChild(QTextBrowser, "preview")
    assert real_window.context.document.bundle is not None
    qtbot.waitUntil(lambda: len(preview.toPlainText()) > 100, timeout=5000)


def test_typing_saves_through_the_real_store_and_records_history(real_window: Any, qtbot: Any) -> None:
    bundle = real_window.context.document.bundle
    real_window.editor.moveCursor(real_window.editor.textCursor().MoveOperation.End)
    qtbot.keyClick(real_window.editor, Qt.Key.Key_Return)
    qtbot.keyClicks(real_window.editor, "A sentence from the test.")
    real_window.features.controller.save_now()
    assert "A sentence from the test." in (bundle / "index.md").read_text(encoding="utf-8")
    assert real_window.context.workspace.recovery.get(bundle) is None
    preview = real_window.findChild(QTextBrowser, "preview")
    qtbot.waitUntil(lambda: "A sentence from the test." in preview.toPlainText(), timeout=5000)


def test_checks_reach_the_document(real_window: Any, qtbot: Any) -> None:
    document = real_window.context.document
    document.set_meta("title", "")
    qtbot.waitUntil(lambda: any(p.field == "title" for p in document.problems), timeout=5000)


def test_a_second_window_on_the_same_workspace_is_refused_by_the_lock(tmp_path: Path) -> None:
    root = tmp_path / "locked"
    root.mkdir()
    vocabulary = app.load_vocabulary()
    first = app.open_workspace(root, vocabulary)
    first.lock.acquire()
    try:
        with pytest.raises(WorkspaceLockedError):
            app.open_workspace(root, vocabulary).lock.acquire()
    finally:
        first.lock.release()


def test_after_a_term_sync_the_checks_ask_for_no_region_the_site_lacks(real_window: Any, qtbot: Any) -> None:
    document = real_window.context.document
    qtbot.waitUntil(lambda: document.bundle is not None, timeout=5000)
    document.set_meta("tags", ["Australia"])
    qtbot.waitUntil(lambda: any(p.rule == "country-region-missing" for p in document.problems), timeout=5000)
    real_window.features.publish_ui._offer_regions(["Africa", "Asia", "Europe", "Latin America", "Middle East"])
    qtbot.waitUntil(lambda: not any(p.rule == "country-region-missing" for p in document.problems), timeout=5000)
    assert "Oceania" not in [real_window.metadata_panel.regionList.item(i).text()
                             for i in range(real_window.metadata_panel.regionList.count())]
