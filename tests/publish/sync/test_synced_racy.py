"""Racy records: posts read or written in the second they were modified keep a fingerprint of their content, so an
edit later in that second (same `modified_gmt`) is still seen by pull and publish."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sr_editor.publish.sync import synced

POST: dict[str, Any] = {"id": 7, "modified_gmt": "2026-01-01T10:00:00", "title": {"raw": "T"},
                        "excerpt": {"raw": "E"}, "content": {"raw": "<p>C</p>"}, "status": "publish", "slug": "t",
                        "date_gmt": "2026-01-01T09:00:00", "author": 3, "categories": [4], "tags": [5],
                        "featured_media": 9}


def test_a_read_in_the_modified_second_is_racy_and_a_later_one_is_not() -> None:
    assert synced.read_in_modified_second("Thu, 01 Jan 2026 10:00:00 GMT", "2026-01-01T10:00:00")
    assert not synced.read_in_modified_second("Thu, 01 Jan 2026 10:00:01 GMT", "2026-01-01T10:00:00")
    assert synced.read_in_modified_second("", "2026-01-01T10:00:00")  # unknown: careful


def test_an_edit_in_the_recorded_second_is_seen_and_a_term_or_media_deletion_is_not(tmp_path: Path) -> None:
    synced.remember_racy(tmp_path, "s", POST, racy=True)
    assert not synced.edited_in_same_second(tmp_path, "s", POST)
    assert synced.edited_in_same_second(tmp_path, "s", {**POST, "content": {"raw": "<p>Edited</p>"}})
    assert not synced.edited_in_same_second(tmp_path, "s", {**POST, "categories": [], "featured_media": 0})
    assert not synced.edited_in_same_second(tmp_path, "s", {**POST, "modified_gmt": "2026-01-01T10:00:05",
                                                            "content": {"raw": "<p>Later</p>"}})


def test_records_of_two_programs_are_both_kept_and_a_later_read_drops_one(tmp_path: Path) -> None:
    synced.update_racy(tmp_path, "s", {1: ("2026-01-01T10:00:00", "a")}, set())
    synced.update_racy(tmp_path, "s", {2: ("2026-01-01T10:00:00", "b")}, set())  # another program, meanwhile
    assert set(synced.load_racy(tmp_path, "s")) == {1, 2}
    synced.remember_racy(tmp_path, "s", {"id": 1}, racy=False)
    assert set(synced.load_racy(tmp_path, "s")) == {2}


def test_a_damaged_racy_file_is_ignored(tmp_path: Path) -> None:
    synced.racy_path(tmp_path, "s").parent.mkdir(parents=True)
    synced.racy_path(tmp_path, "s").write_text('{"7": [1, 2], "x": ["a", "b"], "8": ["m", "f"]}')
    assert synced.load_racy(tmp_path, "s") == {8: ("m", "f")}
