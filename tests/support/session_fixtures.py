"""The `env` fixture of the publishing session tests: a PublishSession on an in-memory credential store and a temp
site registry (never the real keyring), with the fakes in pubgui_fakes.py."""

from __future__ import annotations

from pathlib import Path

import pytest
from pubgui_fakes import ClientFactory, Env

from sr_editor.publish.sync.session import PublishSession
from sr_editor.publish.wordpress.credentials import MemoryCredentialStore
from sr_editor.publish.wordpress.sites import SiteRegistry


@pytest.fixture
def env(tmp_path: Path) -> Env:
    config = tmp_path / "config"
    store = MemoryCredentialStore()
    clients = ClientFactory()
    session = PublishSession(SiteRegistry(config / "sites.json"), tmp_path / "workspace",
                             open_store=lambda: (store, None), make_client=clients)  # type: ignore[arg-type]
    return Env(session, store, clients, config)
