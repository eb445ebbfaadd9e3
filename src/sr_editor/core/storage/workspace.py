"""A workspace folder of article bundles: listing (cached), create, duplicate, rename, trash.

Folders whose names start with '.' are never articles (`.sr-editor/` holds the state, safe to delete: index
cache, history, recovery snapshots, trash, lock). A folder without index.md is not an article either.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import os
import re
import shutil
import stat
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sr_editor
from sr_editor.core.article.article import Article
from sr_editor.core.article.frontmatter import read_article_file, read_front_matter, refuse_link_outside
from sr_editor.core.article.slugs import slugify, unique_slug
from sr_editor.core.article.summary import UNCHECKED, ArticleSummary
from sr_editor.core.errors import (
    ArticleExistsError,
    BrokenArticleError,
    SrEditorError,
    WorkspaceOperationError,
)
from sr_editor.core.i18n import translate
from sr_editor.core.pacing import no_pause
from sr_editor.core.storage.history import LocalHistory
from sr_editor.core.storage.index_cache import CACHE_NAME, IndexCache, Row
from sr_editor.core.storage.lock import ArticleInUseError, WorkspaceLock, article_lock
from sr_editor.core.storage.recovery import RecoveryStore
from sr_editor.core.storage.store import INDEX_NAME, STATE_DIR, ArticleStore
from sr_editor.core.storage.workspace_checks import SAVE_EVERY_SECONDS, CheckRun

if TYPE_CHECKING:  # lint pulls in the renderer; a listing without a checker should not pay for importing it
    from sr_editor.core.checks.lint import Problem

log = logging.getLogger(__name__)

Checker = Callable[[Article, Path], "list[Problem]"]

# Entries changed this recently are not trusted to the cache: a second edit within the file system's
# timestamp granularity could keep the same mtime and size (git's "racy" problem).
_RACY_SECONDS = 2.0
MOVE_LOCK_WAIT = 2.0  # seconds a rename or trash waits for a save of the article to finish
_TRASH_STAMP = "%Y%m%d-%H%M%S"
_INDEX_SUFFIX = os.sep + INDEX_NAME
_TRASH_NAME = re.compile(r"^(\d{8}-\d{6})(?:\.(\d+))?-(.+)$")


@dataclass(frozen=True)
class TrashEntry:
    path: Path  # the folder under .sr-editor/trash/
    slug: str  # the bundle's folder name before it was trashed
    trashed_at: float


class Workspace:
    """The workspace's articles and state; `store`, `history`, `recovery` and `lock` are its collaborators."""

    def __init__(self, root: Path, checker: Checker | None = None, checker_id: str | None = None,
                 standard_checks: bool = False) -> None:
        """`standard_checks`: the checker is the standard one (core.checks.lint with the default region
        vocabulary), so `check_articles` may run it in child processes."""
        self.root = Path(root)
        self.state_dir = self.root / STATE_DIR
        self.checker = checker
        self.standard_checks = standard_checks and checker is not None
        self.history = LocalHistory(self.state_dir / "history")
        self.store = ArticleStore(self.root, history=self.history)
        self.recovery = RecoveryStore(self.state_dir / "recovery")
        self.lock = WorkspaceLock(self.root)
        self.trash_dir = self.state_dir / "trash"
        # "status1": statuses are cached in the one vocabulary (core/article/status.py); "a11y1": the counts include
        # the accessibility checks (core/checks/a11y.py). Older caches are rebuilt.
        context = f"{sr_editor.__version__}|status1|a11y1|{checker_id or _checker_id(checker)}"
        self.cache = IndexCache(self.state_dir / CACHE_NAME, context)

    # ----- listing ---------------------------------------------------------------------------------
    def list_articles(self, check: bool = True, progress: Callable[[int, int], None] | None = None,
                      pause: Callable[[], None] = no_pause) -> list[ArticleSummary]:
        """Every bundle, sorted by folder name; broken files are listed with their reason. Never raises
        for a single article; unchanged bundles come from the index cache.

        With `check=False` new or changed bundles are only read, not checked: their counts are UNCHECKED until
        `check_articles` runs (the window lists first and checks in the background). `progress(done, total)`
        is called now and then while bundles are read; `pause()` before each bundle (a worker thread's
        `core.pacing.Breather`, so the GUI thread is not kept waiting for the interpreter lock)."""
        with _gc_paused():
            cached = self.cache.load()
        rows: dict[str, Row] = {}
        changed = False
        now = time.time()
        found = self._scan()
        for done, (name, folder, key) in enumerate(found):
            pause()
            row = None if key[0] < 0 else cached.get(name)  # an unreadable folder is read again each time
            if row is None or row[0] != key[0] or row[1] != key[1] or row[2] != key[2] or (
                check and row[9] == UNCHECKED and row[11] is None
            ):
                row = self._row(folder, key, now, check, scanned=True)  # the checker may build cyclic garbage
                changed = True
                if progress is not None and done % 250 == 0:
                    progress(done, len(found))
            rows[name] = row
        if changed or len(rows) != len(cached):
            self.cache.save(rows, pause)
        shared: dict[Any, Any] = {}
        with _gc_paused():  # the summaries keep the texts they show; the rows go with this call
            return [_summary(self.root, name, row, shared) for name, row in sorted(rows.items())]

    def summarize(self, bundle: Path) -> ArticleSummary:
        """One article's summary, read fresh (after a save, for one row of the list)."""
        key = _key(bundle)
        return _summary(bundle.parent, bundle.name, self._row(bundle, key or (0, 0, 0), time.time()), {})

    def _scan(self) -> list[tuple[str, str, tuple[int, int, int]]]:
        found: list[tuple[str, str, tuple[int, int, int]]] = []
        try:
            entries = list(os.scandir(self.root))
        except FileNotFoundError:
            return found
        except OSError as exc:
            raise WorkspaceOperationError(translate("WorkspaceOperationError", "list the articles in"), self.root,
                                          exc.strerror or str(exc)) from exc
        for entry in entries:
            if entry.name.startswith("."):
                continue
            key = _scan_key(entry)
            if key is not None:
                found.append((entry.name, entry.path, key))
        return found

    def check_articles(self, summaries: Sequence[ArticleSummary], batch: Callable[[list[ArticleSummary]], None],
                       stop: Callable[[], bool] = lambda: False, batch_size: int = 200,
                       pause: Callable[[], None] = no_pause, save_every: float = SAVE_EVERY_SECONDS,
                       processes: int = 0) -> None:
        """Run the checker on the listed articles still UNCHECKED, newest first (the rows the list opens on),
        handing updated summaries to `batch` in groups and keeping the counts in the index cache (written every
        `save_every` seconds and at the end); `stop()` ends it early (the work done so far is kept); `pause()`
        before each article checked in this thread, as in `list_articles`. With `processes` and the standard
        checks, a long run is checked in that many child processes."""
        if self.checker is None:
            return
        CheckRun(self.cache, self._count_problems, _broken_reason, _gc_paused, stop=stop, batch_size=batch_size,
                 pause=pause, save_every=save_every, processes=processes if self.standard_checks else 0,
                 ).run(summaries, batch)

    def _row(self, folder: str | Path, key: tuple[int, int, int], now: float, check: bool = True,
             scanned: bool = False) -> Row:
        index_mtime_ns, size, dir_mtime_ns = key
        if now - index_mtime_ns / 1e9 < _RACY_SECONDS or now - dir_mtime_ns / 1e9 < _RACY_SECONDS:
            index_mtime_ns = -1  # never matches: re-read next time
        updated = max(key[0], 0) / 1e9
        index = f"{folder}{_INDEX_SUFFIX}"  # a string: 50,000 Paths cost a tenth of a cold listing
        try:
            if not scanned or key[0] < 0:  # the scan gives links and unreadable entries a key of -1
                refuse_link_outside(Path(index), self.root)
            # Unchecked, only the front matter is read: the checks read the body later (and report it if broken)
            article = read_article_file(Path(index), keep_raw=False)[0] if check else read_front_matter(index, size)
        except BrokenArticleError as exc:
            return [index_mtime_ns, size, dir_mtime_ns, "", "", "", [], [], updated, 0, 0, _broken_reason(exc)]
        errors, warnings = self._count_problems(article, Path(folder)) if check else (UNCHECKED, UNCHECKED)
        return [
            index_mtime_ns, size, dir_mtime_ns, article.title, article.excerpt, article.status,
            article.regions, article.tags, updated, errors, warnings, None,
        ]

    def _count_problems(self, article: Article, bundle: Path) -> tuple[int, int]:
        if self.checker is None:
            return 0, 0
        try:
            problems = self.checker(article, bundle)
        except Exception:  # a bug in one check must not hide the whole list
            log.exception("checking %s failed", bundle)
            return 0, 0
        errors = sum(1 for p in problems if str(p.severity) == "error")
        return errors, len(problems) - errors

    # ----- creating and moving ---------------------------------------------------------------------
    def taken_slugs(self) -> set[str]:
        try:
            return {name for name in os.listdir(self.root) if not name.startswith(".")}
        except FileNotFoundError:
            return set()

    def create_article(
        self, title: str, regions: Sequence[str] = (), tags: Sequence[str] = (), author: str = ""
    ) -> Path:
        """A new draft bundle under a unique slug derived from the title; returns its folder."""
        with _file_system(translate("WorkspaceOperationError", "create an article in"), self.root):
            self.root.mkdir(parents=True, exist_ok=True)
            bundle = self._new_folder(slugify(title))
        article = Article(meta={
            "title": title, "slug": bundle.name, "excerpt": "", "status": "draft", "author": author,
            "regions": list(regions), "tags": list(tags),
        })
        if not author:
            article.remove("author")
        try:
            self.store.save(bundle, article, None, reason="create")
        except BaseException:
            shutil.rmtree(bundle, ignore_errors=True)
            raise
        return bundle

    def _new_folder(self, base: str) -> Path:
        """mkdir a unique folder; exclusive, so two processes creating the same title get two folders."""
        for _ in range(100):
            bundle = self.root / unique_slug(base, self.taken_slugs())
            try:
                bundle.mkdir()
                return bundle
            except FileExistsError:
                continue
        raise ArticleExistsError(self.root / base)

    def duplicate(self, bundle: Path) -> Path:
        """Copy a bundle with its images as a new draft; the copy has no `remote` (it is a new post).

        The copy is assembled in a hidden folder and renamed into place, so the list never shows half a copy."""
        article = self.store.load(bundle).article.copy()
        new_slug = unique_slug(f"{bundle.name}-copy", self.taken_slugs())
        staging = self.root / f".{new_slug}.partial"
        target = self.root / new_slug
        article.title = f"{article.title} (copy)" if article.title else ""
        article.slug = new_slug
        article.status = "draft"
        article.remove("remote")
        try:
            with _file_system("copy", bundle):
                shutil.rmtree(staging, ignore_errors=True)
                shutil.copytree(bundle, staging, ignore=shutil.ignore_patterns(".*"))
                (staging / INDEX_NAME).unlink()
            self.store.save(staging, article, None, reason="duplicate")
            if target.exists():
                raise ArticleExistsError(target)
            with _file_system("copy", bundle):
                staging.rename(target)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        return target

    def rename(self, bundle: Path, new_slug: str) -> Path:
        """Rename the folder and the front-matter slug; refuses a name already taken (ArticleExistsError).

        `new_slug` goes through slugify, so a title-like name is accepted. History and any recovery snapshot
        follow the article; if the front matter cannot be updated, everything is moved back."""
        slug = slugify(new_slug)
        target = self.root / slug
        if target == bundle:
            return bundle
        if target.exists():
            raise ArticleExistsError(target)
        renaming = translate("ArticleInUseError", "{0} is being saved by another program or window; it was not "
                             "renamed, try again in a moment.").format(bundle)
        with self._held(bundle, renaming):  # a save in flight finishes first; a later one sees the file gone
            loaded = self.store.load(bundle)
            with _file_system("rename", bundle):
                bundle.rename(target)
            self.history.move(bundle, target)
            try:
                loaded.article.slug = slug
                self.store.save(target, loaded.article, loaded.disk_hash, reason="rename")
            except BaseException:
                target.rename(bundle)
                self.history.move(target, bundle)
                raise
        self.recovery.move(bundle, target)
        return target

    def _held(self, bundle: Path, busy: str) -> contextlib.AbstractContextManager[None]:
        """The article's lock (the one every save takes) for a move, waiting at most MOVE_LOCK_WAIT; `busy` is
        the sentence when another program holds it longer."""
        return article_lock(self.store.locks_dir, bundle, MOVE_LOCK_WAIT, lambda: ArticleInUseError(bundle, busy))

    # ----- trash -----------------------------------------------------------------------------------
    def trash(self, bundle: Path) -> Path:
        """Move the bundle under `.sr-editor/trash/<timestamp>-<slug>/`; restorable with `restore`."""
        stamp = time.strftime(_TRASH_STAMP, time.gmtime())
        target = self.trash_dir / f"{stamp}-{bundle.name}"
        number = 1
        while target.exists():
            number += 1
            target = self.trash_dir / f"{stamp}.{number}-{bundle.name}"
        busy = translate("ArticleInUseError", "{0} is being saved by another program or window; it was not moved "
                         "to the trash, try again in a moment.").format(bundle)
        with self._held(bundle, busy), _file_system(translate("WorkspaceOperationError", "move to the trash"), bundle):
            self.trash_dir.mkdir(parents=True, exist_ok=True)
            bundle.rename(target)
        return target

    def list_trash(self) -> list[TrashEntry]:
        """Newest first."""
        import calendar  # for the trash dialog only, not the window's start-up
        entries: list[TrashEntry] = []
        try:
            names = os.listdir(self.trash_dir)
        except FileNotFoundError:
            return entries
        for name in names:
            match = _TRASH_NAME.match(name)
            if not match:
                continue
            trashed_at = calendar.timegm(time.strptime(match.group(1), _TRASH_STAMP))
            entries.append(TrashEntry(self.trash_dir / name, match.group(3), float(trashed_at)))
        entries.sort(key=lambda e: (e.trashed_at, _trash_counter(e.path.name)), reverse=True)
        return entries

    def restore(self, entry: TrashEntry | Path) -> Path:
        """Move a trashed bundle back; under a new unique name (slug updated too) when its own is taken."""
        source = entry.path if isinstance(entry, TrashEntry) else Path(entry)
        match = _TRASH_NAME.match(source.name)
        original = match.group(3) if match else source.name
        slug = unique_slug(original or "article", self.taken_slugs())
        target = self.root / slug
        with _file_system(translate("WorkspaceOperationError", "restore from the trash"), source):
            source.rename(target)
        if slug != original:
            try:
                loaded = self.store.load(target)
                loaded.article.slug = slug
                self.store.save(target, loaded.article, loaded.disk_hash, reason="restore")
            except SrEditorError as exc:  # a broken file is never rewritten; the folder name is what counts
                log.warning("restored %s but could not update its slug: %s", target, exc)
        return target

    def resolve(self, path: Path) -> Path:
        """A user's path (bundle folder, its index.md, or a slug in this workspace) to the bundle folder."""
        candidate = Path(path).expanduser()
        if not candidate.exists() and not candidate.is_absolute() and (self.root / candidate).exists():
            candidate = self.root / candidate
        return self.store.resolve(candidate)


