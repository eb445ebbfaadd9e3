"""Paging through a collection with a few pages in flight at once, bounded exactly as paging.py's one loop.

The first page is fetched alone: its `X-WP-Total` and `X-WP-TotalPages` say how many pages there are. Then the
rest come WORKERS at a time, each worker on a client of its own (`client.twin()`), and are taken strictly in
order through the same guards: a page that brings no id not seen already ends the listing, so do as many items as
first announced, the last page first announced (later announcements are not believed) and `MAX_PAGES`, and the
listing's requests together may take `deadline` seconds (the time spent waiting for pages, whatever overlaps).
Pages still in flight when a guard ends the listing are abandoned. When the first page announces no usable count,
the pages are asked one at a time, as paging.py does.
"""

from __future__ import annotations

import queue
import time
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from typing import TYPE_CHECKING, Any

from sr_editor.core.i18n import translate
from sr_editor.publish import errors
from sr_editor.publish.wordpress import paging

if TYPE_CHECKING:
    import requests

    from sr_editor.publish.wordpress.client import WordPressClient

WORKERS = 4  # pages in flight at once after the first
POLL = 0.05  # seconds between looks at a cancel while a page is awaited


class _Listing:
    """One listing's state: the ids seen, what the first page announced, the time spent waiting."""

    def __init__(self, site: str, per_page: int, deadline: float) -> None:
        self.site = site
        self.per_page = per_page
        self.deadline = deadline
        self.ids: set[int] = set()
        self.total: int | None = None
        self.announced: int | None = None
        self.spent = 0.0

    def last_number(self) -> int:
        """The last page worth asking for: the first answer's page count (MAX_PAGES when it gave none)."""
        return paging.MAX_PAGES if self.announced is None else min(self.announced, paging.MAX_PAGES)

    def page(self, number: int, response: requests.Response, found: Any) -> tuple[paging.Page, bool]:
        """The page as paging.py makes it, and whether it ends the listing."""
        items, skipped = paging.page_items(found, self.site)
        fresh = [i for i in items if paging.item_id(i["id"]) not in self.ids]
        if number == 1:
            self.total = paging.header_int(response, "X-WP-Total")
            self.announced = paging.header_int(response, "X-WP-TotalPages")
        room = None if self.total is None else max(0, self.total - len(self.ids))
        kept = fresh if room is None else fresh[:room]
        self.ids.update(paging.item_id(i["id"]) for i in kept)
        return paging.Page(number, kept, response, self.total, skipped), self._last(number, len(found), len(fresh))

    def _last(self, number: int, found: int, fresh: int) -> bool:
        if not found or not fresh:
            return True  # empty, or only ids seen already: a repeated page
        if self.total is not None and len(self.ids) >= self.total:
            return True
        if self.announced is not None:
            return number >= self.announced
        return found < self.per_page


def _fetch(client: WordPressClient, route: str, params: dict[str, Any], number: int,
           per_page: int) -> tuple[requests.Response, Any]:
    response = client.request("GET", route, params={**params, "per_page": per_page, "page": number})
    try:
        return response, (response.json() if response.content else [])
    except ValueError:  # an HTML page from a proxy, a PHP error, a login wall
        raise errors.ServerError(client.site_name, response.status_code, translate(
            "ServerError", "the answer was not JSON")) from None


def _awaited(future: Future[tuple[requests.Response, Any]], listing: _Listing,
             check: Callable[[float], None]) -> tuple[requests.Response, Any]:
    """The page's answer; a cancel or the listing's deadline is noticed while waiting, not only after."""
    started = time.monotonic()
    while True:
        try:
            answer = future.result(timeout=POLL)
            break
        except FutureTimeout:
            check(time.monotonic() - started)
    listing.spent += time.monotonic() - started
    return answer


def pages(client: WordPressClient, route: str, params: dict[str, Any] | None = None, *,
          per_page: int = paging.PER_PAGE, deadline: float | None = None,
          cancelled: Callable[[], bool] | None = None, on_cancel: Callable[[], Exception] | None = None,
          workers: int = WORKERS) -> Iterator[paging.Page]:
    """Each page of `route` in order, as paging.pages gives them, fetched up to `workers` at a time."""
    listing = _Listing(client.site_name, per_page, paging.LISTING_DEADLINE if deadline is None else deadline)
    params = dict(params or {})

    def check(waited: float = 0.0) -> None:
        if (cancelled is not None and cancelled()) or client.cancelled:
            raise on_cancel() if on_cancel is not None else errors.RequestCancelled(client.site_name)
        if listing.spent + waited >= listing.deadline:
            raise errors.SiteTimeout(client.site_name, listing.deadline)

    check(0.0)
    started = time.monotonic()
    response, found = _fetch(client, route, params, 1, per_page)
    listing.spent += time.monotonic() - started
    page, last = listing.page(1, response, found)
    yield page
    if last:
        return
    check(0.0)  # asked again before any more page is requested, as paging.py asks before each page
    known = listing.announced is not None and listing.total is not None
    yield from _rest(client, route, params, listing, check, workers if known else 1)


def _rest(client: WordPressClient, route: str, params: dict[str, Any], listing: _Listing,
          check: Callable[[float], None], workers: int) -> Iterator[paging.Page]:
    numbers = iter(range(2, listing.last_number() + 1))
    idle: queue.SimpleQueue[WordPressClient] = queue.SimpleQueue()
    twins = [client.twin() for _ in range(workers)]
    for twin in twins:
        idle.put(twin)

    def fetch(number: int) -> tuple[requests.Response, Any]:
        twin = idle.get()
        try:
            return _fetch(twin, route, params, number, listing.per_page)
        finally:
            idle.put(twin)

    pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="listing-page")
    waiting: deque[tuple[int, Future[tuple[requests.Response, Any]]]] = deque()
    try:
        for number in numbers:
            waiting.append((number, pool.submit(fetch, number)))
            if len(waiting) >= workers:
                break
        while waiting:
            number, future = waiting.popleft()
            response, found = _awaited(future, listing, check)
            page, last = listing.page(number, response, found)
            yield page
            if last:
                return
            check(0.0)  # between pages, as paging.py
            following = next(numbers, None)
            if following is not None:
                waiting.append((following, pool.submit(fetch, following)))
        if listing.last_number() >= paging.MAX_PAGES:
            raise errors.SiteTimeout(client.site_name, listing.deadline)  # a site paging forever
    finally:
        for twin in twins:
            twin.cancel()  # pages still in flight are not wanted any more
        pool.shutdown(wait=False, cancel_futures=True)
