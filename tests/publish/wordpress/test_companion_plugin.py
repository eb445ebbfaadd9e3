"""The companion plugin on the real WordPress: post lock, notes for sites before 6.9, the Image describer role.

The plugin folder is linked into the test site's plugins and activated for this module only; any PHP warning,
notice or deprecation raised in the plugin's files is recorded by a strict mu-plugin and fails the module.
"""

from __future__ import annotations

import re
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import companion_site
import pytest
import requests
import wpsite
from pull_helpers import jpeg
from wp_php import run_wp_php

PLUGIN = companion_site.PLUGIN
NS = "/wp-json/sr-editor/v1"
pytestmark = pytest.mark.wordpress


class Account:
    def __init__(self, url: str, login: str, password: str, user_id: int) -> None:
        self.url, self.user_id = url, user_id
        self.http = requests.Session()
        self.http.auth = (login, password)

    def call(self, method: str, route: str, **kw: Any) -> requests.Response:
        return self.http.request(method, self.url + route, timeout=30, **kw)

    def ok(self, method: str, route: str, **kw: Any) -> Any:
        answer = self.call(method, route, **kw)
        assert answer.status_code in (200, 201), answer.text[:500]
        return answer.json()


@pytest.fixture(scope="module")
def site(wordpress: wpsite.WordPressSite) -> Iterator[dict[str, Any]]:
    with companion_site.companion_active(wordpress) as companion:
        accounts = {role: Account(wordpress.url, u.login, u.app_password, u.user_id)
                    for role, u in wordpress.users.items()}
        vera = companion.describer
        accounts["describer"] = Account(wordpress.url, vera.login, vera.password, vera.user_id)
        yield {"wp": wordpress, "accounts": accounts, "errors": companion.errors}


@pytest.fixture(autouse=True)
def _no_php_errors_in_the_plugin(site: dict[str, Any]) -> Iterator[None]:
    yield
    assert site["errors"].read_text() == "", site["errors"].read_text()


def _post(site: dict[str, Any], author: str = "author", status: str = "publish", content: str = "") -> int:
    body = content or f"<!-- wp:paragraph -->\n<p>Text {uuid.uuid4().hex[:6]}.</p>\n<!-- /wp:paragraph -->"
    made = site["accounts"]["administrator"].ok("POST", "/wp-json/wp/v2/posts", json={
        "title": "Companion test", "content": body, "status": status,
        "author": site["accounts"][author].user_id})
    return int(made["id"])


def test_every_php_file_of_the_plugin_parses() -> None:
    for path in sorted(PLUGIN.rglob("*.php")):
        done = subprocess.run(["php", "-l", str(path)], capture_output=True, text=True, check=False)
        assert done.returncode == 0, done.stdout + done.stderr


def test_the_build_script_makes_a_zip_with_the_plugin_folder(tmp_path: Path) -> None:
    import zipfile

    script = PLUGIN.parent / "build-zip.sh"
    out = subprocess.run(["sh", str(script), str(tmp_path)], capture_output=True, text=True, check=True).stdout
    names = zipfile.ZipFile(out.strip()).namelist()
    assert "sr-editor-companion/sr-editor-companion.php" in names
    assert all(name.startswith("sr-editor-companion/") for name in names)


def test_no_route_answers_without_authentication(site: dict[str, Any]) -> None:
    post = _post(site)
    body = {"content": "x", "alt": "x", "modified_gmt": "2001-01-01T00:00:00"}  # valid arguments: only auth is missing
    for method, route in (("GET", "/status"), ("GET", f"/posts/{post}/lock"), ("POST", f"/posts/{post}/lock"),
                          ("DELETE", f"/posts/{post}/lock"), ("GET", f"/posts/{post}/notes"),
                          ("POST", f"/posts/{post}/notes"), ("GET", f"/posts/{post}/alt"),
                          ("POST", f"/posts/{post}/alt"), ("GET", "/media/1/uses"), ("POST", "/media/1/alt")):
        answer = requests.request(method, site["wp"].url + NS + route, json=body, timeout=30)
        assert answer.status_code == 401, (method, route, answer.status_code)


