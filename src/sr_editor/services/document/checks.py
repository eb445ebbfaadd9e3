"""Runs the article checks (core.checks.lint) after edits, on a worker thread, and pushes them into the document.

Checks stat image files in the bundle, so they run off the GUI thread with a short debounce; a result for an
older version of the text is dropped. A long article's checks wait until its last slice is in the editor
(services.document.loading): they render the whole text in Python on their thread (~1 s for 50k words), which
would take the interpreter lock from the GUI thread between the slices and the CPU from the preview's first
render. A check whose result would be dropped (the text changed, another article opened) ends at its next pause
instead of running on: the last article's checks no longer hold the interpreter lock while the next one opens.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from sr_editor.core.article.article import Article
from sr_editor.core.pacing import Breather, Superseded, stoppable
from sr_editor.services.document.document import ArticleDocument

Pause = Callable[[], None]
Checker = Callable[[Article, Path, Pause], list[Any]]  # check_article bound to the region vocabulary, with its pause

CHECK_DELAY_MS = 400


@dataclass(frozen=True)
class BrokenFileProblem:
    """The one problem of an article that cannot be read: the reader's sentence and the line of the file."""

    message: str
    line: int | None
    rule: str = "unreadable-file"
    severity: str = "error"  # core.lint.Severity.ERROR's value
    field: str | None = None
    image: str | None = None


class ChecksRunner(QObject):
    checked = Signal(object, list)  # bundle, problems
    _result = Signal(int, object, list)

    def __init__(self, document: ArticleDocument, checker: Checker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document, self._checker = document, checker
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="checks")
        self._generation = 0
        self._closed = False
        self._held = False
        self._timer = QTimer(self, singleShot=True, interval=CHECK_DELAY_MS)
        self._timer.timeout.connect(self.run_now)
        self._hold_timer = QTimer(self, singleShot=True)
        self._hold_timer.timeout.connect(self.release)
        self._result.connect(self._on_result)
        document.bodyChanged.connect(self.schedule)
        document.metaChanged.connect(self.schedule)
        document.loaded.connect(self.run_now)
        document.slices.finished.connect(self.schedule)  # the checks that waited for the last slice

    def use_vocabulary(self, vocabulary: Any) -> None:
        """Check against `vocabulary` from now on (the site's regions after a term sync), and check again."""
        def check(article: Article, bundle: Path, pause: Pause) -> list[Any]:
            from sr_editor.core.checks.lint import check_article

            return check_article(article, bundle, vocabulary, pause)

        self._checker = check
        self.schedule()

    def hold(self, timeout_ms: int | None = None) -> None:
        """No checks until `release` (or `timeout_ms`): a long article's first preview comes first."""
        self._held = True
        if timeout_ms is not None:
            self._hold_timer.start(timeout_ms)

    @Slot()
    def release(self) -> None:
        """Run the checks held back, if any."""
        self._hold_timer.stop()
        if self._held:
            self._held = False
            self.run_now()

    @Slot()
    def schedule(self, *_: object) -> None:
        self._generation += 1
        self._timer.start()

    @Slot()
    def run_now(self) -> None:
        self._timer.stop()
        if self._closed:
            return
        self._generation += 1
        if self._held or self._document.slices.active:  # a long article still going in: checked once it is all there
            return
        bundle = self._document.bundle
        if bundle is None:
            self._document.set_problems([])
            return
        if self._document.read_only:  # the file cannot be read: its problem, at its line, is the only one
            problem = BrokenFileProblem(self._document.broken_detail, self._document.broken_line)
            self._document.set_problems([problem])
            self.checked.emit(bundle, [problem])
            return
        generation, article = self._generation, self._document.article()

        def stale() -> bool:  # a newer article or text came meanwhile: this result would be dropped
            return generation != self._generation

        def work() -> None:
            if stale():
                return
            try:  # naps (typing never waits on the checks), and ends at the next one once stale
                problems = self._checker(article, bundle, stoppable(Breather(), stale))
            except Superseded:
                return
            except Exception:  # a lint bug must not break editing; the problems panel just stays as it was
                return
            self._result.emit(generation, bundle, problems)

        self._executor.submit(work)

    @Slot(int, object, list)
    def _on_result(self, generation: int, bundle: Path, problems: list[Any]) -> None:
        if generation != self._generation or bundle != self._document.bundle:
            return
        self._document.set_problems(problems)
        self.checked.emit(bundle, problems)

    def shutdown(self) -> None:
        self._closed = True
        self._timer.stop()
        self._executor.shutdown(wait=True)
