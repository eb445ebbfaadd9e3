"""Alt-queue sync and sending against servers that misbehave (the real WordPress tests cover the happy paths)."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
from publish_fakes import Answer, session_with, wp_error

from sr_editor.core.alt.state import MediaInfo, PostInfo, SiteCache
from sr_editor.publish import errors
from sr_editor.publish.alt.apply import MAX_ATTEMPTS, ApplyReport, update_post
from sr_editor.publish.alt.sync import SyncCancelled, fetch_thumbnails, post_info, sync_media, sync_posts
from sr_editor.publish.wordpress.client import WordPressClient

DATE = "Wed, 02 Dec 2026 10:00:00 GMT"


def client_with(handler):  # type: ignore[no-untyped-def]
    session, transport = session_with(handler)
    return WordPressClient("https://news.example.org", "ed", "pw pw", session=session, sleep=lambda _s: None), \
        transport


def query(request: requests.PreparedRequest) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(request.url or "").query).items()}


def media_page(request: requests.PreparedRequest) -> Answer:
    page = int(query(request).get("page", "1"))
    items = [{"id": page * 100 + i, "alt_text": "", "source_url": f"https://news.example.org/{i}.jpg"}
             for i in range(2)]
    return 200, items, {"X-WP-Total": "6", "X-WP-TotalPages": "3", "Date": DATE}


def test_first_sync_pages_through_with_progress_and_sets_the_cursor_from_the_server_clock() -> None:
    client, transport = client_with(media_page)
    cache = SiteCache("s")
    reports: list[tuple[int, int]] = []
    assert sync_media(client, cache, lambda _m, done, total: reports.append((done, total))) == 6
    assert reports == [(2, 6), (4, 6), (6, 6)] and len(cache.media) == 6
    assert cache.media_cursor == "2026-12-02T09:59:58"  # the server's Date minus the overlap
    assert query(transport.requests[0])["orderby"] == "id"


def test_later_syncs_ask_only_for_what_changed() -> None:
    client, transport = client_with(media_page)
    cache = SiteCache("s", media_cursor="2026-12-01T08:00:00")
    sync_media(client, cache)
    sent = query(transport.requests[0])
    assert sent["modified_after"] == "2026-12-01T08:00:00Z" and sent["orderby"] == "modified"


def test_cancel_stops_between_pages_and_keeps_the_old_cursor() -> None:
    client, transport = client_with(media_page)
    cache = SiteCache("s", media_cursor="")
    asked = iter([False, True])
    with pytest.raises(SyncCancelled, match="cancelled"):
        sync_media(client, cache, cancelled=lambda: next(asked))
    assert len(transport.requests) == 1 and cache.media_cursor == ""
    assert sorted(cache.media) == [100, 101]  # the page that came is kept (used offline, refetched next time)


def test_an_html_answer_is_a_sentence_not_a_crash() -> None:
    client, _ = client_with(lambda r: (200, "<html><title>Please log in</title></html>", {}))
    with pytest.raises(errors.ServerError, match="not JSON"):
        sync_media(client, SiteCache("s"))


def test_post_index_finds_inline_and_featured_images_with_their_paragraphs() -> None:
    raw = {"id": 5, "title": {"rendered": "Haiti &#8211; today"}, "featured_media": 9, "status": "publish",
           "content": {"rendered": '<p>Before &amp; more.</p>\n<figure><img class="wp-image-7" src="a.jpg"></figure>'
                                   "\n<p>After.</p>"}}
    info = post_info(raw)
    assert info.title == "Haiti – today" and info.media_ids == [7] and info.featured_media == 9
    assert info.context["7"] == ["Before & more.", "After."]


def changing_post(request: requests.PreparedRequest) -> Answer:
    """A post whose modified_gmt moves on every read: someone keeps saving it."""
    changing_post.reads += 1  # type: ignore[attr-defined]
    stamp = f"2026-12-02T10:00:{changing_post.reads:02d}"  # type: ignore[attr-defined]
    return 200, {"id": 3, "author": 1, "status": "publish", "modified_gmt": stamp, "title": {"raw": "Busy"},
                 "content": {"raw": '<img class="wp-image-7" alt="">'}}, {}


def test_a_post_that_keeps_changing_is_never_written_and_the_user_is_told() -> None:
    changing_post.reads = 0  # type: ignore[attr-defined]
    client, transport = client_with(changing_post)
    report = ApplyReport(7)
    editor = SiteCache("s", user_id=1, capabilities={"edit_others_posts": True, "edit_published_posts": True})
    update_post(client, editor, 3, 7, "x", report)
    assert not any(r.method == "POST" for r in transport.requests)
    assert report.retried == [3] * MAX_ATTEMPTS and f"({MAX_ATTEMPTS} times)" in report.refusals[0]


def test_a_refused_post_update_names_the_post() -> None:
    def handler(request: requests.PreparedRequest) -> Answer:
        if request.method == "POST":
            return wp_error(403, "rest_cannot_edit", "Sorry, you are not allowed to edit this post.")
        return 200, {"id": 3, "author": 1, "status": "draft", "modified_gmt": "t", "title": {"raw": "Mine"},
                     "content": {"raw": '<img class="wp-image-7" alt="">'}}, {}

    client, _ = client_with(handler)
    report = ApplyReport(7)
    update_post(client, SiteCache("s", user_id=1), 3, 7, "x", report)
    assert report.refusals and "“Mine” (post 3) was not changed" in report.refusals[0]


def test_pictures_are_fetched_only_over_https_or_from_this_computer(tmp_path: Path) -> None:
    client, _ = client_with(lambda r: (200, {}, {}))
    cache = SiteCache("s", media={1: MediaInfo(1, display_url="http://tracker.example.com/a.jpg")},
                      posts={2: PostInfo(2)})
    assert fetch_thumbnails(client, tmp_path, cache, [1]) == 0
    assert not (tmp_path / ".sr-editor").exists()


def test_pictures_are_kept_for_published_posts_first_and_only_so_many_per_sync(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    from sr_editor.core.alt.state import save_cache
    from sr_editor.core.storage.store import ArticleStore
    from sr_editor.publish.alt import engine as alt_engine

    media = {i: MediaInfo(i, file=f"{i}.jpg", author=1) for i in range(1, 6)}
    posts = {9: PostInfo(9, status="publish", media_ids=[2]), 8: PostInfo(8, status="draft", media_ids=[4])}
    save_cache(tmp_path, SiteCache("s", user_id=1, media=media, posts=posts))
    monkeypatch.setattr(alt_engine, "PICTURES_PER_SYNC", 3)
    engine = alt_engine.AltEngine(tmp_path, ArticleStore(tmp_path), lambda: [])
    assert engine._pictures_wanted("s") == [2, 4, 5]


def media_ids(start: int, count: int = 100) -> list[dict[str, object]]:
    return [{"id": start + i, "alt_text": ""} for i in range(count)]


@pytest.mark.parametrize("pages_header", ["many", "", "-1", "1e9"])
def test_a_page_count_that_is_not_a_number_pages_until_a_short_page(pages_header: str) -> None:
    def handler(request: requests.PreparedRequest) -> Answer:
        page = int(query(request)["page"])
        return 200, media_ids(page * 1000, 100 if page < 3 else 5), {"X-WP-TotalPages": pages_header,
                                                                    "X-WP-Total": "lots"}
    client, transport = client_with(handler)
    cache = SiteCache("s")
    assert sync_media(client, cache) == 205 and len(transport.requests) == 3


def test_a_page_repeated_forever_under_a_huge_page_count_stops_paging() -> None:
    client, transport = client_with(lambda r: (200, media_ids(1), {"X-WP-TotalPages": "999999999"}))
    cache = SiteCache("s")
    sync_media(client, cache)
    assert len(transport.requests) == 2 and len(cache.media) == 100


def test_items_with_unusable_ids_or_fields_are_skipped_not_a_crash() -> None:
    items = [{"id": "x"}, {"id": -4}, {"id": True}, {"id": 10**30}, {"id": "12", "author": "me", "caption": 5},
             {"id": 13, "media_details": [], "source_url": None, "alt_text": 7}]
    client, _ = client_with(lambda r: (200, items, {"X-WP-TotalPages": "1"}))
    cache = SiteCache("s")
    sync_media(client, cache)
    assert sorted(cache.media) == [12, 13] and cache.media[12].author == 0 and cache.media[13].alt == "7"
    posts = [{"id": 5, "categories": ["a", 3, None], "featured_media": "junk", "content": "text"}]
    client, _ = client_with(lambda r: (200, posts, {"X-WP-TotalPages": "1"}))
    sync_posts(client, cache)
    assert cache.posts[5].categories == [3] and cache.posts[5].featured_media == 0


def test_an_answer_redirected_to_another_host_is_refused() -> None:
    def handler(request: requests.PreparedRequest) -> Answer:
        if "news.example.org" in (request.url or ""):
            return 302, "", {"Location": "https://evil.example.com/wp-json/wp/v2/media"}
        return 200, media_ids(1), {"X-WP-TotalPages": "1"}
    client, _ = client_with(handler)
    cache = SiteCache("s")
    with pytest.raises(errors.RedirectRefused, match=r"evil\.example\.com"):  # the client refuses it first
        sync_media(client, cache)
    assert cache.media == {}


@pytest.mark.parametrize("url", ["file:///etc/passwd", "https://cdn.example.com/a.jpg",
                                 "http://news.example.org/a.jpg", "https://news.example.org:8443/a.jpg"])
def test_pictures_come_only_from_the_site_itself(tmp_path: Path, url: str) -> None:
    client, transport = client_with(lambda r: (200, "GIF89a", {}))
    cache = SiteCache("s", media={1: MediaInfo(1, display_url=url)})
    assert fetch_thumbnails(client, tmp_path, cache, [1]) == 0
    assert transport.requests == []


def test_a_picture_redirected_elsewhere_is_not_followed(tmp_path: Path) -> None:
    client, transport = client_with(lambda r: (302, "", {"Location": "https://evil.example.com/a.jpg"}))
    cache = SiteCache("s", media={1: MediaInfo(1, display_url="https://news.example.org/a.jpg")})
    assert fetch_thumbnails(client, tmp_path, cache, [1]) == 0
    assert [r.url for r in transport.requests] == ["https://news.example.org/a.jpg"]


def test_post_text_full_of_unclosed_paragraphs_keeps_the_closed_ones() -> None:
    content = '<P class="x">One.</p ><img class="wp-image-7"><p>Two.</P>' + "<p>" * 1000 + "[caption" * 1000
    info = post_info({"id": 1, "content": {"raw": content}})
    assert info.context["7"] == ["One.", "Two."]
