"""Presence and notes of the real window against the local WordPress with the companion plugin: a post the writer
holds open shows who is editing above the editor, the writer's note shows in the Notes panel, and the window's own
lock is visible to others while the article is open and given back on switch."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import companion_site
import pytest
import wpsite
from site_window import window_on_site
from window_fixtures import write_article

from sr_editor.publish.errors import Operation
from sr_editor.publish.review.errors import PostLocked
from sr_editor.publish.review.lock import PostLock
from sr_editor.publish.review.notes import CompanionNotes
from sr_editor.publish.wordpress.client import WordPressClient

pytestmark = pytest.mark.wordpress

BODY = "The council met on Monday.\n\nThe budget grew by a third, the report says.\n"


def _client(wordpress: wpsite.WordPressSite, role: str) -> WordPressClient:
    user = wordpress.user(role)
    return WordPressClient(wordpress.url, user.login, user.app_password, site_name="local")


@pytest.fixture
def desk(wordpress: wpsite.WordPressSite, companion: companion_site.Companion, qtbot: Any, tmp_path: Path,
         unique: str) -> Iterator[tuple[Any, int]]:
    writer = _client(wordpress, "author")
    content = "<!-- wp:paragraph --><p>The council met.</p><!-- /wp:paragraph -->"
    post = writer.post("/wp/v2/posts", {"title": f"Council {unique}", "status": "pending", "content": content},
                       op=Operation.CREATE_POST)
    post_id = int(post["id"])
    root = tmp_path / "desk"
    write_article(root, f"council-{unique}", f"Council {unique}", BODY, remote={"local": {"post_id": post_id}})
    window = window_on_site(root, wordpress, qtbot, tmp_path)
    yield window, post_id
    window.close()


def test_a_post_the_writer_holds_shows_who_is_editing_and_the_writers_note(
    desk: tuple[Any, int], wordpress: wpsite.WordPressSite, qtbot: Any, unique: str
) -> None:
    window, post_id = desk
    writer = _client(wordpress, "author")
    PostLock(writer, post_id).take()
    CompanionNotes(writer).add(post_id, "Is the third right?", quote="grew by a third")
    window.features.controller.open_article(next(p for p in window.root.iterdir() if p.name.startswith("council-")))
    banner = window.features.site_ui.review.presence.banner
    qtbot.waitUntil(banner.isVisible, timeout=30_000)
    name = str(writer.me()["name"])
    assert name in banner.text()
    window.commands["notes_panel"].trigger()
    tree = window.features.site_ui.review.panel.tree
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 1, timeout=30_000)
    assert "Is the third right?" in tree.topLevelItem(0).text(0)
    assert tree.topLevelItem(0).text(2).startswith("line 3")
    PostLock(writer, post_id).release()


def test_take_over_from_the_banner_takes_the_writers_lock_and_the_writer_is_told(
    desk: tuple[Any, int], wordpress: wpsite.WordPressSite, qtbot: Any
) -> None:
    window, post_id = desk
    writer = PostLock(_client(wordpress, "author"), post_id)
    writer.take()
    window.features.controller.open_article(next(p for p in window.root.iterdir() if p.name.startswith("council-")))
    assert window.editor.isReadOnly()  # no key before the lock's answer
    presence = window.features.site_ui.review.presence
    qtbot.waitUntil(presence.banner.isVisible, timeout=30_000)
    assert not window.editor.isReadOnly()
    presence.banner.takeOver.click()
    qtbot.waitUntil(lambda: presence.held is not None, timeout=30_000)
    assert not presence.banner.isVisible()
    editor_name = str(_client(wordpress, "editor").me()["name"])
    with pytest.raises(PostLocked) as taken:
        writer.take()  # the writer's next refresh: the lock is gone, and to whom
    assert taken.value.holder == editor_name


def test_the_open_article_holds_the_lock_until_another_is_opened(
    desk: tuple[Any, int], wordpress: wpsite.WordPressSite, qtbot: Any, unique: str
) -> None:
    window, post_id = desk
    write_article(window.root, "other", "Other", "Not on the site.\n")
    admin = PostLock(_client(wordpress, "administrator"), post_id)
    window.features.controller.open_article(next(p for p in window.root.iterdir() if p.name.startswith("council-")))
    presence = window.features.site_ui.review.presence
    qtbot.waitUntil(lambda: presence.held is not None, timeout=30_000)
    assert admin.state().locked
    window.features.controller.open_article(window.root / "other")
    presence.calls.wait(10_000)
    qtbot.waitUntil(lambda: not admin.state().locked, timeout=30_000)


def test_closing_the_window_gives_the_lock_back(
    desk: tuple[Any, int], wordpress: wpsite.WordPressSite, qtbot: Any
) -> None:
    window, post_id = desk
    admin = PostLock(_client(wordpress, "administrator"), post_id)
    window.features.controller.open_article(next(p for p in window.root.iterdir() if p.name.startswith("council-")))
    qtbot.waitUntil(lambda: window.features.site_ui.review.presence.held is not None, timeout=30_000)
    window.close()
    assert not admin.state().locked


def test_site_revisions_list_who_and_restore_one_as_the_local_text(
    desk: tuple[Any, int], wordpress: wpsite.WordPressSite, qtbot: Any
) -> None:
    window, post_id = desk
    editor = _client(wordpress, "editor")
    content = "<!-- wp:paragraph --><p>The council met on Tuesday instead.</p><!-- /wp:paragraph -->"
    editor.post(f"/wp/v2/posts/{post_id}", {"content": content}, op=Operation.UPDATE_POST)
    bundle = next(p for p in window.root.iterdir() if p.name.startswith("council-"))
    window.features.controller.open_article(bundle)
    window.commands["site_revisions"].trigger()
    qtbot.waitUntil(lambda: window.features.site_ui.dialog is not None, timeout=30_000)
    dialog = window.features.site_ui.dialog
    assert dialog.list.count() >= 1 and "Tuesday" in dialog.view.toPlainText()
    dialog.restoreButton.click()
    qtbot.waitUntil(lambda: "Tuesday" in window.context.document.article().body, timeout=10_000)
    versions = window.context.workspace.store.history.versions(bundle)
    assert any(v.reason.startswith("restore-revision") for v in versions)
    assert "Monday" in window.context.workspace.store.history.read(bundle, versions[0].id).decode()
