"""Waiting for a window's first expose: the moment it is really on screen (on X11 some event-loop turns after
`show()`), so the start-up steps run after the first paint.

A module-level class on purpose: a QObject subclass defined inside a function is a new class on every call,
and PySide keeps each such class for good, with whatever its methods' closures hold; after a workspace switch
that was the whole old window.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class ExposeWatch(QObject):
    """Calls `then` once, on the event-loop turn after `window`'s first expose, or after `fallback_ms` if the
    window system never says so; nothing once the window is gone."""

    def __init__(self, window: QWidget, then: Callable[[], None], fallback_ms: int = 1000) -> None:
        super().__init__(window)
        self._window = window
        self._then: Callable[[], None] | None = then
        self._handle = window.windowHandle()
        if self._handle is None or self._handle.isExposed():
            QTimer.singleShot(0, self, self._fire)
            return
        self._handle.installEventFilter(self)
        QTimer.singleShot(fallback_ms, self, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Expose and self._handle is not None and self._handle.isExposed():
            self._fire()
        return False

    def _fire(self) -> None:
        then, self._then = self._then, None
        if then is None:
            return
        if self._handle is not None:
            self._handle.removeEventFilter(self)
        QTimer.singleShot(0, self._window, then)
