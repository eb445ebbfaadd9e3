"""The alt queue against a hostile or refusing site: listings that never end, text that would drive the terminal,
a post that refuses the update (kept waiting and retried until it succeeds)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
from publish_fakes import Answer, run_cli, session_with, wp_error

from sr_editor.cli import publish as cli_publish
from sr_editor.core.alt.state import SENT, WAITING, MediaInfo, PostInfo, SiteCache, save_cache
from sr_editor.core.storage.store import ArticleStore
from sr_editor.publish.alt.apply import candidate_posts
from sr_editor.publish.alt.engine import AltEngine
from sr_editor.publish.alt.sync import sync_media
from sr_editor.publish.wordpress.client import WordPressClient

SITE = "https://news.example.org"
EDITOR = {"edit_others_posts": True, "edit_published_posts": True, "edit_posts": True}


def client_with(handler):  # type: ignore[no-untyped-def]
    session, transport = session_with(handler)
    return WordPressClient(SITE, "ed", "pw pw", site_name="news", session=session, sleep=lambda _s: None), transport


def page_of(request: requests.PreparedRequest) -> int:
    return int(parse_qs(urlsplit(request.url or "").query).get("page", ["1"])[0])


def media(media_id: Any, alt: str = "") -> dict[str, Any]:
    return {"id": media_id, "alt_text": alt, "source_url": f"{SITE}/{media_id}.jpg", "title": {"raw": "t"}}


# ----- listings ---------------------------------------------------------------------------------------------------
def test_a_media_listing_repeating_its_page_forever_ends() -> None:
    client, transport = client_with(lambda r: (200, [media(1), media(2)], {"X-WP-TotalPages": "99999"}))
    cache = SiteCache("news")
    sync_media(client, cache)
    assert sorted(cache.media) == [1, 2] and len(transport.requests) == 2


def test_a_media_listing_announcing_more_each_page_stops_at_the_first_count() -> None:
    def growing(request: requests.PreparedRequest) -> Answer:
        page = page_of(request)
        return 200, [media(page * 1000 + i) for i in range(100)], {"X-WP-Total": str(100 + page * 100),
                                                                    "X-WP-TotalPages": str(page + 1)}

    client, transport = client_with(growing)
    cache = SiteCache("news")
    sync_media(client, cache)
    assert len(transport.requests) == 2 and len(cache.media) == 200


@pytest.mark.parametrize("total", ["lots", "", "-1", "1e9"])
def test_a_media_listing_with_a_total_that_is_no_number_ends_at_the_short_page(total: str) -> None:
    def answer(request: requests.PreparedRequest) -> Answer:
        page = page_of(request)
        items = [media(page * 1000 + i) for i in range(100 if page < 3 else 7)]
        return 200, items, {"X-WP-Total": total, "X-WP-TotalPages": total}

    client, transport = client_with(answer)
    cache = SiteCache("news")
    sync_media(client, cache)
    assert len(cache.media) == 207 and len(transport.requests) == 3


def test_media_entries_that_are_not_objects_or_lack_a_whole_id_are_skipped() -> None:
    listing = [media(1), 5, "x", None, [1], media("12abc"), media(-3), media(True), media(2)]
    client, _ = client_with(lambda r: (200, listing, {"X-WP-Total": "9", "X-WP-TotalPages": "1"}))
    cache = SiteCache("news")
    sync_media(client, cache)
    assert sorted(cache.media) == [1, 2]


def test_the_posts_using_an_image_search_ends_on_a_repeated_page() -> None:
    client, transport = client_with(lambda r: (200, [{"id": 3}, {"id": 4}], {"X-WP-TotalPages": "1000000"}))
    assert candidate_posts(client, SiteCache("news"), 7) == [3, 4]
    assert len(transport.requests) == 2


# ----- a post that refuses -----------------------------------------------------------------------------------------
class RefusingSite:
    """Media 7 is used in posts 3 and 4; post 4 refuses the update (403) until `accept` is set."""

    def __init__(self, guard_reading: bool = False) -> None:
        self.accept = False
        self.guard_reading = guard_reading  # refuse even the edit context of post 4, as a guarding plugin does
        self.content = {3: '<img class="wp-image-7" alt="">', 4: '<img class="wp-image-7" alt="">'}

    def __call__(self, request: requests.PreparedRequest) -> Answer:
        path = urlsplit(request.url or "").path.removeprefix("/wp-json")
        if path == "/wp/v2/media/7":
            return 200, {"id": 7, "alt_text": "", "author": 1, "modified_gmt": "2026-12-01T10:00:00"}, {}
        if path == "/wp/v2/posts":
            return 200, [{"id": 3}, {"id": 4}], {"X-WP-Total": "2", "X-WP-TotalPages": "1"}
        post_id = int(path.rsplit("/", 1)[1])
        if post_id == 4 and self.guard_reading and not self.accept and "context=edit" in (request.url or ""):
            return wp_error(403, "rest_forbidden_context", "Sorry, you are not allowed to edit this post.")
        if request.method == "POST":
            if post_id == 4 and not self.accept:
                return wp_error(403, "rest_cannot_edit", "Sorry, you are not allowed to edit this post.")
            self.content[post_id] = json.loads(request.body or b"{}")["content"]
        return 200, {"id": post_id, "author": 1, "status": "publish", "title": {"raw": f"Post {post_id}"},
                     "modified_gmt": "2026-12-01T10:00:00", "content": {"raw": self.content[post_id],
                                                                "rendered": self.content[post_id]}}, {}


@pytest.fixture
def engine(tmp_path: Path) -> AltEngine:
    cache = SiteCache("news", user_id=1, roles=["editor"], capabilities=EDITOR,
                      media={7: MediaInfo(7, "", "", "photo", 1, f"{SITE}/7.jpg", f"{SITE}/7.jpg", "", "7.jpg")},
                      posts={3: PostInfo(3, "Post 3", "publish", 1, [], 0, [7], {}, ""),
                             4: PostInfo(4, "Post 4", "publish", 1, [], 0, [7], {}, "")})
    save_cache(tmp_path, cache)
    return AltEngine(tmp_path, ArticleStore(tmp_path), lambda: [])


def test_an_update_one_post_refuses_stays_waiting_says_why_and_is_sent_by_the_next_sync(engine: AltEngine) -> None:
    site = RefusingSite()
    client, _ = client_with(site)
    engine.set_alt("news:media:7", "A crowd in the square", False, send=False)
    sent, failed = engine.send("news", client)
    [entry] = engine.outbox.pending("news")
    assert sent == [] and len(failed) == 1 and entry.state == WAITING
    assert "post 4" in entry.reason.lower() or "Post 4" in entry.reason
    assert 'alt="A crowd in the square"' in site.content[3] and 'alt=""' in site.content[4]
    site.accept = True
    sent, failed = engine.send("news", client)
    assert [e.item_id for e in sent] == ["news:media:7"] and failed == []
    assert engine.outbox.latest("news:media:7").state == SENT  # type: ignore[union-attr]
    assert 'alt="A crowd in the square"' in site.content[4]


def test_a_post_whose_edit_context_the_site_refuses_to_a_role_that_may_edit_it_keeps_the_update_waiting(
        engine: AltEngine) -> None:
    site = RefusingSite(guard_reading=True)
    client, _ = client_with(site)
    engine.set_alt("news:media:7", "A crowd in the square", False, send=False)
    engine.send("news", client)
    [entry] = engine.outbox.pending("news")
    assert entry.state == WAITING and "post 4" in entry.reason and "refused" in entry.reason
    site.accept = True
    sent, _failed = engine.send("news", client)
    assert [e.item_id for e in sent] == ["news:media:7"] and 'alt="A crowd in the square"' in site.content[4]


def test_alt_list_shows_escape_sequences_and_bidi_overrides_from_the_site_instead_of_obeying_them(
        tmp_path: Path, capsys: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    hostile = "\x1b[2J\x1b]0;pwned\x07 tit\u202ele\u2066 \r\n\x00"
    cache = SiteCache("news", user_id=1, capabilities=EDITOR,
                      media={7: MediaInfo(7, "DSC_0042.jpg" + hostile, "", hostile, 1, f"{SITE}/7.jpg",
                                          f"{SITE}/7.jpg", "", "7.jpg")},
                      posts={3: PostInfo(3, hostile, "publish", 1, [], 0, [7], {"7": [hostile, hostile]}, "")})
    save_cache(tmp_path, cache)
    monkeypatch.setattr(cli_publish, "site_registry", lambda: None)
    code, out, err = run_cli(capsys, monkeypatch, "alt", "list", "--site", "news", "--workspace", str(tmp_path))
    assert code == 0 and out.strip()
    for char in "\x1b\x07\u202e\u2066\r\x00":
        assert char not in out + err
    assert "\\x1b[2J" in out and "\\u202e" in out and out.count("\n") == 1