def _scan_key(entry: os.DirEntry[str]) -> tuple[int, int, int] | None:
    """The cache key of a bundle; None when it is no article. A folder or index.md that cannot be read, or is a
    link, gets a key that never matches the cache: `_row` reads it and lists it as broken with the reason."""
    try:
        if not entry.is_dir():
            return None
        linked = entry.is_symlink()
        dir_stat = entry.stat()
        index = os.lstat(entry.path + _INDEX_SUFFIX)
        if stat.S_ISLNK(index.st_mode):
            linked = True
            index = os.stat(entry.path + _INDEX_SUFFIX)
    except (FileNotFoundError, NotADirectoryError):  # no index.md (not an article), or it vanished meanwhile
        return None
    except OSError:  # permission denied, I/O error: shown as broken, never hidden
        return (-1, 0, 0)
    if linked:
        return (-1, index.st_size, dir_stat.st_mtime_ns)
    return (index.st_mtime_ns, index.st_size, dir_stat.st_mtime_ns)


def _key(bundle: Path) -> tuple[int, int, int] | None:
    try:
        index = os.stat(bundle / INDEX_NAME)
        folder = os.stat(bundle)
    except OSError:
        return None
    return index.st_mtime_ns, index.st_size, folder.st_mtime_ns


@contextlib.contextmanager
def _file_system(action: str, path: Path) -> Iterator[None]:
    """OSError as a sentence naming the action and the folder (WorkspaceOperationError)."""
    try:
        yield
    except OSError as exc:
        raise WorkspaceOperationError(action, path, exc.strerror or str(exc)) from exc


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic GC while building ~100,000 small acyclic containers: otherwise it walks the whole heap
    several times meanwhile, up to a third of a warm listing in a process that has loaded the GUI."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _broken_reason(exc: BrokenArticleError) -> str:
    return translate("workspace", "line {0}: {1}").format(exc.line, exc.reason) if exc.line is not None else exc.reason


