"""The per-article publish lock: a second publish of the same article waits, can be cancelled, gives up with one
sentence, and a killed holder never leaves the lock behind."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from sr_editor.publish import errors
from sr_editor.publish.sync.publish_lock import lock_path, publishing

HOLD = """
import sys, time
from pathlib import Path
from sr_editor.publish.sync.publish_lock import publishing
with publishing(Path(sys.argv[1]), "x", lambda: False):
    print("held", flush=True)
    time.sleep(120)
"""


def holder(bundle: Path) -> subprocess.Popen[str]:
    child = subprocess.Popen([sys.executable, "-c", HOLD, str(bundle)], stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None and child.stdout.readline().strip() == "held"
    return child


def test_a_second_publish_of_the_same_article_gives_up_with_one_sentence(workspace_dir: Path) -> None:
    bundle = workspace_dir / "story"
    child = holder(bundle)
    try:
        with pytest.raises(errors.PublishBusy) as info, publishing(bundle, "story/index.md", lambda: False, 0.3):
            pass
    finally:
        child.kill()
        child.wait(10)
    assert "story/index.md" in str(info.value) and "another sr-editor" in str(info.value)


def test_waiting_for_the_lock_can_be_cancelled(workspace_dir: Path) -> None:
    bundle = workspace_dir / "story"
    child = holder(bundle)
    try:
        with pytest.raises(errors.PublishCancelled), publishing(bundle, "story/index.md", lambda: True, 600):
            pass
    finally:
        child.kill()
        child.wait(10)


def test_a_killed_publisher_leaves_no_lock_behind(workspace_dir: Path) -> None:
    bundle = workspace_dir / "story"
    child = holder(bundle)
    child.kill()
    child.wait(10)
    with publishing(bundle, "story/index.md", lambda: False, 0.0):
        assert lock_path(bundle).parent == workspace_dir / ".sr-editor" / "locks"


def test_other_articles_are_not_blocked(workspace_dir: Path) -> None:
    child = holder(workspace_dir / "story")
    try:
        with publishing(workspace_dir / "another", "another/index.md", lambda: False, 0.0):
            pass
    finally:
        child.kill()
        child.wait(10)
