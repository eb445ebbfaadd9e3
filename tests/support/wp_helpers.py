"""Helpers for the WordPress tests: the real core collaborators (renderer, checks, images) and store."""

from __future__ import annotations

from pathlib import Path

from sr_editor.core.storage.store import ArticleStore
from sr_editor.publish.sync.flow import Collaborators


def core_collaborators() -> Collaborators:
    return Collaborators.default()


def core_store(root: Path) -> ArticleStore:
    return ArticleStore(root)
