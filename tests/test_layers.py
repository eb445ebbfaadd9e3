"""core/ and publish/ must stay usable without Qt (command line, tests, future server use)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import sr_editor

SRC = Path(sr_editor.__file__).resolve().parents[1]


def _modules_of(package: str) -> list[str]:
    folder = SRC / "sr_editor" / package
    return [
        ".".join(("sr_editor", package, *p.relative_to(folder).with_suffix("").parts))
        for p in sorted(folder.rglob("*.py"))
        if p.stem != "__init__"
    ]


def test_core_and_publish_import_no_pyside6() -> None:
    modules = _modules_of("core") + _modules_of("publish")
    code = (
        "import sys, importlib\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "bad = [m for m in sys.modules if m.startswith('PySide6')]\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env={"PYTHONPATH": str(SRC)})
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == ""
