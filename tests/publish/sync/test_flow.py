"""PublishJob without a site: checks, forcing, cancel, dry run, progress, conflict logic, write-back."""

from __future__ import annotations

import json
import typing
from pathlib import Path
from typing import Any

import pytest
import requests
from publish_fakes import Answer, SimpleStore, fake_collaborators, make_photo, session_with, write_article

from sr_editor.core.article.remote import RemoteEntry
from sr_editor.core.checks.lint import Problem, Severity
from sr_editor.publish import errors
from sr_editor.publish.sync import conflict
from sr_editor.publish.sync.flow import PublishJob, PublishOptions, gmt_string, marker_comment
from sr_editor.publish.wordpress.client import WordPressClient
from sr_editor.publish.wordpress.terms import Term, TermCache

TERMS = TermCache(categories=[Term(2, "Latin America", "latin-america")], tags=[Term(20, "Haiti", "haiti")])


def bundle(ws: Path) -> Path:
    b = write_article(ws / "story", "title: Story\nexcerpt: Teaser\nregions: [Latin America]\ntags: [Haiti]\n"
                      "featured_image:\n  src: lead.jpg\n  alt: A lead photo\n", "Body text.\n")
    make_photo(b / "lead.jpg")
    return b


def job(ws: Path, b: Path, client: WordPressClient | None = None, problems: list[Any] | None = None,
        **options: Any) -> PublishJob:
    return PublishJob(client, "prod", SimpleStore(ws), b, TERMS, PublishOptions(**options),
                      collaborators=fake_collaborators(problems))


class FakeSite:
    """Just enough WordPress for one publish: media search/upload/update, post search/create/update."""

    def __init__(self) -> None:
        self.posts: dict[int, dict[str, Any]] = {}
        self.media: dict[int, dict[str, Any]] = {}
        self.next_id = 100

    def __call__(self, request: requests.PreparedRequest) -> Answer:
        url, method = request.url or "", request.method
        if "/users/me" in url:
            return 200, {"id": 1, "roles": ["editor"], "capabilities": {}}, {}
        if "/media" in url and method == "GET" and "include=" in url:
            wanted = url.split("include=")[1].split("&")[0].replace("%2C", ",").split(",")
            return 200, [self.media[int(i)] for i in wanted if int(i) in self.media], {}
        if "/media" in url and method == "GET":
            return 200, [], {}
        if url.split("?")[0].endswith("/media") and method == "POST":
            self.next_id += 1
            self.media[self.next_id] = {"id": self.next_id, "source_url": f"https://x.org/m{self.next_id}.jpg"}
            return 201, self.media[self.next_id], {}
        if "/posts" in url and method == "GET" and "search=" in url:
            return 200, [p for p in self.posts.values() if url.split("search=")[1].split("&")[0] in p["content"]], {}
        if "/posts/" in url and method == "GET":
            post = self.posts[int(url.split("/posts/")[1].split("?")[0])]
            return 200, {**post, "content": {"raw": post["content"]}}, {}
        if "/posts" in url and method == "POST":
            body = json.loads(request.body or b"{}")
            post_id = int(url.split("/posts/")[1].split("?")[0]) if "/posts/" in url else None
            if post_id is None:
                self.next_id += 1
                post_id = self.next_id
            post = {**self.posts.get(post_id, {}), **body, "id": post_id, "link": f"https://x.org/?p={post_id}",
                    "status": body.get("status", "draft"), "modified_gmt": "2026-01-01T00:00:00"}
            self.posts[post_id] = post
            return 200, post, {}
        return 404, {"code": "rest_no_route", "message": "no"}, {}


def fake_client(site: FakeSite) -> WordPressClient:
    session, _ = session_with(site)
    return WordPressClient("https://x.org", "ana", "pw", session=session)


def test_check_errors_stop_the_publish_before_any_request(workspace_dir: Path) -> None:
    b = bundle(workspace_dir)
    problem = Problem("alt-missing", Severity.ERROR, "The image photo.jpg has no alt text.")
    with pytest.raises(errors.ChecksFailed, match="alt text"):
        job(workspace_dir, b, client=None, problems=[problem]).run()


def test_warnings_do_not_stop_the_publish(workspace_dir: Path) -> None:
    b = bundle(workspace_dir)
    site = FakeSite()
    warning = Problem("title-long", Severity.WARNING, "The title is long.")
    assert job(workspace_dir, b, fake_client(site), problems=[warning]).run().created


def test_force_records_who_forced_which_rules(workspace_dir: Path) -> None:
    b = bundle(workspace_dir)
    problem = Problem("alt-missing", Severity.ERROR, "The image has no alt text.")
    result = job(workspace_dir, b, fake_client(FakeSite()), problems=[problem], force=True, who="ana").run()
    assert result.forced == ["alt-missing"]
    remote = SimpleStore(workspace_dir).load(b).article.remote_for("prod")
    assert remote["forced"][0]["by"] == "ana" and remote["forced"][0]["rules"] == ["alt-missing"]


