"""ArticleStore: hash-guarded atomic saves, history on every save, and no damage when the disk fails."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from sr_editor.core.article.article import Article
from sr_editor.core.article.frontmatter import MAX_ARTICLE_BYTES
from sr_editor.core.digest import sha256_hex
from sr_editor.core.errors import (
    ArticleNotFoundError,
    ArticleTooLargeError,
    ArticleWriteError,
    ExternalChangeError,
)
from sr_editor.core.storage.atomicfile import is_temp_file
from sr_editor.core.storage.history import LocalHistory
from sr_editor.core.storage.store import ArticleStore, resolve_bundle


@pytest.fixture
def store(workspace_dir: Path) -> ArticleStore:
    return ArticleStore(workspace_dir, history=LocalHistory(workspace_dir / ".sr-editor" / "history"))


@pytest.fixture
def saved(store: ArticleStore, workspace_dir: Path) -> tuple[Path, str]:
    bundle = workspace_dir / "story"
    bundle.mkdir()
    return bundle, store.save(bundle, Article(meta={"title": "Old"}, body="old body\n"), None)


def leftovers(folder: Path) -> list[str]:
    return [name for name in os.listdir(folder) if is_temp_file(name)]


def test_save_then_load_returns_the_article_and_the_hash_of_its_bytes(
    store: ArticleStore, saved: tuple[Path, str]
) -> None:
    bundle, digest = saved
    loaded = store.load(bundle)
    assert loaded.article == Article(meta={"title": "Old"}, body="old body\n")
    assert loaded.disk_hash == digest == sha256_hex((bundle / "index.md").read_bytes())
    assert store.disk_hash(bundle) == digest


def test_save_refuses_when_the_file_changed_on_disk(store: ArticleStore, saved: tuple[Path, str]) -> None:
    bundle, digest = saved
    (bundle / "index.md").write_text("---\ntitle: Theirs\n---\n", encoding="utf-8")
    with pytest.raises(ExternalChangeError) as info:
        store.save(bundle, Article(meta={"title": "Mine"}), digest)
    assert str(bundle / "index.md") in str(info.value)
    assert "Theirs" in (bundle / "index.md").read_text(encoding="utf-8")


def test_save_with_no_expected_hash_refuses_to_overwrite_an_existing_file(
    store: ArticleStore, saved: tuple[Path, str]
) -> None:
    with pytest.raises(ExternalChangeError):
        store.save(saved[0], Article(meta={"title": "New"}), None)


def test_save_expecting_a_file_that_was_deleted_refuses(store: ArticleStore, saved: tuple[Path, str]) -> None:
    bundle, digest = saved
    (bundle / "index.md").unlink()
    with pytest.raises(ExternalChangeError):
        store.save(bundle, Article(meta={"title": "New"}), digest)


def test_each_save_keeps_the_previous_version_in_history(store: ArticleStore, saved: tuple[Path, str]) -> None:
    bundle, digest = saved
    before = (bundle / "index.md").read_bytes()
    store.save(bundle, Article(meta={"title": "New"}, body="new\n"), digest, reason="autosave")
    assert store.history is not None
    versions = store.history.versions(bundle)
    assert [v.reason for v in versions] == ["autosave"]
    assert store.history.read(bundle, versions[0].id) == before


def test_saving_identical_text_writes_nothing_and_keeps_no_history(
    store: ArticleStore, saved: tuple[Path, str]
) -> None:
    bundle, digest = saved
    mtime = (bundle / "index.md").stat().st_mtime_ns
    assert store.save(bundle, store.load(bundle).article, digest) == digest
    assert (bundle / "index.md").stat().st_mtime_ns == mtime
    assert store.history is not None and store.history.versions(bundle) == []


def test_save_updates_the_raw_front_so_the_next_save_keeps_it_verbatim(
    store: ArticleStore, saved: tuple[Path, str]
) -> None:
    bundle, digest = saved
    article = store.load(bundle).article
    article.meta["extra"] = 1
    store.save(bundle, article, digest)
    assert article.raw_meta == article.meta and article.raw_front is not None


def test_a_new_file_gets_ordinary_permissions(store: ArticleStore, saved: tuple[Path, str]) -> None:
    mode = (saved[0] / "index.md").stat().st_mode & 0o777
    assert mode & 0o600 == 0o600 and not mode & 0o111


def test_an_existing_files_permissions_are_kept(store: ArticleStore, saved: tuple[Path, str]) -> None:
    bundle, digest = saved
    os.chmod(bundle / "index.md", 0o600)
    store.save(bundle, Article(meta={"title": "New"}), digest)
    assert (bundle / "index.md").stat().st_mode & 0o777 == 0o600


def test_an_article_over_the_size_limit_is_not_written(store: ArticleStore, saved: tuple[Path, str]) -> None:
    bundle, digest = saved
    with pytest.raises(ArticleTooLargeError):
        store.save(bundle, Article(meta={"title": "Big"}, body="x" * MAX_ARTICLE_BYTES), digest)
    assert store.disk_hash(bundle) == digest


def test_unwritable_metadata_is_reported_naming_the_file(store: ArticleStore, saved: tuple[Path, str]) -> None:
    bundle, digest = saved
    with pytest.raises(ArticleWriteError) as info:
        store.save(bundle, Article(meta={"odd": object()}), digest)
    assert str(bundle / "index.md") in str(info.value)


# ----- the disk fails during a save ---------------------------------------------------------------------
def _assert_untouched(bundle: Path, digest: str) -> None:
    assert sha256_hex((bundle / "index.md").read_bytes()) == digest
    assert leftovers(bundle) == []


def test_disk_full_while_writing_leaves_the_old_file_and_no_temp_file(
    store: ArticleStore, saved: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    bundle, digest = saved

    def full(fd: int, data: object) -> int:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "write", full)
    with pytest.raises(ArticleWriteError) as info:
        store.save(bundle, Article(meta={"title": "New"}), digest)
    assert "No space left" in str(info.value) and str(bundle / "index.md") in str(info.value)
    monkeypatch.undo()
    _assert_untouched(bundle, digest)


def test_a_failing_fsync_leaves_the_old_file_and_no_temp_file(
    store: ArticleStore, saved: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    bundle, digest = saved

    def broken_fsync(fd: int) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(ArticleWriteError):
        store.save(bundle, Article(meta={"title": "New"}), digest)
    monkeypatch.undo()
    _assert_untouched(bundle, digest)


def test_a_failing_replace_leaves_the_old_file_and_no_temp_file(
    store: ArticleStore, saved: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    bundle, digest = saved

    def broken_replace(src: object, dst: object) -> None:
        raise OSError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(ArticleWriteError):
        store.save(bundle, Article(meta={"title": "New"}), digest)
    monkeypatch.undo()
    _assert_untouched(bundle, digest)


def test_a_read_only_folder_is_reported_and_nothing_changes(
    store: ArticleStore, saved: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    bundle, digest = saved
    real_open = os.open

    def refuse_create(path: object, flags: int, mode: int = 0o777) -> int:
        if flags & os.O_CREAT:
            raise OSError(30, "Read-only file system")
        return real_open(path, flags, mode)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", refuse_create)
    with pytest.raises(ArticleWriteError):
        store.save(bundle, Article(meta={"title": "New"}), digest)
    monkeypatch.undo()
    _assert_untouched(bundle, digest)


def test_a_failing_folder_fsync_after_the_replace_still_counts_as_saved(
    store: ArticleStore, saved: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    bundle, digest = saved
    real_fsync = os.fsync
    calls: list[int] = []

    def fsync_fails_on_folder(fd: int) -> None:
        calls.append(fd)
        if len(calls) > 1:
            raise OSError(22, "Invalid argument")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync_fails_on_folder)
    new = store.save(bundle, Article(meta={"title": "New"}), digest)
    monkeypatch.undo()
    assert store.disk_hash(bundle) == new and len(calls) == 2


def test_a_history_failure_does_not_stop_the_save(
    store: ArticleStore, saved: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    bundle, digest = saved

    def no_history(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    assert store.history is not None
    monkeypatch.setattr(store.history, "record", no_history)
    new = store.save(bundle, Article(meta={"title": "New"}), digest)
    assert store.disk_hash(bundle) == new


# ----- temp files and paths -----------------------------------------------------------------------------
def test_load_removes_old_temp_files_left_by_a_crash_but_not_fresh_ones(
    store: ArticleStore, saved: tuple[Path, str]
) -> None:
    bundle, _ = saved
    old = bundle / ".index.md.123.1.sr-tmp"
    fresh = bundle / ".index.md.123.2.sr-tmp"
    for path in (old, fresh):
        path.write_bytes(b"partial")
    past = time.time() - 3600
    os.utime(old, (past, past))
    store.load(bundle)
    assert not old.exists() and fresh.exists()


def test_resolve_accepts_the_folder_or_its_index_file(saved: tuple[Path, str]) -> None:
    bundle, _ = saved
    assert resolve_bundle(bundle) == bundle
    assert resolve_bundle(bundle / "index.md") == bundle


def test_resolve_names_a_path_that_is_no_article(workspace_dir: Path) -> None:
    with pytest.raises(ArticleNotFoundError) as info:
        resolve_bundle(workspace_dir / "nothing")
    assert str(workspace_dir / "nothing") in str(info.value)


def test_a_plain_store_keeps_history_in_the_workspace_state_folder(workspace_dir: Path) -> None:
    store = ArticleStore(workspace_dir)
    bundle = workspace_dir / "story"
    bundle.mkdir()
    first = store.save(bundle, Article(meta={"title": "One"}), None)
    store.save(bundle, Article(meta={"title": "Two"}), first)
    assert len(LocalHistory(workspace_dir / ".sr-editor" / "history").versions(bundle)) == 1


def test_history_can_be_switched_off(workspace_dir: Path) -> None:
    store = ArticleStore(workspace_dir, keep_history=False)
    bundle = workspace_dir / "story"
    bundle.mkdir()
    store.save(bundle, Article(meta={"title": "Two"}), store.save(bundle, Article(meta={"title": "One"}), None))
    assert not (workspace_dir / ".sr-editor" / "history").exists()
