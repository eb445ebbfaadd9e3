"""Loading and atomically saving article bundles, with external-change detection and local history.

A save never overwrites what it has not seen: the caller passes the hash of the bytes it loaded and the store
refuses (ExternalChangeError) when the file on disk is different. The write itself is atomic (see atomicfile),
and a per-article lock held from the check to the rename makes check-and-replace atomic between processes.
"""

from __future__ import annotations

import contextlib
import copy
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from sr_editor.core.article.article import Article
from sr_editor.core.article.frontmatter import (
    MAX_ARTICLE_BYTES,
    parse_article,
    read_article_file,
    refuse_link_outside,
    serialize_article,
)
from sr_editor.core.digest import sha256_hex
from sr_editor.core.errors import (
    ArticleNotFoundError,
    ArticleTooLargeError,
    ArticleWriteError,
    ExternalChangeError,
    UnwritableMetadataError,
)
from sr_editor.core.i18n import translate
from sr_editor.core.storage.atomicfile import atomic_write_bytes, remove_stale_temp_files
from sr_editor.core.storage.history import LocalHistory
from sr_editor.core.storage.lock import ARTICLE_LOCKS_DIR, article_lock

log = logging.getLogger(__name__)

INDEX_NAME = "index.md"
STATE_DIR = ".sr-editor"


@dataclass(frozen=True)
class LoadedArticle:
    bundle: Path
    article: Article
    disk_hash: str  # sha256 hex of the bytes loaded


def resolve_bundle(path: Path) -> Path:
    """A user's path (bundle folder or its index.md) to the bundle folder; ArticleNotFoundError otherwise."""
    path = Path(path).expanduser()
    if path.name == INDEX_NAME and path.is_file():
        return path.parent
    if path.is_dir() and (path / INDEX_NAME).is_file():
        return path
    raise ArticleNotFoundError(path)


def locate_article(path: Path) -> tuple[Path, Path | None]:
    """(workspace, bundle) for a path a file manager or the command line hands us: an article's index.md or
    folder opens that article in its workspace, found by walking up (the nearest folder holding `.sr-editor/`,
    else the bundle's parent); any other folder is a workspace. ArticleNotFoundError for anything else."""
    path = Path(path).expanduser().absolute()
    try:
        bundle = resolve_bundle(path)
    except ArticleNotFoundError:
        if path.is_dir():
            return path, None
        raise
    for folder in bundle.parents:
        if (folder / STATE_DIR).is_dir():
            return folder, bundle
    return bundle.parent, bundle


class StoreLike(Protocol):
    """What publishing and pulling need of a store: `ArticleStore`, or a test's fake."""

    root: Path
    history: LocalHistory | None

    def load(self, bundle: Path) -> LoadedArticle: ...

    def save(self, bundle: Path, article: Article, expected_hash: str | None, reason: str = "save",
             durable: bool = True) -> str: ...

    def index_path(self, bundle: Path) -> Path: ...


class ArticleStore:
    """Reads and writes `<bundle>/index.md`; each version a save replaces goes to the local history
    (`<workspace>/.sr-editor/history` unless another is given; none with `keep_history=False`)."""

    def __init__(
        self, workspace_root: Path, history: LocalHistory | None = None, keep_history: bool = True
    ) -> None:
        self.root = workspace_root
        if history is None and keep_history:
            history = LocalHistory(workspace_root / STATE_DIR / "history")
        self.history = history
        self.locks_dir = workspace_root / STATE_DIR / ARTICLE_LOCKS_DIR

    def index_path(self, bundle: Path) -> Path:
        return bundle / INDEX_NAME

    def resolve(self, path: Path) -> Path:
        return resolve_bundle(path)

    def load(self, bundle: Path) -> LoadedArticle:
        """Parse index.md (BrokenArticleError when it cannot be read safely); cleans old crash leftovers."""
        refuse_link_outside(self.index_path(bundle), self.root)
        remove_stale_temp_files(bundle)
        article, data = read_article_file(self.index_path(bundle))
        return LoadedArticle(bundle, article, sha256_hex(data))

    def disk_hash(self, bundle: Path) -> str | None:
        """sha256 of index.md as it is now, None when it does not exist."""
        data = self._read_current(self.index_path(bundle))
        return None if data is None else sha256_hex(data)

    def save(self, bundle: Path, article: Article, expected_hash: str | None, reason: str = "save",
             durable: bool = True) -> str:
        """Atomic save; ExternalChangeError if disk != expected_hash (None: file must not exist). New hash.

        On success `article.raw_front`/`raw_meta` describe what was written, so the next save of an unchanged
        front matter writes it back verbatim. OSError becomes ArticleWriteError; the old file stays intact.
        The article's lock is held from reading the file on disk to the rename (ArticleBusyError if another
        process holds it for longer than a save takes). `durable=False` skips the fsyncs, for a caller that
        makes many new files durable at once afterwards (a pull of thousands of posts: `os.sync` per page).
        """
        path = self.index_path(bundle)
        try:
            text = serialize_article(article)
        except UnwritableMetadataError as exc:
            raise ArticleWriteError(path, exc.reason) from exc
        data = text.encode("utf-8")
        if len(data) > MAX_ARTICLE_BYTES:
            raise ArticleTooLargeError(path, len(data), MAX_ARTICLE_BYTES)
        with self.locked(bundle):
            return self._replace_checked(bundle, article, text, data, expected_hash, reason, durable)

    def locked(self, bundle: Path) -> contextlib.AbstractContextManager[None]:
        """The article's cross-process lock, for any read-check-write of its index.md (saves, publish
        write-backs). Not re-entrant: never call `save` while holding it."""
        return article_lock(self.locks_dir, bundle)

    def _replace_checked(
        self, bundle: Path, article: Article, text: str, data: bytes, expected_hash: str | None, reason: str,
        durable: bool = True,
    ) -> str:
        path = self.index_path(bundle)
        current = self._read_current(path)
        if (None if current is None else sha256_hex(current)) != expected_hash:
            raise ExternalChangeError(path)
        if current == data:
            self._remember_written(article, text)
            return sha256_hex(data)
        if current is not None:
            self._record_history(bundle, current, reason)
        try:
            atomic_write_bytes(path, data, durable=durable)
        except OSError as exc:
            raise ArticleWriteError(path, exc.strerror or str(exc)) from exc
        self._remember_written(article, text)
        return sha256_hex(data)

    def _read_current(self, path: Path) -> bytes | None:
        try:
            return path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise ArticleWriteError(path, translate("ArticleWriteError", "the file on disk cannot be read: {0}").format(
                exc.strerror or exc)) from exc

    def _record_history(self, bundle: Path, data: bytes, reason: str) -> None:
        if self.history is None:
            return
        try:
            self.history.record(bundle, data, reason)
        except OSError as exc:  # history is a convenience; the user's save goes ahead
            log.warning("cannot keep the previous version of %s in history: %s", bundle, exc)

    @staticmethod
    def _remember_written(article: Article, text: str) -> None:
        written = parse_article(text)
        article.raw_front = written.raw_front
        article.raw_meta = copy.deepcopy(written.raw_meta)
        article.newline = written.newline
        article.bom = written.bom
