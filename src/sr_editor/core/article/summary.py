"""One listed article as the list shows it: kept apart from `core.storage.workspace` (which imports the store, YAML and
the locks) so that the window's list can be built and painted before any of that is imported."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

UNCHECKED = -1  # the counts of an article listed but not checked yet


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    """A workspace lists 10,000s of these, so each is small: slots, and the bundle's folder is the workspace's one
    `Path` plus the folder name (`bundle` builds the Path when asked) rather than a Path per article."""

    workspace: Path  # the folder holding the bundle, one object shared by every article listed from it
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

    @property
    def bundle(self) -> Path:
        return self.workspace / self.slug
