"""Fixtures for the panel and dialog tests: a loaded ArticleDocument in a temp bundle, and stand-ins for the
core functions still being written in parallel (used only while the real ones raise NotImplementedError)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PIL import Image

from sr_editor.core import lint, render
from sr_editor.core.article import Article
from sr_editor.core.lint import Problem, Severity
from sr_editor.core.render import ImageRef
from sr_editor.core.store import LoadedArticle
from sr_editor.services.document import ArticleDocument

_IMAGE = re.compile(r'!\[([^\]]*)\]\(([^)\s]+)(?:\s+"([^"]*)")?\)(\{\.decorative\})?')


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


def fake_find_images(body: str) -> list[ImageRef]:
    refs = []
    for index, match in enumerate(_IMAGE.finditer(body)):
        decorative = bool(match.group(4))
        alt = match.group(1) or (None if not decorative else "")
        line = body.count("\n", 0, match.start()) + 1
        refs.append(ImageRef(match.group(2), alt, decorative, match.group(3) or "", line, index))
    return refs


def fake_set_image_alt(body: str, index: int, alt: str, decorative: bool) -> str:
    match = list(_IMAGE.finditer(body))[index]
    title = f' "{match.group(3)}"' if match.group(3) else ""
    new = f"![{'' if decorative else alt}]({match.group(2)}{title})" + ("{.decorative}" if decorative else "")
    return body[: match.start()] + new + body[match.end() :]


def fake_check_alt_text(alt: str | None, decorative: bool, caption: str, src: str) -> list[Problem]:
    if decorative:
        return []
    if not alt:
        return [Problem("alt-missing", Severity.ERROR, "Describe the image or mark it decorative.", image=src)]
    if len(alt) > 150:
        return [Problem("alt-long", Severity.WARNING, "Alt text is over 150 characters.", image=src)]
    if alt.lower().startswith(("image of", "photo of")):
        return [Problem("alt-redundant", Severity.WARNING, "Leave out 'photo of': readers know.", image=src)]
    return []


def fake_import_image(bundle: Path, source: Path, max_width: int) -> str:
    with Image.open(source) as img:
        img.load()
        if img.width > max_width:
            img = img.resize((max_width, round(img.height * max_width / img.width)))
        clean = Image.new(img.mode, img.size)
        clean.paste(img)
    name = re.sub(r"[^a-z0-9.-]+", "-", source.name.lower())
    target = bundle / name
    counter = 2
    while target.exists():
        target = bundle / f"{Path(name).stem}-{counter}{Path(name).suffix}"
        counter += 1
    clean.save(target)
    return target.name


def _works(call: object) -> bool:
    try:
        call()  # type: ignore[operator]
    except NotImplementedError:
        return False
    return True


@pytest.fixture(autouse=True)
def core_stand_ins(monkeypatch: pytest.MonkeyPatch) -> None:
    """Swap in the fakes only for the core functions that are still stubs."""
    if not _works(lambda: render.find_images("x")):
        monkeypatch.setattr(render, "find_images", fake_find_images)
        monkeypatch.setattr(render, "set_image_alt", fake_set_image_alt)
    if not _works(lambda: lint.check_alt_text("a", False, "", "a.jpg")):
        monkeypatch.setattr(lint, "check_alt_text", fake_check_alt_text)


@pytest.fixture
def vocabulary() -> FakeVocabulary:
    return FakeVocabulary()


@pytest.fixture
def importer() -> object:
    try:
        from sr_editor.core.images import import_image  # type: ignore[attr-defined]
    except ImportError:
        return fake_import_image
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
def screenshot_dir() -> Path | None:
    """Set SR_EDITOR_SHOTS=/some/dir to save panel renders from the screenshot tests."""
    import os

    value = os.environ.get("SR_EDITOR_SHOTS")
    return Path(value) if value else None


@pytest.fixture
def photo() -> object:
    """make_photo(path, width, height, exif) for tests that need their own image file."""
    return make_photo
