"""Pages asked before the first answers (paging.pages with `expected`, as a second pull asks for the pages the last
one listed): they go out together with the first, and one past the count the first page announces is dropped
unread, so a guess never adds an item, a page or an error the plain loop would not. Proven on a threaded site's
request log (no timing asserted)."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs, urlsplit

from local_http import LocalServer, Reply, Seen
from overlap_log import OverlapLog

from sr_editor.publish.wordpress import paging
from sr_editor.publish.wordpress.client import WordPressClient


def page_of(path: str) -> int:
    return int(parse_qs(urlsplit(path).query).get("page", ["1"])[0])


def site(items: int, per_page: int, announced: int | None = None) -> Any:
    """A listing of `items` ids that announces `announced` items (default: the truth); a page past the end is
    WordPress's 400 rest_post_invalid_page_number."""
    shown = items if announced is None else announced

    def answer(seen: Seen) -> Reply:
        number = page_of(seen.path)
        ids = list(range((number - 1) * per_page + 1, min(items, number * per_page) + 1))
        if not ids and number > 1:
            return 400, {}, {"code": "rest_post_invalid_page_number", "message": "The page number requested is "
                             "larger than the number of pages available.", "data": {"status": 400}}
        return 200, {"X-WP-Total": str(shown), "X-WP-TotalPages": str(-(-shown // per_page))}, \
            [{"id": i} for i in ids]

    return answer


def listed(server: LocalServer, per_page: int, expected: int) -> list[int]:
    client = WordPressClient(server.url(), "editor1", "pw pw pw", site_name="news", deadline=10, retries=0)
    return [paging.item_id(item["id"]) for page in paging.pages(
        client, "/wp/v2/posts", per_page=per_page, workers=4, twin=client.twin, expected=expected)
        for item in page.items]


def test_the_pages_expected_are_asked_together_with_the_first() -> None:
    log = OverlapLog(gated=lambda seen: True, meet=3, wait=1.0)
    with LocalServer(log.wrap(site(6, 2))) as server:
        found = listed(server, 2, expected=6)
    assert found == list(range(1, 7)) and log.most_at_once == 3
    assert sorted(page_of(p) for p in log.paths("/wp/v2/posts")) == [1, 2, 3]


def test_no_more_pages_than_the_workers_are_asked_before_the_first_answers() -> None:
    log = OverlapLog(gated=lambda seen: page_of(seen.path) == 1, meet=100, wait=0.5)
    with LocalServer(log.wrap(site(40, 2))) as server:
        found = listed(server, 2, expected=40)
    assert found == list(range(1, 41))
    first_answered = next(e.end for e in log.entries if page_of(e.path) == 1)
    assert first_answered is not None
    assert len([e for e in log.entries if e.start < first_answered]) == 4  # page 1 and three more (4 workers)


def test_a_guess_past_the_count_the_first_page_announces_adds_nothing() -> None:
    log = OverlapLog()
    # The last pull saw 6; the site now has 2 (and pages past the end are errors): only page 1's items come.
    with LocalServer(log.wrap(site(2, 2))) as server:
        found = listed(server, 2, expected=6)
    assert found == [1, 2]


def test_a_site_announcing_fewer_than_it_serves_is_believed_even_with_pages_asked_early() -> None:
    log = OverlapLog()
    with LocalServer(log.wrap(site(6, 2, announced=2))) as server:
        found = listed(server, 2, expected=6)
    assert found == [1, 2]  # pages 2 and 3 came back full, but the first page said there was one


def test_nothing_is_asked_early_without_an_expectation() -> None:
    log = OverlapLog(gated=lambda seen: page_of(seen.path) == 1, meet=2, wait=0.3)
    with LocalServer(log.wrap(site(6, 2))) as server:
        found = listed(server, 2, expected=0)
    assert found == list(range(1, 7)) and log.most_at_once == 1
