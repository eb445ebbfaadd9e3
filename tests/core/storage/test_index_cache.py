"""The listing cache: reused while files are unchanged, refreshed when they change, rebuilt when corrupt."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

import pytest

from sr_editor.core.article.article import Article
from sr_editor.core.checks.lint import Problem, Severity
from sr_editor.core.storage import index_cache
from sr_editor.core.storage.index_cache import IndexCache
from sr_editor.core.storage.workspace import Workspace


class CountingChecker:
    """Counts how many articles were checked, i.e. read instead of taken from the cache."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, article: Article, bundle: Path) -> list[Problem]:
        self.calls += 1
        missing = [] if (bundle / "photo.jpg").exists() else ["photo.jpg"]
        return [Problem("image-missing", Severity.ERROR, f"{m} is missing.") for m in missing]


def age(path: Path, seconds: float = 60.0) -> None:
    """Move mtimes into the past: entries younger than two seconds are deliberately not trusted."""
    past = time.time() - seconds
    for item in [path, *path.rglob("*")]:
        os.utime(item, (past, past))


@pytest.fixture
def ws(workspace_dir: Path) -> tuple[Workspace, CountingChecker]:
    for name in ("a", "b", "c"):
        (workspace_dir / name).mkdir()
        (workspace_dir / name / "index.md").write_text(f"---\ntitle: {name.upper()}\n---\n", encoding="utf-8")
    age(workspace_dir)
    checker = CountingChecker()
    return Workspace(workspace_dir, checker=checker), checker


def test_a_second_listing_reads_nothing(ws: tuple[Workspace, CountingChecker]) -> None:
    workspace, checker = ws
    first = workspace.list_articles()
    assert checker.calls == 3 and (workspace.state_dir / "index.json").exists()
    assert workspace.list_articles() == first
    assert checker.calls == 3


def test_a_fresh_workspace_object_uses_the_cache_on_disk(ws: tuple[Workspace, CountingChecker]) -> None:
    workspace, _ = ws
    workspace.list_articles()
    other = CountingChecker()
    Workspace(workspace.root, checker=other).list_articles()
    assert other.calls == 0


def test_an_edited_article_is_read_again(ws: tuple[Workspace, CountingChecker]) -> None:
    workspace, checker = ws
    workspace.list_articles()
    (workspace.root / "b" / "index.md").write_text("---\ntitle: Bee\n---\n", encoding="utf-8")
    age(workspace.root / "b")
    rows = {r.slug: r for r in workspace.list_articles()}
    assert rows["b"].title == "Bee" and checker.calls == 4


def test_adding_an_image_refreshes_the_problem_counts(ws: tuple[Workspace, CountingChecker]) -> None:
    workspace, _ = ws
    assert {r.slug: r.errors for r in workspace.list_articles()}["a"] == 1
    (workspace.root / "a" / "photo.jpg").write_bytes(b"jpeg")
    age(workspace.root / "a")
    assert {r.slug: r.errors for r in workspace.list_articles()}["a"] == 0


def test_added_and_removed_bundles_appear_and_disappear(ws: tuple[Workspace, CountingChecker]) -> None:
    workspace, _ = ws
    workspace.list_articles()
    workspace.trash(workspace.root / "a")
    workspace.create_article("D")
    assert [r.slug for r in workspace.list_articles()] == ["b", "c", "d"]
    cached = json.loads((workspace.state_dir / "index.json").read_text())["rows"]
    assert sorted(cached) == ["b", "c", "d"]


def test_a_just_modified_file_is_not_trusted_to_the_cache(ws: tuple[Workspace, CountingChecker]) -> None:
    workspace, checker = ws
    (workspace.root / "a" / "index.md").write_text("---\ntitle: New\n---\n", encoding="utf-8")
    workspace.list_articles()
    workspace.list_articles()
    assert checker.calls == 3 + 1  # a was read twice: same-size edits within the mtime granularity


def test_a_corrupt_cache_is_ignored_and_rebuilt(ws: tuple[Workspace, CountingChecker]) -> None:
    workspace, _ = ws
    expected = workspace.list_articles()
    for garbage in (b"{broken", b"[]", b'{"format": 1, "context": "x", "rows": []}', b"\xff\xfe"):
        (workspace.state_dir / "index.json").write_bytes(garbage)
        assert workspace.list_articles() == expected
    assert json.loads((workspace.state_dir / "index.json").read_text())["format"] == 1


