"""Runs publishing work (network, keyring) off the GUI thread; results and progress come back as signals.

Workers never touch widgets: they call plain functions of `publish/` and emit signals, which Qt queues to the
GUI thread. `PublishWorker` also carries cancel: the flow stops between steps, and each step is safe to repeat.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, Signal, Slot

from sr_editor.core.pacing import Progress

if TYPE_CHECKING:  # the flow is imported by the first publish (its job factory), not with the window's menus
    from sr_editor.publish.sync.flow import PublishJob


class _Relay(QObject):
    """Lives in the GUI thread without a parent; signals emitted from the worker are delivered there (queued)."""

    done = Signal(object)
    failed = Signal(object)


class BackgroundCalls(QObject):
    """Blocking calls on daemon threads; `on_done(value)` / `on_failed(exception)` run on the GUI thread.

    Daemon threads, not a child QThreadPool: deleting a dialog must not freeze the window until a slow request
    times out. An answer arriving after the owner was deleted is dropped. At most `threads` threads run the calls,
    in order, and end when none is left: one thread per call, each waiting its turn, made hundreds of threads
    when the alt queue's saves backed up.
    """

    def __init__(self, parent: QObject | None = None, threads: int = 2) -> None:
        super().__init__(parent)
        self._most = max(1, threads)
        self._waiting: deque[Callable[[], None]] = deque()
        self._lock = threading.Lock()
        self._working = 0  # threads taking calls from `_waiting`; changed under `_lock`
        self._relays: set[_Relay] = set()
        self._threads: list[threading.Thread] = []

    def run(
        self, func: Callable[[], Any], on_done: Callable[[Any], None], on_failed: Callable[[BaseException], None]
    ) -> None:
        relay = _Relay()
        self._relays.add(relay)

        def finish(callback: Callable[[Any], None], value: Any) -> None:
            self._relays.discard(relay)
            relay.deleteLater()
            if shiboken6.isValid(self):
                callback(value)

        relay.done.connect(lambda value: finish(on_done, value))
        relay.failed.connect(lambda exc: finish(on_failed, exc))

        def work() -> None:
            try:
                value = func()
            except Exception as exc:  # every failure goes back to the window as a value, never lost
                relay.failed.emit(exc)
            else:
                relay.done.emit(value)

        with self._lock:
            self._waiting.append(work)
            if self._working >= self._most:
                return  # a running thread takes it next
            self._working += 1
        thread = threading.Thread(target=self._take_calls, name="publish-call", daemon=True)
        self._threads = [t for t in self._threads if t.is_alive()] + [thread]
        thread.start()

    def _take_calls(self) -> None:
        while True:
            with self._lock:
                if not self._waiting:
                    self._working -= 1  # under the lock: `run` then starts a thread for the next call
                    return
                work = self._waiting.popleft()
            work()

    @property
    def busy(self) -> bool:
        return bool(self._relays)

    def wait(self, msecs: int = 30_000) -> bool:
        """Join the running calls (tests, shutdown); their answers still arrive through the event loop."""
        deadline = time.monotonic() + msecs / 1000
        for thread in list(self._threads):
            thread.join(max(0.0, deadline - time.monotonic()))
        return not any(t.is_alive() for t in self._threads)


JobFactory = Callable[[Progress], "PublishJob"]  # builds the job in the worker (keyring, term sync may block)


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
