"""Pulling posts from the real WordPress: block markup written by an Author and a Contributor, pulled by an Editor."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import wp_fixture
import wpsite
from pull_helpers import create_post, publish, pull, upload

from sr_editor.core.article.frontmatter import read_article_file
from sr_editor.core.article.regions import load_vocabulary
from sr_editor.core.checks.lint import Severity, check_article
from sr_editor.core.storage.store import ArticleStore
from sr_editor.publish import errors
from sr_editor.publish.errors import Operation
from sr_editor.publish.sync import synced
from sr_editor.publish.sync.pull import PullItem, PullJob, PullOptions
from sr_editor.publish.wordpress import terms
from sr_editor.publish.wordpress.roles import AccountInfo, RoleCannotDoThis, save_account

# Every test here runs on each WordPress line (Debian's 6.1.9 and the 6.7 pre-release), one site per line.
pytestmark = [pytest.mark.wordpress,
              pytest.mark.parametrize("wordpress", wp_fixture.LINE_PARAMS, indirect=True)]


@pytest.fixture
def submitted(client_as: Any, wordpress: wpsite.WordPressSite, unique: str) -> dict[str, Any]:
    """A pending post by the Author (own uploads) and one by the Contributor (images an admin uploaded)."""
    author, admin, contributor = client_as("author"), client_as("administrator"), client_as("contributor")
    latin = wordpress.categories["Latin America"]
    photo = upload(author, f"assembly-{unique}.jpg", (20, 90, 160), "Delegates seated under a white tent",
                   "Delegates at Sucre", "Agency Andes")
    lead = upload(author, f"lead-{unique}.jpg", (160, 40, 20), "A river valley at dawn", "The valley", "Ana Ruiz")
    by_author = create_post(author, unique, "pending", [(photo, "Delegates seated under a white tent",
                                                           "Delegates at Sucre")], [latin],
                            featured_media=lead["id"])
    given = upload(admin, f"given-{unique}.jpg", (10, 150, 60), "Marchers with flags", "On the road")
    by_contributor = create_post(contributor, unique + "c", "pending",
                                 [(given, "Marchers with flags on the road to La Paz", "On the road")], [latin])
    return {"author": by_author, "contributor": by_contributor}


def body_of(bundle: Path) -> str:
    article, _ = read_article_file(bundle / "index.md")
    return article.body


def test_editor_pulls_pending_block_posts_as_bundles_that_pass_the_checks(
    client_as: Any, workspace_dir: Path, submitted: dict[str, Any]
) -> None:
    editor = client_as("editor")
    ids = [submitted["author"]["id"], submitted["contributor"]["id"]]
    items, job = pull(editor, workspace_dir, *ids)
    assert [i.outcome for i in items] == ["created", "created"] and not job.failures
    for item in items:
        article, _ = read_article_file(item.bundle / "index.md")
        problems = check_article(article, item.bundle, load_vocabulary())
        assert not [p for p in problems if p.severity == Severity.ERROR], problems
        assert article.status == "pending" and article.regions == ["Latin America"]
        entry = article.remote_for("test")
        assert entry["post_id"] == item.post_id and entry["modified_gmt"]
        for name, record in entry["media"].items():
            assert (item.bundle / name).is_file() and record["id"] > 0 and len(record["sha256"]) == 64
    body = body_of(items[0].bundle)
    assert "## What was decided" in body and "- Water stays public" in body and "1. First reading" in body
    assert "> We will not sell the rivers." in body and "| Potosí | 1200 |" in body
    assert "[^1]" in body and "[^1]: Minutes of the assembly." in body
    assert '"Delegates at Sucre")' in body and "![Delegates seated under a white tent](" in body
    article, _ = read_article_file(items[0].bundle / "index.md")
    featured = article.featured_image
    assert featured is not None and featured.alt == "A river valley at dawn"
    assert (featured.caption, featured.credit) == ("The valley", "Ana Ruiz")
    assert article.author == "test-author" and article.title.startswith("Assembly “")


def test_republishing_a_pulled_post_unchanged_sends_nothing(
    client_as: Any, workspace_dir: Path, submitted: dict[str, Any]
) -> None:
    editor, admin = client_as("editor"), client_as("administrator")
    [item], _ = pull(editor, workspace_dir, submitted["author"]["id"])
    before = admin.get(f"/wp/v2/posts/{item.post_id}", {"context": "edit"})
    media_before = len(admin.get("/wp/v2/media", {"per_page": 100}))
    result = publish(editor, workspace_dir, item.bundle)
    after = admin.get(f"/wp/v2/posts/{item.post_id}", {"context": "edit"})
    assert result.nothing_to_send and result.uploaded == []
    assert after["modified_gmt"] == before["modified_gmt"] and after["content"]["raw"] == before["content"]["raw"]
    assert len(admin.get("/wp/v2/media", {"per_page": 100})) == media_before


def test_approving_a_pulled_post_sends_only_its_status(
    client_as: Any, workspace_dir: Path, submitted: dict[str, Any]
) -> None:
    editor, admin = client_as("editor"), client_as("administrator")
    [item], _ = pull(editor, workspace_dir, submitted["contributor"]["id"])
    result = publish(editor, workspace_dir, item.bundle, status="publish")
    post = admin.get(f"/wp/v2/posts/{item.post_id}", {"context": "edit"})
    assert result.status == "publish" and post["content"]["raw"] == submitted["contributor"]["content"]["raw"]
    article, _ = read_article_file(item.bundle / "index.md")
    assert article.meta["status"] == "publish"  # the front matter says what the site says


def test_pull_after_a_site_edit_updates_and_keeps_the_old_text_in_history(
    client_as: Any, workspace_dir: Path, submitted: dict[str, Any]
) -> None:
    editor, admin = client_as("editor"), client_as("administrator")
    post_id = submitted["author"]["id"]
    [first], _ = pull(editor, workspace_dir, post_id)
    rewritten = "<!-- wp:paragraph -->\n<p>Rewritten.</p>\n<!-- /wp:paragraph -->"
    time.sleep(1.1)  # modified_gmt has 1-second resolution: a site edit in the same second is not seen
    admin.post(f"/wp/v2/posts/{post_id}", {"title": "A new headline", "content": rewritten}, op=Operation.UPDATE_POST)
    [again], job = pull(editor, workspace_dir, post_id)
    assert again.outcome == "updated" and again.bundle == first.bundle
    article, _ = read_article_file(first.bundle / "index.md")
    assert article.title == "A new headline" and article.body == "Rewritten.\n"
    assert ArticleStore(workspace_dir).history is not None
    history = ArticleStore(workspace_dir).history
    assert history is not None and any(v.reason.startswith("pull") for v in history.versions(first.bundle))
    [third], job = pull(editor, workspace_dir, post_id)
    assert third.outcome == "unchanged" and job.downloads == 0


def test_edits_on_both_sides_are_a_conflict_that_loses_nothing(
    client_as: Any, workspace_dir: Path, submitted: dict[str, Any]
) -> None:
    editor, admin = client_as("editor"), client_as("administrator")
    post_id = submitted["author"]["id"]
    [item], _ = pull(editor, workspace_dir, post_id)
    index = item.bundle / "index.md"
    index.write_text(index.read_text() + "\nA local paragraph.\n")
    local = index.read_text()
    time.sleep(1.1)  # modified_gmt has 1-second resolution: a site edit in the same second is not seen
    admin.post(f"/wp/v2/posts/{post_id}", {"title": "Changed on the site"}, op=Operation.UPDATE_POST)
    [again], _ = pull(editor, workspace_dir, post_id)
    assert again.outcome == "conflict" and index.read_text() == local
    history = ArticleStore(workspace_dir).history
    assert history is not None
    [site_version] = [v for v in history.versions(item.bundle) if v.reason.startswith("site-version")]
    assert "Changed on the site" in history.read(item.bundle, site_version.id).decode()
    incoming = synced.load_incoming(workspace_dir, "test", post_id)
    base = synced.load_base(workspace_dir, "test", post_id)
    assert incoming is not None and incoming.title == "Changed on the site"
    assert base is not None and "A local paragraph." not in base.body
    with pytest.raises(errors.ConflictError) as caught:
        publish(editor, workspace_dir, item.bundle)  # the site's edit is not overwritten silently
    changed = {f.name: f for f in caught.value.info.fields if f.changed}
    assert set(changed) == {"Title", "Body"}  # readable: the local paragraph and the site's title, no markup
    assert ("insert", "", "Changed on the site") in changed["Title"].ops or any(
        "Changed" in site for _, _, site in changed["Title"].ops)


def test_an_author_sees_only_own_posts_and_is_told_why(
    client_as: Any, workspace_dir: Path, submitted: dict[str, Any]
) -> None:
    author = client_as("author")
    items, job = pull(author, workspace_dir, statuses=["pending"])
    assert submitted["author"]["id"] in {i.post_id for i in items}
    assert submitted["contributor"]["id"] not in {i.post_id for i in items}
    items, job = pull(author, workspace_dir, submitted["contributor"]["id"])
    assert items == [] and "may not read post" in job.failures[0] and "ask an Editor" in job.failures[0]
    with pytest.raises(errors.PermissionDenied, match="only their own"):
        pull(author, workspace_dir, author="test-contributor")


def test_a_contributor_asking_to_publish_is_told_to_submit_for_review_before_any_request(
    client_as: Any, workspace_dir: Path, submitted: dict[str, Any]
) -> None:
    contributor = client_as("contributor")
    [item], _ = pull(contributor, workspace_dir, submitted["contributor"]["id"])
    save_account(workspace_dir, "test", AccountInfo.from_me(contributor.me()))
    index = item.bundle / "index.md"
    index.write_text(index.read_text() + "\nOne more line.\n")
    with pytest.raises(RoleCannotDoThis, match="Submit for review"):
        publish(contributor, workspace_dir, item.bundle, status="publish")
    result = publish(contributor, workspace_dir, item.bundle, status="pending")  # the pulled images are on the site
    assert result.status == "pending" and result.uploaded == []


def test_a_contributor_with_new_images_is_told_the_role_cannot_upload_them(
    client_as: Any, workspace_dir: Path, submitted: dict[str, Any]
) -> None:
    from pull_helpers import jpeg

    contributor = client_as("contributor")
    [item], _ = pull(contributor, workspace_dir, submitted["contributor"]["id"])
    save_account(workspace_dir, "test", AccountInfo.from_me(contributor.me()))
    (item.bundle / "new.jpg").write_bytes(jpeg((1, 2, 3)))
    index = item.bundle / "index.md"
    index.write_text(index.read_text() + "\n![A new photo of the march](new.jpg)\n")
    with pytest.raises(RoleCannotDoThis, match=r"cannot upload images.*new\.jpg"):
        publish(contributor, workspace_dir, item.bundle, status="pending")


def test_pulling_resumes_after_a_cancel(client_as: Any, workspace_dir: Path, submitted: dict[str, Any]) -> None:
    from sr_editor.publish.sync.pull import PullJob, PullOptions

    editor = client_as("editor")
    ids = [submitted["author"]["id"], submitted["contributor"]["id"]]
    job = PullJob(editor, "test", ArticleStore(workspace_dir), None, PullOptions(ids=ids),
                  progress=lambda _m, done, _t: job.cancel() if done == 1 else None)
    with pytest.raises(errors.PublishCancelled):
        job.run()
    assert [i.outcome for i in job.items] == ["created"]
    items, _ = pull(editor, workspace_dir, *ids)
    assert [i.outcome for i in items] == ["unchanged", "created"]


def test_keeping_the_site_version_replaces_the_article_and_keeps_the_local_one_in_history(
    client_as: Any, workspace_dir: Path, submitted: dict[str, Any]
) -> None:
    from sr_editor.publish.sync.site_review import pull_one

    editor, admin = client_as("editor"), client_as("administrator")
    post_id = submitted["author"]["id"]
    [item], _ = pull(editor, workspace_dir, post_id)
    index = item.bundle / "index.md"
    index.write_text(index.read_text() + "\nMy local paragraph.\n")
    time.sleep(1.1)  # modified_gmt has 1-second resolution: a site edit in the same second is not seen
    admin.post(f"/wp/v2/posts/{post_id}", {"title": "The site's headline"}, op=Operation.UPDATE_POST)
    kept = pull_one(editor, "test", ArticleStore(workspace_dir), post_id, take_site=True)
    article, _ = read_article_file(index)
    assert kept.bundle == item.bundle and article.title == "The site's headline"
    assert "My local paragraph." not in article.body
    history = ArticleStore(workspace_dir).history
    assert history is not None
    assert any("My local paragraph." in history.read(item.bundle, v.id).decode() for v in history.versions(item.bundle))
    assert publish(editor, workspace_dir, item.bundle).nothing_to_send


def test_cli_pull_prints_one_line_per_post_and_json(
    wordpress: wpsite.WordPressSite, submitted: dict[str, Any], workspace_dir: Path, capsys: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import json

    from publish_fakes import run_cli

    from sr_editor.cli import publish as cli_publish
    from sr_editor.publish.wordpress.credentials import MemoryCredentialStore

    store = MemoryCredentialStore()
    monkeypatch.setattr(cli_publish, "credential_store", lambda: (store, None))
    editor = wordpress.user("editor")
    run_cli(capsys, monkeypatch, "site", "add", "local", "--url", wordpress.url, "--user", editor.login,
            stdin=editor.app_password + "\n")
    post_id = submitted["author"]["id"]
    ws = str(workspace_dir)
    code, out, err = run_cli(capsys, monkeypatch, "--workspace", ws, "pull", "--site", "local", str(post_id))
    assert code == 0, err
    [line] = out.splitlines()
    path, number, outcome = line.split(" ")
    assert (Path(path) / "index.md").is_file() and int(number) == post_id and outcome == "created"
    code, out, err = run_cli(capsys, monkeypatch, "--workspace", ws, "pull", "--site", "local", "--json",
                             str(post_id))
    assert code == 0 and json.loads(out)[0]["outcome"] == "unchanged" and "0 image(s) downloaded" in err
    code, _, err = run_cli(capsys, monkeypatch, "--workspace", ws, "check", path)
    assert code == 0, err


def _start_of_a_second() -> None:
    """Wait (under a second) until just after the clock turns, so an edit, a pull and another edit fit in one."""
    time.sleep(1.0 - time.time() % 1.0 + 0.01)


@pytest.mark.parametrize("listing", [False, True], ids=["by-id", "listing"])
def test_a_site_edit_in_the_same_second_as_the_last_pull_is_seen(
    client_as: Any, workspace_dir: Path, submitted: dict[str, Any], listing: bool,
) -> None:
    """`modified_gmt` has 1-second resolution: an edit in the second of the last pull keeps the recorded one."""
    editor, admin = client_as("editor"), client_as("administrator")
    post_id = submitted["author"]["id"]
    route = f"/wp/v2/posts/{post_id}"

    def pull_it() -> PullItem:  # with the terms kept by the first pull, so one pull fits in a second
        options = PullOptions(ids=[] if listing else [post_id], since=since)
        job = PullJob(editor, "test", ArticleStore(workspace_dir), terms.load_cache(workspace_dir, "test"), options)
        [item] = [i for i in job.run() if i.post_id == post_id]
        return item

    since = None
    bundle = pull_it().bundle
    since = datetime.now(UTC) - timedelta(minutes=5)  # a listing of the recent posts only
    for attempt in range(8):  # bounded: the edit, the pull and the second edit must share one second
        _start_of_a_second()
        admin.post(route, {"title": f"Before {attempt}"}, op=Operation.UPDATE_POST)
        pull_it()
        recorded = read_article_file(bundle / "index.md")[0].remote_for("test")["modified_gmt"]
        admin.post(route, {"title": f"Same second {attempt}"}, op=Operation.UPDATE_POST)
        if admin.get(route, {"context": "edit"})["modified_gmt"] == recorded:
            break
    else:
        pytest.fail("the site never answered an edit, a pull and an edit within one second (eight tries)")
    assert pull_it().outcome == "updated"
    assert read_article_file(bundle / "index.md")[0].title == f"Same second {attempt}"
    assert pull_it().outcome == "unchanged"
