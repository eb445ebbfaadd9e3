"""Workspace: listing with problem counts, create, duplicate, rename, trash and restore."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from sr_editor.core.article.article import Article
from sr_editor.core.checks.lint import Problem, Severity
from sr_editor.core.errors import (
    ArticleExistsError,
    ArticleNotFoundError,
    ArticleWriteError,
    BrokenArticleError,
    WorkspaceOperationError,
)
from sr_editor.core.storage.workspace import Workspace


def fake_checker(article: Article, bundle: Path) -> list[Problem]:
    """One error when the title is missing, one warning per missing image file."""
    problems = [] if article.title else [Problem("title-missing", Severity.ERROR, "Add a title.")]
    for name in ("photo.jpg",):
        if name in article.body and not (bundle / name).exists():
            problems.append(Problem("image-missing", Severity.WARNING, f"{name} is missing.", image=name))
    return problems


def write(root: Path, slug: str, text: str) -> Path:
    bundle = root / slug
    bundle.mkdir(parents=True, exist_ok=True)
    (bundle / "index.md").write_text(text, encoding="utf-8")
    return bundle


@pytest.fixture
def ws(workspace_dir: Path) -> Workspace:
    return Workspace(workspace_dir, checker=fake_checker)


def test_list_reports_the_fields_of_each_article_with_old_status_words_read_as_wordpress_ones(ws: Workspace) -> None:
    bundle = write(ws.root, "story", "---\ntitle: Story\nexcerpt: Short\nstatus: review\n"
                   "regions: [Latin America]\ntags: [Haiti, Cuba]\n---\n![x](photo.jpg)\n")
    [row] = ws.list_articles()
    assert (row.bundle, row.slug, row.title, row.excerpt, row.status) == (bundle, "story", "Story", "Short", "pending")
    assert (row.regions, row.tags, row.errors, row.warnings, row.broken) == (
        ("Latin America",), ("Haiti", "Cuba"), 0, 1, None)
    assert row.updated == pytest.approx((bundle / "index.md").stat().st_mtime)


def test_without_a_checker_the_counts_are_zero(workspace_dir: Path) -> None:
    write(workspace_dir, "untitled", "---\nstatus: draft\n---\n")
    [row] = Workspace(workspace_dir).list_articles()
    assert (row.errors, row.warnings) == (0, 0)


def test_a_failing_checker_does_not_break_the_listing(workspace_dir: Path) -> None:
    def crash(article: Article, bundle: Path) -> list[Problem]:
        raise RuntimeError("bug in a rule")

    write(workspace_dir, "story", "---\ntitle: T\n---\n")
    [row] = Workspace(workspace_dir, checker=crash).list_articles()
    assert row.title == "T"


def test_hidden_folders_files_and_folders_without_index_are_not_articles(ws: Workspace) -> None:
    write(ws.root, "real", "---\ntitle: Real\n---\n")
    write(ws.root, ".hidden", "---\ntitle: Hidden\n---\n")
    (ws.root / "images-only").mkdir()
    (ws.root / "notes.md").write_text("---\ntitle: loose file\n---\n")
    assert [r.slug for r in ws.list_articles()] == ["real"]


def test_a_missing_workspace_lists_nothing(tmp_path: Path) -> None:
    assert Workspace(tmp_path / "nope").list_articles() == []


def test_create_writes_a_draft_under_a_unique_slug(ws: Workspace) -> None:
    first = ws.create_article("Haití: the Fight", regions=["Latin America"], tags=["Haiti"], author="ana")
    second = ws.create_article("Haití: the Fight")
    assert (first.name, second.name) == ("haiti-the-fight", "haiti-the-fight-2")
    article = ws.store.load(first).article
    assert (article.title, article.slug, article.status, article.author) == (
        "Haití: the Fight", "haiti-the-fight", "draft", "ana")
    assert (article.regions, article.tags) == (["Latin America"], ["Haiti"])
    assert "author" not in ws.store.load(second).article.meta


def test_create_does_not_take_a_slug_used_by_a_plain_folder(ws: Workspace) -> None:
    (ws.root / "story").mkdir()
    assert ws.create_article("Story").name == "story-2"


def test_a_failed_create_leaves_no_empty_folder(ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(fd: int, data: object) -> int:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "write", full)
    with pytest.raises(ArticleWriteError):
        ws.create_article("Story")
    monkeypatch.undo()
    assert not (ws.root / "story").exists()


def test_duplicate_copies_images_as_a_new_draft_without_remote_ids(ws: Workspace) -> None:
    bundle = write(ws.root, "story", "---\ntitle: Story\nslug: story\nstatus: published\n"
                   "remote:\n  production: {post_id: 12}\n---\nbody\n")
    (bundle / "photo.jpg").write_bytes(b"jpeg")
    copy = ws.duplicate(bundle)
    article = ws.store.load(copy).article
    assert copy.name == "story-copy" and (copy / "photo.jpg").read_bytes() == b"jpeg"
    assert (article.title, article.slug, article.status, article.body) == (
        "Story (copy)", "story-copy", "draft", "body\n")
    assert "remote" not in article.meta
    assert not [n for n in os.listdir(ws.root) if n.startswith(".") and n != ".sr-editor"]


def test_duplicate_of_a_broken_article_is_refused(ws: Workspace) -> None:
    bundle = write(ws.root, "broken", "---\ntitle: [x\n---\n")
    with pytest.raises(BrokenArticleError):
        ws.duplicate(bundle)
    assert sorted(os.listdir(ws.root)) == ["broken"]


def test_rename_moves_the_folder_and_updates_the_slug(ws: Workspace) -> None:
    bundle = ws.create_article("Old Name")
    ws.recovery.store(bundle, "unsaved", None)
    target = ws.rename(bundle, "New Name")
    assert target == ws.root / "new-name" and not bundle.exists()
    assert ws.store.load(target).article.slug == "new-name"
    assert ws.history.versions(target)  # the version before the rename, kept under the new name
    snap = ws.recovery.get(target)
    assert snap is not None and snap.text == "unsaved"


def test_rename_refuses_a_slug_in_use(ws: Workspace) -> None:
    bundle = ws.create_article("One")
    ws.create_article("Two")
    with pytest.raises(ArticleExistsError):
        ws.rename(bundle, "two")
    assert ws.store.load(bundle).article.slug == "one"


def test_a_failed_slug_update_renames_the_folder_back(ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    bundle = ws.create_article("One")

    def full(fd: int, data: object) -> int:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "write", full)
    with pytest.raises(ArticleWriteError):
        ws.rename(bundle, "two")
    monkeypatch.undo()
    assert bundle.exists() and not (ws.root / "two").exists()


def test_trash_moves_the_bundle_out_of_the_listing_and_restore_brings_it_back(ws: Workspace) -> None:
    bundle = ws.create_article("Story")
    (bundle / "photo.jpg").write_bytes(b"jpeg")
    trashed = ws.trash(bundle)
    assert trashed.parent == ws.root / ".sr-editor" / "trash" and trashed.name.endswith("-story")
    assert ws.list_articles() == []
    [entry] = ws.list_trash()
    assert entry.slug == "story" and entry.path == trashed
    restored = ws.restore(entry)
    assert restored == bundle and (restored / "photo.jpg").exists()
    assert ws.list_trash() == []


def test_restore_picks_a_new_name_when_the_old_one_is_taken(ws: Workspace) -> None:
    entry_path = ws.trash(ws.create_article("Story"))
    ws.create_article("Story")
    restored = ws.restore(entry_path)
    assert restored.name == "story-2"
    assert ws.store.load(restored).article.slug == "story-2"


def test_trashing_the_same_slug_twice_keeps_both(ws: Workspace) -> None:
    ws.trash(ws.create_article("Story"))
    ws.trash(ws.create_article("Story"))
    assert [e.slug for e in ws.list_trash()] == ["story", "story"]


def test_resolve_accepts_folder_index_file_and_slug(ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    bundle = ws.create_article("Story")
    monkeypatch.chdir(ws.root.parent)
    assert ws.resolve(bundle) == ws.resolve(bundle / "index.md") == ws.resolve(Path("story")) == bundle
    with pytest.raises(ArticleNotFoundError):
        ws.resolve(Path("nothing"))


def test_summarize_reads_one_article_fresh(ws: Workspace) -> None:
    bundle = ws.create_article("Story")
    assert ws.summarize(bundle).title == "Story"


def test_rename_keeps_the_earlier_history_of_the_article(ws: Workspace) -> None:
    bundle = ws.create_article("Old Name")
    loaded = ws.store.load(bundle)
    loaded.article.title = "Edited"
    ws.store.save(bundle, loaded.article, loaded.disk_hash)
    target = ws.rename(bundle, "new-name")
    assert [v.reason for v in ws.history.versions(target)] == ["rename", "save"]
    assert not ws.history.folder(bundle).exists()


def test_a_failing_trash_move_is_a_sentence_naming_the_folder(
    ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundle = ws.create_article("Story")

    def refuse(self: Path, target: Path) -> None:
        raise OSError(13, "Permission denied")

    monkeypatch.setattr(Path, "rename", refuse)
    with pytest.raises(WorkspaceOperationError) as info:
        ws.trash(bundle)
    assert str(info.value) == f"Could not move to the trash {bundle} (Permission denied)."
    monkeypatch.undo()
    assert (bundle / "index.md").exists()


def test_a_failing_copy_leaves_no_half_copy(ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    bundle = ws.create_article("Story")
    (bundle / "photo.jpg").write_bytes(b"jpeg")

    def disk_full(src: str, dst: str, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(shutil, "copyfile", disk_full)
    with pytest.raises(WorkspaceOperationError):
        ws.duplicate(bundle)
    monkeypatch.undo()
    assert [n for n in os.listdir(ws.root) if n != ".sr-editor"] == ["story"]


def test_an_unreadable_workspace_is_a_sentence_naming_it(ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(path: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "scandir", refuse)
    with pytest.raises(WorkspaceOperationError) as info:
        ws.list_articles()
    assert str(ws.root) in str(info.value) and "Permission denied" in str(info.value)


def test_an_unreadable_index_file_is_listed_as_broken(ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    bundle = write(ws.root, "story", "---\ntitle: T\n---\n")
    real_read = Path.read_bytes

    def refuse(self: Path) -> bytes:
        if self == bundle / "index.md":
            raise PermissionError(13, "Permission denied")
        return real_read(self)

    monkeypatch.setattr(Path, "read_bytes", refuse)
    [row] = ws.list_articles()
    assert row.broken is not None and "Permission denied" in row.broken
