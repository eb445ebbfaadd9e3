"""The desktop entry and AppStream metainfo pass the freedesktop validators (installed in CI)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

PACKAGING = Path(__file__).resolve().parents[1] / "packaging"


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        if os.environ.get("CI"):
            pytest.fail(f"{name} is missing in CI; .ci/run installs it from packaging/debian-packages.txt")
        pytest.skip(f"{name} not installed (apt-get install desktop-file-utils appstream)")
    return path


def test_desktop_entry_is_valid() -> None:
    tool = _tool("desktop-file-validate")
    out = subprocess.run([tool, str(PACKAGING / "org.sr_editor.SrEditor.desktop")], capture_output=True, text=True)
    assert out.returncode == 0 and out.stdout.strip() == "", out.stdout + out.stderr


def test_metainfo_is_valid() -> None:
    tool = _tool("appstreamcli")
    xml = PACKAGING / "org.sr_editor.SrEditor.metainfo.xml"
    out = subprocess.run([tool, "validate", "--no-net", str(xml)], capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
