"""The real window on a workspace, its publishing session logged in to the test WordPress as the editor under
the profile `local` (what the Sites dialog sets up), shown and handed to qtbot."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import wpsite

from sr_editor import app
from sr_editor.publish.sync.session import PublishSession
from sr_editor.publish.wordpress.credentials import MemoryCredentialStore
from sr_editor.publish.wordpress.sites import SiteProfile, SiteRegistry


def window_on_site(root: Path, wordpress: wpsite.WordPressSite, qtbot: Any, state: Path) -> Any:
    """`state`: a folder for the window's settings and the site registry."""
    vocabulary = app.load_vocabulary()
    window = app.build_window(app.build_context(app.open_workspace(root, vocabulary), vocabulary,
                                                config_dir=state / "config"), restore=False)
    qtbot.addWidget(window)
    window.show()
    editor = wordpress.user("editor")
    session = PublishSession(SiteRegistry(state / "sites.json"), root,
                             open_store=lambda: (MemoryCredentialStore(), None))
    session.add_site(SiteProfile("local", wordpress.url, editor.login), editor.app_password)
    window.context.publishing = session
    window.root = root
    return window
