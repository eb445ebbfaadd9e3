"""Loading and atomically saving article bundles, with external-change detection (OWNER: store helper)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sr_editor.core.article import Article

INDEX_NAME = "index.md"
STATE_DIR = ".sr-editor"


@dataclass(frozen=True)
class LoadedArticle:
    bundle: Path
    article: Article
    disk_hash: str  # sha256 hex of the bytes loaded


class ArticleStore:
    def __init__(self, workspace_root: Path) -> None:
        self.root = workspace_root

    def load(self, bundle: Path) -> LoadedArticle:  # BrokenArticleError
        raise NotImplementedError

    def save(self, bundle: Path, article: Article, expected_hash: str | None) -> str:
        """Atomic save; ExternalChangeError if disk != expected_hash (None: file must not exist). New hash."""
        raise NotImplementedError

    def disk_hash(self, bundle: Path) -> str | None:
        raise NotImplementedError
