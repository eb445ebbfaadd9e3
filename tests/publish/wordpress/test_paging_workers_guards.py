"""The listing with a few pages in flight (paging.pages with workers, as alt sync pages the media library): pages
overlap once the first has said how many there are, come out in order, and stop by paging.py's guards (repeated
ids, the announced count, the deadline, a cancel)."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from local_http import LocalServer, Reply, Seen
from overlap_site import OverlapSite, serve

from sr_editor.publish import errors
from sr_editor.publish.wordpress import paging
from sr_editor.publish.wordpress.client import WordPressClient

WORKERS = 4  # as alt sync asks (publish/alt/sync.py PAGE_WORKERS)


def page_of(seen: Seen) -> int:
    return int(parse_qs(urlsplit(seen.path).query)["page"][0])


def library(count: int) -> OverlapSite:
    return OverlapSite(media={i: {"id": i, "alt_text": ""} for i in range(1, count + 1)})


def client(url: str) -> WordPressClient:
    return WordPressClient(url, "ana", "pw", retries=0)


def listed(url: str, **options: Any) -> list[list[int]]:
    requester = client(url)
    found = paging.pages(requester, "/wp/v2/media", {"_fields": "id"}, workers=WORKERS, twin=requester.twin,
                         **options)
    return [[item["id"] for item in page.items] for page in found]


def test_the_pages_after_the_first_are_fetched_several_at_once_and_come_in_order() -> None:
    site = library(750)
    site.hold("GET /wp/v2/media", 2, after=1)
    with serve(site) as server:
        pages = listed(server.url())
    assert [ids[0] for ids in pages] == [1, 101, 201, 301, 401, 501, 601, 701]
    assert sum(len(ids) for ids in pages) == 750
    assert 2 <= site.most_together("GET /wp/v2/media") <= WORKERS
    first = site.started("GET /wp/v2/media")[0]
    assert all(later.order_started > first.order_ended for later in site.started("GET /wp/v2/media")[1:])


def test_pages_are_asked_one_at_a_time_when_the_first_announces_no_count() -> None:
    items = [{"id": i} for i in range(1, 251)]

    def answer(seen: Seen) -> Reply:
        page = page_of(seen)
        return 200, {"X-WP-Total": "lots"}, items[(page - 1) * 100 : page * 100]

    with LocalServer(answer) as server:
        pages = listed(server.url())
    assert [len(ids) for ids in pages] == [100, 100, 50]


def _repeating(seen: Seen) -> Reply:
    return 200, {"X-WP-Total": "1000", "X-WP-TotalPages": "10"}, [{"id": i} for i in range(1, 101)]


def test_a_page_of_ids_seen_already_ends_the_listing() -> None:
    with LocalServer(_repeating) as server:
        pages = listed(server.url())
    assert [len(ids) for ids in pages] == [100, 0]  # the repeated page is the last, however many were announced
    assert len(server.seen) <= 1 + WORKERS + 1


def test_no_more_items_than_first_announced_are_taken() -> None:
    def answer(seen: Seen) -> Reply:
        page = page_of(seen)
        return 200, {"X-WP-Total": "150", "X-WP-TotalPages": "50"}, [{"id": page * 1000 + i} for i in range(100)]

    with LocalServer(answer) as server:
        pages = listed(server.url())
    assert sum(len(ids) for ids in pages) == 150 and len(pages) == 2


def test_the_listing_deadline_holds_for_the_pages_in_flight() -> None:
    with serve(library(500)) as server, pytest.raises(errors.SiteTimeout):
        listed(server.url(), deadline=1e-9)


def test_a_cancel_after_the_first_page_asks_for_no_other() -> None:
    site = library(500)
    asked = iter([False, True])
    with serve(site) as server, pytest.raises(errors.RequestCancelled):
        listed(server.url(), cancelled=lambda: next(asked))
    assert len(site.started("GET /wp/v2/media")) == 1


def test_a_site_serving_fewer_items_a_page_than_asked_is_still_listed_whole_with_pages_in_flight() -> None:
    from publish_fakes import session_with

    items = list(range(1, 8))

    def capped(request: Any) -> Any:  # a plugin caps per_page at 2, whatever is asked
        page = int(parse_qs(urlsplit(request.url).query)["page"][0])
        chunk = items[(page - 1) * 2: page * 2]
        return 200, [{"id": i} for i in chunk], {"X-WP-Total": "7", "X-WP-TotalPages": "4"}

    session, _transport = session_with(capped)
    requester = WordPressClient("https://news.example.org", "ana", "pw", session=session, retries=0)
    found = paging.pages(requester, "/wp/v2/posts", {}, workers=WORKERS, twin=requester.twin)
    assert [item["id"] for page in found for item in page.items] == items
