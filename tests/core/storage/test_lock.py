"""The workspace lock warns a second process, is taken over when its holder died, and is released."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

import sr_editor
from sr_editor.core.errors import WorkspaceLockedError
from sr_editor.core.storage.lock import WorkspaceLock

SRC = str(Path(sr_editor.__file__).resolve().parents[1])

HOLDER = """
import sys, time
from pathlib import Path
from sr_editor.core.storage.lock import WorkspaceLock
lock = WorkspaceLock(Path(sys.argv[1]))
lock.acquire()
print("locked", flush=True)
sys.stdin.readline()
if sys.argv[2] == "release":
    lock.release()
print("done", flush=True)
"""

TRY = """
import sys
from pathlib import Path
from sr_editor.core.errors import WorkspaceLockedError
from sr_editor.core.storage.lock import WorkspaceLock
try:
    WorkspaceLock(Path(sys.argv[1])).acquire()
except WorkspaceLockedError as exc:
    print("refused:", exc)
else:
    print("acquired")
"""


def python(code: str, *args: str, stdin: int | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", code, *args], stdin=stdin, stdout=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": SRC},
    )


def start_holder(root: Path, mode: str) -> subprocess.Popen[str]:
    holder = python(HOLDER, str(root), mode, stdin=subprocess.PIPE)
    assert holder.stdout is not None and holder.stdout.readline() == "locked\n"
    return holder


def finish(holder: subprocess.Popen[str]) -> None:
    assert holder.stdin is not None
    holder.stdin.write("\n")
    holder.stdin.flush()
    holder.communicate()


def test_a_second_process_is_refused_with_the_holders_description(workspace_dir: Path) -> None:
    holder = start_holder(workspace_dir, "release")
    try:
        with pytest.raises(WorkspaceLockedError) as info:
            WorkspaceLock(workspace_dir).acquire()
        assert f"process {holder.pid} on {socket.gethostname()}" in str(info.value)
        assert str(workspace_dir) in str(info.value)
    finally:
        finish(holder)


def test_the_lock_is_free_again_after_release(workspace_dir: Path) -> None:
    finish(start_holder(workspace_dir, "release"))
    assert not (workspace_dir / ".sr-editor" / "lock").exists()
    lock = WorkspaceLock(workspace_dir)
    lock.acquire()
    assert lock.held


def test_a_lock_left_by_a_killed_process_is_taken_over(workspace_dir: Path) -> None:
    holder = start_holder(workspace_dir, "keep")
    holder.kill()
    holder.wait()
    lock = WorkspaceLock(workspace_dir)
    lock.acquire()
    holder_info = lock.holder()
    assert holder_info is not None and holder_info.pid == os.getpid()


def test_a_second_process_gets_the_lock_after_the_first_exits_without_releasing(workspace_dir: Path) -> None:
    finish(start_holder(workspace_dir, "keep"))
    out = python(TRY, str(workspace_dir)).communicate()[0]
    assert out.strip() == "acquired"


def test_a_child_process_is_refused_while_we_hold_the_lock(workspace_dir: Path) -> None:
    with WorkspaceLock(workspace_dir):
        out = python(TRY, str(workspace_dir)).communicate()[0]
    assert out.startswith("refused:") and str(os.getpid()) in out


def test_a_second_lock_object_in_the_same_process_is_refused(workspace_dir: Path) -> None:
    with WorkspaceLock(workspace_dir), pytest.raises(WorkspaceLockedError):
        WorkspaceLock(workspace_dir).acquire()


def write_lock(root: Path, record: dict[str, object]) -> Path:
    path = root / ".sr-editor" / "lock"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(record), encoding="utf-8")
    return path


def test_a_lock_from_another_computer_is_respected(workspace_dir: Path) -> None:
    write_lock(workspace_dir, {"pid": 1, "host": "elsewhere.example", "time": time.time(), "token": "t"})
    with pytest.raises(WorkspaceLockedError) as info:
        WorkspaceLock(workspace_dir).acquire()
    assert "elsewhere.example" in str(info.value)


def test_force_takes_over_a_live_lock(workspace_dir: Path) -> None:
    write_lock(workspace_dir, {"pid": 1, "host": "elsewhere.example", "time": time.time(), "token": "t"})
    lock = WorkspaceLock(workspace_dir)
    lock.acquire(force=True)
    info = lock.holder()
    assert info is not None and info.pid == os.getpid()


def test_release_leaves_a_lock_that_another_process_forced_alone(workspace_dir: Path) -> None:
    lock = WorkspaceLock(workspace_dir)
    lock.acquire()
    path = write_lock(workspace_dir, {"pid": 1, "host": "elsewhere.example", "time": time.time(), "token": "x"})
    lock.release()
    assert path.exists() and not lock.held


def test_an_unreadable_fresh_lock_counts_as_held_and_an_old_one_as_stale(workspace_dir: Path) -> None:
    path = write_lock(workspace_dir, {})
    path.write_text("", encoding="utf-8")
    with pytest.raises(WorkspaceLockedError):
        WorkspaceLock(workspace_dir).acquire()
    past = time.time() - 60
    os.utime(path, (past, past))
    WorkspaceLock(workspace_dir).acquire()


def test_no_temp_files_are_left_next_to_the_lock(workspace_dir: Path) -> None:
    with WorkspaceLock(workspace_dir):
        pass
    assert os.listdir(workspace_dir / ".sr-editor") == []


def test_the_article_lock_excludes_a_second_holder_until_released(workspace_dir: Path) -> None:
    from sr_editor.core.storage.lock import ArticleBusyError, article_lock

    locks = workspace_dir / ".sr-editor" / "locks"
    bundle = workspace_dir / "story"
    with article_lock(locks, bundle), pytest.raises(ArticleBusyError) as info, article_lock(locks, bundle, 0.05):
        pass
    assert str(bundle / "index.md") in str(info.value)
    with article_lock(locks, bundle, 0.05):
        pass  # free again


def test_an_unwritable_lock_folder_does_not_stop_a_save(workspace_dir: Path) -> None:
    from sr_editor.core.storage.lock import article_lock

    blocker = workspace_dir / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    with article_lock(blocker / "locks", workspace_dir / "story"):
        pass
