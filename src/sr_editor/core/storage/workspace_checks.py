"""Checking the listed articles in the background: the rows the list opens on first, the work kept as it goes.

A cold workspace is listed first (front matter only) and checked after: about 1.5-2 ms of CPU an article, so
minutes for 50,000. Two things make that wait matter less. The articles are checked newest first, the order the
list opens in (by date updated, newest on top), so the badges on screen arrive within the first batch instead of
after every older article. And the counts go into the listing cache every few seconds, not only at the end, so a
window closed (or killed) in the middle keeps what was checked: the next start lists those rows checked at once.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from pathlib import Path

from sr_editor.core.article.article import Article
from sr_editor.core.article.frontmatter import read_article_file
from sr_editor.core.article.summary import UNCHECKED, ArticleSummary
from sr_editor.core.errors import BrokenArticleError
from sr_editor.core.pacing import no_pause
from sr_editor.core.storage.index_cache import IndexCache, Row
from sr_editor.core.storage.store import INDEX_NAME

PROCESSES_FROM = 200  # fewer articles are checked in this thread: starting a child (~0.3 s) would cost more
# How often a long check run writes its counts to the listing cache: both so many seconds and so many articles
# since the last write (one write at 50,000 rows costs ~0.3 s of CPU; on a busy machine a run is slow, not bigger).
SAVE_EVERY_SECONDS = 15.0
SAVE_EVERY_ARTICLES = 2_000

Counter = Callable[[Article, Path], "tuple[int, int]"]  # (errors, warnings) of one article
BrokenReason = Callable[[BrokenArticleError], str]


@dataclasses.dataclass
class CheckRun:
    """One run of the checks over a listing; `stop()` ends it between two articles (the work so far is kept)."""

    cache: IndexCache
    count: Counter
    broken_reason: BrokenReason
    gc_paused: Callable[[], AbstractContextManager[None]]
    stop: Callable[[], bool] = lambda: False
    batch_size: int = 200
    pause: Callable[[], None] = no_pause
    save_every: float = SAVE_EVERY_SECONDS
    clock: Callable[[], float] = time.monotonic
    processes: int = 0  # child processes for the standard checks (core/checks/check_processes.py); 0: this thread
    _batch: Callable[[list[ArticleSummary]], None] = dataclasses.field(default=lambda done: None, init=False)
    _cached: dict[str, Row] = dataclasses.field(default_factory=dict, init=False)
    _done: list[ArticleSummary] = dataclasses.field(default_factory=list, init=False)
    _saved_at: float = dataclasses.field(default=0.0, init=False)
    _unsaved: int = dataclasses.field(default=0, init=False)  # articles checked since the last write

    def run(self, summaries: Sequence[ArticleSummary], batch: Callable[[list[ArticleSummary]], None]) -> None:
        pending = newest_first([s for s in summaries if s.errors == UNCHECKED and s.broken is None])
        if not pending:
            return
        with self.gc_paused():
            cached = self.cache.load()
        self._batch, self._cached, self._done, self._saved_at, self._unsaved = batch, cached, [], self.clock(), 0
        if self.processes > 0 and len(pending) >= PROCESSES_FROM:
            pending = self._in_processes(pending)
        for summary in pending:
            if self.stop():
                break
            self.pause()
            checked = self._check(summary, cached.get(summary.slug))
            if checked is not None:
                self._deliver(checked)
        if self._done:
            batch(self._done)
        self.cache.save(cached, self.pause)

    def _in_processes(self, pending: list[ArticleSummary]) -> list[ArticleSummary]:
        """Check in child processes; returns what is left for this thread (broken or unreadable files, the work
        of a child that failed), in the same order."""
        from sr_editor.core.checks.check_processes import CheckProcesses

        def found(index: int, counts: tuple[int, int]) -> None:
            summary = pending[index]
            row = self._cached.get(summary.slug)
            if row is not None:
                row[9], row[10] = counts
            self._deliver(dataclasses.replace(summary, errors=counts[0], warnings=counts[1]))

        with CheckProcesses(self.processes) as children:
            left = children.check([s.bundle for s in pending], found, self.stop)
        return [pending[i] for i in sorted(left)]

    def _deliver(self, checked: ArticleSummary) -> None:
        self._done.append(checked)
        self._unsaved += 1
        if len(self._done) >= self.batch_size:
            if self.clock() - self._saved_at >= self.save_every and self._unsaved >= SAVE_EVERY_ARTICLES:
                self.cache.save(self._cached, self.pause)  # before the batch goes out: on disk once shown
                self._saved_at, self._unsaved = self.clock(), 0
            self._batch(self._done)
            self._done = []

    def _check(self, summary: ArticleSummary, row: Row | None) -> ArticleSummary | None:
        """The summary with its counts (the cache's row updated alike), or None when the file cannot be read now."""
        try:
            article, _ = read_article_file(summary.bundle / INDEX_NAME, keep_raw=False)
        except BrokenArticleError as exc:  # the listing read only the front matter: the body may be broken
            reason = self.broken_reason(exc)
            if row is not None:
                row[3:12] = ["", "", "", [], [], row[8], 0, 0, reason]
            return dataclasses.replace(summary, title="", excerpt="", status="", regions=(), tags=(),
                                       errors=0, warnings=0, broken=reason)
        except OSError:
            return None  # the next listing reads it again
        errors, warnings = self.count(article, summary.bundle)
        if row is not None:
            row[9], row[10] = errors, warnings
        return dataclasses.replace(summary, errors=errors, warnings=warnings)


def newest_first(summaries: list[ArticleSummary]) -> list[ArticleSummary]:
    """The order the list opens in (date updated, newest first; then by folder name), so the rows on screen are
    checked first."""
    return sorted(summaries, key=lambda s: (-s.updated, s.slug))

