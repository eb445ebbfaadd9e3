"""The Image describer path of the alt queue against a fake site: which route is chosen, a post saved meanwhile is
read again, and a site whose plugin went away says so in one sentence and keeps the description waiting."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import requests
from publish_fakes import Answer, session_with, wp_error

from sr_editor.core.alt.state import WAITING, MediaInfo, PostInfo, SiteCache, save_cache
from sr_editor.core.storage.store import ArticleStore
from sr_editor.publish.alt.apply import apply_site_alt
from sr_editor.publish.alt.describer import apply_described_alt, writer_for
from sr_editor.publish.alt.engine import AltEngine
from sr_editor.publish.review.companion import companion_findings
from sr_editor.publish.review.errors import CompanionMissing
from sr_editor.publish.wordpress.client import WordPressClient

SITE = "https://news.example.org"
NS = "/wp-json/sr-editor/v1"
VOLUNTEER = {"edit_posts": True, "sr_describe_images": True}
CONTENT = '<p>Hi</p><img src="x.jpg" alt="" class="wp-image-7"/><p>End</p>'


def client_with(handler):  # type: ignore[no-untyped-def]
    session, transport = session_with(handler)
    return WordPressClient(SITE, "vol", "pw pw", site_name="news", session=session, sleep=lambda _s: None), transport


def volunteer_cache() -> SiteCache:
    cache = SiteCache("news", user_id=5, roles=["contributor", "sr_image_describer"], capabilities=dict(VOLUNTEER))
    cache.media[7] = MediaInfo(7, author=2, file="square.jpg")
    cache.posts[40] = PostInfo(40, author=2, status="publish", title="Theirs", media_ids=[7])
    return cache


def path_of(request: requests.PreparedRequest) -> str:
    return (request.path_url or "").split("?")[0]


def test_a_contributor_with_the_describer_right_writes_through_the_plugin() -> None:
    assert writer_for(volunteer_cache()) is apply_described_alt
    assert volunteer_cache().may_describe(author=2, status="publish")


def test_an_editor_or_an_account_without_the_right_keeps_the_core_routes() -> None:
    editor = SiteCache("news", capabilities={"edit_others_posts": True, "edit_published_posts": True,
                                             "sr_describe_images": True})
    contributor = SiteCache("news", capabilities={"edit_posts": True})
    assert writer_for(editor) is apply_site_alt and writer_for(contributor) is apply_site_alt
    assert not contributor.may_describe(author=2, status="publish")


def test_a_post_saved_on_the_site_meanwhile_is_read_again_and_changed_on_the_new_text() -> None:
    sent: list[dict[str, Any]] = []
    versions = iter([(CONTENT, "2026-01-01T10:00:00"), (CONTENT + "<p>Late</p>", "2026-01-01T10:00:05")])
    current: list[tuple[str, str]] = []

    def site(request: requests.PreparedRequest) -> Answer:
        path = path_of(request)
        if path == f"{NS}/media/7/alt":
            return 200, {"id": 7, "alt_text": "A square"}, {}
        if path == f"{NS}/media/7/uses":
            return 200, [{"id": 40}], {}
        if request.method == "GET":
            current.append(next(versions))
            return 200, {"id": 40, "content": current[-1][0], "modified_gmt": current[-1][1]}, {}
        body = json.loads(request.body or b"{}")
        sent.append(body)
        if body["modified_gmt"] != "2026-01-01T10:00:05":
            return wp_error(409, "sr_editor_changed", "The post changed on the site since it was read.")
        return 200, {"id": 40, "content": body["content"], "modified_gmt": "2026-01-01T10:00:09"}, {}

    client, _ = client_with(site)
    report = apply_described_alt(client, volunteer_cache(), 7, "A square")
    assert report.posts_updated == [40] and report.retried == [40] and report.media_updated
    assert sent[-1]["content"] == CONTENT.replace('alt=""', 'alt="A square"') + "<p>Late</p>"


def test_a_site_whose_plugin_went_away_says_so_once_and_keeps_the_descriptions(tmp_path: Path) -> None:
    client, transport = client_with(lambda r: wp_error(404, "rest_no_route", "No route was found."))
    cache = volunteer_cache()
    cache.media[8] = MediaInfo(8, author=2, file="circle.jpg")
    save_cache(tmp_path, cache)
    engine = AltEngine(tmp_path, ArticleStore(tmp_path), lambda: [], lambda _site: client)
    result = engine.set_alt("news:media:7", "A square")
    assert result.state == WAITING and len(transport.requests) == 1
    [sentence] = result.messages
    assert "companion plugin" in sentence and "Image describer" in sentence
    engine.set_alt("news:media:8", "A circle", send=False)
    with pytest.raises(CompanionMissing):  # the whole send stops at the first: one sentence, not one per image
        engine.send("news", client)
    assert len(transport.requests) == 2
    assert {e.item_id for e in engine.outbox.pending("news")} == {"news:media:7", "news:media:8"}


def test_site_check_says_a_site_without_the_plugin_works_without_it() -> None:
    client, _ = client_with(lambda r: wp_error(404, "rest_no_route", "No route was found."))
    [(ok, line)] = companion_findings(client)
    assert ok and "not active" in line


def test_site_check_names_the_plugins_version_and_the_describer_right() -> None:
    client, _ = client_with(lambda r: (200, {"version": "0.1.0", "can_describe": True}, {}))
    lines = companion_findings(client)
    assert all(ok for ok, _ in lines) and "0.1.0" in lines[0][1] and "can describe" in lines[1][1]


def test_site_check_flags_a_plugin_too_old_for_the_app() -> None:
    client, _ = client_with(lambda r: (200, {"version": "0.0.3", "can_describe": False}, {}))
    assert [ok for ok, _ in companion_findings(client)] == [False, False, True]
