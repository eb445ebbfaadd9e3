"""The Site panel, Compare view and merge dialog of the real window against the local WordPress, as an Editor."""

from __future__ import annotations

import html
import time
from pathlib import Path
from typing import Any

import pytest
import wpsite
from pull_helpers import create_post, upload
from PySide6.QtCore import Qt
from site_window import window_on_site

from sr_editor.core.article.frontmatter import read_article_file
from sr_editor.core.review.merge3 import Choice
from sr_editor.publish.errors import Operation
from sr_editor.publish.sync import synced

pytestmark = pytest.mark.wordpress  # the real site of tests/support/wordpress_fixtures.py


@pytest.fixture
def editor_window(wordpress: wpsite.WordPressSite, qtbot: Any, tmp_path: Path) -> Any:
    root = tmp_path / "workspace"
    root.mkdir()
    window = window_on_site(root, wordpress, qtbot, tmp_path)
    yield window
    window.close()


@pytest.fixture
def pending_post(client_as: Any, wordpress: wpsite.WordPressSite, unique: str) -> dict[str, Any]:
    author = client_as("author")
    photo = upload(author, f"panel-{unique}.jpg", (90, 20, 160), "A crowd at the gate", "At the gate")
    return create_post(author, unique, "pending", [(photo, "A crowd at the gate", "At the gate")],
                       [wordpress.categories["Latin America"]])


def rows(panel: Any) -> list[str]:
    proxy = panel.proxy
    return [str(proxy.data(proxy.index(r, 0))) for r in range(proxy.rowCount())]


def select(panel: Any, title: str) -> None:
    proxy = panel.proxy
    for r in range(proxy.rowCount()):
        if proxy.data(proxy.index(r, 0)) == title:
            panel.table.selectRow(r)
            return
    raise AssertionError(f"{title} not listed")


def test_site_panel_lists_pending_posts_filters_and_opens_one(
    editor_window: Any, pending_post: dict[str, Any], qtbot: Any, unique: str
) -> None:
    window = editor_window
    window.commands["site_panel"].trigger()
    panel = window.features.site_ui.panel
    title = html.unescape(pending_post["title"]["raw"])  # an Author's "&" is stored as "&amp;"
    qtbot.waitUntil(lambda: bool(rows(panel)) or not panel.statusLabel.text().startswith("Reading"), timeout=30_000)
    assert title in rows(panel), panel.statusLabel.text()
    row = rows(panel).index(title)
    assert panel.proxy.data(panel.proxy.index(row, 1)) == "Test Author"
    assert panel.proxy.data(panel.proxy.index(row, 3)) == "Pending review"
    assert panel.proxy.data(panel.proxy.index(row, 4)) == "Latin America"
    panel.searchEdit.setText(unique)
    assert rows(panel) == [title]
    panel.kindFilter.setCurrentIndex(panel.kindFilter.findData("future"))
    assert rows(panel) == []
    panel.kindFilter.setCurrentIndex(panel.kindFilter.findData("pending"))
    panel.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    select(panel, title)
    panel.openButton.click()
    qtbot.waitUntil(lambda: window.context.document.bundle is not None, timeout=30_000)
    doc = window.context.document
    assert doc.meta("title") == title and doc.meta("remote")["local"]["post_id"] == pending_post["id"]
    assert "![A crowd at the gate](" in doc.body()


def test_compare_with_the_site_shows_changed_words_of_title_and_body(
    editor_window: Any, pending_post: dict[str, Any], client_as: Any, qtbot: Any
) -> None:
    window = editor_window
    site_ui = window.features.site_ui
    site_ui.open_post("local", pending_post["id"])
    qtbot.waitUntil(lambda: window.context.document.bundle is not None, timeout=30_000)
    time.sleep(1.1)  # modified_gmt has 1-second resolution: a site edit in the same second is not seen
    client_as("administrator").post(
        f"/wp/v2/posts/{pending_post['id']}", {"title": "Assembly postponed"}, op=Operation.UPDATE_POST
    )
    window.commands["compare_with_site"].trigger()
    qtbot.waitUntil(lambda: site_ui.dialog is not None, timeout=30_000)
    dialog = site_ui.dialog
    changed = {d.name for d in dialog.diffs if d.changed}
    assert changed == {"Title"}
    text = dialog.view.toPlainText()
    assert "water postponed" in text and "<!--" not in text and "sr-editor:" not in text
    assert "Title (changed)" in text and "Body (same)" in text


def test_a_conflict_is_merged_hunk_by_hunk_in_the_window(
    editor_window: Any, pending_post: dict[str, Any], client_as: Any, qtbot: Any
) -> None:
    window = editor_window
    site_ui, post_id = window.features.site_ui, pending_post["id"]
    site_ui.open_post("local", post_id)
    qtbot.waitUntil(lambda: window.context.document.bundle is not None, timeout=30_000)
    doc = window.context.document
    doc.set_meta("title", "My local headline")
    doc.set_meta("excerpt", "My local teaser.")
    assert window.context.autosave.save_now()
    time.sleep(1.1)  # modified_gmt has 1-second resolution: a site edit in the same second is not seen
    client_as("administrator").post(
        f"/wp/v2/posts/{post_id}", {"title": "The site's headline"}, op=Operation.UPDATE_POST
    )
    from sr_editor.publish.sync.site_review import pull_one

    item = pull_one(site_ui.session.client("local"), "local", window.context.workspace.store, post_id)
    assert item.outcome == "conflict"
    dialog = site_ui.merge_open()
    assert dialog is not None and len(dialog.choosers) == 1  # only the title: the teaser changed here alone
    dialog.choosers[0].setCurrentIndex(dialog.choosers[0].findData(Choice.THEIRS))
    assert "The site's headline" in dialog.merged() and "My local teaser." in dialog.merged()
    dialog.accept()
    article, _ = read_article_file(doc.bundle / "index.md")
    assert article.title == "The site's headline" and article.excerpt == "My local teaser."
    assert synced.load_incoming(window.root, "local", post_id) is None
    assert doc.meta("title") == "The site's headline"