def test_allowing_missing_alt_publishes_past_that_rule_and_records_the_reason(workspace_dir: Path) -> None:
    b = bundle(workspace_dir)
    problem = Problem("alt-missing", Severity.ERROR, "The image has no alt text.")
    result = job(workspace_dir, b, fake_client(FakeSite()), problems=[problem], allow_missing_alt="pulled post",
                 who="ana").run()
    assert result.created and result.forced == ["alt-missing"]
    [record] = SimpleStore(workspace_dir).load(b).article.remote_for("prod")["forced"]
    assert (record["by"], record["rules"], record["reason"]) == ("ana", ["alt-missing"], "pulled post")


def test_allowing_missing_alt_does_not_pass_other_errors(workspace_dir: Path) -> None:
    b = bundle(workspace_dir)
    problems = [Problem("alt-missing", Severity.ERROR, "The image has no alt text."),
                Problem("region-missing", Severity.ERROR, "No region is tagged.")]
    with pytest.raises(errors.ChecksFailed) as caught:
        job(workspace_dir, b, fake_client(FakeSite()), problems=problems, allow_missing_alt="pulled post").run()
    assert "No region is tagged." in str(caught.value) and "alt text" not in str(caught.value)
    assert "forced" not in SimpleStore(workspace_dir).load(b).article.remote_for("prod")


def test_write_back_records_post_and_media_and_leaves_body(workspace_dir: Path) -> None:
    b = bundle(workspace_dir)
    body_before = (b / "index.md").read_text().split("---\n", 2)[2]
    result = job(workspace_dir, b, fake_client(FakeSite())).run()
    article = SimpleStore(workspace_dir).load(b).article
    remote = article.remote_for("prod")
    assert remote["post_id"] == result.post_id and remote["status"] == "draft"
    assert remote["media"]["lead.jpg"]["id"] > 0 and len(remote["media"]["lead.jpg"]["sha256"]) == 64
    assert "pending" not in remote
    assert article.body == body_before


def test_a_publish_writes_only_the_keys_the_remote_entry_names(workspace_dir: Path) -> None:
    b = bundle(workspace_dir)
    problem = Problem("alt-missing", Severity.ERROR, "The image has no alt text.")
    job(workspace_dir, b, fake_client(FakeSite()), problems=[problem], allow_missing_alt="pulled", who="ana").run()
    written = SimpleStore(workspace_dir).load(b).article.remote_for("prod")
    assert {"post_id", "media", "forced"} <= set(written) <= set(typing.get_type_hints(RemoteEntry))


def test_cancel_stops_between_steps(workspace_dir: Path) -> None:
    b = bundle(workspace_dir)
    site = FakeSite()
    steps: list[str] = []
    j = job(workspace_dir, b, fake_client(site))

    def progress(message: str, done: int, total: int) -> None:
        steps.append(message)
        if done == 2:
            j.cancel()

    j._progress = progress
    with pytest.raises(errors.PublishCancelled):
        j.run()
    assert len(steps) == 2 and site.posts == {} and site.media == {}


def test_progress_reports_each_step_with_total(workspace_dir: Path) -> None:
    b = bundle(workspace_dir)
    seen: list[tuple[int, int]] = []
    j = job(workspace_dir, b, fake_client(FakeSite()))
    j._progress = lambda m, d, t: seen.append((d, t))
    j.run()
    assert [d for d, _ in seen] == list(range(1, len(seen) + 1)) and all(t == seen[-1][0] for _, t in seen)


def test_dry_run_sends_nothing_and_writes_nothing(workspace_dir: Path) -> None:
    b = bundle(workspace_dir)
    before = (b / "index.md").read_bytes()
    result = job(workspace_dir, b, client=None, dry_run=True).run()
    assert (b / "index.md").read_bytes() == before
    assert "image lead.jpg: upload" in result.plan and any("create a new post" in p for p in result.plan)


def test_image_outside_the_bundle_is_refused(workspace_dir: Path) -> None:
    b = bundle(workspace_dir)
    text = (b / "index.md").read_text().replace("src: lead.jpg", "src: ../../etc/passwd")
    (b / "index.md").write_text(text)
    with pytest.raises(errors.PublishError, match="outside"):
        job(workspace_dir, b, fake_client(FakeSite())).run()


def edit_body(b: Path) -> None:
    (b / "index.md").write_text((b / "index.md").read_text() + "\nOne more sentence.\n")


def test_second_publish_reuses_media_and_updates_the_post(workspace_dir: Path) -> None:
    b = bundle(workspace_dir)
    site = FakeSite()
    first = job(workspace_dir, b, fake_client(site)).run()
    edit_body(b)
    second = job(workspace_dir, b, fake_client(site)).run()
    assert second.post_id == first.post_id and not second.created and not second.nothing_to_send
    assert len(site.media) == 1 and second.reused == ["lead.jpg"]


