"""How the program starts a child of its own kind (`python -m sr_editor --FLAG`, or the frozen program with the
flag): the checking processes of the list (core/checks) and the one listing British spellings (core/spelling)."""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from pathlib import Path
from typing import IO

CHILD_NICE = 19  # the lowest: the window, its render process and the rest of the machine come first


def own_command(flag: str) -> tuple[list[str], dict[str, str]]:
    """The command and environment that start a child: the frozen program starts itself with `flag`; from a
    source tree the child finds the same sr_editor."""
    env = dict(os.environ)
    if getattr(sys, "frozen", False):
        return [sys.executable, flag], env
    source = str(Path(__file__).resolve().parents[2])
    if source in _site_packages():  # installed, the child finds it anyway; first on the path it would shadow stdlib
        source = ""
    env["PYTHONPATH"] = os.pathsep.join(p for p in (source, env.get("PYTHONPATH", "")) if p)
    return [sys.executable, "-m", "sr_editor", flag], env


def _site_packages() -> set[str]:
    import site

    return {str(Path(folder).resolve()) for folder in [*site.getsitepackages(), site.getusersitepackages()]}


def become_quiet_child() -> IO[str]:
    """In the child, first: Ctrl+C in the terminal is the window's to handle, the lowest priority, and the real
    stdout kept for the replies alone (returned), while anything printed goes to stderr."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    with contextlib.suppress(OSError):
        os.nice(CHILD_NICE)
    replies = os.fdopen(os.dup(sys.stdout.fileno()), "w", encoding="utf-8")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    sys.stdout = sys.stderr
    return replies
