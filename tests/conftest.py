"""Shared fixtures: config, data and workspace folders go to tmp; Qt runs offscreen.

The tests mirror src/sr_editor package by package (test_test_layout.py checks it). Helpers that are not tests
(fakes, local servers, the WordPress site, child scripts, the block corpus and validator) live in tests/support/,
which is put on sys.path here so that every test imports them by bare name; the fixtures several folders share
are plugins there, registered below.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from sr_editor.core import i18n

# The screen of the "default" laptop (1366x768), not offscreen's own 800x800: the window's layout depends on it
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={Path(__file__).with_name('offscreen-screen.json')}")
sys.path.insert(0, str(Path(__file__).parent / "support"))

pytest_plugins = [
    "window_fixtures",  # the real window over fake core pieces: make_window, real_window, sample_workspace
    "panel_fixtures",  # a loaded ArticleDocument in a bundle with images: article, bundle, document, photo
    "session_fixtures",  # a PublishSession on in-memory credentials: env
    "wordpress_fixtures",  # the real WordPress of the session: wordpress, client_as, unique
    "newsroom_fixtures",  # the companion plugin active for a module, the CLI with writer/desk profiles
]


@pytest.fixture(autouse=True)
def _no_british_list_child(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Path, str]]:
    """Opening bare-"en" spelling with no British word list cached starts a child that lists them (~10 s of CPU):
    here it is only recorded. Each test starts with no list read yet (tests/core/spelling make real ones)."""
    from sr_editor.core.spelling import english

    started: list[tuple[Path, str]] = []
    monkeypatch.setattr(english, "_SOURCE", [])
    monkeypatch.setattr(english, "start_generation", lambda path, key: started.append((path, key)))
    return started


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No test reads or writes the real user's settings, documents or keyring."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("SR_EDITOR_CONFIG_DIR", str(home / ".config" / "sr-editor"))
    monkeypatch.setenv("SR_EDITOR_WORKSPACE", str(home / "Documents" / "sr-editor"))
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):  # the CLI speaks the environment's language:
        monkeypatch.delenv(variable, raising=False)  # tests expect English unless they ask for another
    monkeypatch.setenv("LANG", "C.UTF-8")
    yield
    i18n.set_lookup(None)  # a test that installed a language leaves English behind
    gc.unfreeze()  # a window shown as at start-up froze the objects alive then: later tests collect them again


@pytest.fixture
def workspace_dir(tmp_path: Path) -> Path:
    path = tmp_path / "workspace"
    path.mkdir()
    return path
