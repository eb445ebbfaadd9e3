"""Lists the workspace and checks its articles on a worker thread, so the window is usable at once.

A cold workspace of 50,000 articles takes seconds to read and minutes to lint. The window is shown first; this
service reads the list in the background (reporting progress), hands it over in one signal, then runs the checks
of every article not checked yet, newest first, in child processes when there are many, and hands their counts
over in batches. The worker never
touches a widget: only signals cross threads, and the GUI side drops results of an older request.
"""

from __future__ import annotations

import os
import threading
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from sr_editor.core.errors import SrEditorError
from sr_editor.core.pacing import Breather

# Child processes that check a long listing (with the standard checks): one per core. They run at a lower
# priority than the window and end with the run; this thread only waits for their answers, holding no GIL.
CHECK_PROCESSES = max(1, min(2, os.cpu_count() or 1))


class _ListingWorker(QObject):
    progress = Signal(int, int, int)  # generation, bundles read, bundles in all
    listed = Signal(int, list)  # generation, ArticleSummary list
    checked = Signal(int, list)  # generation, ArticleSummary list with fresh counts
    failed = Signal(int, str)

    def __init__(self, workspace: Any) -> None:
        super().__init__()
        self._workspace = workspace
        self.stopping = threading.Event()
        self.latest = 0  # the newest generation asked for; an older run stops early

    @Slot(int, bool)
    def run(self, generation: int, check: bool) -> None:
        pause = Breather()  # this thread naps every few ms: typing in the window never waits long for the GIL
        try:
            summaries = self._workspace.list_articles(
                check=False, progress=lambda done, total: self.progress.emit(generation, done, total), pause=pause)
        except (OSError, SrEditorError) as error:
            self.failed.emit(generation, str(error))
            return
        self.listed.emit(generation, summaries)
        if check and generation == self.latest:
            self._workspace.check_articles(
                summaries, lambda batch: self.checked.emit(generation, batch),
                stop=lambda: self.stopping.is_set() or generation != self.latest, pause=pause,
                processes=CHECK_PROCESSES)


class ListingService(QObject):
    """GUI-side half: `refresh()` asks for a listing; `listed`/`checked` carry only the newest request's results."""

    progress = Signal(int, int)  # bundles read, bundles in all
    listed = Signal(list)
    checked = Signal(list)
    failed = Signal(str)
    _run = Signal(int, bool)

    def __init__(self, workspace: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("workspace-listing")
        self._worker = _ListingWorker(workspace)
        self._worker.moveToThread(self._thread)
        self._run.connect(self._worker.run)
        self._worker.progress.connect(self._on_progress)
        self._worker.listed.connect(self._on_listed)
        self._worker.checked.connect(self._on_checked)
        self._worker.failed.connect(self._on_failed)
        self._generation = 0
        self.listing = False
        self._thread.start()

    def refresh(self, check: bool = True) -> None:
        self._generation += 1
        self._worker.latest = self._generation
        self.listing = True
        self._run.emit(self._generation, check)

    @Slot(int, int, int)
    def _on_progress(self, generation: int, done: int, total: int) -> None:
        if generation == self._generation:
            self.progress.emit(done, total)

    @Slot(int, list)
    def _on_listed(self, generation: int, summaries: list[Any]) -> None:
        if generation == self._generation:
            self.listing = False
            self.listed.emit(summaries)

    @Slot(int, list)
    def _on_checked(self, generation: int, summaries: list[Any]) -> None:
        if generation == self._generation:
            self.checked.emit(summaries)

    @Slot(int, str)
    def _on_failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self.listing = False
            self.failed.emit(message)

    def shutdown(self) -> None:
        """Stop the checks between two articles and wait for the thread (twice is harmless)."""
        self._worker.stopping.set()
        self._thread.quit()
        self._thread.wait(10000)
