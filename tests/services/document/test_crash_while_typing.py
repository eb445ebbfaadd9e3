"""Steady typing in the real app, then kill -9: the restart offers the recovery and at most 2 s of typing is lost.

Before snapshots had a maximum interval, the snapshot timer restarted on every key, so with one key every 150 ms
no snapshot was ever written and everything typed since the last pause was gone.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import sr_editor

sys.path.insert(0, str(Path(__file__).parent))
from typing_child import TEXT

CHILD = Path(__file__).with_name("typing_child.py")
SRC = str(Path(sr_editor.__file__).resolve().parents[1])
TYPING_SECONDS = 6.0  # less than the autosave cap: only the recovery snapshot can keep the text
KEY_SECONDS = 0.15
MAX_LOST_SECONDS = 2.0


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": SRC, "QT_QPA_PLATFORM": "offscreen"}


def type_then_kill(root: Path) -> tuple[str, int]:
    """The article's body before typing and the number of keys the app had handled when it was killed."""
    child = subprocess.Popen([sys.executable, str(CHILD), str(root), "type"], stdout=subprocess.PIPE, env=_env())
    assert child.stdout is not None
    try:
        lines = [child.stdout.readline().decode() for _ in range(2)]
        assert lines[0].startswith("bundle ") and lines[1].startswith("body "), lines
        body = json.loads(lines[1][5:])
        typed, started = 0, time.monotonic()
        while time.monotonic() - started < TYPING_SECONDS:
            line = child.stdout.readline().decode()
            assert line.startswith("typed "), line
            typed = int(line.split()[1])
        child.send_signal(signal.SIGKILL)
        typed = max([typed, *(int(x.split()[1]) for x in child.stdout.read().decode().splitlines())])
    finally:
        child.kill()
        child.wait(30)
    assert child.returncode == -signal.SIGKILL
    return body, typed


@pytest.mark.slow
def test_a_kill_during_steady_typing_loses_at_most_two_seconds_and_offers_the_recovery(tmp_path: Path) -> None:
    root = tmp_path / "workspace"
    body, typed = type_then_kill(root)
    assert typed * KEY_SECONDS > TYPING_SECONDS - 2.0  # the typing really was steady
    result = subprocess.run([sys.executable, str(CHILD), str(root), "restart"], capture_output=True, env=_env(),
                            timeout=120, check=True)
    lines = result.stdout.decode().splitlines()
    offered = [line for line in lines if line.startswith("offered ")]
    text = json.loads(next(line for line in lines if line.startswith("text "))[5:])
    assert offered, "no recovery was offered after the crash"
    assert text.startswith(body)
    kept = text[len(body):]
    assert TEXT.startswith(kept)
    lost_seconds = (typed - len(kept)) * KEY_SECONDS
    print(f"typed {typed} keys, recovered {len(kept)}: {lost_seconds:.2f} s of typing lost")
    assert lost_seconds <= MAX_LOST_SECONDS, f"{lost_seconds:.1f} s of typing lost ({typed} keys typed)"