def test_second_publish_of_an_unchanged_article_sends_nothing(workspace_dir: Path) -> None:
    b = bundle(workspace_dir)
    site = FakeSite()
    job(workspace_dir, b, fake_client(site)).run()
    session, transport = session_with(site)
    again = job(workspace_dir, b, WordPressClient("https://x.org", "ana", "pw", session=session)).run()
    assert again.nothing_to_send and again.plan == ["nothing to send"]
    assert {r.method for r in transport.requests} == {"GET"}  # read the media ids and the modified time only


def test_only_the_changed_field_is_sent_after_a_sync(workspace_dir: Path) -> None:
    b = bundle(workspace_dir)
    site = FakeSite()
    job(workspace_dir, b, fake_client(site)).run()
    session, transport = session_with(site)
    job(workspace_dir, b, WordPressClient("https://x.org", "ana", "pw", session=session), status="pending").run()
    [sent] = [json.loads(r.body or b"{}") for r in transport.requests if r.method == "POST"]
    assert sent == {"status": "pending"}


def test_media_deleted_on_the_site_is_uploaded_again(workspace_dir: Path) -> None:
    b = bundle(workspace_dir)
    site = FakeSite()
    job(workspace_dir, b, fake_client(site)).run()
    site.media.clear()
    edit_body(b)
    again = job(workspace_dir, b, fake_client(site)).run()
    assert again.uploaded == ["lead.jpg"] and len(site.media) == 1


def test_dropped_category_is_reported(workspace_dir: Path) -> None:
    b = bundle(workspace_dir)
    site = FakeSite()

    def dropping(request: requests.PreparedRequest) -> Answer:
        status, body, headers = site(request)
        if isinstance(body, dict) and "categories" in body:
            body = {**body, "categories": []}
        return status, body, headers

    session, _ = session_with(dropping)
    client = WordPressClient("https://x.org", "ana", "pw", session=session)
    with pytest.raises(errors.ResponseMismatch, match="categories"):
        job(workspace_dir, b, client).run()
    assert SimpleStore(workspace_dir).load(b).article.remote_for("prod")["post_id"]  # still recorded


def test_conflict_ignores_our_own_unacknowledged_update() -> None:
    post = {"modified_gmt": "2026-01-02T00:00:00", "content": {"raw": "x " + marker_comment("uid1", "tok1")}}
    assert not conflict.is_conflict(post, "2026-01-01T00:00:00", "sr-editor:uid1:tok1")
    assert conflict.is_conflict(post, "2026-01-01T00:00:00", "sr-editor:uid1:other")
    assert not conflict.is_conflict(post, "2026-01-02T00:00:00", None)


def test_diff_shows_site_lines_against_ours() -> None:
    diff = conflict.unified_diff("<p>site</p>\n<p>same</p>", "<p>ours</p>\n<p>same</p>")
    assert "-<p>site</p>" in diff and "+<p>ours</p>" in diff


def test_dates_are_sent_in_utc() -> None:
    from datetime import datetime, timedelta, timezone

    assert gmt_string(datetime(2026, 5, 1, 9, 0, tzinfo=timezone(timedelta(hours=-5)))) == "2026-05-01T14:00:00"


def test_force_alone_also_overwrites_conflicts_as_the_cli_documents() -> None:
    from sr_editor.publish.sync.flow import PublishJob, PublishOptions

    job = PublishJob(None, "s", object(), Path("/tmp/x"), object(), PublishOptions(force=True),  # type: ignore[arg-type]
                     collaborators=object())  # type: ignore[arg-type]
    assert job.post.overwrite_conflicts() is True


def test_overwrite_conflicts_can_be_refused_while_forcing_past_check_errors() -> None:
    from sr_editor.publish.sync.flow import PublishJob, PublishOptions

    options = PublishOptions(force=True, overwrite_conflicts=False)
    job = PublishJob(None, "s", object(), Path("/tmp/x"), object(), options,  # type: ignore[arg-type]
                     collaborators=object())  # type: ignore[arg-type]
    assert job.post.overwrite_conflicts() is False


def test_typing_during_a_publish_neither_stops_it_nor_is_lost(workspace_dir: Path) -> None:
    b = bundle(workspace_dir)
    typed: list[str] = []

    def autosave_meanwhile(message: str, done: int, total: int) -> None:
        """The window's autosave writes the writer's new words between every two steps of the job."""
        store = SimpleStore(workspace_dir)
        loaded = store.load(b)
        words = f"Typed during step {done}."
        loaded.article.body += words + "\n"
        loaded.article.set("excerpt", f"Teaser edited at step {done}")
        store.save(b, loaded.article, loaded.disk_hash, reason="autosave")
        typed.append(words)

    j = job(workspace_dir, b, fake_client(FakeSite()))
    j._progress = autosave_meanwhile
    result = j.run()
    article = SimpleStore(workspace_dir).load(b).article
    assert article.remote_for("prod")["post_id"] == result.post_id
    assert all(words in article.body for words in typed) and len(typed) >= 3
    assert article.excerpt == f"Teaser edited at step {len(typed)}"
