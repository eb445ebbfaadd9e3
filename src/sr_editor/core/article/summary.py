"""One listed article as the list shows it: kept apart from `core.storage.workspace` (which imports the store, YAML and
the locks) so that the window's list can be built and painted before any of that is imported."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

UNCHECKED = -1  # the counts of an article listed but not checked yet


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
    errors: int  # UNCHECKED (-1) until the checks ran
    warnings: int
    broken: str | None  # reason when index.md cannot be parsed
