"""Alt sync against a real WordPress turned hostile: a plugin points media at another host or at a same-site
address that redirects there, alt text and titles carry terminal escapes and bidi overrides, a file name climbs out
of the uploads folder, and one post refuses the update. The sync reaches no other host, writes only inside the
workspace, shows the site's text without obeying it, and keeps the refused update waiting until it is sent."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import wp_fixture
import wpsite
from alt_wp import add_site_profile, block_image, create_post, media_alt, paragraph, upload
from local_http import LocalServer, Seen
from publish_fakes import run_cli
from wp_php import run_wp_php

from sr_editor.cli import publish as cli_publish
from sr_editor.core.alt.state import SENT, WAITING
from sr_editor.core.storage.store import ArticleStore
from sr_editor.publish.alt.engine import AltEngine
from sr_editor.publish.wordpress.client import WordPressClient
from sr_editor.publish.wordpress.credentials import MemoryCredentialStore

pytestmark = [pytest.mark.wordpress,
              pytest.mark.parametrize("wordpress", wp_fixture.LINE_PARAMS, indirect=True)]

HOSTILE_TEXT = "\x1b[2J\x1b]0;pwned\x07 tit\u202ele\u2066 \x00end"

# A mu-plugin standing in for a compromised or badly written site: media marked by the test answer with an address
# the test chose, and a same-site address redirects to wherever the test said. Unmarked media are untouched, so the
# other tests sharing the site see nothing of it.
HOSTILE_PLUGIN = r"""<?php
add_filter('wp_get_attachment_url', function ($url, $id) {
    $to = get_post_meta($id, '_sr_hostile_url', true);
    return $to ? $to : $url;
}, 10, 2);
add_action('init', function () {
    if (isset($_GET['sr_hostile_redirect'])) {
        header('Location: ' . get_option('sr_hostile_redirect_to'), true, 302);
        exit;
    }
});
add_filter('map_meta_cap', function ($caps, $cap, $user, $args) {
    // The post the test names refuses every edit, as a plugin guarding it would.
    $refused = (int) get_option('sr_refuse_edit', 0);
    if ($refused && $cap === 'edit_post' && sr_hostile_first_id($args) === $refused) { return ['do_not_allow']; }
    return $caps;
}, 10, 4);
function sr_hostile_first_id($args) { return isset($args[0]) ? (int) $args[0] : 0; }
"""

MAKE_HOSTILE = r"""
global $wpdb;
foreach ($input['urls'] as $id => $url) { update_post_meta((int) $id, '_sr_hostile_url', $url); }
update_option('sr_hostile_redirect_to', $input['redirect_to']);
$id = (int) $input['escaping'];
update_post_meta($id, '_wp_attachment_image_alt', $input['text']);
$wpdb->update($wpdb->posts, ['post_title' => $input['text']], ['ID' => $id]);
update_post_meta((int) $input['climbing'], '_wp_attached_file', '../../../../climbed-' . $input['unique'] . '.jpg');
clean_post_cache($id);
clean_post_cache((int) $input['climbing']);
echo json_encode(['ok' => true]);
"""


@pytest.fixture
def hostile_plugin(wordpress: wpsite.WordPressSite) -> Iterator[None]:
    plugin = wordpress.root / "docroot" / "wp-content" / "mu-plugins" / "sr-hostile-media.php"
    plugin.write_text(HOSTILE_PLUGIN)
    try:
        yield
    finally:
        plugin.unlink()


@pytest.fixture
def elsewhere() -> Iterator[LocalServer]:
    """Another host (another port of this computer) that records every request and answers with an image."""
    def answer(seen: Seen) -> tuple[int, dict[str, str], Any]:
        return 200, {"Content-Type": "image/jpeg"}, b"\xff\xd8\xff\xe0 not the site's picture"

    with LocalServer(answer) as server:
        yield server


def files_under(folder: Path) -> set[Path]:
    return {Path(root) / name for root, _dirs, names in os.walk(folder) for name in names}


def engine_for(client: WordPressClient, workspace: Path) -> AltEngine:
    return AltEngine(workspace, ArticleStore(workspace), lambda: [], lambda site: client)


def test_alt_sync_of_a_hostile_real_site_reaches_no_other_host_and_writes_only_inside_the_workspace(
    client_as: Any, wordpress: wpsite.WordPressSite, hostile_plugin: None, elsewhere: LocalServer,
    tmp_path: Path, unique: str, capsys: Any, monkeypatch: pytest.MonkeyPatch,
) -> None:
    editor = client_as("editor")
    other_host = upload(editor, f"other-host-{unique}")
    redirected = upload(editor, f"redirected-{unique}")
    escaping = upload(editor, f"escaping-{unique}")
    climbing = upload(editor, f"climbing-{unique}")
    fine = upload(editor, f"fine-{unique}")
    content = "\n\n".join([paragraph(f"Hostile gallery {unique}"),
                           *(block_image(m) for m in (other_host, redirected, escaping, climbing, fine))])
    create_post(editor, f"Gallery {unique}", content)
    run_wp_php(wordpress, MAKE_HOSTILE, {
        "urls": {str(other_host["id"]): f"{elsewhere.url()}/other-{unique}.jpg",
                 str(redirected["id"]): f"{wordpress.url}/?sr_hostile_redirect=1&f=redirected-{unique}.jpg"},
        "redirect_to": f"{elsewhere.url()}/redirected-{unique}.jpg",
        "escaping": escaping["id"], "text": HOSTILE_TEXT, "climbing": climbing["id"], "unique": unique,
    })
    workspace = tmp_path / "outer" / "ws"
    workspace.mkdir(parents=True)
    outside_before = files_under(tmp_path) | files_under(wordpress.root / "docroot" / "wp-content")

    engine = engine_for(client_as("editor"), workspace)
    engine.sync("local")

    assert elsewhere.seen == []
    ids = {i.media_id for i in engine.site_items("local")}
    assert {int(m["id"]) for m in (other_host, redirected, escaping, climbing, fine)} <= ids
    fine_item = next(i for i in engine.site_items("local") if i.media_id == fine["id"])
    assert fine_item.image and Path(fine_item.image).read_bytes()[:2] == b"\xff\xd8"
    new_outside = (files_under(tmp_path) | files_under(wordpress.root / "docroot" / "wp-content")) - outside_before
    assert {p for p in new_outside if workspace not in p.parents} == set()

    store = MemoryCredentialStore()
    user = wordpress.user("editor")
    store.set("local", user.login, user.app_password)
    monkeypatch.setattr(cli_publish, "credential_store", lambda: (store, None))
    add_site_profile(Path(os.environ["SR_EDITOR_CONFIG_DIR"]), "local", wordpress.url, user.login)
    code, out, err = run_cli(capsys, monkeypatch, "alt", "list", "--site", "local", "--workspace", str(workspace))
    assert code == 0
    for char in "\x1b\x07\u202e\u2066\x00":
        assert char not in out + err
    assert "\\x1b[2J" in out and "\\u202e" in out


def test_an_alt_update_a_real_post_refuses_stays_waiting_and_is_sent_by_the_sync_after_the_refusal_ends(
    client_as: Any, wordpress: wpsite.WordPressSite, hostile_plugin: None, tmp_path: Path, unique: str,
) -> None:
    editor = client_as("editor")
    shared = upload(editor, f"shared-{unique}")
    willing = create_post(editor, f"Willing {unique}", block_image(shared))
    refusing = create_post(editor, f"Refusing {unique}", block_image(shared))
    workspace = tmp_path / "ws"
    workspace.mkdir()
    engine = engine_for(client_as("editor"), workspace)
    engine.sync("local", pictures=False)
    set_option(wordpress, "sr_refuse_edit", int(refusing["id"]))  # guarded after the sync: the role says it may
    item_id = f"local:media:{shared['id']}"

    engine.set_alt(item_id, "Protesters in the square", False, send=False)
    for _attempt in range(2):  # refused, and refused again by the next sync: never marked sent
        sent, failed = engine.send("local")
        [entry] = engine.outbox.pending("local")
        assert sent == [] and entry.state == WAITING and str(refusing["id"]) in entry.reason, entry.reason
    assert media_alt(editor, int(shared["id"])) == "Protesters in the square"
    assert 'alt="Protesters in the square"' in raw_content(editor, willing)

    set_option(wordpress, "sr_refuse_edit", 0)
    assert 'alt=""' in raw_content(editor, refusing)
    sent, failed = engine.send("local")
    assert [e.item_id for e in sent] == [item_id] and failed == []
    assert engine.outbox.latest(item_id).state == SENT  # type: ignore[union-attr]
    assert 'alt="Protesters in the square"' in raw_content(editor, refusing)


def set_option(wordpress: wpsite.WordPressSite, name: str, value: int) -> None:
    run_wp_php(wordpress, "update_option($input['name'], $input['value']); echo json_encode(['ok' => true]);",
               {"name": name, "value": value})


def raw_content(client: WordPressClient, post: dict[str, Any]) -> str:
    return str(client.get(f"/wp/v2/posts/{post['id']}", {"context": "edit"})["content"]["raw"])
