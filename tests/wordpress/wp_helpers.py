"""Helpers for the WordPress tests: the core collaborators (real once core/ is implemented) and a store."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parents[1] / "publish"))

import publish_fakes

from sr_editor.publish.flow import Collaborators


def core_collaborators() -> Collaborators:
    """The real core renderer/checks/images once implemented; stand-ins while core/ is still stubbed."""
    try:
        return Collaborators.default()
    except NotImplementedError:
        return publish_fakes.fake_collaborators()


def core_store(root: Path) -> Any:
    from sr_editor.core.store import ArticleStore

    store = ArticleStore(root)
    try:
        store.disk_hash(root / "nothing-here")
    except NotImplementedError:
        return publish_fakes.SimpleStore(root)
    return store
