"""The newsroom loop end to end on the real WordPress with the companion plugin, through the command line: a
writer submits, the editor requests changes with a note on a passage, the writer sees it, revises, resolves it and
resubmits, the editor approves; a post held open in the app shows as locked in wp-admin."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import companion_site
import pytest
import wpsite
from publish_fakes import make_photo, write_article
from wp_php import run_wp_php

from sr_editor.publish.errors import Operation
from sr_editor.publish.review.errors import PostLocked
from sr_editor.publish.review.lock import PostLock
from sr_editor.publish.wordpress.client import WordPressClient

pytestmark = pytest.mark.wordpress


@pytest.fixture
def cli(newsroom_cli: Any) -> Any:  # tests/support/newsroom_fixtures.py: the profiles `writer` and `desk`
    return newsroom_cli


def _display_name(wordpress: wpsite.WordPressSite, role: str) -> str:
    user = wordpress.user(role)
    return str(WordPressClient(wordpress.url, user.login, user.app_password, site_name="test").me()["name"])


def _status(wordpress: wpsite.WordPressSite, post_id: int) -> str:
    admin = wordpress.user("administrator")
    client = WordPressClient(wordpress.url, admin.login, admin.app_password, site_name="test")
    return str(client.get(f"/wp/v2/posts/{post_id}", {"context": "edit"})["status"])


def test_request_changes_note_resolve_resubmit_approve(
    cli: Any, wordpress: wpsite.WordPressSite, tmp_path: Path, unique: str
) -> None:
    desk_ws, writer_ws = str(tmp_path / "desk"), str(tmp_path / "writer")
    assert cli("--workspace", writer_ws, "sync-terms", "--site", "writer")[0] == 0
    bundle = write_article(Path(writer_ws) / f"loop-{unique}", f"title: Budget {unique}\nexcerpt: Where the money "
                           "went, by the numbers.\nregions: [Asia]\nfeatured_image:\n  src: a.jpg\n  alt: A ledger "
                           "on a desk\n  credit: Agency\n", "The minister said 40 per cent of the budget went "
                           "missing.\n")
    make_photo(bundle / "a.jpg")
    code, out, err = cli("--workspace", writer_ws, "publish", str(bundle), "--site", "writer", "--status", "pending")
    assert code == 0, err
    post_id = int(out.split("post ")[1].split()[0])

    code, out, err = cli("--workspace", desk_ws, "pull", "--site", "desk", str(post_id))
    assert code == 0, err
    desk_bundle = out.split()[0]
    code, out, err = cli("--workspace", desk_ws, "review", desk_bundle, "--site", "desk",
                         "--request-changes", "Source for this figure?", "--on", "40 per cent")
    assert code == 0, err
    assert "sent back" in out and _status(wordpress, post_id) == "draft"

    code, out, err = cli("--workspace", writer_ws, "notes", "list", str(bundle), "--site", "writer", "--json")
    assert code == 0, err
    [thread] = json.loads(out)
    assert thread["text"] == "Source for this figure?" and thread["quote"] == "40 per cent"
    assert thread["author"] == _display_name(wordpress, "editor")
    assert thread["resolved"] is False and thread["line"] == 1 and thread["replies"] == []

    code, _, err = cli("--workspace", writer_ws, "pull", "--site", "writer", str(post_id))
    assert code == 0, err
    index = bundle / "index.md"
    index.write_text(index.read_text().replace("went missing.", "went missing, the audit office says."))
    assert cli("--workspace", writer_ws, "notes", "add", str(bundle), "--site", "writer",
               "Added the audit office.", "--reply-to", str(thread["id"]))[0] == 0
    assert cli("--workspace", writer_ws, "notes", "resolve", str(bundle), "--site", "writer",
               str(thread["id"]))[0] == 0
    code, _, err = cli("--workspace", writer_ws, "publish", str(bundle), "--site", "writer", "--status", "pending")
    assert code == 0, err
    assert _status(wordpress, post_id) == "pending"

    code, out, err = cli("--workspace", desk_ws, "review", desk_bundle, "--site", "desk", "--approve")
    assert code == 0, err
    assert _status(wordpress, post_id) == "publish"
    [thread] = json.loads(cli("--workspace", desk_ws, "notes", "list", desk_bundle, "--site", "desk", "--json")[1])
    assert thread["resolved"] is True and [r["text"] for r in thread["replies"]] == ["Added the audit office."]


def test_a_post_held_open_shows_as_locked_in_wp_admin_and_to_a_colleague(
    wordpress: wpsite.WordPressSite, companion: companion_site.Companion
) -> None:
    users = {role: wordpress.user(role) for role in ("editor", "administrator")}
    clients = {role: WordPressClient(wordpress.url, u.login, u.app_password, site_name="test")
               for role, u in users.items()}
    post = clients["administrator"].post("/wp/v2/posts", {"title": "Locked", "status": "draft"},
                                         op=Operation.CREATE_POST)
    held = PostLock(clients["editor"], int(post["id"]))
    assert held.take().mine
    seen = run_wp_php(wordpress, r"""
require_once ABSPATH . 'wp-admin/includes/post.php';
wp_set_current_user(1);
echo json_encode(['holder' => (int) wp_check_post_lock($input['post'])]);
""", {"post": post["id"]})
    assert seen["holder"] == users["editor"].user_id
    with pytest.raises(PostLocked) as refused:
        PostLock(clients["administrator"], int(post["id"])).take()
    assert str(refused.value).startswith(_display_name(wordpress, "editor") + " is editing this post")
    assert not held.release().locked
