"""Recovery snapshots: unsaved text per article, listed after a crash, discarded after a save."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from sr_editor.core.storage.recovery import RecoveryStore


@pytest.fixture
def recovery(tmp_path: Path) -> RecoveryStore:
    return RecoveryStore(tmp_path / "ws" / ".sr-editor" / "recovery")


def test_a_stored_snapshot_is_returned_whole(recovery: RecoveryStore, tmp_path: Path) -> None:
    bundle = tmp_path / "ws" / "story"
    text = "---\ntitle: Piñera\n---\nUnsaved\r\nwords  \n"
    recovery.store(bundle, text, "abc", now=1000.0)
    snap = recovery.get(bundle)
    assert snap is not None
    assert (snap.bundle, snap.text, snap.base_hash, snap.saved_at) == (bundle.absolute(), text, "abc", 1000.0)


def test_storing_again_replaces_the_previous_snapshot(recovery: RecoveryStore, tmp_path: Path) -> None:
    bundle = tmp_path / "story"
    recovery.store(bundle, "one", None)
    recovery.store(bundle, "two", None)
    assert [s.text for s in recovery.list()] == ["two"]


def test_list_returns_every_article_newest_first(recovery: RecoveryStore, tmp_path: Path) -> None:
    recovery.store(tmp_path / "a", "a", None, now=1.0)
    recovery.store(tmp_path / "b", "b", None, now=3.0)
    recovery.store(tmp_path / "c", "c", None, now=2.0)
    assert [s.text for s in recovery.list()] == ["b", "c", "a"]


def test_bundles_with_the_same_name_in_different_folders_do_not_collide(
    recovery: RecoveryStore, tmp_path: Path
) -> None:
    recovery.store(tmp_path / "one" / "story", "first", None)
    recovery.store(tmp_path / "two" / "story", "second", None)
    assert sorted(s.text for s in recovery.list()) == ["first", "second"]


def test_discard_removes_the_snapshot_and_tolerates_none(recovery: RecoveryStore, tmp_path: Path) -> None:
    bundle = tmp_path / "story"
    recovery.store(bundle, "x", None)
    recovery.discard(bundle)
    recovery.discard(bundle)
    assert recovery.get(bundle) is None and recovery.list() == []


def test_list_of_a_missing_folder_is_empty(recovery: RecoveryStore) -> None:
    assert recovery.list() == []


def test_a_corrupt_snapshot_is_skipped_and_kept(recovery: RecoveryStore, tmp_path: Path) -> None:
    recovery.store(tmp_path / "good", "good", None)
    bad = recovery.dir / "bad-0000.json"
    bad.write_bytes(b"{not json")
    assert [s.text for s in recovery.list()] == ["good"]
    assert bad.exists()


def test_a_failed_write_keeps_the_previous_snapshot(
    recovery: RecoveryStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundle = tmp_path / "story"
    recovery.store(bundle, "safe", None)

    def full(fd: int, data: object) -> int:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "write", full)
    with pytest.raises(OSError):
        recovery.store(bundle, "lost", None)
    monkeypatch.undo()
    snap = recovery.get(bundle)
    assert snap is not None and snap.text == "safe"
    assert [p.name for p in recovery.dir.iterdir()] == [snap.path.name]


def test_a_snapshot_follows_a_renamed_bundle(recovery: RecoveryStore, tmp_path: Path) -> None:
    recovery.store(tmp_path / "old", "text", "h", now=5.0)
    recovery.move(tmp_path / "old", tmp_path / "new")
    snap = recovery.get(tmp_path / "new")
    assert recovery.get(tmp_path / "old") is None
    assert snap is not None and (snap.text, snap.base_hash, snap.saved_at) == ("text", "h", 5.0)


def _stale(path: Path, data: bytes = b"{\"format\": 1, \"text\": \"half") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    past = os.path.getmtime(path) - 3600
    os.utime(path, (past, past))
    return path


def test_snapshot_temp_files_left_by_a_killed_write_are_removed_when_listing_on_start(tmp_path: Path) -> None:
    recovery = RecoveryStore(tmp_path / "recovery")
    bundle = tmp_path / "story"
    recovery.store(bundle, "unsaved", None)
    name = recovery.snapshot_path(bundle).name
    stale = [_stale(tmp_path / "recovery" / f".{name}.{n}.1.sr-tmp") for n in range(5)]
    fresh = tmp_path / "recovery" / f".{name}.99.2.sr-tmp"
    fresh.write_bytes(b"being written now")
    assert [s.text for s in recovery.list()] == ["unsaved"]
    assert not any(p.exists() for p in stale)
    assert fresh.exists()  # may belong to a write in progress


def test_every_state_folder_is_cleaned_of_old_temp_files_but_not_the_trash(tmp_path: Path) -> None:
    from sr_editor.core.storage.atomicfile import remove_stale_state_temp_files

    state = tmp_path / ".sr-editor"
    leftovers = [
        _stale(state / ".index.json.1.2.sr-tmp"),
        _stale(state / "recovery" / ".story-ab.json.1.2.sr-tmp"),
        _stale(state / "history" / "story" / ".20260101T000000.000000Z~save.md.1.2.sr-tmp"),
        _stale(state / "sites" / "production" / ".terms.json.1.2.sr-tmp"),
    ]
    trashed = _stale(state / "trash" / "20260101-000000-story" / ".index.md.1.2.sr-tmp")
    kept = _stale(state / "history" / "story" / "20260101T000000.000000Z~save.md", b"a version")
    removed = remove_stale_state_temp_files(state)
    assert sorted(removed) == sorted(leftovers)
    assert trashed.exists() and kept.exists()
