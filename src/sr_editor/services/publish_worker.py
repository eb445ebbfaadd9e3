"""Runs publishing work (network, keyring) off the GUI thread; results and progress come back as signals.

Workers never touch widgets: they call plain functions of `publish/` and emit signals, which Qt queues to the
GUI thread. `PublishWorker` also carries cancel: the flow stops between steps, and each step is safe to repeat.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from sr_editor.publish.flow import Progress, PublishJob


class _Relay(QObject):
    """Lives in the GUI thread; signals emitted from the worker are delivered there (queued)."""

    done = Signal(object)
    failed = Signal(object)


class _Call(QRunnable):
    def __init__(self, func: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._func, self._relay = func, relay

    def run(self) -> None:
        try:
            value = self._func()
        except Exception as exc:  # every failure goes back to the window as a value, never lost in a thread
            self._relay.failed.emit(exc)
        else:
            self._relay.done.emit(value)


class BackgroundCalls(QObject):
    """Blocking calls on a small private pool; `on_done(value)` / `on_failed(exception)` run on the GUI thread."""

    def __init__(self, parent: QObject | None = None, threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(threads)
        self._relays: set[_Relay] = set()

    def run(
        self, func: Callable[[], Any], on_done: Callable[[Any], None], on_failed: Callable[[BaseException], None]
    ) -> None:
        relay = _Relay()
        self._relays.add(relay)

        def finish(callback: Callable[[Any], None], value: Any) -> None:
            self._relays.discard(relay)
            relay.deleteLater()
            callback(value)

        relay.done.connect(lambda value: finish(on_done, value))
        relay.failed.connect(lambda exc: finish(on_failed, exc))
        self._pool.start(_Call(func, relay))

    @property
    def busy(self) -> bool:
        return bool(self._relays)

    def wait(self, msecs: int = 30_000) -> bool:
        return self._pool.waitForDone(msecs)


JobFactory = Callable[[Progress], PublishJob]  # builds the job in the worker (keyring, term sync may block)


class PublishWorker(QObject):
    """One publish at a time: `start(factory)`, then `progress` per step and one of the three endings."""

    progress = Signal(str, int, int)  # message, step done, steps total
    succeeded = Signal(object)  # publish.flow.PublishResult
    failed = Signal(object)  # the exception (a PublishError carries the sentence to show)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._calls = BackgroundCalls(self, threads=1)
        self._job: PublishJob | None = None
        self._cancelled = threading.Event()
        self._lock = threading.Lock()

    @property
    def running(self) -> bool:
        return self._calls.busy

    def start(self, factory: JobFactory) -> None:
        if self.running:
            raise RuntimeError("a publish is already running")
        self._cancelled.clear()
        self._job = None
        self._calls.run(lambda: self._work(factory), self._finished, self.failed.emit)

    def _work(self, factory: JobFactory) -> Any:
        job = factory(self.progress.emit)
        with self._lock:
            self._job = job
            if self._cancelled.is_set():
                job.cancel()
        return job.run()

    @Slot()
    def cancel(self) -> None:
        """Ask the job to stop before its next step; what was done stays recorded in the front matter."""
        with self._lock:
            self._cancelled.set()
            if self._job is not None:
                self._job.cancel()

    def _finished(self, result: Any) -> None:
        self.succeeded.emit(result)

    def wait(self, msecs: int = 30_000) -> bool:
        return self._calls.wait(msecs)
