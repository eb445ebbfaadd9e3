"""Local history: versions newest first, bounded by the documented policy, restore is an undoable save."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from sr_editor.core.article.article import Article
from sr_editor.core.storage.history import HistoryPolicy, HistoryVersionNotFoundError, LocalHistory
from sr_editor.core.storage.store import ArticleStore

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)


@pytest.fixture
def history(tmp_path: Path) -> LocalHistory:
    return LocalHistory(tmp_path / "history")


@pytest.fixture
def bundle(workspace_dir: Path) -> Path:
    path = workspace_dir / "story"
    path.mkdir()
    return path


def test_versions_are_listed_newest_first_with_time_reason_and_size(history: LocalHistory, bundle: Path) -> None:
    history.record(bundle, b"one", "save", now=NOW)
    history.record(bundle, b"three", "autosave", now=NOW + timedelta(minutes=2))
    versions = history.versions(bundle)
    assert [(v.reason, v.size, v.time) for v in versions] == [
        ("autosave", 5, NOW + timedelta(minutes=2)), ("save", 3, NOW),
    ]
    assert history.read(bundle, versions[1].id) == b"one"


def test_two_versions_in_the_same_instant_are_both_kept_in_order(history: LocalHistory, bundle: Path) -> None:
    history.record(bundle, b"first", "rename", now=NOW)
    history.record(bundle, b"second", "rename", now=NOW)
    assert [history.read(bundle, v.id) for v in history.versions(bundle)] == [b"second", b"first"]


def test_recording_the_same_bytes_as_the_newest_version_is_skipped(history: LocalHistory, bundle: Path) -> None:
    assert history.record(bundle, b"same", now=NOW) is not None
    assert history.record(bundle, b"same", "restore", now=NOW + timedelta(minutes=5)) is None
    assert len(history.versions(bundle)) == 1


def test_typing_saves_within_a_minute_of_the_newest_version_record_nothing(
    history: LocalHistory, bundle: Path
) -> None:
    history.record(bundle, b"one", "autosave", now=NOW)
    assert history.record(bundle, b"two", "autosave", now=NOW + timedelta(seconds=30)) is None
    assert history.record(bundle, b"three", "save", now=NOW + timedelta(seconds=59)) is None
    assert history.record(bundle, b"four", "restore", now=NOW + timedelta(seconds=59)) is not None
    assert history.record(bundle, b"five", "autosave", now=NOW + timedelta(seconds=61)) is not None
    assert [history.read(bundle, v.id) for v in history.versions(bundle)] == [b"five", b"four", b"one"]


def test_reasons_become_safe_file_name_tags(history: LocalHistory, bundle: Path) -> None:
    history.record(bundle, b"x", "Before Restore/../..", now=NOW)
    assert history.versions(bundle)[0].reason == "before-restore"


def test_reading_an_unknown_or_malicious_id_is_a_clear_error(history: LocalHistory, bundle: Path) -> None:
    for bad in ("20260101T000000.000000Z~save.md", "../../etc/passwd"):
        with pytest.raises(HistoryVersionNotFoundError):
            history.read(bundle, bad)


def test_the_newest_50_versions_are_always_kept(history: LocalHistory, bundle: Path) -> None:
    for i in range(60):
        history.record(bundle, f"v{i}".encode(), now=NOW + timedelta(minutes=i))
    versions = history.versions(bundle)
    kept = [history.read(bundle, v.id) for v in versions]
    assert kept[:50] == [f"v{i}".encode() for i in range(59, 9, -1)]
    # The 10 older ones were all on the same day: only the newest of them survives.
    assert kept[50:] == [b"v9"]


def test_beyond_50_one_version_per_day_is_kept_for_30_days(history: LocalHistory, bundle: Path) -> None:
    start = NOW - timedelta(days=40)
    for day in range(40):
        for hour in (9, 15):
            when = start + timedelta(days=day, hours=hour - 12)
            history.record(bundle, f"d{day}h{hour}".encode(), now=when)
    for i in range(50):
        history.record(bundle, f"today{i}".encode(), now=NOW + timedelta(minutes=i))
    old = [history.read(bundle, v.id) for v in history.versions(bundle)[50:]]
    # Days 10..39 are within 30 days of NOW; the afternoon version of each survives, older days are gone.
    assert old == [f"d{day}h15".encode() for day in range(39, 9, -1)]


def test_the_size_cap_drops_the_oldest_but_never_the_newest(bundle: Path, tmp_path: Path) -> None:
    history = LocalHistory(tmp_path / "h", HistoryPolicy(keep_last=50, keep_days=30, max_bytes=250))
    for i in range(5):
        history.record(bundle, bytes([65 + i]) * 100, now=NOW + timedelta(minutes=i))
    assert [v.size for v in history.versions(bundle)] == [100, 100]
    huge = LocalHistory(tmp_path / "h2", HistoryPolicy(max_bytes=10))
    huge.record(bundle, b"x" * 100, now=NOW)
    assert len(huge.versions(bundle)) == 1


def test_files_that_are_not_versions_are_ignored(history: LocalHistory, bundle: Path) -> None:
    history.record(bundle, b"x", now=NOW)
    (history.folder(bundle) / "notes.txt").write_text("mine")
    assert len(history.versions(bundle)) == 1


def test_restore_saves_the_old_text_and_keeps_the_current_one_in_history(workspace_dir: Path, bundle: Path) -> None:
    history = LocalHistory(workspace_dir / ".sr-editor" / "history")
    store = ArticleStore(workspace_dir, history=history)
    first = store.save(bundle, Article(meta={"title": "First"}, body="one\n"), None)
    second = store.save(bundle, Article(meta={"title": "Second"}, body="two\n"), first)
    old_id = history.versions(bundle)[0].id
    restored = history.restore(store, bundle, old_id, second)
    assert store.load(bundle).article.title == "First" and store.disk_hash(bundle) == restored
    newest = history.versions(bundle)[0]
    assert newest.reason == "restore" and b"Second" in history.read(bundle, newest.id)


def test_restore_refuses_when_the_file_changed_since_it_was_loaded(workspace_dir: Path, bundle: Path) -> None:
    from sr_editor.core.errors import ExternalChangeError

    history = LocalHistory(workspace_dir / ".sr-editor" / "history")
    store = ArticleStore(workspace_dir, history=history)
    first = store.save(bundle, Article(meta={"title": "First"}), None)
    store.save(bundle, Article(meta={"title": "Second"}), first)
    with pytest.raises(ExternalChangeError):
        history.restore(store, bundle, history.versions(bundle)[0].id, first)


def test_history_follows_a_renamed_bundle(history: LocalHistory, bundle: Path) -> None:
    history.record(bundle, b"x", now=NOW)
    renamed = bundle.with_name("renamed")
    history.move(bundle, renamed)
    assert len(history.versions(renamed)) == 1 and history.versions(bundle) == []
