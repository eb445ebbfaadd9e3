"""Fixtures for the panel and dialog tests: a loaded ArticleDocument in a temp bundle with real image files,
and a small fixed region vocabulary so tests do not depend on the contents of regions.yaml."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PIL import Image

from sr_editor.core.article.article import Article
from sr_editor.core.images.files import import_image
from sr_editor.core.storage.store import LoadedArticle
from sr_editor.services.document.document import ArticleDocument


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).casefold().strip()


@dataclass(frozen=True)
class FakeVocabulary:
    regions: tuple[str, ...] = ("Africa", "Asia", "Europe", "Latin America", "Middle East", "North America")
    countries: dict[str, str] = field(
        default_factory=lambda: {"Haiti": "Latin America", "Brazil": "Latin America", "Kenya": "Africa"}
    )
    aliases: dict[str, str] = field(default_factory=lambda: {"Haití": "Haiti", "Brasil": "Brazil"})

    def canonical_country(self, name: str) -> str | None:
        for candidate in [*self.countries, *self.aliases]:
            if _fold(candidate) == _fold(name):
                return self.aliases.get(candidate, candidate)
        return None

    def region_of(self, country: str) -> str | None:
        canonical = self.canonical_country(country)
        return self.countries.get(canonical) if canonical else None

    def country_names(self) -> list[str]:
        return [*self.countries, *self.aliases]














@pytest.fixture
def vocabulary() -> FakeVocabulary:
    return FakeVocabulary()


@pytest.fixture
def importer() -> object:
    return import_image


def make_photo(path: Path, width: int = 640, height: int = 400, exif: bool = False) -> Path:
    image = Image.new("RGB", (width, height), (40, 90, 140))
    for x in range(0, width, 40):
        for y in range(height // 2, height):
            image.putpixel((x, y), (230, 200, 60))
    data = Image.Exif()
    if exif:
        data[0x010F] = "Camera maker"
        data[0x8825] = {1: "N", 2: (18.0, 32.0, 0.0)}
    image.save(path, exif=data.tobytes()) if exif else image.save(path)
    return path


SAMPLE_BODY = (
    "Teachers marched through the capital on Monday.\n\n"
    '![Teachers on the ministry steps](steps.jpg "Union delegates waited on the steps.")\n\n'
    "More text here.\n\n"
    "![](banner.png){.decorative}\n\n"
    '![](missing.jpg "No description yet")\n'
)


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    path = tmp_path / "workspace" / "teachers-strike"
    path.mkdir(parents=True)
    make_photo(path / "steps.jpg")
    make_photo(path / "banner.png", 800, 120)
    make_photo(path / "march.jpg", 900, 600)
    return path


@pytest.fixture
def article() -> Article:
    meta = {
        "title": "Teachers Strike over Unpaid Wages",
        "slug": "teachers-strike",
        "excerpt": "Public school teachers walked out on Monday.",
        "status": "review",
        "author": "staff-writer",
        "regions": ["Latin America"],
        "tags": ["Haiti"],
        "featured_image": {"src": "march.jpg", "alt": "Teachers march", "decorative": False,
                           "caption": "The march", "credit": "Staff"},
    }
    return Article(meta=meta, body=SAMPLE_BODY)


@pytest.fixture
def document(qtbot: object, bundle: Path, article: Article) -> Iterator[ArticleDocument]:
    doc = ArticleDocument()
    doc.load(LoadedArticle(bundle=bundle, article=article, disk_hash="0" * 64))
    yield doc




@pytest.fixture
def photo() -> object:
    """make_photo(path, width, height, exif) for tests that need their own image file."""
    return make_photo
