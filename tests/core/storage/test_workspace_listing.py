"""A listing without checks reads only each article's front matter; the checks read the body and report it."""

from __future__ import annotations

import gc
import os
import time
from pathlib import Path

import pytest

from sr_editor.core.article import frontmatter
from sr_editor.core.article.article import Article
from sr_editor.core.article.summary import UNCHECKED, ArticleSummary
from sr_editor.core.checks.lint import Problem, Severity
from sr_editor.core.storage import workspace_checks
from sr_editor.core.storage.index_cache import ROW_LENGTH
from sr_editor.core.storage.workspace import Workspace


def checker(article: Article, bundle: Path) -> list[Problem]:
    return [] if "fine" in article.body else [Problem("body", Severity.WARNING, "The body is not fine.")]


def age(root: Path) -> None:
    """Move mtimes a minute into the past: entries younger than two seconds are never trusted to the cache."""
    past = time.time() - 60
    for item in [root, *root.rglob("*")]:
        os.utime(item, (past, past))


def write(root: Path, slug: str, data: bytes) -> Path:
    bundle = root / slug
    bundle.mkdir(parents=True)
    (bundle / "index.md").write_bytes(data)
    return bundle


def test_a_listing_without_checks_never_reads_a_body(workspace_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(workspace_dir, "story", b"---\ntitle: Story\n---\n" + b"fine text\n" * 50_000)
    read_sizes: list[int] = []
    real_open = open

    class Counting:
        def __init__(self, path: str, mode: str) -> None:
            self.file = real_open(path, mode)

        def __enter__(self) -> Counting:
            return self

        def __exit__(self, *_: object) -> None:
            self.file.close()

        def read(self, size: int = -1) -> bytes:
            data: bytes = self.file.read(size)
            read_sizes.append(len(data))
            return data

    monkeypatch.setattr(frontmatter, "open", Counting, raising=False)
    monkeypatch.setattr(frontmatter, "read_article_file", lambda *_a, **_k: pytest.fail("read the whole file"))
    [row] = Workspace(workspace_dir, checker=checker).list_articles(check=False)
    assert (row.title, row.errors) == ("Story", UNCHECKED)
    assert sum(read_sizes) < 20_000  # the first read; the file is 500,000 bytes


def test_a_body_broken_after_the_front_matter_is_reported_by_the_checks(workspace_dir: Path) -> None:
    write(workspace_dir, "binary", b"---\ntitle: Binary\n---\nfine\n\x00\x01\x02")
    write(workspace_dir, "good", b"---\ntitle: Good\n---\nfine\n")
    workspace = Workspace(workspace_dir, checker=checker)
    listed = workspace.list_articles(check=False)
    assert [(row.title, row.broken) for row in listed] == [("Binary", None), ("Good", None)]
    checked: list[ArticleSummary] = []
    workspace.check_articles(listed, checked.extend)
    broken, good = sorted(checked, key=lambda row: row.slug)  # checked newest first: "good" was written last
    assert broken.broken == "line 5: the file contains binary data (a NUL byte), not text"
    assert (broken.title, good.broken, good.warnings) == ("", None, 0)
    assert [row.broken for row in Workspace(workspace_dir, checker=checker).list_articles()] == [broken.broken, None]


def test_a_linked_article_is_still_refused_when_only_its_front_matter_is_read(
        workspace_dir: Path, tmp_path: Path) -> None:
    outside = write(tmp_path / "elsewhere", "secret", b"---\ntitle: Secret\n---\n")
    os.symlink(outside, workspace_dir / "linked")
    [row] = Workspace(workspace_dir, checker=checker).list_articles(check=False)
    assert row.title == "" and row.broken is not None and "outside the workspace" in row.broken


def test_the_checks_start_with_the_newest_articles_the_rows_the_list_opens_on(workspace_dir: Path) -> None:
    for age_days, slug in ((3, "a-old"), (1, "b-newest"), (2, "c-middle")):
        bundle = write(workspace_dir, slug, b"---\ntitle: T\n---\nfine\n")
        past = time.time() - age_days * 86400
        os.utime(bundle / "index.md", (past, past))
    workspace = Workspace(workspace_dir, checker=checker)
    batches: list[list[str]] = []
    workspace.check_articles(workspace.list_articles(check=False), lambda b: batches.append([s.slug for s in b]),
                             batch_size=1)
    assert batches == [["b-newest"], ["c-middle"], ["a-old"]]


def test_the_counts_reach_the_cache_on_disk_while_the_checks_still_run(
        workspace_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workspace_checks, "SAVE_EVERY_ARTICLES", 1)
    for slug in ("a", "b", "c"):
        write(workspace_dir, slug, b"---\ntitle: T\n---\nnot yet\n")
    age(workspace_dir)
    workspace = Workspace(workspace_dir, checker=checker)
    on_disk: list[list[int]] = []

    def batch(done: list[ArticleSummary]) -> None:  # what a window killed at this moment leaves for the next start
        on_disk.append(sorted(row[10] for row in workspace.cache.load().values()))

    workspace.check_articles(workspace.list_articles(check=False), batch, batch_size=1, save_every=0)
    assert on_disk == [[UNCHECKED, UNCHECKED, 1], [UNCHECKED, 1, 1], [1, 1, 1]]


def test_the_cache_is_not_rewritten_for_every_few_articles_checked(
        workspace_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workspace_checks, "SAVE_EVERY_ARTICLES", 2)
    for slug in ("a", "b", "c", "d", "e"):
        write(workspace_dir, slug, b"---\ntitle: T\n---\nnot yet\n")
    age(workspace_dir)
    workspace = Workspace(workspace_dir, checker=checker)
    listed = workspace.list_articles(check=False)
    saves: list[int] = []
    real_save = workspace.cache.save
    monkeypatch.setattr(workspace.cache, "save", lambda rows, pause: saves.append(1) or real_save(rows, pause))
    workspace.check_articles(listed, lambda done: None, batch_size=1, save_every=0)
    assert len(saves) == 3  # after the 2nd and the 4th article, and at the end


def listed_twice(root: Path) -> list[ArticleSummary]:
    """Three articles in one region with one tag, listed from the cache (the way a window starts)."""
    for slug in ("ana", "ben", "cal"):
        write(root, slug, f"---\ntitle: {slug}\nstatus: draft\nregions: [Africa]\ntags: [Kenya]\n---\nfine\n".encode())
    age(root)
    Workspace(root, checker=checker).list_articles()
    return Workspace(root, checker=checker).list_articles()


def test_listed_articles_share_one_status_and_one_tuple_of_regions_and_of_tags(workspace_dir: Path) -> None:
    first, *others = listed_twice(workspace_dir)
    assert first.regions == ("Africa",) and first.tags == ("Kenya",)
    for other in others:
        assert other.status is first.status
        assert other.regions is first.regions
        assert other.tags is first.tags


def test_listed_articles_keep_the_workspace_folder_once_and_their_folder_name(workspace_dir: Path) -> None:
    summaries = listed_twice(workspace_dir)
    assert [s.bundle for s in summaries] == [workspace_dir / slug for slug in ("ana", "ben", "cal")]
    assert all(s.workspace is summaries[0].workspace for s in summaries)


def test_the_listing_keeps_none_of_the_cache_rows_once_it_has_returned(workspace_dir: Path) -> None:
    summaries = listed_twice(workspace_dir)
    gc.collect()
    rows = [o for o in gc.get_objects() if type(o) is list and len(o) == ROW_LENGTH and o[3] in ("ana", "ben", "cal")]
    assert len(summaries) == 3
    assert rows == []
