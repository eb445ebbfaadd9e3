"""Recovery snapshot writes killed at random moments leave temp files; the next start removes them."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import sr_editor
from sr_editor.core.storage.atomicfile import is_temp_file
from sr_editor.core.storage.recovery import RecoveryStore

CHILD = Path(__file__).with_name("recovery_crash_child.py")
SRC = str(Path(sr_editor.__file__).resolve().parents[1])
KILLS = 30


def kill_while_writing(state: Path, rng: random.Random) -> None:
    child = subprocess.Popen([sys.executable, str(CHILD), str(state)], stdout=subprocess.PIPE,
                             env={**os.environ, "PYTHONPATH": SRC})
    assert child.stdout is not None
    assert child.stdout.readline() == b"ready\n"
    time.sleep(rng.uniform(0.0, 0.05))
    child.send_signal(signal.SIGKILL)
    child.stdout.close()
    assert child.wait() == -signal.SIGKILL


@pytest.mark.slow
def test_temp_files_of_killed_snapshot_writes_are_gone_after_the_next_start(tmp_path: Path) -> None:
    state = tmp_path / "recovery"
    rng = random.Random(7)
    for _ in range(KILLS):
        kill_while_writing(state, rng)
    past = time.time() - 3600  # a minute later: no write of them can still be running
    for name in os.listdir(state):
        os.utime(state / name, (past, past))
    snapshots = RecoveryStore(state).list()  # what the window does on start
    assert len(snapshots) == 1
    assert [name for name in os.listdir(state) if is_temp_file(name)] == []
