"""The alt queue at a distance: `alt set` on an image many posts show reads the posts in one `include=` request
and updates them a few at a time (proven by the fake site's log of when requests start and end), each still checked
for a site edit just before it is sent; a sync lists the media library and the posts at once."""

from __future__ import annotations

import pytest
from overlap_site import OverlapSite, serve

from sr_editor.core.alt.state import MediaInfo, PostInfo, SiteCache
from sr_editor.publish import errors
from sr_editor.publish.alt.apply import POST_WORKERS, apply_site_alt
from sr_editor.publish.alt.sync import sync_library
from sr_editor.publish.wordpress.client import WordPressClient

EDITOR = {"edit_posts": True, "edit_others_posts": True, "edit_published_posts": True, "upload_files": True}
POSTS = list(range(11, 31))  # twenty posts that show media 7


def shared_image_site() -> OverlapSite:
    site = OverlapSite(media={7: {"id": 7, "alt_text": "", "author": 1, "modified_gmt": "2026-12-01T10:00:00"}})
    for number in POSTS:
        content = f'<p>Story {number}.</p><img class="wp-image-7" alt="">'
        site.posts[number] = {"id": number, "author": 1, "status": "publish", "title": {"raw": f"Story {number}"},
                              "content": {"raw": content, "rendered": content},
                              "modified_gmt": "2026-12-01T10:00:00", "featured_media": 0}
    return site


def cache() -> SiteCache:
    return SiteCache("news", user_id=1, roles=["editor"], capabilities=EDITOR,
                     media={7: MediaInfo(7, "", "", "photo", 1, "", "", "", "7.jpg")},
                     posts={n: PostInfo(n, f"Story {n}", "publish", 1, [], 0, [7], {}, "") for n in POSTS})


def test_the_posts_are_read_in_one_request_and_updated_several_at_once() -> None:
    site = shared_image_site()
    site.hold("POST /wp/v2/posts/", 2)
    with serve(site) as server:
        report = apply_site_alt(WordPressClient(server.url(), "ana", "pw"), cache(), 7, "A crowd")
    assert report.posts_updated == POSTS  # in the posts' order, whatever order they landed in
    assert all('alt="A crowd"' in site.posts[n]["content"]["raw"] for n in POSTS)
    listings = [e for e in site.started("GET /wp/v2/posts") if e.kind == "GET /wp/v2/posts"]
    assert [("include" in e.query) for e in listings] == [False, True]  # the search, then one read of all
    assert site.overlapped("POST /wp/v2/posts/")
    assert site.most_together("POST /wp/v2/posts/") <= POST_WORKERS


def test_each_post_is_still_checked_for_a_site_edit_just_before_it_is_sent() -> None:
    site = shared_image_site()
    with serve(site) as server:
        apply_site_alt(WordPressClient(server.url(), "ana", "pw"), cache(), 7, "A crowd")
    for number in POSTS:
        [check] = site.started(f"GET /wp/v2/posts/{number}")
        [send] = site.started(f"POST /wp/v2/posts/{number}")
        assert check.query["_fields"] == ["modified_gmt"] and check.order_ended < send.order_started


def test_one_failed_post_is_raised_and_the_others_are_still_sent() -> None:
    site = shared_image_site()
    site.fail.add("POST /wp/v2/posts/12")
    with serve(site) as server, pytest.raises(errors.ServerError):
        apply_site_alt(WordPressClient(server.url(), "ana", "pw"), cache(), 7, "A crowd")
    assert 'alt="A crowd"' in site.posts[11]["content"]["raw"] and 'alt=""' in site.posts[12]["content"]["raw"]
    assert len(site.started("POST /wp/v2/posts/")) <= len(POSTS)


def test_the_posts_are_found_while_the_media_item_is_updated() -> None:
    site = shared_image_site()
    site.wait_for("POST /wp/v2/media/7", "GET /wp/v2/posts")  # the media update waits to see the search begin
    with serve(site) as server:
        apply_site_alt(WordPressClient(server.url(), "ana", "pw"), cache(), 7, "A crowd")
    [update] = site.started("POST /wp/v2/media/7")
    search = site.started("GET /wp/v2/posts")[0]
    assert search.order_started < update.order_ended


def test_a_refused_media_item_sends_no_post() -> None:
    site = shared_image_site()
    site.media[7]["author"] = 2
    account = cache()
    account.capabilities = {"edit_posts": True}  # an author: not another's image
    with serve(site) as server, pytest.raises(errors.PermissionDenied):
        apply_site_alt(WordPressClient(server.url(), "ana", "pw"), account, 7, "A crowd")
    assert not site.started("POST /wp/v2/posts/") and not site.started("POST /wp/v2/media")


def test_the_media_library_and_the_posts_are_listed_at_once() -> None:
    site = shared_image_site()
    site.wait_for("GET /wp/v2/media", "GET /wp/v2/posts")  # the media listing waits to see the posts' begin
    account = SiteCache("news", user_id=1)
    with serve(site) as server:
        counts = sync_library(WordPressClient(server.url(), "ana", "pw"), account)
    assert counts == (1, len(POSTS)) and sorted(account.posts) == POSTS and list(account.media) == [7]
    assert site.started("GET /wp/v2/posts")[0].order_started < site.started("GET /wp/v2/media")[0].order_ended


def test_a_failed_media_listing_abandons_the_posts_and_moves_no_cursor() -> None:
    site = shared_image_site()
    site.fail.add("GET /wp/v2/media")
    site.hang.add("GET /wp/v2/posts")
    account = SiteCache("news", user_id=1, media_cursor="2026-11-01T00:00:00", posts_cursor="2026-11-01T00:00:00")
    with serve(site) as server, pytest.raises(errors.ServerError):
        sync_library(WordPressClient(server.url(), "ana", "pw", retries=0), account)
    assert account.media_cursor == account.posts_cursor == "2026-11-01T00:00:00" and not account.posts
