"""Shared fixtures: config, data and workspace folders go to tmp; Qt runs offscreen."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No test reads or writes the real user's settings, documents or keyring."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("SR_EDITOR_CONFIG_DIR", str(home / ".config" / "sr-editor"))
    monkeypatch.setenv("SR_EDITOR_WORKSPACE", str(home / "Documents" / "sr-editor"))
    yield


@pytest.fixture
def workspace_dir(tmp_path: Path) -> Path:
    path = tmp_path / "workspace"
    path.mkdir()
    return path
