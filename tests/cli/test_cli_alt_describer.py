"""`sr-editor alt set` by a volunteer: a Contributor account with the companion plugin's Image describer role fixes
the alt of an image in another user's published post, through the plugin's alt-only routes, on both WordPress
lines; the post's other content stays byte for byte, and the server refuses anything beyond alt attributes."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import companion_site
import pytest
import requests
import wp_fixture
import wpsite
from alt_wp import add_site_profile, make_scene, media_alt, post_state
from publish_fakes import run_cli as run

from sr_editor.cli import publish as cli_publish
from sr_editor.publish.wordpress.credentials import MemoryCredentialStore

pytestmark = [pytest.mark.wordpress,
              pytest.mark.parametrize("wordpress", wp_fixture.LINE_PARAMS, indirect=True)]


@pytest.fixture(scope="module")
def volunteer(wordpress: wpsite.WordPressSite, companion: companion_site.Companion) -> companion_site.Describer:
    return companion_site.add_account(wordpress, ["contributor", "sr_image_describer"], "Volunteer Vic")


@pytest.fixture
def cli(wordpress: wpsite.WordPressSite, volunteer: companion_site.Describer, tmp_path: Path, capsys: Any,
        monkeypatch: pytest.MonkeyPatch) -> Any:
    store = MemoryCredentialStore()
    store.set("local", volunteer.login, volunteer.password)
    monkeypatch.setattr(cli_publish, "credential_store", lambda: (store, None))
    add_site_profile(Path(os.environ["SR_EDITOR_CONFIG_DIR"]), "local", wordpress.url, volunteer.login)
    workspace = tmp_path / "ws"
    workspace.mkdir()

    def call(*argv: str) -> tuple[int, str, str]:
        return run(capsys, monkeypatch, *argv, "--workspace", str(workspace))

    return call


def test_a_contributor_describer_fixes_an_image_in_anothers_published_post(
    cli: Any, client_as: Any, unique: str
) -> None:
    editor = client_as("editor")
    scene = make_scene(editor, unique)
    post_id = scene.inline_post["id"]
    before = post_state(editor, post_id)

    code, out, err = cli("alt", "sync", "--site", "local")
    assert code == 0, err
    assert "Image describer" in out
    code, out, _ = cli("alt", "list", "--site", "local", "--json")
    item = next(i for i in json.loads(out) if i["media_id"] == scene.media_id)
    assert item["fixable"] is True and all(use["editable"] for use in item["used_in"])

    code, out, err = cli("alt", "set", item["id"], "A blue square on a test page")
    assert code == 0, err
    assert f"Post {post_id} updated" in out
    assert media_alt(editor, scene.media_id) == "A blue square on a test page"
    after = post_state(editor, post_id)
    assert {k for k in before if before[k] != after[k]} - {"modified_gmt"} == {"content"}
    assert after["content"] == before["content"].replace(
        'alt="" class="wp-image-', 'alt="A blue square on a test page" class="wp-image-', 1)
    assert after["status"] == "publish" and after["author"] == before["author"]


def test_the_server_refuses_a_describer_any_change_beyond_alt(
    volunteer: companion_site.Describer, wordpress: wpsite.WordPressSite, client_as: Any, unique: str
) -> None:
    editor = client_as("editor")
    post_id = make_scene(editor, unique).inline_post["id"]
    before = post_state(editor, post_id)
    http = requests.Session()
    http.auth = (volunteer.login, volunteer.password)
    route = f"{wordpress.url}/wp-json/sr-editor/v1/posts/{post_id}/alt"
    source = http.get(route, timeout=30).json()
    sneaky = source["content"].replace("After the picture.", "After the picture. Buy now!")
    answer = http.post(route, json={"content": sneaky, "modified_gmt": source["modified_gmt"]}, timeout=30)
    assert answer.status_code == 403 and answer.json()["code"] == "sr_editor_not_only_alt"
    core = http.post(f"{wordpress.url}/wp-json/wp/v2/posts/{post_id}", json={"content": sneaky}, timeout=30)
    assert core.status_code in (401, 403)
    assert post_state(editor, post_id) == before


def test_site_check_lists_the_plugin_its_version_and_the_describer_right(cli: Any) -> None:
    code, out, err = cli("site", "check", "local")
    assert code == 0, out + err
    assert "[ok] The sr-editor companion plugin 0.1.0 is active." in out
    assert "[ok] This account can describe images (alt text) in every post." in out