def test_status_names_the_version_and_whether_the_account_may_describe(site: dict[str, Any]) -> None:
    accounts = site["accounts"]
    assert accounts["contributor"].ok("GET", NS + "/status")["can_describe"] is False
    assert accounts["describer"].ok("GET", NS + "/status")["can_describe"] is True
    status = accounts["editor"].ok("GET", NS + "/status")
    assert status["version"] == "0.1.0" and status["can_describe"] is True and status["notes_native"] is False


def test_a_lock_taken_by_the_app_is_the_one_wp_admin_shows(site: dict[str, Any]) -> None:
    post = _post(site)
    editor = site["accounts"]["editor"]
    taken = editor.ok("POST", f"{NS}/posts/{post}/lock")
    assert taken["locked"] and taken["mine"] and taken["user"]["id"] == editor.user_id
    seen = run_wp_php(site["wp"], r"""
require_once ABSPATH . 'wp-admin/includes/post.php';
wp_set_current_user(1);
echo json_encode(['holder' => wp_check_post_lock($input['post'])]);
""", {"post": post})
    assert int(seen["holder"]) == editor.user_id


def test_another_user_is_told_who_holds_the_lock_and_since_when(site: dict[str, Any]) -> None:
    post = _post(site)
    accounts = site["accounts"]
    accounts["editor"].ok("POST", f"{NS}/posts/{post}/lock")
    state = accounts["administrator"].ok("GET", f"{NS}/posts/{post}/lock")
    assert state["locked"] and not state["mine"]
    assert state["user"]["id"] == accounts["editor"].user_id and state["user"]["name"]
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", state["since_gmt"])
    refused = accounts["administrator"].call("POST", f"{NS}/posts/{post}/lock")
    assert refused.status_code == 409 and refused.json()["data"]["user"]["id"] == accounts["editor"].user_id


def test_a_lock_taken_in_wp_admin_is_seen_by_the_app(site: dict[str, Any]) -> None:
    post = _post(site)
    run_wp_php(site["wp"], r"""
require_once ABSPATH . 'wp-admin/includes/post.php';
wp_set_current_user(1);
wp_set_post_lock($input['post']);
echo json_encode(['ok' => true]);
""", {"post": post})
    state = site["accounts"]["editor"].ok("GET", f"{NS}/posts/{post}/lock")
    assert state["locked"] and state["user"]["id"] == 1


def test_giving_the_lock_back_frees_the_post_and_leaves_anothers_lock_alone(site: dict[str, Any]) -> None:
    post = _post(site)
    accounts = site["accounts"]
    accounts["editor"].ok("POST", f"{NS}/posts/{post}/lock")
    assert accounts["administrator"].ok("DELETE", f"{NS}/posts/{post}/lock")["locked"] is True
    assert accounts["editor"].ok("DELETE", f"{NS}/posts/{post}/lock")["locked"] is False


def test_a_lock_held_by_a_deleted_user_has_no_name(site: dict[str, Any]) -> None:
    post = _post(site)
    run_wp_php(site["wp"], r"""
require_once ABSPATH . 'wp-admin/includes/user.php';
$gone = wp_insert_user(['user_login' => 'gone-' . $input['post'], 'user_pass' => 'x', 'role' => 'editor']);
update_post_meta($input['post'], '_edit_lock', time() . ':' . $gone);
wp_delete_user($gone);
echo json_encode(['ok' => true]);
""", {"post": post})
    state = site["accounts"]["editor"].ok("GET", f"{NS}/posts/{post}/lock")
    assert state["locked"] and state["user"]["name"] is None