def _summary(workspace: Path, name: str, row: Row, shared: dict[Any, Any]) -> ArticleSummary:
    """The row as a summary; `shared` holds the statuses and region and tag tuples already made, so 10,000 articles
    in five regions keep five tuples, not 10,000 (and as many copies of each name)."""
    status: str = _one(shared, row[5])
    regions: tuple[str, ...] = _one(shared, tuple(row[6]))
    tags: tuple[str, ...] = _one(shared, tuple(row[7]))
    return ArticleSummary(workspace, name, row[3], row[4], status, regions, tags, row[8], row[9], row[10], row[11])


def _one(shared: dict[Any, Any], value: object) -> Any:
    """The value already in `shared` equal to `value`, or `value` itself, kept there for the next one."""
    return shared.setdefault(value, value)


def _trash_counter(name: str) -> int:
    match = _TRASH_NAME.match(name)
    return int(match.group(2)) if match and match.group(2) else 1


def _checker_id(checker: Checker | None) -> str:
    """The cache's counts are valid for one checker. The app has one (core.checks.lint, wrapped in a different closure
    by the CLI and the window), so any checker counts as the same unless the caller passes `checker_id`."""
    return "none" if checker is None else "checker"


def article_folders(root: Path) -> list[Path]:
    """The article bundles directly in `root` (folders holding index.md, hidden ones skipped), sorted by name: the
    scan pull and other headless jobs use instead of walking the folder themselves."""
    try:
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except (FileNotFoundError, NotADirectoryError):
        return []
    return [Path(e.path) for e in entries if not e.name.startswith(".") and _scan_key(e) is not None]


def occupied_names(root: Path) -> set[str]:
    """Names a new bundle may not take: every article bundle and every entry that is not a folder (a folder
    without index.md is free: an interrupted pull left its images there and takes it up again)."""
    try:
        entries = list(os.scandir(root))
    except (FileNotFoundError, NotADirectoryError):
        return set()
    taken = {e.name for e in entries if _scan_key(e) is not None}
    for entry in entries:
        try:
            if not entry.is_dir():
                taken.add(entry.name)
        except OSError:
            taken.add(entry.name)
    return taken
