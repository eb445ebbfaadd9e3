"""Fixtures that build the real window through app.py on a temp workspace, with small fakes of the core
(shared by the window, panels and publishing tests).

The fakes keep the contracts of core.workspace / core.store / core.render, so the window's wiring is exercised
exactly as with the real core; tests that need the real core (images, lint) use it directly.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import markdown
import pytest

from sr_editor import app
from sr_editor.core.article.article import Article
from sr_editor.core.article.frontmatter import read_article_file, serialize_article
from sr_editor.core.errors import ExternalChangeError
from sr_editor.core.storage.store import INDEX_NAME, LoadedArticle
from sr_editor.core.storage.workspace import ArticleSummary
from sr_editor.gui.common.dialogs import Dialogs, lazy_dialogs
from sr_editor.services.preview.renderer import RenderIn


class FakeStore:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.saves = 0

    def load(self, bundle: Path) -> LoadedArticle:
        article, data = read_article_file(bundle / INDEX_NAME)
        return LoadedArticle(bundle, article, hashlib.sha256(data).hexdigest())

    def disk_hash(self, bundle: Path) -> str | None:
        try:
            return hashlib.sha256((bundle / INDEX_NAME).read_bytes()).hexdigest()
        except FileNotFoundError:
            return None

    def save(self, bundle: Path, article: Article, expected_hash: str | None, reason: str = "save") -> str:
        if self.disk_hash(bundle) != expected_hash:
            raise ExternalChangeError(bundle / INDEX_NAME)
        data = serialize_article(article).encode("utf-8")
        tmp = bundle / ".index.md.tmp"
        tmp.write_bytes(data)
        os.replace(tmp, bundle / INDEX_NAME)
        self.saves += 1
        return hashlib.sha256(data).hexdigest()


@dataclass
class Snapshot:
    bundle: Path
    text: str
    base_hash: str | None


class FakeRecovery:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)

    def _file(self, bundle: Path) -> Path:
        return self.folder / f"{bundle.name}.md"

    def store(self, bundle: Path, text: str, base_hash: str | None) -> None:
        self._file(bundle).write_text(f"{bundle}\n{base_hash or ''}\n{text}", encoding="utf-8")

    def list(self) -> list[Snapshot]:
        out = []
        for path in sorted(self.folder.glob("*.md")):
            bundle, base, text = path.read_text(encoding="utf-8").split("\n", 2)
            out.append(Snapshot(Path(bundle), text, base or None))
        return out

    def get(self, bundle: Path) -> Snapshot | None:
        return next((s for s in self.list() if s.bundle == bundle), None)

    def discard(self, bundle: Path) -> None:
        self._file(bundle).unlink(missing_ok=True)


class FakeWorkspace:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.store = FakeStore(root)
        self.recovery = FakeRecovery(root / ".sr-editor" / "recovery")
        self.trashed: list[Path] = []

    def list_articles(self) -> list[ArticleSummary]:
        out = []
        for index in sorted(self.root.glob(f"*/{INDEX_NAME}")):
            bundle = index.parent
            try:
                article, _ = read_article_file(index)
                broken = None
            except Exception as error:
                article, broken = Article(), str(error)
            out.append(ArticleSummary(
                bundle.parent, bundle.name, article.title, article.excerpt, article.status, tuple(article.regions),
                tuple(article.tags), index.stat().st_mtime, 0 if article.featured_image else 1, 0, broken,
            ))
        return out

    def create_article(self, title: str, regions: tuple[str, ...] = (), tags: tuple[str, ...] = ()) -> Path:
        slug = "-".join(title.lower().split())
        return write_article(self.root, slug, title, "New text.")

    def duplicate(self, bundle: Path) -> Path:
        target = bundle.with_name(bundle.name + "-copy")
        shutil.copytree(bundle, target)
        return target

    def rename(self, bundle: Path, new_slug: str) -> Path:
        target = bundle.with_name(new_slug)
        bundle.rename(target)
        return target

    def trash(self, bundle: Path) -> Path:
        target = self.root / ".sr-editor" / "trash" / bundle.name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(bundle), target)
        self.trashed.append(target)
        return target


@dataclass(frozen=True)
class FakeVocabulary:
    regions: tuple[str, ...] = ("Africa", "Asia", "Europe", "Latin America", "Middle East")
    countries: Any = None

    def country_names(self) -> list[str]:
        return ["Haiti", "Brazil", "Kenya"]

    def canonical_region(self, name: str) -> str | None:
        return name if name in self.regions else None

    def canonical_country(self, name: str) -> str | None:
        return name

    def region_of(self, country: str) -> str | None:
        return {"Haiti": "Latin America", "Brazil": "Latin America", "Kenya": "Africa"}.get(country)


def markdown_renderer_factory() -> Any:
    md = markdown.Markdown(extensions=["extra", "sane_lists"])

    def render(body: str, resolve_image: Any = None) -> str:
        md.reset()
        return md.convert(body)

    return render


def fake_checker(article: Article, bundle: Path, pause: Any = None) -> list[Any]:
    return []


def write_article(root: Path, slug: str, title: str, body: str, **meta: Any) -> Path:
    bundle = root / slug
    bundle.mkdir(parents=True, exist_ok=True)
    article = Article(meta={"title": title, "slug": slug, "status": meta.pop("status", "draft"), **meta}, body=body)
    (bundle / INDEX_NAME).write_text(serialize_article(article), encoding="utf-8")
    return bundle


@pytest.fixture
def sample_workspace(workspace_dir: Path) -> Path:
    write_article(workspace_dir, "haiti-protests", "Haiti: protests in Port-au-Prince",
                  "Crowds filled the streets.\n\nSecond paragraph.\n", excerpt="Crowds demand change.",
                  regions=["Latin America"])
    write_article(workspace_dir, "kenya-elections", "Kenya votes", "Polling stations opened early.\n",
                  excerpt="A calm election day.", regions=["Africa"], status="review")
    write_article(workspace_dir, "brazil-forest", "Brazil and the forest", "The Amazon burns.\n",
                  excerpt="Fires rise again.", regions=["Latin America"], status="ready")
    return workspace_dir


@pytest.fixture
def dialogs() -> Dialogs:
    """The dialogs every window of `make_window` uses: a test replaces one with a scripted answer
    (`monkeypatch.setattr(dialogs, "ask_external_change", ...)`), before or after the window is made."""
    return lazy_dialogs()


@pytest.fixture
def make_window(qtbot: Any, tmp_path: Path, dialogs: Dialogs) -> Iterator[Callable[..., Any]]:
    windows: list[Any] = []

    def make(root: Path, start: bool = True) -> Any:
        workspace = FakeWorkspace(root)
        context = app.build_context(
            workspace, FakeVocabulary(), config_dir=tmp_path / "config",
            render_factory=markdown_renderer_factory, checker=fake_checker, render_in=RenderIn.WORKER_THREAD,
            dialogs=dialogs,
        )
        window = app.build_window(context)
        qtbot.addWidget(window)
        window.show()
        if start:
            app.start_window(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        if window.isVisible():
            window.close()


@pytest.fixture
def article_writer() -> Callable[..., Path]:
    return write_article


@pytest.fixture
def real_window(qtbot: Any, tmp_path: Path) -> Any:
    """The window over the sample articles with the real core (store, lint, renderer), started as on launch."""
    from sr_editor.core.storage.samples import create_sample_workspace

    root = tmp_path / "samples"
    create_sample_workspace(root)
    vocabulary = app.load_vocabulary()
    context = app.build_context(app.open_workspace(root, vocabulary), vocabulary, config_dir=tmp_path / "cfg")
    window = app.build_window(context)
    qtbot.addWidget(window)
    window.show()
    app.start_window(window)
    yield window
    window.close()
