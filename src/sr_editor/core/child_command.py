"""How the program starts a child of its own kind (`python -m sr_editor --FLAG`, or the frozen program with the
flag): the checking processes of the list (core/checks) and the one listing British spellings (core/spelling)."""

from __future__ import annotations

import os
import sys
from pathlib import Path


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
