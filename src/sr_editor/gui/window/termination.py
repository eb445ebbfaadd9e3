"""Ending the program from outside without losing typing: `kill`, a shutdown or logout that sends SIGTERM, a
terminal closed under it (SIGHUP) or Ctrl+C in it (SIGINT) closes the windows as the Quit command does, so the
open article is saved before the process ends.

Python runs a signal handler only when the interpreter next gets control, which Qt's event loop (C++) may not give
it for a long time; so the signal also writes a byte to a socket (`signal.set_wakeup_fd`) that the event loop
watches, and the handler's work is done on that wake-up, on the GUI thread.
"""

from __future__ import annotations

import contextlib
import logging
import signal
import socket
import time
from collections.abc import Callable
from types import FrameType
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier

log = logging.getLogger(__name__)

SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP", "SIGINT") if hasattr(signal, name))


GRACE_SECONDS = 5.0  # a signal this long after the first one means the close is stuck: end the default way


class TerminationWatch(QObject):
    """Calls `close_all` once on the GUI thread when one of SIGNALS arrives. More signals in the next
    GRACE_SECONDS (a logout sends SIGTERM and the terminal SIGHUP; a user presses Ctrl+C twice) do not cut the
    save short; one after that (a close that is stuck) ends the process the default way."""

    def __init__(self, close_all: Callable[[], object], parent: QObject | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self._close_all = close_all
        self._clock = clock
        self._first = 0.0
        self.received: list[int] = []
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._woken)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno())
        self._previous = {number: signal.signal(number, self._handle) for number in SIGNALS}

    def _handle(self, number: int, _frame: FrameType | None) -> None:
        if not self.received:
            self._first = self._clock()
        elif self._clock() - self._first > GRACE_SECONDS:  # asked again long after: the close did not finish
            self.restore()
            signal.raise_signal(number)
            return
        self.received.append(number)

    def _woken(self, *_args: Any) -> None:
        with contextlib.suppress(OSError):
            while self._reader.recv(64):
                pass
        if self.received and not getattr(self, "_closing", False):
            self._closing = True
            log.info("signal %d: closing the windows (the open article is saved)", self.received[0])
            self._close_all()

    def restore(self) -> None:
        """Give the signals back to their previous handlers (tests; a second signal)."""
        for number, previous in self._previous.items():
            signal.signal(number, previous)
        signal.set_wakeup_fd(self._previous_fd)
        self._notifier.setEnabled(False)


def close_windows_on_termination(app: Any) -> TerminationWatch | None:
    """Watch SIGTERM, SIGHUP and SIGINT for the application `app` (a QApplication) from the main thread; None
    where signals cannot be watched (not the main thread)."""
    try:
        return TerminationWatch(lambda: _close_everything(app), app)
    except ValueError as error:  # set_wakeup_fd / signal.signal outside the main thread
        log.warning("not watching termination signals: %s", error)
        return None


def _close_everything(app: Any) -> None:
    """Dialogs first (a modal one would keep its nested event loop running), then the windows: the main window's
    close saves the open article; then the event loop ends."""
    app.closeAllWindows()
    app.quit()
