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
from collections.abc import Callable
from types import FrameType
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier

log = logging.getLogger(__name__)

SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP", "SIGINT") if hasattr(signal, name))


class TerminationWatch(QObject):
    """Calls `close_all` once on the GUI thread when one of SIGNALS arrives; a second signal while closing (a
    stuck save) ends the process the default way."""

    def __init__(self, close_all: Callable[[], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._close_all = close_all
        self.received: list[int] = []
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._woken)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno())
        self._previous = {number: signal.signal(number, self._handle) for number in SIGNALS}

    def _handle(self, number: int, _frame: FrameType | None) -> None:
        if self.received:  # asked twice: the first close did not finish
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