def test_a_contributor_cannot_lock_or_read_notes_of_anothers_post(site: dict[str, Any]) -> None:
    post = _post(site)
    contributor = site["accounts"]["contributor"]
    assert contributor.call("POST", f"{NS}/posts/{post}/lock").status_code == 403
    assert contributor.call("GET", f"{NS}/posts/{post}/notes").status_code == 403


def test_a_note_on_a_passage_is_listed_with_its_author_and_quote(site: dict[str, Any]) -> None:
    post = _post(site, status="pending")
    editor = site["accounts"]["editor"]
    made = editor.ok("POST", f"{NS}/posts/{post}/notes", json={"content": "Source for this figure?",
                                                            "quote": "40 per cent"})
    [note] = site["accounts"]["author"].ok("GET", f"{NS}/posts/{post}/notes")
    assert note["id"] == made["id"] and note["content"] == "Source for this figure?"
    assert note["quote"] == "40 per cent" and note["author"]["id"] == editor.user_id and note["parent"] == 0


def test_replies_and_resolving_are_child_notes_as_wordpress_69_keeps_them(site: dict[str, Any]) -> None:
    post = _post(site, status="pending")
    accounts = site["accounts"]
    first = accounts["editor"].ok("POST", f"{NS}/posts/{post}/notes", json={"content": "Cut this."})
    accounts["author"].ok("POST", f"{NS}/posts/{post}/notes", json={"content": "Done.", "parent": first["id"]})
    accounts["author"].ok("POST", f"{NS}/posts/{post}/notes", json={"parent": first["id"], "status": "resolved"})
    notes = accounts["editor"].ok("GET", f"{NS}/posts/{post}/notes")
    assert [(n["parent"], n["status"]) for n in notes] == [(0, ""), (first["id"], ""), (first["id"], "resolved")]
    meta = run_wp_php(site["wp"], r"""
$c = get_comments(['post_id' => $input['post'], 'type' => 'note', 'status' => 'all', 'meta_key' => '_wp_note_status']);
echo json_encode(['types' => array_map(fn($x) => $x->comment_type, $c), 'n' => count($c)]);
""", {"post": post})
    assert meta == {"types": ["note"], "n": 1}


def test_a_note_sent_twice_with_one_client_id_lands_once(site: dict[str, Any]) -> None:
    post = _post(site, status="draft")
    editor = site["accounts"]["editor"]
    body = {"content": "Once.", "client_id": str(uuid.uuid4())}
    first = editor.ok("POST", f"{NS}/posts/{post}/notes", json=body)
    again = editor.ok("POST", f"{NS}/posts/{post}/notes", json=body)
    assert first["id"] == again["id"] and len(editor.ok("GET", f"{NS}/posts/{post}/notes")) == 1


def test_notes_stay_out_of_the_public_comments_and_the_comment_count(site: dict[str, Any]) -> None:
    post = _post(site)
    site["accounts"]["editor"].ok("POST", f"{NS}/posts/{post}/notes", json={"content": "Private remark."})
    public = requests.get(site["wp"].url + "/wp-json/wp/v2/comments", params={"post": post}, timeout=30).json()
    assert public == []
    count = run_wp_php(site["wp"], "echo json_encode(['n' => (int) get_post($input['post'])->comment_count]);",
                       {"post": post})
    assert count["n"] == 0


def test_an_empty_note_or_a_reply_to_anothers_post_note_is_refused(site: dict[str, Any]) -> None:
    post, other = _post(site), _post(site)
    editor = site["accounts"]["editor"]
    assert editor.call("POST", f"{NS}/posts/{post}/notes", json={"content": "  "}).status_code == 400
    foreign = editor.ok("POST", f"{NS}/posts/{other}/notes", json={"content": "Elsewhere."})
    answer = editor.call("POST", f"{NS}/posts/{post}/notes", json={"content": "x", "parent": foreign["id"]})
    assert answer.status_code == 404


