"""Rename and trash take the article's lock, the one every save takes: a save by another process or window is
never cut in half by the move, and a move that cannot get the lock says so and changes nothing."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from sr_editor.core.article.article import Article
from sr_editor.core.storage import workspace as workspace_module
from sr_editor.core.storage.lock import ArticleBusyError
from sr_editor.core.storage.store import ArticleStore
from sr_editor.core.storage.workspace import Workspace

HOLDER = ("import sys; from pathlib import Path; from sr_editor.core.storage.lock import article_lock\n"
          "with article_lock(Path(sys.argv[1]), Path(sys.argv[2])):\n"
          "    print('held', flush=True); sys.stdin.read()\n")


@pytest.fixture
def story(workspace_dir: Path) -> Path:
    bundle = workspace_dir / "story"
    bundle.mkdir()
    ArticleStore(workspace_dir).save(bundle, Article(meta={"title": "Story", "slug": "story"}, body="Text.\n"), None)
    return bundle


@pytest.fixture
def held(story: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Another process (a second window saving) holds the article's lock until the test ends."""
    import sr_editor

    monkeypatch.setattr(workspace_module, "MOVE_LOCK_WAIT", 0.2)
    locks = ArticleStore(story.parent).locks_dir
    env = {"PYTHONPATH": str(Path(sr_editor.__file__).resolve().parents[1])}
    child = subprocess.Popen([sys.executable, "-c", HOLDER, str(locks), str(story)], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, env=env)
    try:
        assert child.stdout is not None and child.stdout.readline() == b"held\n"
        yield
    finally:
        assert child.stdin is not None
        child.stdin.close()
        child.wait(timeout=30)


def test_trash_of_an_article_being_saved_elsewhere_fails_clearly_and_moves_nothing(
    workspace_dir: Path, story: Path, held: None,
) -> None:
    before = (story / "index.md").read_bytes()
    with pytest.raises(ArticleBusyError, match="not moved to the trash") as info:
        Workspace(workspace_dir).trash(story)
    assert str(story) in str(info.value)
    assert (story / "index.md").read_bytes() == before and Workspace(workspace_dir).list_trash() == []


def test_rename_of_an_article_being_saved_elsewhere_fails_clearly_and_changes_nothing(
    workspace_dir: Path, story: Path, held: None,
) -> None:
    before = (story / "index.md").read_bytes()
    with pytest.raises(ArticleBusyError, match="not renamed"):
        Workspace(workspace_dir).rename(story, "new-name")
    assert (story / "index.md").read_bytes() == before and not (workspace_dir / "new-name").exists()


def test_trash_waits_for_a_save_in_flight_and_takes_the_saved_text_along(workspace_dir: Path, story: Path) -> None:
    store = ArticleStore(workspace_dir)
    saving = threading.Event()

    def slow_save() -> None:  # holds the lock as a save does, a little longer
        with store.locked(story):
            saving.set()
            time.sleep(0.3)
            text = (story / "index.md").read_text(encoding="utf-8").replace("Text.", "Saved.")
            (story / "index.md").write_text(text, encoding="utf-8")

    worker = threading.Thread(target=slow_save)
    worker.start()
    saving.wait(5)
    trashed = Workspace(workspace_dir).trash(story)
    worker.join(10)
    assert "Saved." in (trashed / "index.md").read_text(encoding="utf-8")
