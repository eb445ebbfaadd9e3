"""The alt-text queue against the real WordPress: sync, `alt set` everywhere the image is, conflicts, roles,
offline work sent exactly once."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
import requests
import wpsite
from alt_wp import Scene, add_site_profile, make_scene, media_alt, paragraph, post_state, upload
from publish_fakes import run_cli as run

from sr_editor.cli import publish as cli_publish
from sr_editor.core.alt.state import SENT, WAITING, Outbox
from sr_editor.core.storage.store import ArticleStore
from sr_editor.publish.alt.engine import AltEngine
from sr_editor.publish.errors import Operation
from sr_editor.publish.wordpress.client import WordPressClient
from sr_editor.publish.wordpress.credentials import MemoryCredentialStore

pytestmark = pytest.mark.wordpress  # the real site of tests/support/wordpress_fixtures.py


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    root = tmp_path / "ws"
    root.mkdir()
    return root


def use_site(wordpress: wpsite.WordPressSite, monkeypatch: pytest.MonkeyPatch, role: str) -> None:
    """Profile `local` logged in as `role`, its password in an in-memory keyring."""
    user = wordpress.user(role)
    store = MemoryCredentialStore()
    store.set("local", user.login, user.app_password)
    monkeypatch.setattr(cli_publish, "credential_store", lambda: (store, None))
    add_site_profile(Path(os.environ["SR_EDITOR_CONFIG_DIR"]), "local", wordpress.url, user.login)


def cli(capsys: Any, monkeypatch: pytest.MonkeyPatch, workspace: Path, *argv: str) -> tuple[int, str, str]:
    return run(capsys, monkeypatch, "alt", *argv, "--workspace", str(workspace))


def engine_as(client_as: Any, workspace: Path, role: str, session: requests.Session | None = None) -> AltEngine:
    def connect(site: str) -> WordPressClient:
        return client_as(role, session=session) if session is not None else client_as(role)

    return AltEngine(workspace, ArticleStore(workspace), lambda: [p.parent for p in workspace.glob("*/index.md")],
                     connect)


def changed_fields(before: dict[str, Any], after: dict[str, Any]) -> set[str]:
    return {k for k in before if before[k] != after[k]}


def test_cli_set_updates_the_media_item_and_both_posts_and_nothing_else(
    wordpress: wpsite.WordPressSite, client_as: Any, unique: str, workspace: Path, capsys: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    editor = client_as("editor")
    scene = make_scene(editor, unique)
    inline_before = post_state(editor, scene.inline_post["id"])
    featured_before = post_state(editor, scene.featured_post["id"])
    use_site(wordpress, monkeypatch, "editor")

    code, out, err = cli(capsys, monkeypatch, workspace, "sync", "--site", "local")
    assert code == 0, err
    code, out, _ = cli(capsys, monkeypatch, workspace, "list", "--site", "local", "--json")
    item = next(i for i in json.loads(out) if i["media_id"] == scene.media_id)
    assert item["id"] == f"local:media:{scene.media_id}" and item["source"] == "local" and item["problem"]
    assert {(u["post_id"], u["where"]) for u in item["used_in"]} == {
        (scene.inline_post["id"], "inline"), (scene.featured_post["id"], "featured")}
    inline_use = next(u for u in item["used_in"] if u["where"] == "inline")
    assert inline_use["before"].startswith("Before the picture") and inline_use["after"] == "After the picture."

    code, out, err = cli(capsys, monkeypatch, workspace, "set", item["id"], 'Riot police & "tear gas"')
    assert code == 0, err
    assert media_alt(editor, scene.media_id) == 'Riot police & "tear gas"'
    inline_after = post_state(editor, scene.inline_post["id"])
    # modified_gmt has 1-second resolution: within the same second it may stay as it was
    assert changed_fields(inline_before, inline_after) - {"modified_gmt"} == {"content"}
    assert inline_after["content"] == inline_before["content"].replace(
        'alt="" class="wp-image-', 'alt="Riot police &amp; &quot;tear gas&quot;" class="wp-image-', 1)
    assert "Already described" in inline_after["content"]
    assert post_state(editor, scene.featured_post["id"]) == featured_before  # its alt comes from the media item
    code, out, _ = cli(capsys, monkeypatch, workspace, "list", "--site", "local", "--json")
    assert scene.media_id not in [i["media_id"] for i in json.loads(out)]


def test_a_post_edited_on_the_site_meanwhile_is_reread_not_clobbered(
    client_as: Any, unique: str, workspace: Path,
) -> None:
    editor = client_as("editor")
    scene = make_scene(editor, unique)
    post_id = scene.inline_post["id"]
    other_editor = client_as("administrator")

    class EditsBeforeTheCheck(requests.Session):
        """Someone saves the post on the site between our read and our write (once)."""

        edited = False

        def request(self, method: str, url: str, *args: Any, **kwargs: Any) -> Any:  # type: ignore[override]
            params = kwargs.get("params") or {}
            if (not self.edited and method == "GET" and url.endswith(f"/posts/{post_id}")
                    and params.get("_fields") == "modified_gmt"):
                EditsBeforeTheCheck.edited = True
                current = other_editor.get(f"/wp/v2/posts/{post_id}", {"context": "edit"})["content"]["raw"]
                import time

                time.sleep(1.1)  # modified_gmt has one-second resolution
                other_editor.post(f"/wp/v2/posts/{post_id}", {"content": current + "\n" + paragraph("Late edit.")},
                                  op=Operation.UPDATE_POST)
            return super().request(method, url, *args, **kwargs)

    engine = engine_as(client_as, workspace, "editor", session=EditsBeforeTheCheck())
    engine.sync("local", pictures=False)
    result = engine.set_alt(f"local:media:{scene.media_id}", "Police line")
    assert result.state == SENT, result.messages
    content = post_state(editor, post_id)["content"]
    assert "Late edit." in content and 'alt="Police line"' in content


def test_an_author_cannot_change_another_authors_post_and_is_told_which(
    wordpress: wpsite.WordPressSite, client_as: Any, unique: str, workspace: Path,
) -> None:
    author, editor = client_as("author"), client_as("editor")
    media = upload(author, f"author-{unique}")
    own = author.post("/wp/v2/posts", {"title": f"Own {unique}", "status": "publish", "content": _inline(media)},
                      op=Operation.CREATE_POST)
    theirs = editor.post("/wp/v2/posts", {"title": f"Theirs {unique}", "status": "publish",
                                          "content": _inline(media)}, op=Operation.CREATE_POST)
    theirs_before = post_state(editor, theirs["id"])
    foreign = upload(editor, f"editors-{unique}")

    engine = engine_as(client_as, workspace, "author")
    engine.sync("local", pictures=False)
    items = {i.media_id: i for i in engine.site_items("local")}
    assert not items[foreign["id"]].fixable and "another author" in items[foreign["id"]].reason.lower()
    assert "may describe only the images it uploaded" in engine.cache("local").abilities()  # type: ignore[union-attr]
    theirs_usage = next(u for u in items[media["id"]].used_in if u.post_id == theirs["id"])
    assert not theirs_usage.editable

    result = engine.set_alt(f"local:media:{media['id']}", "Own photo described")
    assert media_alt(editor, media["id"]) == "Own photo described"
    assert 'alt="Own photo described"' in post_state(editor, own["id"])["content"]
    assert post_state(editor, theirs["id"]) == theirs_before
    refusal = next(m for m in result.messages if f"Theirs {unique}" in m)
    assert f"(post {theirs['id']})" in refusal and "another author" in refusal

    with pytest.raises(Exception, match="another author"):
        engine.set_alt(f"local:media:{foreign['id']}", "Not mine")
    assert media_alt(editor, foreign["id"]) == ""


def _inline(media: dict[str, Any]) -> str:
    from alt_wp import block_image

    return paragraph("Text.") + "\n\n" + block_image(media)


def test_offline_work_is_kept_and_sent_on_sync_exactly_once(
    wordpress: wpsite.WordPressSite, client_as: Any, unique: str, workspace: Path, capsys: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    editor = client_as("editor")
    scene = make_scene(editor, unique)
    use_site(wordpress, monkeypatch, "editor")
    assert cli(capsys, monkeypatch, workspace, "sync", "--site", "local", "--no-pictures")[0] == 0

    offline = AltEngine(workspace, ArticleStore(workspace), lambda: [],
                        lambda site: WordPressClient("http://127.0.0.1:9", "x", "y", site_name=site, retries=0))
    result = offline.set_alt(f"local:media:{scene.media_id}", "Typed on the train")
    assert result.state == WAITING
    assert [e.state for e in Outbox(workspace).entries] == [WAITING]  # on disk, survives quitting
    assert media_alt(editor, scene.media_id) == ""

    code, out, err = cli(capsys, monkeypatch, workspace, "sync", "--site", "local", "--no-pictures")
    assert code == 0, err
    assert out.count(f"sent local:media:{scene.media_id}") == 1
    stamp = post_state(editor, scene.inline_post["id"])["modified_gmt"]
    assert media_alt(editor, scene.media_id) == "Typed on the train"
    media_modified = editor.get(f"/wp/v2/media/{scene.media_id}", {"context": "edit"})["modified_gmt"]

    code, out, _ = cli(capsys, monkeypatch, workspace, "sync", "--site", "local", "--no-pictures")
    assert code == 0 and "sent local:media" not in out
    assert post_state(editor, scene.inline_post["id"])["modified_gmt"] == stamp
    assert editor.get(f"/wp/v2/media/{scene.media_id}", {"context": "edit"})["modified_gmt"] == media_modified
    assert [e.state for e in Outbox(workspace).entries] == [SENT]


def test_resending_an_entry_whose_sent_mark_was_lost_changes_nothing(
    client_as: Any, unique: str, workspace: Path,
) -> None:
    editor = client_as("editor")
    scene = make_scene(editor, unique)
    engine = engine_as(client_as, workspace, "editor")
    engine.sync("local", pictures=False)
    engine.set_alt(f"local:media:{scene.media_id}", "Sent once")
    stamp = post_state(editor, scene.inline_post["id"])["modified_gmt"]
    outbox = Outbox(workspace)
    outbox.entries[-1].state = WAITING  # the crash came after the site took it, before the mark hit the disk
    outbox.save()
    engine = engine_as(client_as, workspace, "editor")
    sent, failed = engine.send("local")
    assert len(sent) == 1 and not failed
    assert post_state(editor, scene.inline_post["id"])["modified_gmt"] == stamp


def test_a_local_article_using_the_same_media_is_updated_too(
    client_as: Any, unique: str, workspace: Path,
) -> None:
    editor = client_as("editor")
    scene: Scene = make_scene(editor, unique)
    bundle = workspace / f"story-{unique}"
    bundle.mkdir()
    (bundle / "photo.jpg").write_bytes(b"\xff\xd8")
    (bundle / "index.md").write_text(
        f"---\ntitle: Story\nremote:\n  local:\n    post_id: {scene.inline_post['id']}\n"
        f"    media: {{photo.jpg: {{id: {scene.media_id}, sha256: abc, url: x}}}}\n---\nText.\n\n![](photo.jpg)\n")
    engine = engine_as(client_as, workspace, "editor")
    engine.sync("local", pictures=False)
    result = engine.set_alt(f"local:media:{scene.media_id}", "Shared photo")
    assert any("Local article" in m for m in result.messages)
    text = (bundle / "index.md").read_text()
    assert "![Shared photo](photo.jpg)" in text and "alt: Shared photo" in text


def test_sync_fetches_pictures_for_offline_and_incremental_sync_sees_changes(
    client_as: Any, unique: str, workspace: Path,
) -> None:
    editor = client_as("editor")
    scene = make_scene(editor, unique)
    engine = engine_as(client_as, workspace, "editor")
    first = engine.sync("local")
    item = next(i for i in engine.site_items("local") if i.media_id == scene.media_id)
    assert item.image and Path(item.image).read_bytes()[:2] == b"\xff\xd8"
    import time

    time.sleep(1.1)
    editor.post(f"/wp/v2/media/{scene.media_id}", {"alt_text": "Fixed on the site"}, op=Operation.UPDATE_MEDIA)
    second = engine_as(client_as, workspace, "editor").sync("local", pictures=False)
    assert 1 <= second.media < first.media
    assert scene.media_id not in [i.media_id for i in engine_as(client_as, workspace, "editor").site_items("local")]
