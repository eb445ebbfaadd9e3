"""Checks with stable ids; errors block publishing, warnings do not (OWNER: render/lint helper)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from sr_editor.core.article import Article
from sr_editor.core.regions import RegionVocabulary


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    rule: str  # stable id, e.g. "alt-missing"
    severity: Severity
    message: str  # one sentence naming what to fix
    field: str | None = None  # front-matter field, e.g. "title", "featured_image.alt"; None for the body
    line: int | None = None  # 1-based body line
    image: str | None = None  # image src concerned


def check_article(article: Article, bundle: Path, vocabulary: RegionVocabulary) -> list[Problem]:
    raise NotImplementedError


def check_alt_text(alt: str | None, decorative: bool, caption: str, src: str) -> list[Problem]:
    """Live lint for one image's alt text (dialogs, featured image field)."""
    raise NotImplementedError