def test_malformed_rows_are_read_again(ws: tuple[Workspace, CountingChecker]) -> None:
    workspace, checker = ws
    workspace.list_articles()
    path = workspace.state_dir / "index.json"
    data = json.loads(path.read_text())
    data["rows"]["a"] = ["short"]
    path.write_text(json.dumps(data))
    assert [r.title for r in workspace.list_articles()] == ["A", "B", "C"]
    assert checker.calls == 4


def test_listing_without_a_checker_does_not_reuse_the_counts(ws: tuple[Workspace, CountingChecker]) -> None:
    workspace, _ = ws
    workspace.list_articles()
    rows = Workspace(workspace.root).list_articles()
    assert [r.errors for r in rows] == [0, 0, 0]


def test_a_checker_with_another_id_does_not_reuse_the_counts(ws: tuple[Workspace, CountingChecker]) -> None:
    workspace, _ = ws
    workspace.list_articles()
    other = CountingChecker()
    Workspace(workspace.root, checker=other, checker_id="lint-v2").list_articles()
    assert other.calls == 3


def test_an_unwritable_cache_still_lists(
    ws: tuple[Workspace, CountingChecker], monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace, _ = ws

    def full(fd: int, data: object) -> int:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "write", full)
    assert len(workspace.list_articles()) == 3


def test_clear_removes_the_cache_file(tmp_path: Path) -> None:
    cache = IndexCache(tmp_path / "index.json", "ctx")
    row = [0, 0, 0, "T", "", "draft", [], [], 0.0, 0, 0, None]
    cache.save({"a": row})
    assert cache.load() == {"a": row}
    cache.clear()
    cache.clear()
    assert cache.load() == {}


@pytest.mark.parametrize(
    "bad",
    [
        [0, 0, 0, 5, "", "", [], [], 0.0, 0, 0, None],  # a title that is a number
        [0, 0, 0, "T", "", "", "Latin America", [], 0.0, 0, 0, None],  # regions as text
        [0, 0, 0, "T", "", "", [1], [], 0.0, 0, 0, None],
        [0, 0, 0, "T", "", "", [], [], "yesterday", 0, 0, None],
        [0, 0, 0, "T", "", "", [], [], 0.0, "2", 0, None],
        [0, 0, 0, "T", "", "", [], [], 0.0, 0, 0, 7],
        ["0", 0, 0, "T", "", "", [], [], 0.0, 0, 0, None],
        {"title": "T"},
    ],
)
def test_rows_of_the_wrong_types_are_discarded_not_a_crash(ws: tuple[Workspace, CountingChecker], bad: Any) -> None:
    workspace, _ = ws
    expected = workspace.list_articles()
    path = workspace.state_dir / "index.json"
    data = json.loads(path.read_text())
    if isinstance(bad, list):  # keep the real key so the row would be trusted if its types were not checked
        bad[:3] = data["rows"]["a"][:3] if isinstance(bad[0], int) else bad[:3]
    data["rows"]["a"] = bad
    path.write_text(json.dumps(data))
    assert workspace.list_articles() == expected


def test_an_oversized_cache_is_ignored_unread(
        ws: tuple[Workspace, CountingChecker], monkeypatch: pytest.MonkeyPatch) -> None:
    workspace, checker = ws
    workspace.list_articles()
    monkeypatch.setattr(index_cache, "MAX_CACHE_BYTES", workspace.cache.path.stat().st_size - 1)
    assert workspace.cache.load() == {}
    assert [row.title for row in workspace.list_articles()] == ["A", "B", "C"] and checker.calls == 6


def test_the_cache_is_written_in_slices_with_a_pause_between(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(index_cache, "SAVE_SLICE", 2)
    cache = IndexCache(tmp_path / "index.json", "ctx")
    rows: dict[str, Any] = {f"é{i}": [1, 2, 3, "T", "", "draft", [], [], 1.5, 0, 0, None] for i in range(5)}
    pauses: list[int] = []
    cache.save(rows, lambda: pauses.append(1))
    assert len(pauses) == 3 and cache.load() == rows
    assert json.loads(cache.path.read_text(encoding="utf-8")) == {"format": 1, "context": "ctx", "rows": rows}
