"""The pull's index of the workspace (pull_index.py): kept between pulls, believed only while an article's file is
unchanged, and ignored when damaged."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from sr_editor.publish.sync import pull_index
from sr_editor.publish.sync.pull_index import PullIndex


def article(workspace: Path, name: str, post_id: object, modified: str = "2026-12-01T10:00:00") -> Path:
    bundle = workspace / name
    bundle.mkdir(parents=True)
    (bundle / "index.md").write_text(
        f"---\ntitle: {name}\nremote:\n  news:\n    post_id: {post_id}\n    modified_gmt: '{modified}'\n---\n\nText.\n")
    return bundle


def reads(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The article files PullIndex reads from now on."""
    seen: list[Path] = []
    original = pull_index.read_article_file

    def counting(path: Path, **kwargs: bool) -> object:
        seen.append(path)
        return original(path, **kwargs)

    monkeypatch.setattr(pull_index, "read_article_file", counting)
    return seen


def test_articles_are_found_by_post_id_with_their_recorded_time(tmp_path: Path) -> None:
    one, two = article(tmp_path, "one", 7), article(tmp_path, "two", 9, "2026-12-02T08:00:00")
    article(tmp_path, "mine", "null")  # never published to this site
    found = PullIndex(tmp_path, "news").read()
    assert found.bundles == {7: one, 9: two} and found.modified[9] == "2026-12-02T08:00:00"


def test_a_second_read_believes_the_kept_index_and_reads_only_articles_changed_since(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    article(tmp_path, "one", 7)
    two = article(tmp_path, "two", 9)
    PullIndex(tmp_path, "news").read().save()
    seen = reads(monkeypatch)
    index = two / "index.md"
    index.write_text(index.read_text().replace("'2026-12-01T10:00:00'", "'2026-12-03T10:00:00'"))
    found = PullIndex(tmp_path, "news").read()
    assert seen == [index] and found.modified == {7: "2026-12-01T10:00:00", 9: "2026-12-03T10:00:00"}


def test_what_the_pull_wrote_is_noted_so_the_next_read_needs_no_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    index = PullIndex(tmp_path, "news").read()
    bundle = article(tmp_path, "new", 12, "2026-12-05T00:00:00")
    index.note(bundle, 12, "2026-12-05T00:00:00")
    index.save()
    seen = reads(monkeypatch)
    assert PullIndex(tmp_path, "news").read().bundles == {12: bundle} and seen == []


@pytest.mark.parametrize("kept", [b"\x00garbage", b"[]", b'{"format": 99, "rows": {}}',
                                  b'{"format": 1, "rows": {"one": [1, 2, "7", "x"], "two": "row"}}',
                                  b'{"format": 1, "rows": {"one": [1, 2, -5, "x"]}}'])
def test_a_damaged_or_foreign_index_is_ignored_and_the_articles_are_read(tmp_path: Path, kept: bytes) -> None:
    one = article(tmp_path, "one", 7)
    path = tmp_path / ".sr-editor" / "sites" / "news" / pull_index.NAME
    path.parent.mkdir(parents=True)
    path.write_bytes(kept)
    assert PullIndex(tmp_path, "news").read().bundles == {7: one}


def test_a_row_whose_file_changed_is_not_believed_even_with_the_same_size(tmp_path: Path) -> None:
    one = article(tmp_path, "one", 7)
    index = PullIndex(tmp_path, "news").read()
    index.save()
    rows = json.loads(index.path.read_text())["rows"]
    rows["one"][2] = 8  # the kept row now lies about the post id
    rows["one"][0] -= 1  # but it was made for another version of the file
    index.path.write_text(json.dumps({"format": 1, "rows": rows}))
    assert PullIndex(tmp_path, "news").read().bundles == {7: one}
    os.utime(one / "index.md")
    assert PullIndex(tmp_path, "news").read().bundles == {7: one}
