"""Folders and links that must show up as broken, never vanish from the list nor be read (issue 10 item 8)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from sr_editor.cli.main import main
from sr_editor.core.article.article import Article
from sr_editor.core.article.regions import load_vocabulary
from sr_editor.core.checks.lint import check_article
from sr_editor.core.errors import BrokenArticleError
from sr_editor.core.storage.store import ArticleStore
from sr_editor.core.storage.workspace import Workspace


def write(root: Path, name: str, text: str) -> Path:
    bundle = root / name
    bundle.mkdir()
    (bundle / "index.md").write_text(text, encoding="utf-8")
    return bundle


def refuse_paths_under(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """As if the folder had no read/search permission (tests run as root, so chmod would not stop us)."""
    real_stat, real_lstat = os.stat, os.lstat

    def guarded(real):  # type: ignore[no-untyped-def]
        def call(path, *args, **kwargs):  # type: ignore[no-untyped-def]
            if str(os.fspath(path)).startswith(str(folder) + os.sep):
                raise PermissionError(13, "Permission denied", str(path))
            return real(path, *args, **kwargs)

        return call

    monkeypatch.setattr(os, "stat", guarded(real_stat))
    monkeypatch.setattr(os, "lstat", guarded(real_lstat))


def test_an_unreadable_article_folder_is_listed_as_broken_not_hidden(
    workspace_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(workspace_dir, "fine", "---\ntitle: Fine\n---\n")
    locked = write(workspace_dir, "locked", "---\ntitle: Locked\n---\n")
    refuse_paths_under(locked, monkeypatch)
    rows = {r.slug: r for r in Workspace(workspace_dir).list_articles()}
    assert set(rows) == {"fine", "locked"}
    assert rows["fine"].broken is None
    assert rows["locked"].broken is not None and "Permission denied" in rows["locked"].broken


def test_check_reports_an_unreadable_article_folder(
    workspace_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    locked = write(workspace_dir, "locked", "---\ntitle: Locked\n---\n")
    refuse_paths_under(locked, monkeypatch)
    assert main(["--workspace", str(workspace_dir), "check"]) == 1
    assert "locked/index.md: error [file-broken]" in capsys.readouterr().out


@pytest.fixture
def outside_file(tmp_path: Path) -> Path:
    secret = tmp_path / "elsewhere" / "secret.md"
    secret.parent.mkdir()
    secret.write_text("---\ntitle: Not an article of this workspace\n---\nprivate\n", encoding="utf-8")
    return secret


def test_an_index_md_linking_outside_the_workspace_is_broken_and_never_read(
    workspace_dir: Path, outside_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundle = workspace_dir / "linked"
    bundle.mkdir()
    (bundle / "index.md").symlink_to(outside_file)
    real_read = Path.read_bytes
    read: list[Path] = []

    def spy(self: Path) -> bytes:
        read.append(self)
        return real_read(self)

    monkeypatch.setattr(Path, "read_bytes", spy)
    [row] = Workspace(workspace_dir).list_articles()
    assert row.broken is not None and "outside the workspace" in row.broken and row.title == ""
    with pytest.raises(BrokenArticleError) as info:
        ArticleStore(workspace_dir).load(bundle)
    assert "outside the workspace" in info.value.reason
    assert bundle / "index.md" not in read


def test_an_article_folder_linking_outside_the_workspace_is_broken(workspace_dir: Path, outside_file: Path) -> None:
    (workspace_dir / "linked").symlink_to(outside_file.parent, target_is_directory=True)
    outside_file.rename(outside_file.parent / "index.md")
    [row] = Workspace(workspace_dir).list_articles()
    assert row.broken is not None and "outside the workspace" in row.broken


def test_a_link_to_a_file_inside_the_workspace_is_read(workspace_dir: Path) -> None:
    bundle = write(workspace_dir, "story", "---\ntitle: Story\n---\n")
    (bundle / "index.md").rename(bundle / "real.md")
    (bundle / "index.md").symlink_to(bundle / "real.md")
    [row] = Workspace(workspace_dir).list_articles()
    assert row.broken is None and row.title == "Story"


def test_images_linking_outside_the_bundle_or_climbing_out_are_errors(workspace_dir: Path, tmp_path: Path) -> None:
    bundle = write(workspace_dir, "story", "---\ntitle: T\n---\n")
    (tmp_path / "outside.jpg").write_bytes(b"\xff\xd8\xff")
    (bundle / "linked.jpg").symlink_to(tmp_path / "outside.jpg")
    article = Article(meta={"featured_image": {"src": "../story/../../outside.jpg", "alt": "x"}},
                      body="![A crowd](linked.jpg)\n")
    problems = check_article(article, bundle, load_vocabulary())
    outside = [(p.field, p.image) for p in problems if p.rule == "image-outside-bundle"]
    assert ("featured_image.src", "../story/../../outside.jpg") in outside
    assert (None, "linked.jpg") in outside
