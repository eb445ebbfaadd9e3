"""Listing pages a few at a time (paging.pages with workers): the pages after the first overlap once the first has
announced the count, never go past that count, and a hostile site still cannot keep the loop going. Proven on a
threaded site on 127.0.0.1 that logs each request and how many ran at once (no timing asserted)."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs, urlsplit

from local_http import LocalServer, Seen
from overlap_log import OverlapLog

from sr_editor.publish.wordpress import paging
from sr_editor.publish.wordpress.client import WordPressClient


def page_of(seen: Seen) -> int:
    return int(parse_qs(urlsplit(seen.path).query).get("page", ["1"])[0])


def site() -> OverlapLog:
    """A log where the pages after the first are gated: each waits (1 s at most) to meet a second in flight."""
    return OverlapLog(gated=lambda seen: "/wp/v2/posts" in seen.path and page_of(seen) > 1, meet=2, wait=1.0)


def answer_for(items: int, per_page: int, *, total: str | None = None, pages: str | None = None,
               repeat: bool = False) -> Any:
    def answer(seen: Seen) -> tuple[int, dict[str, str], Any]:
        number = 1 if repeat else page_of(seen)
        ids = range((number - 1) * per_page + 1, min(items, number * per_page) + 1)
        headers = {"X-WP-Total": total if total is not None else str(items),
                   "X-WP-TotalPages": pages if pages is not None else str(-(-items // per_page))}
        return 200, headers, [{"id": i} for i in ids]

    return answer


def listed(server: LocalServer, per_page: int, workers: int = 4) -> list[int]:
    client = WordPressClient(server.url(), "editor1", "pw pw pw", site_name="news", deadline=10)
    found: list[int] = []
    for page in paging.pages(client, "/wp/v2/posts", per_page=per_page, workers=workers, twin=client.twin):
        found += [paging.item_id(i["id"]) for i in page.items]
    return found


def test_pages_after_the_first_are_fetched_at_once_and_come_in_order() -> None:
    log = site()
    with LocalServer(log.wrap(answer_for(10, 2))) as server:
        found = listed(server, 2)
    assert found == list(range(1, 11))
    assert log.most_at_once >= 2


def test_parallel_pages_never_go_past_the_count_first_announced() -> None:
    log = site()
    # The site has 40 items but the first page announces 10: pages 2..5 only, however many workers.
    with LocalServer(log.wrap(answer_for(40, 2, total="10", pages="50"))) as server:
        found = listed(server, 2, workers=8)
    assert found == list(range(1, 11))
    assert max(page_of(Seen("GET", p, {}, b"")) for p in log.paths("/wp/v2/posts")) == 5


def test_a_site_repeating_the_same_page_still_ends_with_parallel_fetching() -> None:
    log = site()
    with LocalServer(log.wrap(answer_for(6, 2, total="1000", repeat=True))) as server:
        found = listed(server, 2)
    assert found == [1, 2]
    assert len(log.paths("/wp/v2/posts")) <= 1 + 4  # the first page and the workers' pages at most


def test_without_a_usable_count_pages_come_one_at_a_time() -> None:
    log = site()
    with LocalServer(log.wrap(answer_for(6, 2, total="lots", pages="many"))) as server:
        log.release()  # nothing waits: only the count of requests in flight is looked at
        found = listed(server, 2)
    assert found == list(range(1, 7)) and log.most_at_once == 1
