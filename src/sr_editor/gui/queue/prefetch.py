"""Decoding the queue's images ahead of time, off the GUI thread, so the next one is on screen at once.

QImage may be created and read in any thread (unlike QPixmap); each decode runs on a small thread pool and
comes back through a queued signal. The cache keeps the few images around the current one.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QObject, QRunnable, QSize, Qt, QThreadPool, Signal
from PySide6.QtGui import QImage, QImageReader

MAX_SIDE = 1600  # decoded at most this large: enough for a full-screen pane, fast to scale when painting
CACHE_SIZE = 12


class _Relay(QObject):
    decoded = Signal(str, QImage)


class _Decode(QRunnable):
    def __init__(self, path: str, relay: _Relay) -> None:
        super().__init__()
        self.path, self.relay = path, relay

    def run(self) -> None:
        reader = QImageReader(self.path)
        reader.setAutoTransform(True)
        size = reader.size()
        if size.isValid() and max(size.width(), size.height()) > MAX_SIDE:
            reader.setScaledSize(size.scaled(QSize(MAX_SIDE, MAX_SIDE), Qt.AspectRatioMode.KeepAspectRatio))
        image = reader.read()
        self.relay.decoded.emit(self.path, image)  # a null image when unreadable: shown as such


class ImagePrefetcher(QObject):
    """`request(paths)` decodes what is not cached yet; `ready(path)` is emitted on the GUI thread."""

    ready = Signal(str)

    def __init__(self, parent: QObject | None = None, threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(threads)
        self._relay = _Relay(self)
        self._relay.decoded.connect(self._on_decoded)
        self._cache: OrderedDict[str, QImage] = OrderedDict()
        self._pending: set[str] = set()

    def get(self, path: str) -> QImage | None:
        image = self._cache.get(path)
        if image is not None:
            self._cache.move_to_end(path)
        return image

    def request(self, paths: list[str]) -> None:
        for path in paths:
            if path and path not in self._cache and path not in self._pending:
                self._pending.add(path)
                self._pool.start(_Decode(path, self._relay))

    def _on_decoded(self, path: str, image: QImage) -> None:
        self._pending.discard(path)
        self._cache[path] = image
        while len(self._cache) > CACHE_SIZE:
            self._cache.popitem(last=False)
        self.ready.emit(path)

    def wait(self, msecs: int = 5000) -> bool:
        return self._pool.waitForDone(msecs)
