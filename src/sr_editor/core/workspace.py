"""A workspace folder of article bundles: listing (cached), create, duplicate, rename, trash (OWNER: store helper)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class ArticleSummary:
    bundle: Path
    slug: str  # folder name
    title: str
    excerpt: str
    status: str
    regions: tuple[str, ...]
    tags: tuple[str, ...]
    updated: float  # mtime of index.md
    errors: int
    warnings: int
    broken: str | None  # reason when index.md cannot be parsed


class Workspace:
    """Methods (to be implemented): list_articles() -> list[ArticleSummary]; create_article(title, regions, tags)
    -> Path; duplicate(bundle) -> Path; rename(bundle, new_slug) -> Path; trash(bundle) -> Path; list_trash();
    restore(trash_entry) -> Path; resolve(path) -> bundle Path; .store: ArticleStore; .history; .recovery; .lock."""
