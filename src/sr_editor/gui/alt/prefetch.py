"""Decoding the queue's images ahead of time, off the GUI thread, so the next one is on screen at once.

Measured on this project's machines: PySide's QImageReader.read() and QImage.convertToFormat() keep the GIL for
the whole call (55 ms), which stalled the GUI thread; Pillow decodes and resizes with the GIL released, and for
JPEGs decodes straight at 1/2, 1/4 or 1/8 scale (`draft`) when the pane is smaller than the photo. So each image
is decoded once at the pane's size, in the pixel layout the painter uses without converting (RGB32), and only
zooming in asks for a larger copy.
"""

from __future__ import annotations

import sys
import warnings
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import QObject, QSize, Signal
from PySide6.QtGui import QImage

FULL_SIDE = 2400  # the copy decoded for zooming in
MAX_PIXELS = 80_000_000  # what core.images.files accepts as a photo; more is a decompression bomb
CACHE_SIZE = 12
CACHE_BYTES = 32 * 2**20  # fitted to a large pane a photo is ~4 MiB: twelve of them held ~50 MiB
_LITTLE = sys.byteorder == "little"


class _Relay(QObject):
    decoded = Signal(str, QImage, bool)  # path, image, full size


def _to_qimage(image: object) -> QImage:
    """RGB32 (0xffRRGGBB, stored B,G,R,X on little-endian machines): painted without a conversion."""
    from PIL import Image

    assert isinstance(image, Image.Image)
    rgb = image if image.mode == "RGB" else image.convert("RGB")
    if _LITTLE:
        data = rgb.tobytes("raw", "BGRX")
        return QImage(data, rgb.width, rgb.height, rgb.width * 4, QImage.Format.Format_RGB32).copy()
    data = rgb.tobytes()
    return QImage(data, rgb.width, rgb.height, rgb.width * 3, QImage.Format.Format_RGB888).copy()


def decode(path: str, box: QSize) -> QImage:
    """The image fitted into `box` (never enlarged), upright; a null image when the file cannot be shown."""
    from PIL import Image, ImageOps

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            source = Image.open(path)
            if source.width * source.height > MAX_PIXELS:
                return QImage()
            rotated = source.getexif().get(0x0112, 1) in (5, 6, 7, 8)
            width, height = (box.height(), box.width()) if rotated else (box.width(), box.height())
            source.draft("RGB", (width, height))  # JPEG: decode at a reduced scale, still at least the box
            image = ImageOps.exif_transpose(source) if source.getexif().get(0x0112, 1) != 1 else source
            image = image or source
            scale = min(1.0, box.width() / image.width, box.height() / image.height)
            if scale < 1.0:
                size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
                image = image.resize(size, Image.Resampling.BILINEAR)
            return _to_qimage(image)
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError, Image.DecompressionBombWarning):
        return QImage()


def _bytes(cache: OrderedDict[str, QImage]) -> int:
    return sum(image.sizeInBytes() for image in cache.values())


class ImagePrefetcher(QObject):
    """`request(paths)` decodes what is not cached yet at `fit_size`; `ready(path)` comes on the GUI thread."""

    ready = Signal(str)
    fullReady = Signal(str)

    def __init__(self, parent: QObject | None = None, threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="queue-decode")
        self._relay = _Relay(self)
        self._relay.decoded.connect(self._on_decoded)
        self._cache: OrderedDict[str, QImage] = OrderedDict()
        self._full: OrderedDict[str, QImage] = OrderedDict()
        self._pending: set[tuple[str, bool]] = set()
        self.fit_size = QSize(1200, 900)  # the image pane's size in device pixels; the window keeps it current
        self.destroyed.connect(lambda: self._pool.shutdown(wait=False, cancel_futures=True))

    def get(self, path: str) -> QImage | None:
        found = self._cache.get(path)
        if found is not None:
            self._cache.move_to_end(path)
        return found

    def get_full(self, path: str) -> QImage | None:
        return self._full.get(path)

    def request(self, paths: list[str]) -> None:
        for path in paths:
            if path and path not in self._cache:
                self._submit(path, QSize(self.fit_size), full=False)

    def request_full(self, path: str) -> None:
        if path and path not in self._full:
            self._submit(path, QSize(FULL_SIDE, FULL_SIDE), full=True)

    def forget(self) -> None:
        """The pane changed size: images fitted to the old size are decoded again when next needed."""
        self._cache.clear()

    def _submit(self, path: str, box: QSize, full: bool) -> None:
        if (path, full) in self._pending:
            return
        self._pending.add((path, full))
        self._pool.submit(lambda: self._relay.decoded.emit(path, decode(path, box), full))

    def _on_decoded(self, path: str, image: QImage, full: bool) -> None:
        self._pending.discard((path, full))
        cache = self._full if full else self._cache
        cache[path] = image
        while len(cache) > (CACHE_SIZE if not full else 2) or (len(cache) > 1 and _bytes(cache) > CACHE_BYTES):
            cache.popitem(last=False)
        (self.fullReady if full else self.ready).emit(path)

    @property
    def busy(self) -> bool:
        return bool(self._pending)
