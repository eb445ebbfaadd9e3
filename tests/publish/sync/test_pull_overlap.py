"""The pull overlaps its network work (issue 22): images download a few at once, pages come a few at once, a
cancel mid-pull stops every worker, and a second pull with nothing changed asks only for the listing. Proven on a
threaded fake site on 127.0.0.1 that logs each request and how many ran at once (no timing asserted)."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from fake_wordpress import FakeWordPress, post
from local_http import LocalServer, Seen
from overlap_log import OverlapLog
from pull_helpers import jpeg
from pull_jobs import job_for, listed_page

from sr_editor.publish import errors

IMAGE = jpeg((200, 40, 40), (8, 8))


def with_images(url: str, count: int, per_post: int = 2) -> list[dict[str, Any]]:
    posts = []
    for n in range(1, count + 1):
        images = "".join(f'<p><img src="{url}/wp-content/uploads/p{n}-{k}.jpg" alt="Photo {k} of {n}"></p>'
                         for k in range(per_post))
        posts.append(post(n, f"story-{n}", f"<p>Story {n}.</p>{images}"))
    return posts


def is_file(seen: Seen) -> bool:
    return "/wp-content/uploads/" in seen.path


def test_images_download_overlapped_and_every_post_gets_its_files(tmp_path: Path) -> None:
    log = OverlapLog(gated=is_file, meet=2, wait=1.0)
    site = FakeWordPress([], files=lambda seen: (200, {"Content-Type": "image/jpeg"}, IMAGE))
    with LocalServer(log.wrap(site.answer)) as server:
        site.posts = with_images(server.url(), 4)
        job = job_for(server.url(), tmp_path)
        items = job.run()
    assert [i.outcome for i in items] == ["created"] * 4 and not job.failures
    assert all(len(list(i.bundle.glob("*.jpg"))) == 2 for i in items)
    assert log.most_at_once >= 2
    assert len(log.paths("/wp-content/uploads/")) == 8  # each file once


def test_pages_of_the_listing_are_fetched_overlapped_but_never_past_the_announced_count(tmp_path: Path) -> None:
    log = OverlapLog(gated=lambda seen: listed_page(seen.path) > 1, meet=2, wait=1.0)
    site = FakeWordPress([post(n, f"p{n}") for n in range(1, 11)])
    with LocalServer(log.wrap(site.answer)) as server:
        items = job_for(server.url(), tmp_path, per_page=2).run()
    assert sorted(i.post_id for i in items) == list(range(1, 11))
    assert log.most_at_once >= 2
    assert max(listed_page(p) for p in log.paths("/wp/v2/posts")) == 5


def test_a_cancel_mid_pull_stops_every_worker(tmp_path: Path) -> None:
    log = OverlapLog(gated=is_file, meet=100, wait=30.0)  # every file waits until released
    site = FakeWordPress([], files=lambda seen: (200, {"Content-Type": "image/jpeg"}, IMAGE))
    outcome: list[BaseException] = []
    with LocalServer(log.wrap(site.answer)) as server:
        site.posts = with_images(server.url(), 10)
        job = job_for(server.url(), tmp_path)

        def run() -> None:
            try:
                job.run()
            except BaseException as exc:  # handed to the test
                outcome.append(exc)

        puller = threading.Thread(target=run)
        puller.start()
        for _ in range(500):
            if len(log.paths("/wp-content/uploads/")) >= 4:
                break
            threading.Event().wait(0.01)
        job.cancel()
        puller.join(10)
        assert not puller.is_alive()  # it did not wait for the files in flight
        asked = len(log.paths("/wp-content/uploads/"))
        log.release()
        for thread in [t for t in threading.enumerate() if t.name.startswith(("sr-download", "sr-ahead"))]:
            thread.join(10)
            assert not thread.is_alive()
        assert len(log.paths("/wp-content/uploads/")) == asked  # nothing started after the cancel
    assert len(outcome) == 1 and isinstance(outcome[0], errors.PublishCancelled)
    assert job.items == [] and not list(tmp_path.glob("*/index.md"))  # nothing half written


def test_a_second_pull_with_nothing_changed_asks_for_the_listing_only(tmp_path: Path) -> None:
    log = OverlapLog()
    site = FakeWordPress([], files=lambda seen: (200, {"Content-Type": "image/jpeg"}, IMAGE))
    with LocalServer(log.wrap(site.answer)) as server:
        site.posts = with_images(server.url(), 3)
        job_for(server.url(), tmp_path).run()
        log.entries.clear()
        again = job_for(server.url(), tmp_path)
        items = again.run()
    assert [i.outcome for i in items] == ["unchanged"] * 3
    asked = [urlsplit(e.path).path for e in log.entries if "include=" not in e.path]
    assert sorted(asked) == ["/wp-json/wp/v2/posts", "/wp-json/wp/v2/users/me"]  # no terms, writers, media, files
    assert not [e for e in log.entries if "include=" in e.path]


@pytest.mark.parametrize("repeat_from", [2, 3])
def test_a_hostile_listing_repeating_ids_still_ends_with_pages_in_parallel(tmp_path: Path, repeat_from: int) -> None:
    def repeating(page: int, per: int, items: list[Any]) -> tuple[int, dict[str, str], Any]:
        number = min(page, repeat_from)
        return 200, {"X-WP-Total": "100000", "X-WP-TotalPages": "50000"}, \
            [post(2 * number - 1, f"p{2 * number - 1}"), post(2 * number, f"p{2 * number}")]

    log = OverlapLog()
    site = FakeWordPress([], listing=repeating)
    with LocalServer(log.wrap(site.answer)) as server:
        site.posts = [post(n, f"p{n}") for n in range(1, 10)]
        items = job_for(server.url(), tmp_path, per_page=2).run()
    assert sorted(i.post_id for i in items) == list(range(1, 2 * repeat_from + 1))
    assert len([p for p in log.paths("/wp/v2/posts") if listed_page(p)]) <= repeat_from + 4


def test_a_cancel_while_the_pull_waits_for_pages_stops_it_as_a_cancel(tmp_path: Path) -> None:
    log = OverlapLog(gated=lambda seen: listed_page(seen.path) > 1, meet=100, wait=30.0)  # later pages hang
    site = FakeWordPress([post(n, f"p{n}") for n in range(1, 11)])
    outcome: list[BaseException] = []
    with LocalServer(log.wrap(site.answer)) as server:
        job = job_for(server.url(), tmp_path, per_page=2)

        def run() -> None:
            try:
                job.run()
            except BaseException as exc:  # handed to the test
                outcome.append(exc)

        puller = threading.Thread(target=run)
        puller.start()
        for _ in range(500):
            if [p for p in log.paths("/wp/v2/posts") if listed_page(p) > 1]:
                break
            threading.Event().wait(0.01)
        job.cancel()
        puller.join(10)
        alive = puller.is_alive()
        log.release()
    assert not alive
    assert len(outcome) == 1 and isinstance(outcome[0], errors.PublishCancelled)
    assert len(job.items) <= 2  # the first page at most
