"""The newsroom loop through the window, on the real WordPress with the companion plugin: the writer submits, the
editor (in the app) requests changes with a note on a passage, the writer sees the note beside the paragraph in
the app, revises, resolves it and resubmits; the editor approves in the app; and a post open in the app shows as
locked in WordPress itself (wp_check_post_lock)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import wp_fixture
import wpsite
from publish_fakes import make_photo, write_article
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialog
from wp_php import run_wp_php

from sr_editor import app
from sr_editor.gui.site import review_ui
from sr_editor.publish.sync.session import PublishSession
from sr_editor.publish.wordpress.client import WordPressClient
from sr_editor.publish.wordpress.credentials import MemoryCredentialStore
from sr_editor.publish.wordpress.sites import SiteProfile, SiteRegistry

pytestmark = [pytest.mark.wordpress,
              pytest.mark.parametrize("wordpress", wp_fixture.LINE_PARAMS, indirect=True)]
WAIT = 30_000


@pytest.fixture
def cli(newsroom_cli: Any) -> Any:  # tests/support/newsroom_fixtures.py: the profiles `writer` and `desk`
    return newsroom_cli


@pytest.fixture
def open_window(wordpress: wpsite.WordPressSite, qtbot: Any, tmp_path: Path) -> Iterator[Any]:
    windows: list[Any] = []

    def make(root: Path, site: str, role: str) -> Any:
        vocabulary = app.load_vocabulary()
        window = app.build_window(app.build_context(app.open_workspace(root, vocabulary), vocabulary,
                                                    config_dir=tmp_path / f"config-{site}"), restore=False)
        qtbot.addWidget(window)
        window.show()
        user = wordpress.user(role)
        session = PublishSession(SiteRegistry(tmp_path / f"sites-{site}.json"), root,
                                 open_store=lambda: (MemoryCredentialStore(), None))
        session.add_site(SiteProfile(site, wordpress.url, user.login), user.app_password)
        window.context.publishing = session
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()


def _admin(wordpress: wpsite.WordPressSite) -> WordPressClient:
    admin = wordpress.user("administrator")
    return WordPressClient(wordpress.url, admin.login, admin.app_password, site_name="test")


def _status(wordpress: wpsite.WordPressSite, post_id: int) -> str:
    return str(_admin(wordpress).get(f"/wp/v2/posts/{post_id}", {"context": "edit"})["status"])


def _lock_holder(wordpress: wpsite.WordPressSite, post_id: int) -> int:
    """Who WordPress itself says is editing the post (wp-admin's "… is currently editing")."""
    seen = run_wp_php(wordpress, r"""
require_once ABSPATH . 'wp-admin/includes/post.php';
wp_set_current_user(1);
echo json_encode(['holder' => (int) wp_check_post_lock($input['post'])]);
""", {"post": post_id})
    return int(seen["holder"])


def _select(window: Any, words: str) -> None:
    editor = window.editor
    start = editor.toPlainText().index(words)
    cursor = editor.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len(words), QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)


def test_the_newsroom_loop_through_the_window(
    cli: Any, open_window: Any, wordpress: wpsite.WordPressSite, qtbot: Any, tmp_path: Path, unique: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    writer_ws, desk_ws = tmp_path / "writer", tmp_path / "desk"
    assert cli("--workspace", str(writer_ws), "sync-terms", "--site", "writer")[0] == 0
    bundle = write_article(writer_ws / f"loop-{unique}", f"title: Budget {unique}\nexcerpt: Where the money "
                           "went, by the numbers.\nregions: [Asia]\nfeatured_image:\n  src: a.jpg\n  alt: A ledger "
                           "on a desk\n  credit: Agency\n", "The minister said 40 per cent of the budget went "
                           "missing.\n")
    make_photo(bundle / "a.jpg")
    code, out, err = cli("--workspace", str(writer_ws), "publish", str(bundle), "--site", "writer",
                         "--status", "pending")
    assert code == 0, err
    post_id = int(out.split("post ")[1].split()[0])
    code, out, err = cli("--workspace", str(desk_ws), "pull", "--site", "desk", str(post_id))
    assert code == 0, err
    desk_bundle = Path(out.split()[0])

    # The editor opens the post in the app: WordPress shows it locked by them; they send it back with a note.
    desk = open_window(desk_ws, "desk", "editor")
    desk.features.controller.open_article(desk_bundle)
    review = desk.features.site_ui.review
    qtbot.waitUntil(lambda: review.presence.held is not None, timeout=WAIT)
    assert _lock_holder(wordpress, post_id) == wordpress.user("editor").user_id
    _select(desk, "40 per cent")
    review.ask_text = lambda _title, _label: "Source for this figure?"
    review.request_changes_open()
    qtbot.waitUntil(lambda: _status(wordpress, post_id) == "draft", timeout=WAIT)
    desk.features.controller.open_article(write_article(desk_ws / "other", "title: Other\n", "Local only.\n"))
    review.presence.calls.wait(10_000)  # the article left: its lock is given back
    qtbot.waitUntil(lambda: _lock_holder(wordpress, post_id) == 0, timeout=WAIT)

    # The writer sees the note beside the paragraph, revises, resolves it and resubmits.
    code, _, err = cli("--workspace", str(writer_ws), "pull", "--site", "writer", str(post_id))
    assert code == 0, err
    writer = open_window(writer_ws, "writer", "author")
    writer.features.controller.open_article(bundle)
    notes = writer.features.site_ui.review
    writer.commands["notes_panel"].trigger()
    qtbot.waitUntil(lambda: notes.panel.tree.topLevelItemCount() == 1, timeout=WAIT)
    assert notes.changes_requested() and "Source for this figure?" in notes.panel.tree.topLevelItem(0).text(0)
    [(_note, start, end)] = notes.marks.marks()
    assert writer.editor.toPlainText()[start:end] == "40 per cent"
    cursor = writer.editor.textCursor()
    cursor.setPosition(writer.editor.toPlainText().index("went missing.") + len("went missing"))
    writer.editor.setTextCursor(cursor)
    qtbot.waitUntil(lambda: not writer.editor.isReadOnly(), timeout=WAIT)
    qtbot.keyClicks(writer.editor, ", the audit office says")
    writer.commands["save"].trigger()
    assert "the audit office says" in (bundle / "index.md").read_text()
    notes.panel.tree.setCurrentItem(notes.panel.tree.topLevelItem(0))
    notes.panel.resolveButton.click()
    qtbot.waitUntil(lambda: notes.view is not None and bool(notes.view.threads) and notes.view.threads[0].resolved,
                    timeout=WAIT)
    assert notes.marks.marks() == []  # a resolved note is no longer highlighted
    notes.presence.shutdown()
    code, _, err = cli("--workspace", str(writer_ws), "publish", str(bundle), "--site", "writer", "--status",
                       "pending")
    assert code == 0, err
    assert _status(wordpress, post_id) == "pending"

    # The editor approves in the app.
    code, _, err = cli("--workspace", str(desk_ws), "pull", "--site", "desk", str(post_id))
    assert code == 0, err
    desk.features.controller.open_article(desk_bundle)
    qtbot.waitUntil(lambda: review.presence.held is not None, timeout=WAIT)
    monkeypatch.setattr(review_ui.ApproveDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    review.approve_open()
    qtbot.waitUntil(lambda: _status(wordpress, post_id) == "publish", timeout=WAIT)
    assert "audit office" in str(_admin(wordpress).get(f"/wp/v2/posts/{post_id}", {"context": "edit"})
                                 ["content"]["raw"])
    assert _lock_holder(wordpress, post_id) == wordpress.user("editor").user_id  # still open in the app
