"""Paging through a WordPress collection, bounded however the site answers: the one listing loop of the app
(pull's post listing, the alt queue's media and posts, the posts that use an image, terms and users).

A site that lies cannot keep us paging: the loop stops at the last page first announced (`X-WP-TotalPages` of
the first answer; later pages announcing more are not believed), once as many items as first announced
(`X-WP-Total`) have come, at a page that brings no id not seen already (a page repeated forever), at a short
or empty page when nothing usable was announced (`X-WP-Total: lots`), after `MAX_PAGES`, and when the listing
requests together have taken `deadline` seconds (SiteTimeout). Items that are not objects with a whole-number
id are left out, each named in `Page.skipped`, so one bad item never stops a listing.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from sr_editor.core.i18n import translate
from sr_editor.core.visible_text import visible
from sr_editor.publish import errors
from sr_editor.publish.wordpress.parallel import Twins, map_ahead

if TYPE_CHECKING:
    import requests

PER_PAGE = 100
MAX_PAGES = 10_000  # a million items: more is a site paging forever
LISTING_DEADLINE = 600.0  # seconds of listing requests in all (the caller's own work in between does not count)
MAX_ID = 2**63  # WordPress ids are unsigned 64-bit in MySQL; above that a number is garbage


class Requester(Protocol):
    site_name: str

    def request(self, method: str, route: str, **kwargs: Any) -> requests.Response: ...


class CancellableRequester(Requester, Protocol):
    def cancel(self) -> None: ...


@dataclass
class Page:
    """One page: the usable items, sentences for the unusable ones, the answer (headers, server date)."""

    number: int
    items: list[dict[str, Any]]
    response: requests.Response
    total: int | None  # items first announced (X-WP-Total of the first page), None when not a number
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (the entry's id as shown, why it was left out)


def item_id(value: Any) -> int:
    """A whole, positive id from an answer; 0 for anything else (`"12abc"`, -1, 1.5, true, 2**70). A string of
    digits is accepted: PHP sends some ids as strings."""
    if isinstance(value, bool):
        return 0
    if isinstance(value, int):
        return value if 0 < value < MAX_ID else 0
    text = str(value or "").strip() if isinstance(value, str) else ""
    return int(text) if text.isdigit() and len(text) < 19 and int(text) > 0 else 0


def header_int(response: requests.Response, name: str) -> int | None:
    """A numeric header, None when it is missing or not a number (a proxy, a plugin, a lie such as `lots`)."""
    value = str(response.headers.get(name, "")).strip()
    return int(value) if value.isdigit() and len(value) < 10 else None


def page_items(found: Any, site: str) -> tuple[list[dict[str, Any]], list[tuple[str, str]]]:
    """The objects of a listing that carry a usable id, and (id as shown, reason) for every other entry."""
    if not isinstance(found, list):
        raise errors.UnexpectedAnswer(site, translate("UnexpectedAnswer", "the list"), translate(
            "UnexpectedAnswer", "a list of objects"))
    items: list[dict[str, Any]] = []
    skipped: list[tuple[str, str]] = []
    for entry in found:
        if not isinstance(entry, dict):
            skipped.append((visible(repr(entry), 40), translate(
                "paging", "the site's list holds this entry instead of an object")))
        elif not item_id(entry.get("id")):
            skipped.append((visible(repr(entry.get("id")), 40), translate(
                "paging", "the id the site gives is not a whole number")))
        else:
            items.append(entry)
    return items, skipped


def pages(client: Requester, route: str, params: dict[str, Any] | None = None, *, per_page: int = PER_PAGE,
          deadline: float | None = None, cancelled: Callable[[], bool] | None = None,
          on_cancel: Callable[[], Exception] | None = None, workers: int = 1,
          twin: Callable[[], CancellableRequester] | None = None, expected: int = 0) -> Iterator[Page]:
    """Each page of `route` as it comes, bounded as the module says (`deadline` None: LISTING_DEADLINE);
    `cancelled` is asked between pages. With `workers` > 1 and `twin` (a client of its own for each worker
    thread), the pages after the first are fetched up to `workers` at a time once the first page has announced
    how many items there are, and never a page beyond that count; they are still taken in order, under the same
    rules (a page with nothing new ends the listing, and the pages in flight are abandoned).

    `expected`: how many items the caller knows of (the last pull listed so many). The pages they fill, at most
    `workers` - 1 after the first, are asked together with the first instead of after it; one past the count
    the first page announces is dropped unread, so a guess never takes a page the plain loop would not."""
    deadline = LISTING_DEADLINE if deadline is None else deadline
    ids: set[int] = set()
    params = params or {}

    def fetch(requester: Requester, number: int) -> requests.Response:
        return requester.request("GET", route, params={**params, "per_page": per_page, "page": number})

    early = _Early(fetch, twin, min(workers - 1, -(-expected // max(1, per_page)) - 1) if twin is not None else 0)
    responses: Iterator[requests.Response] = iter(())
    first_total: int | None = None
    first_pages: int | None = None
    spent = 0.0
    try:
        for number in range(1, MAX_PAGES + 1):
            if cancelled is not None and cancelled():
                raise on_cancel() if on_cancel is not None else errors.RequestCancelled(client.site_name)
            if spent >= deadline:
                raise errors.SiteTimeout(client.site_name, deadline)
            started = time.monotonic()
            answer = next(responses, None) if number > 1 else fetch(client, 1)
            if answer is None:
                return  # past the count first announced
            response = answer
            found = _json_list(response, client.site_name)
            spent += time.monotonic() - started
            items, skipped = page_items(found, client.site_name)
            fresh = [i for i in items if item_id(i["id"]) not in ids]
            if number == 1:
                first_total = header_int(response, "X-WP-Total")
                first_pages = header_int(response, "X-WP-TotalPages")
                # A site may serve fewer items a page than asked (a plugin capping per_page): the pages ahead are
                # counted by what the first page really held, or the parallel path would stop short of the total.
                served = min(per_page, len(found) if isinstance(found, list) else 0) or per_page
                responses = _responses(client, fetch, (served, first_total, first_pages), workers, twin, early)
            room = None if first_total is None else max(0, first_total - len(ids))
            kept = fresh if room is None else fresh[:room]
            ids.update(item_id(i["id"]) for i in kept)
            yield Page(number, kept, response, first_total, skipped)
            if _last(number, len(found), len(fresh), per_page, first_total, first_pages, len(ids)):
                return
        raise errors.SiteTimeout(client.site_name, deadline)
    finally:
        getattr(responses, "close", lambda: None)()  # the pages still in flight are abandoned
        early.close()


class _Early:
    """Pages 2.. asked before the first page's answer (`count` of them, each on a client of its own); taken
    only when the listing reaches them, abandoned unread otherwise."""

    def __init__(self, fetch: Callable[[Requester, int], requests.Response],
                 twin: Callable[[], CancellableRequester] | None, count: int) -> None:
        self._futures: dict[int, Future[requests.Response]] = {}
        self._twins: Twins[CancellableRequester] | None = None
        self._pool: ThreadPoolExecutor | None = None
        if count > 0 and twin is not None:
            twins = self._twins = Twins(twin)
            self._pool = ThreadPoolExecutor(max_workers=count, thread_name_prefix="sr-page-early")
            self._futures = {n: self._pool.submit(_fetch_on, fetch, twins.new, n) for n in range(2, 2 + count)}

    def take(self, number: int) -> Future[requests.Response] | None:
        return self._futures.pop(number, None)

    def close(self) -> None:
        """The early pages not taken are abandoned (their answers never read)."""
        if self._twins is not None:
            self._twins.cancel()
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)


def _fetch_on(fetch: Callable[[Requester, int], requests.Response], make: Callable[[], Requester],
              number: int) -> requests.Response:
    return fetch(make(), number)


def _responses(client: Requester, fetch: Callable[[Requester, int], requests.Response],
               announced: tuple[int, int | None, int | None], workers: int,
               twin: Callable[[], CancellableRequester] | None, early: _Early) -> Iterator[requests.Response]:
    """The answers for pages 2, 3, ... in order, given (per page, total, pages) as page 1 announced them. One at
    a time on `client` when the total is unknown; else up to `workers` at once, never past the announced count.
    A page asked early is taken from `early` instead of being asked again."""
    per_page, first_total, first_pages = announced
    if workers <= 1 or twin is None or first_total is None:
        for number in range(2, MAX_PAGES + 1):
            asked = early.take(number)
            yield asked.result() if asked is not None else fetch(client, number)
        return
    last = min(first_pages or MAX_PAGES, -(-first_total // max(1, per_page)), MAX_PAGES)
    twins: Twins[CancellableRequester] = Twins(twin)

    def answer(number: int) -> requests.Response:
        asked = early.take(number)
        return asked.result() if asked is not None else fetch(twins.mine(), number)

    yield from map_ahead(answer, range(2, last + 1), workers, on_stop=twins.cancel)


def _json_list(response: requests.Response, site: str) -> Any:
    try:
        return response.json() if response.content else []
    except ValueError:  # an HTML page from a proxy, a PHP error, a login wall
        raise errors.ServerError(site, response.status_code, translate(
            "ServerError", "the answer was not JSON")) from None


def _last(number: int, found: int, fresh: int, per_page: int, total: int | None, announced: int | None,
          seen: int) -> bool:
    if not found or not fresh:
        return True  # empty, or only ids seen already: a repeated page
    if total is not None and seen >= total:
        return True
    if announced is not None:
        return number >= announced
    return found < per_page


def get_all(client: Requester, route: str, params: dict[str, Any] | None = None) -> Iterator[dict[str, Any]]:
    """Every usable item of a collection (unusable ones are left out)."""
    for page in pages(client, route, params):
        yield from page.items
