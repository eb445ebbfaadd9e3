"""Small building blocks shared by the panels and dialogs: counters, lint lines, thumbnails, image markdown.

They live apart so the metadata panel, the images panel and the insert-image dialog look and behave alike.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from enum import Enum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QImage, QImageReader, QPalette, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

# Muted colours: readable on light and dark palettes, not alarming for a mere warning.
ERROR_COLOUR = "#b3261e"
WARNING_COLOUR = "#8a6100"
OK_COLOUR = "#4f6b3a"
MUTED_COLOUR = "#6b6f76"

# import_image(bundle, source_path, max_width) -> file name inside the bundle (core.images.files, render helper).
ImageImporter = Callable[[Path, Path, int], str]
# check_alt_text(alt, decorative, caption, src) -> list[Problem]
AltChecker = Callable[[str | None, bool, str, str], list[Any]]


def set_text_colour(widget: QWidget, colour: str) -> None:
    """Palette instead of a style sheet: many rows of panels stay cheap to build and restyle."""
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
    palette.setColor(QPalette.ColorRole.Text, QColor(colour))
    widget.setPalette(palette)


def set_background(widget: QWidget, colour: str) -> None:
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor(colour))
    widget.setPalette(palette)
    widget.setAutoFillBackground(True)


def small_font(widget: QWidget, italic: bool = False, bold: bool = False) -> None:
    font = QFont(widget.font())
    font.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
    font.setItalic(italic)
    font.setBold(bold)
    widget.setFont(font)


def default_importer() -> ImageImporter:
    """core.images.files.import_image: copy into the bundle under a safe unique name, downscaled, metadata stripped."""
    from sr_editor.core.images import files as images  # Pillow: imported when first needed, not before the first paint

    return images.import_image


def check_alt(alt: str | None, decorative: bool, caption: str, src: str) -> list[Any]:
    """Live alt-text lint as the field will be saved: a decorative image's kept-aside text is not published."""
    from sr_editor.core.checks import lint  # imported when first needed, not before the first paint

    return list(lint.check_alt_text(None if decorative else alt, decorative, caption, src))


