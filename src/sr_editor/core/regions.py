"""Region vocabulary and country -> region map from resources/regions.yaml (OWNER: render/lint helper)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


def fold(text: str) -> str:
    """Case-, accent- and space-insensitive key: 'Haití ' -> 'haiti'. Used for matching names everywhere."""
    raise NotImplementedError


@dataclass(frozen=True)
class RegionVocabulary:
    regions: tuple[str, ...]
    countries: dict[str, str] = field(default_factory=dict)  # canonical country -> canonical region

    def canonical_region(self, name: str) -> str | None: ...
    def canonical_country(self, name: str) -> str | None: ...  # accepts aliases: 'Haití', 'Brasil'
    def region_of(self, country: str) -> str | None: ...
    def country_names(self) -> list[str]: ...  # for completion


def load_vocabulary(path: Path | None = None) -> RegionVocabulary:
    """Defaults to resources_dir()/regions.yaml."""
    raise NotImplementedError
