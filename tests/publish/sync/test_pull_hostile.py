"""Pull from a hostile site (a LocalServer on 127.0.0.1): names that try to leave the workspace, posts that are
broken in every way, listings that never end, files that redirect elsewhere. Nothing is written outside the
workspace, no request reaches another host, one bad post never stops the others."""

from __future__ import annotations

import os
import re
import time
from pathlib import Path
from typing import Any

import pytest
from fake_wordpress import FakeWordPress, post, serve
from local_http import LocalServer, Seen
from publish_fakes import run_cli

from sr_editor.core.article.frontmatter import read_article_file
from sr_editor.core.storage.site_names import WINDOWS_RESERVED
from sr_editor.core.storage.store import ArticleStore
from sr_editor.publish import errors
from sr_editor.publish.sync.pull import PullJob, PullOptions
from sr_editor.publish.wordpress import paging
from sr_editor.publish.wordpress.client import WordPressClient

HOSTILE_SLUGS = ["../../x", "..", ".", "/tmp/absolute", ".sr-editor", "CON", "nul", "com1", "a\x00b\x1bc",
                 "x" * 5000, "a/b", "..\\..\\win", "%2e%2e%2fescape"]


def pull(url: str, workspace: Path, **options: Any) -> PullJob:
    client = WordPressClient(url, "editor1", "pw pw pw", site_name="news", deadline=10)
    job = PullJob(client, "news", ArticleStore(workspace), None, PullOptions(**options))
    job.run()
    return job


def files_under(folder: Path) -> set[Path]:
    return {Path(root) / name for root, _dirs, names in os.walk(folder) for name in names}


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    ws = tmp_path / "outer" / "ws"
    ws.mkdir(parents=True)
    return ws


def test_hostile_slugs_become_safe_bundle_folders_inside_the_workspace(workspace: Path) -> None:
    site = FakeWordPress([post(n, slug) for n, slug in enumerate(HOSTILE_SLUGS, 1)])
    before = files_under(workspace.parent.parent)
    with serve(site) as server:
        job = pull(server.url(), workspace)
    assert not job.failures and len(job.items) == len(HOSTILE_SLUGS)
    new = files_under(workspace.parent.parent) - before
    assert all(workspace in f.parents for f in new)  # nothing at the workspace's parent or above
    for item in job.items:
        name = item.bundle.name
        assert item.bundle.parent == workspace and (item.bundle / "index.md").is_file()
        assert not name.startswith(".") and name.split(".")[0] not in WINDOWS_RESERVED and len(name) <= 80
        assert all(c.isalnum() or c == "-" for c in name)
    assert not (workspace / ".sr-editor" / "index.md").exists()


def test_a_slug_with_control_characters_is_not_written_as_the_articles_slug(workspace: Path) -> None:
    with serve(FakeWordPress([post(1, "a\x00b\x1bc")])) as server:
        job = pull(server.url(), workspace)
    article, _ = read_article_file(job.items[0].bundle / "index.md")
    assert article.slug == "a-b-c"


def test_an_image_named_like_a_device_or_a_path_is_saved_under_a_safe_name_in_the_bundle(workspace: Path) -> None:
    def files(seen: Seen) -> tuple[int, dict[str, str], Any]:
        return 200, {"Content-Type": "image/jpeg"}, b"\xff\xd8\xff\xe0 not really a jpeg"

    content = '<figure class="wp-block-image"><img src="{0}/wp-content/uploads/CON.jpg" alt="A"/></figure>' \
              '<figure class="wp-block-image"><img src="{0}/wp-content/uploads/..%2f..%2fout.jpg" alt="B"/></figure>'
    site = FakeWordPress([], files=files)
    with serve(site) as server:
        site.posts = [post(1, "pictures", content.format(server.url()))]
        job = pull(server.url(), workspace)
    names = sorted(p.name for p in job.items[0].bundle.iterdir())
    assert "con-image.jpg" in names and len(names) == 3
    assert all(re.fullmatch(r"[a-z0-9-]+\.jpg", n) for n in names if n != "index.md"), names


def test_one_bad_post_never_stops_the_others_and_each_gets_one_line(workspace: Path) -> None:
    posts: list[Any] = [
        post(1, "first"), post("12abc", "bad-id"), 5, "text", None, post(2, "nul\x00slug"),
        post(3, "surrogate", "<p>broken \ud800 text</p>"),
        post(4, "nested", "<div>" * 5000 + "deep" + "</div>" * 5000),
        post(5, "unclosed", "<p " * 200000),
        post(6, "odd-types", title=["not", "text"], featured_media="abc", author={"x": 1}),
        post(7, "last"),
    ]
    with serve(FakeWordPress(posts)) as server:
        job = pull(server.url(), workspace)
    pulled = {item.post_id: item for item in job.items}
    assert {1, 2, 4, 5, 6, 7} <= set(pulled)
    assert any("12abc" in f for f in job.failures)
    assert sum("post 3:" in f for f in job.failures) == 1 and any("Unicode" in f for f in job.failures)
    assert all("\n" not in f and len(f) < 400 for f in job.failures)
    assert any("HTML" in note for note in pulled[4].notes + pulled[5].notes)