class CounterLabel(QLabel):
    """'123 / 300', right-aligned, red once the text is longer than the limit."""

    def __init__(self, limit: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.limit = limit
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setObjectName("counter")
        small_font(self)
        self._count = -1
        self.update_count(0)

    @property
    def over_limit(self) -> bool:
        return self._count > self.limit

    @property
    def colour(self) -> str:
        return str(self.palette().color(QPalette.ColorRole.WindowText).name())

    def update_count(self, count: int) -> None:
        if count == self._count:
            return
        was_over = self.over_limit if self._count >= 0 else None
        self._count = count
        if was_over != self.over_limit:
            set_text_colour(self, ERROR_COLOUR if self.over_limit else MUTED_COLOUR)
            font = self.font()
            font.setBold(self.over_limit)
            self.setFont(font)
        self.setText(f"{count} / {self.limit}")
        self.setAccessibleName(self.tr("{0} of {1} characters").format(count, self.limit))


class LintLabel(QLabel):
    """The live check messages under an input, coloured by severity; hidden when there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setObjectName("lintMessages")
        small_font(self)
        self.messages: list[str] = []
        self.hide()

    def show_problems(self, problems: Sequence[Any]) -> None:
        messages = [str(p.message) for p in problems]
        if messages == self.messages and self.text():
            return
        self.messages = messages
        lines = []
        for problem in problems:
            colour = ERROR_COLOUR if problem.severity == "error" else WARNING_COLOUR  # lint.Severity.ERROR
            lines.append(f'<span style="color:{colour}">\u25cf {html.escape(str(problem.message))}</span>')
        self.setText("<br>".join(lines))
        self.setAccessibleDescription(" ".join(self.messages))
        self.setVisible(bool(lines))


def under_field(check: QWidget, counter: QWidget, lint_label: QWidget) -> QWidget:
    """The strip under an alt field: decorative check and counter on one line, lint messages tight below."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    row = QHBoxLayout()
    row.addWidget(check, 1)
    row.addWidget(counter)
    column.addLayout(row)
    column.addWidget(lint_label)
    return box


class ThumbnailCache:
    """Small previews decoded at their final size (QImageReader.setScaledSize), cached by path and mtime; only the
    last few are kept (one is shown at a time; a day of switching articles kept one per image ever seen)."""

    LIMIT = 4

    def __init__(self, size: QSize) -> None:
        self.size = size
        self._cache: dict[tuple[str, float], QPixmap] = {}

    def get(self, path: Path) -> QPixmap | None:
        try:
            mtime = path.stat().st_mtime
        except OSError:
            return None
        key = (str(path), mtime)
        if key not in self._cache:
            pixmap = load_scaled(path, self.size)
            if pixmap is None:
                return None
            while len(self._cache) >= self.LIMIT:
                del self._cache[next(iter(self._cache))]  # the oldest
            self._cache[key] = pixmap
        return self._cache[key]


def load_scaled(path: Path, box: QSize) -> QPixmap | None:
    """Decode an image directly at the size that fits `box` (cheap for big JPEGs); None when unreadable."""
    image = read_scaled(path, box)
    return None if image is None else QPixmap.fromImage(image)


def read_scaled(path: Path, box: QSize) -> QImage | None:
    """Like load_scaled but a QImage, which (unlike QPixmap) may be made on a worker thread."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    original = reader.size()
    if original.isValid() and original.width() > 0 and original.height() > 0:
        reader.setScaledSize(original.scaled(box, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        return None
    if image.width() > box.width() or image.height() > box.height():
        image = image.scaled(box, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
    return image


class Thumb(Enum):
    LOADING = "loading"
    MISSING = "missing"  # no such file
    UNREADABLE = "unreadable"  # a file, but not an image we can decode


class ThumbnailLoader(QObject):
    """Decodes thumbnails on one worker thread so opening an article with many big photos never stalls typing.

    The worker only makes QImages and hands them back through futures that a GUI-thread timer collects; no Qt
    object crosses threads, so destroying the panel mid-load is safe.
    """

    ready = Signal(str)  # the path whose thumbnail (or failure) is now known

    def __init__(self, size: QSize, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.size = size
        self._done: dict[tuple[str, float], QPixmap | Thumb] = {}
        self._pending: dict[tuple[str, float], Future[QImage | None]] = {}
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="thumbnails")
        self._timer = QTimer(self)
        self._timer.setInterval(20)
        self._timer.timeout.connect(self._collect)
        self.destroyed.connect(lambda *_: self._executor.shutdown(wait=False, cancel_futures=True))

    def lookup(self, path: Path) -> QPixmap | Thumb:
        """The cached thumbnail, or a state; LOADING schedules the decode and `ready` follows."""
        try:
            mtime = path.stat().st_mtime
        except OSError:
            return Thumb.MISSING
        key = (str(path), mtime)
        if key in self._done:
            return self._done[key]
        if key not in self._pending:
            self._pending[key] = self._executor.submit(read_scaled, path, self.size)
            self._timer.start()
        return Thumb.LOADING

    def retain(self, paths: set[Path]) -> None:
        """Keep the thumbnails of `paths` only (the open article's images): those of articles no longer open
        would otherwise stay for the life of the window."""
        names = {str(path) for path in paths}
        self._done = {key: value for key, value in self._done.items() if key[0] in names}

    def wait_idle(self) -> None:
        """Block until every queued thumbnail is decoded and delivered (tests and benchmarks)."""
        for future in list(self._pending.values()):
            future.exception()
        self._collect()

    def _collect(self) -> None:
        finished = [key for key, future in self._pending.items() if future.done()]
        for key in finished:
            future = self._pending.pop(key)
            image = None if future.cancelled() or future.exception() else future.result()
            self._done[key] = Thumb.UNREADABLE if image is None else QPixmap.fromImage(image)
            self.ready.emit(key[0])
        if not self._pending:
            self._timer.stop()


def image_markdown(name: str, alt: str, caption: str, decorative: bool) -> str:
    """The Markdown the renderer reads: `![alt](name "Caption")`, or `![](name){.decorative}` when decorative."""
    from sr_editor.core.images.in_source import escape_alt

    escaped_alt = "" if decorative else escape_alt(alt)
    target = f"<{name}>" if any(c.isspace() for c in name) else name
    title = caption.strip().replace("\\", "\\\\").replace('"', '\\"')
    inner = f'{target} "{title}"' if title else target
    suffix = "{.decorative}" if decorative else ""
    return f"![{escaped_alt}]({inner}){suffix}"