def _image_post(site: dict[str, Any], extra: str = "") -> tuple[int, int]:
    admin = site["accounts"]["administrator"]
    media = admin.http.post(site["wp"].url + "/wp-json/wp/v2/media", data=jpeg((90, 30, 30)), timeout=30,
                            headers={"Content-Disposition": 'attachment; filename="vera.jpg"',
                                     "Content-Type": "image/jpeg"}).json()
    content = (f'<!-- wp:image {{"id":{media["id"]}}} -->\n<figure class="wp-block-image"><img src="'
               f'{media["source_url"]}" alt="" class="wp-image-{media["id"]}"/></figure>\n<!-- /wp:image -->'
               f"{extra}")
    return _post(site, author="editor", content=content), int(media["id"])


def test_a_describer_sets_the_alt_of_an_image_in_anothers_published_post(site: dict[str, Any]) -> None:
    embed = '\n\n<!-- wp:html -->\n<iframe src="https://www.youtube.com/embed/x"></iframe>\n<!-- /wp:html -->'
    post, media = _image_post(site, embed)
    describer, admin = site["accounts"]["describer"], site["accounts"]["administrator"]
    describer.ok("POST", f"{NS}/media/{media}/alt", json={"alt": "A red square"})
    assert [use["id"] for use in describer.ok("GET", f"{NS}/media/{media}/uses")] == [post]
    source = describer.ok("GET", f"{NS}/posts/{post}/alt")
    new = source["content"].replace('alt=""', 'alt="A red square"')
    describer.ok("POST", f"{NS}/posts/{post}/alt", json={"content": new, "modified_gmt": source["modified_gmt"]})
    stored = admin.ok("GET", f"/wp-json/wp/v2/posts/{post}", params={"context": "edit"})["content"]["raw"]
    assert stored == new and "<iframe" in stored
    assert admin.ok("GET", f"/wp-json/wp/v2/media/{media}")["alt_text"] == "A red square"


def test_a_describer_cannot_change_anything_but_alt_text(site: dict[str, Any]) -> None:
    post, _media = _image_post(site, "\n\n<!-- wp:paragraph -->\n<p>Kept words.</p>\n<!-- /wp:paragraph -->")
    describer = site["accounts"]["describer"]
    source = describer.ok("GET", f"{NS}/posts/{post}/alt")
    for forged in (source["content"].replace("Kept words", "New words"),
                   source["content"].replace('alt=""', 'alt="x" onerror="alert(1)"'),
                   source["content"].replace('alt=""', 'alt="<script>"')):
        answer = describer.call("POST", f"{NS}/posts/{post}/alt",
                                json={"content": forged, "modified_gmt": source["modified_gmt"]})
        assert answer.status_code == 403, forged
    assert describer.call("POST", f"/wp-json/wp/v2/posts/{post}", json={"title": "Mine"}).status_code == 403
    assert describer.call("POST", "/wp-json/wp/v2/posts", json={"title": "New", "status": "publish"}).status_code == 403
    stored = site["accounts"]["administrator"].ok("GET", f"/wp-json/wp/v2/posts/{post}", params={"context": "edit"})
    assert stored["content"]["raw"] == source["content"]


def test_a_describer_working_on_a_stale_copy_is_told_the_post_changed(site: dict[str, Any]) -> None:
    post, _media = _image_post(site)
    describer = site["accounts"]["describer"]
    source = describer.ok("GET", f"{NS}/posts/{post}/alt")
    new = source["content"].replace('alt=""', 'alt="Late"')
    stale = {"content": new, "modified_gmt": "2001-01-01T00:00:00"}
    answer = describer.call("POST", f"{NS}/posts/{post}/alt", json=stale)
    assert answer.status_code == 409 and answer.json()["code"] == "sr_editor_changed"


def test_a_contributor_without_the_role_cannot_describe(site: dict[str, Any]) -> None:
    _post_id, media = _image_post(site)
    answer = site["accounts"]["contributor"].call("POST", f"{NS}/media/{media}/alt", json={"alt": "No"})
    assert answer.status_code == 403
