"""Publishing GUI tests: a PublishSession on an in-memory credential store and a temp site registry (never the
real keyring), the fakes in pubgui_fakes.py, and the window fixtures of tests/gui/window/ (reused, not copied)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from pubgui_fakes import ClientFactory, Env

from sr_editor.publish.credentials import MemoryCredentialStore
from sr_editor.publish.session import PublishSession
from sr_editor.publish.sites import SiteRegistry


def _window_fixtures() -> ModuleType:
    """tests/gui/window/conftest.py: the real window built through app.py on a fake core."""
    path = Path(__file__).parents[1] / "window" / "conftest.py"
    spec = importlib.util.spec_from_file_location("sr_editor_window_fixtures", path)
    assert spec is not None and spec.loader is not None, f"{path} is missing"
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look themselves up there
    spec.loader.exec_module(module)
    return module


_window = _window_fixtures()
make_window = _window.make_window
sample_workspace = _window.sample_workspace


@pytest.fixture
def env(tmp_path: Path) -> Env:
    config = tmp_path / "config"
    store = MemoryCredentialStore()
    clients = ClientFactory()
    session = PublishSession(SiteRegistry(config / "sites.json"), tmp_path / "workspace",
                             open_store=lambda: (store, None), make_client=clients)  # type: ignore[arg-type]
    return Env(session, store, clients, config)
