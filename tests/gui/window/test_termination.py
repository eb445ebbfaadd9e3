"""Ending the program from outside (SIGTERM from `kill` or a shutdown, SIGHUP from a closed terminal, Ctrl+C's
SIGINT) saves the open article first: the real program, in a child process, with autosave off so that only the
close can have saved what was typed."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CHILD = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

def type_when_open():
    window = next((w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow)), None)
    if window is None or window.features.publish_ui is None or window.context.document.bundle is None:
        QTimer.singleShot(50, type_when_open)
        return
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    window.editor.insertPlainText("\nTyped a moment before the end.")
    print("TYPED", flush=True)

qapp = QApplication(sys.argv[:1])
QTimer.singleShot(50, type_when_open)
from sr_editor.cli.main import main
code = main(["--workspace", sys.argv[1]])
print("EXIT", code, flush=True)
sys.exit(code)
"""


def _program(tmp_path: Path) -> tuple[subprocess.Popen[str], Path]:
    root = tmp_path / "ws"
    bundle = root / "story"
    bundle.mkdir(parents=True)
    (bundle / "index.md").write_text("---\ntitle: Story\nstatus: draft\n---\nFirst paragraph.\n", encoding="utf-8")
    config = tmp_path / "cfg"
    config.mkdir()
    (config / "settings.ini").write_text(
        f"[workspace]\npath={root}\nlast_article=story\n[saving]\nautosave=false\n", encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SR_EDITOR_CONFIG_DIR": str(config)}
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(root)], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, env=env)
    return child, bundle / "index.md"


def _wait_for(child: subprocess.Popen[str], word: str) -> list[str]:
    seen: list[str] = []
    assert child.stdout is not None
    for line in child.stdout:
        seen.append(line.strip())
        if line.startswith(word):
            return seen
    raise AssertionError(f"the program ended before {word}: {seen}")


@contextlib.contextmanager
def _killed_at_the_end(child: subprocess.Popen[str]) -> Iterator[subprocess.Popen[str]]:
    try:
        yield child
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()


def _signalled(tmp_path: Path, *numbers: int) -> tuple[list[str], Path]:
    """The program with a line typed (not saved: autosave is off), then `numbers` sent back to back; what it
    printed up to its exit, and its article's file."""
    child, index = _program(tmp_path)
    with _killed_at_the_end(child):
        _wait_for(child, "TYPED")
        assert "Typed a moment before the end." not in index.read_text(encoding="utf-8")
        for number in numbers:
            child.send_signal(number)
        lines = _wait_for(child, "EXIT")
        child.wait(60)
    return lines, index


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGHUP, signal.SIGINT])
def test_a_termination_signal_saves_what_was_typed_before_the_program_ends(tmp_path: Path, number: Any) -> None:
    lines, index = _signalled(tmp_path, number)
    assert lines[-1] == "EXIT 0"
    assert "Typed a moment before the end." in index.read_text(encoding="utf-8")
    assert not (tmp_path / "ws" / ".sr-editor" / "lock").exists()


def test_a_second_signal_right_after_the_first_does_not_cut_the_save_short(tmp_path: Path) -> None:
    lines, index = _signalled(tmp_path, signal.SIGTERM, signal.SIGHUP)  # a logout: the session's, the terminal's
    assert lines[-1] == "EXIT 0"
    assert "Typed a moment before the end." in index.read_text(encoding="utf-8")


STUCK_CHILD = r"""
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from sr_editor.gui.window import termination

termination.GRACE_SECONDS = 2.0
app = QApplication(sys.argv[:1])

def stuck_close():
    print("CLOSING", flush=True)
    while True:  # a save that never ends
        time.sleep(0.01)

watch = termination.TerminationWatch(stuck_close)
QTimer.singleShot(0, lambda: print("READY", flush=True))
app.exec()
"""


def test_a_signal_long_after_a_stuck_close_ends_the_program_the_default_way() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen([sys.executable, "-c", STUCK_CHILD], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True, env=env)
    with _killed_at_the_end(child):
        _wait_for(child, "READY")
        first = time.monotonic()
        child.send_signal(signal.SIGTERM)
        _wait_for(child, "CLOSING")
        child.send_signal(signal.SIGTERM)  # within the grace: ignored
        time.sleep(0.2)
        if time.monotonic() - first < 2.0:  # a machine too busy to get here in time proves nothing either way
            assert child.poll() is None
        time.sleep(max(0.0, 2.3 - (time.monotonic() - first)))
        child.send_signal(signal.SIGTERM)
        assert child.wait(30) == -signal.SIGTERM


def test_the_watch_gives_the_signals_back_when_restored(qtbot: Any) -> None:
    from sr_editor.gui.window.termination import SIGNALS, TerminationWatch

    before = {number: signal.getsignal(number) for number in SIGNALS}
    closed: list[bool] = []
    watch = TerminationWatch(lambda: closed.append(True))
    assert all(signal.getsignal(number) != before[number] for number in SIGNALS)
    watch.restore()
    assert {number: signal.getsignal(number) for number in SIGNALS} == before
    assert closed == []


def test_a_signal_closes_once_on_the_event_loop(qtbot: Any) -> None:
    from sr_editor.gui.window.termination import TerminationWatch

    closed: list[bool] = []
    watch = TerminationWatch(lambda: closed.append(True))
    try:
        os.kill(os.getpid(), signal.SIGHUP)
        qtbot.waitUntil(lambda: bool(closed), timeout=5_000)
        qtbot.wait(100)
        assert closed == [True]
    finally:
        watch.restore()