def test_the_command_line_says_which_posts_failed_and_exits_non_zero(
        workspace: Path, capsys: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from sr_editor.cli import publish as cli_publish
    from sr_editor.publish.wordpress.sites import SiteProfile

    with serve(FakeWordPress([post(1, "good", title="Fine \x1b[2J\u202eevil"), post("12abc", "bad")])) as server:
        client = WordPressClient(server.url(), "editor1", "pw", site_name="news")
        monkeypatch.setattr(cli_publish, "_client_for", lambda profile, password: client)
        monkeypatch.setattr(cli_publish, "_password_for", lambda profile: "pw")
        monkeypatch.setattr(cli_publish, "site_registry", lambda: type("R", (), {
            "get": staticmethod(lambda name: SiteProfile(name, server.url(), "editor1"))})())
        code, out, err = run_cli(capsys, monkeypatch, "pull", "--site", "news", "--workspace", str(workspace))
    assert code == 1
    assert "good" in out and "12abc" in err
    assert "\x1b" not in out + err and "\u202e" not in out + err and "\\x1b" in err


# ----- listings that never end ----------------------------------------------------------------------------------
def test_a_listing_that_repeats_the_same_page_forever_ends(workspace: Path) -> None:
    same = [post(1, "one"), post(2, "two")]
    site = FakeWordPress(same, listing=lambda page, per, items: (200, {"X-WP-TotalPages": "100000"}, same))
    with serve(site) as server:
        job = pull(server.url(), workspace)
    assert sorted(i.post_id for i in job.items) == [1, 2]


def test_a_listing_that_announces_one_more_page_each_time_stops_at_the_first_count(workspace: Path) -> None:
    def growing(page: int, per: int, items: list[Any]) -> tuple[int, dict[str, str], Any]:
        return 200, {"X-WP-Total": str(2 * page + 2), "X-WP-TotalPages": str(page + 1)}, \
            [post(2 * page - 1, f"p{2 * page - 1}"), post(2 * page, f"p{2 * page}")]

    site = FakeWordPress([], listing=growing)
    with serve(site) as server:
        site.posts = [post(n, f"p{n}") for n in range(1, 200)]
        job = pull(server.url(), workspace, per_page=2)
    assert sorted(i.post_id for i in job.items) == [1, 2, 3, 4]


@pytest.mark.parametrize("headers", [{"X-WP-Total": "lots", "X-WP-TotalPages": "many"},
                                     {"X-WP-Total": "-5", "X-WP-TotalPages": "99999999999999999999"}, {}])
def test_listing_headers_that_are_no_numbers_do_not_stop_or_prolong_the_pull(
        workspace: Path, headers: dict[str, str]) -> None:
    posts = [post(n, f"p{n}") for n in range(1, 6)]
    site = FakeWordPress(posts, listing=lambda page, per, items: (200, dict(headers), items))
    with serve(site) as server:
        job = pull(server.url(), workspace, per_page=2)
    assert sorted(i.post_id for i in job.items) == [1, 2, 3, 4, 5] and not job.failures


def test_a_listing_with_fresh_ids_forever_and_lying_counts_ends_at_the_listing_deadline(
        workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(paging, "LISTING_DEADLINE", 0.5)

    def endless(page: int, per: int, items: list[Any]) -> tuple[int, dict[str, str], Any]:
        time.sleep(0.2)
        return 200, {"X-WP-Total": "lots", "X-WP-TotalPages": "1000000"}, [post(page * 10 + i, "") for i in (1, 2)]

    site = FakeWordPress([], listing=endless)
    with serve(site) as server, pytest.raises(errors.SiteTimeout):
        pull(server.url(), workspace, per_page=2)
    assert 0 < len(list(workspace.iterdir())) < 20  # what came before the deadline is kept


# ----- downloads ------------------------------------------------------------------------------------------------
def test_an_image_redirected_to_another_host_is_not_fetched_there(workspace: Path) -> None:
    with LocalServer(lambda seen: (200, {}, b"\xff\xd8\xff other host's bytes")) as other:
        files = lambda seen: (302, {"Location": other.url() + "/evil.jpg"}, "")  # noqa: E731
        site = FakeWordPress([], files=files)
        with serve(site) as server:
            site.posts = [post(1, "redirected", f'<img src="{server.url()}/wp-content/uploads/photo.jpg" alt="A">')]
            job = pull(server.url(), workspace)
    assert other.seen == []
    assert [p.name for p in job.items[0].bundle.iterdir()] == ["index.md"]
    assert any("redirect" in note for note in job.items[0].notes)


def test_an_image_redirected_within_the_site_is_followed_a_few_hops_at_most(workspace: Path) -> None:
    def files(seen: Seen) -> tuple[int, dict[str, str], Any]:
        hop = int(seen.path.rsplit("-", 1)[1].split(".")[0])
        return 302, {"Location": f"/wp-content/uploads/loop-{hop + 1}.jpg"}, ""

    site = FakeWordPress([], files=files)
    with serve(site) as server:
        site.posts = [post(1, "loop", f'<img src="{server.url()}/wp-content/uploads/loop-0.jpg" alt="A">')]
        job = pull(server.url(), workspace)
        hops = len([s for s in server.seen if "/uploads/" in s.path])
    assert hops <= 4 * 2  # at most 3 redirects followed, for the original address and the one the content uses
    assert job.items and any("redirect" in note for note in job.items[0].notes)
