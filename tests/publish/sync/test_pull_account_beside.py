"""A second pull asks for its listing beside the account's request (users/me) instead of after it, when the last
pull's account foretells the listing's query, and asks at once for the pages the last pull listed; an account that
answers otherwise drops what was asked early. Proven on a threaded fake site's request log (no timing asserted)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from fake_wordpress import FakeWordPress, post
from local_http import LocalServer
from overlap_log import OverlapLog
from pull_jobs import job_for, listed_page

from sr_editor.publish import errors
from sr_editor.publish.sync.pull_index import PullIndex


def test_a_second_pull_asks_for_the_listing_before_the_account_answers(tmp_path: Path) -> None:
    log = OverlapLog(wait=1.0)
    site = FakeWordPress([])
    with LocalServer(log.wrap(site.answer)) as server:
        site.posts = [post(n, f"p{n}") for n in range(1, 4)]
        job_for(server.url(), tmp_path).run()
        log.entries.clear()
        log.gated = lambda seen: "/users/me" in seen.path or listed_page(seen.path) == 1
        items = job_for(server.url(), tmp_path).run()
    assert [i.outcome for i in items] == ["unchanged"] * 3
    assert log.most_at_once == 2  # users/me and the first page were in flight together


def test_a_first_pull_asks_for_the_account_before_the_listing(tmp_path: Path) -> None:
    log = OverlapLog(gated=lambda seen: "/users/me" in seen.path or listed_page(seen.path) == 1, wait=0.2)
    site = FakeWordPress([])
    with LocalServer(log.wrap(site.answer)) as server:
        site.posts = [post(n, f"p{n}") for n in range(1, 4)]
        items = job_for(server.url(), tmp_path).run()
    assert [i.outcome for i in items] == ["created"] * 3 and log.most_at_once == 1


def test_the_pages_the_last_pull_listed_are_asked_with_the_first(tmp_path: Path) -> None:
    log = OverlapLog(wait=1.0)
    site = FakeWordPress([])
    with LocalServer(log.wrap(site.answer)) as server:
        site.posts = [post(n, f"p{n}") for n in range(1, 7)]
        job_for(server.url(), tmp_path, per_page=2).run()
        log.entries.clear()
        log.gated, log.meet = (lambda seen: listed_page(seen.path) > 0), 3
        items = job_for(server.url(), tmp_path, per_page=2).run()
    assert [i.outcome for i in items] == ["unchanged"] * 6
    assert log.most_at_once == 3  # pages 1, 2 and 3 together
    assert sorted(listed_page(p) for p in log.paths("/wp/v2/posts") if listed_page(p)) == [1, 2, 3]


def test_an_account_answering_otherwise_than_last_time_drops_the_early_listing(tmp_path: Path) -> None:
    site = FakeWordPress([])
    log = OverlapLog()
    with LocalServer(log.wrap(site.answer)) as server:
        site.posts = [post(n, f"p{n}") for n in range(1, 4)]
        job_for(server.url(), tmp_path).run()
        index = PullIndex(tmp_path, "news")
        saved = json.loads(index.path.read_text())
        saved["listing"] = [999, False, 3]  # as if another writer, who sees only their own posts, pulled last
        index.path.write_text(json.dumps(saved))
        site.posts[1] = post(2, "p2", "<p>Changed on the site.</p>", modified_gmt="2026-12-03T10:00:00")
        log.entries.clear()
        items = job_for(server.url(), tmp_path).run()
    assert sorted((i.post_id, i.outcome) for i in items) == [(1, "unchanged"), (2, "updated"), (3, "unchanged")]
    guessed = [p for p in log.paths("/wp/v2/posts") if "author=999" in p]
    assert len(guessed) == 1 and listed_page(guessed[0]) == 1  # only the first page, and nothing read for it


def test_a_damaged_listing_record_is_ignored(tmp_path: Path) -> None:
    log = OverlapLog()
    site = FakeWordPress([])
    with LocalServer(log.wrap(site.answer)) as server:
        site.posts = [post(n, f"p{n}") for n in range(1, 4)]
        job_for(server.url(), tmp_path).run()
        index = PullIndex(tmp_path, "news")
        for damaged in (["x", True, 3], [1, "yes", 3], [1, True, -5], [1, True], {"a": 1}, [True, True, 1]):
            saved = json.loads(index.path.read_text())
            saved["listing"] = damaged
            index.path.write_text(json.dumps(saved))
            assert PullIndex(tmp_path, "news").last_listing() is None
            log.entries.clear()
            assert [i.outcome for i in job_for(server.url(), tmp_path).run()] == ["unchanged"] * 3


def test_a_refused_account_after_an_early_listing_is_the_error_and_nothing_more_is_read(tmp_path: Path) -> None:
    site = FakeWordPress([])
    refused = {"on": False}
    log = OverlapLog()

    def answer(seen: Any) -> Any:
        if refused["on"] and "/users/me" in seen.path:
            return 401, {}, {"code": "incorrect_password", "message": "The password is wrong.",
                             "data": {"status": 401}}
        return site.answer(seen)

    with LocalServer(log.wrap(answer)) as server:
        site.posts = [post(n, f"p{n}") for n in range(1, 4)]
        job_for(server.url(), tmp_path).run()
        site.posts[1] = post(2, "p2", "<p>Changed on the site.</p>", modified_gmt="2026-12-03T10:00:00")
        refused["on"] = True
        log.entries.clear()
        with pytest.raises(errors.AuthError):
            job_for(server.url(), tmp_path).run()
    assert not [p for p in log.paths("/wp/v2/posts") if "include=" in p]  # the changed post was not read
    assert "Changed on the site" not in next(tmp_path.glob("p2*/index.md")).read_text(encoding="utf-8")
