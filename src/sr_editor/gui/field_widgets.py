"""Small building blocks shared by the panels and dialogs: counters, lint lines, thumbnails, image markdown.

They live apart so the metadata panel, the images panel and the insert-image dialog look and behave alike.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImageReader, QPixmap
from PySide6.QtWidgets import QLabel, QWidget

from sr_editor.core import lint

# Muted colours: readable on light and dark palettes, not alarming for a mere warning.
ERROR_COLOUR = "#b3261e"
WARNING_COLOUR = "#8a6100"
OK_COLOUR = "#4f6b3a"
MUTED_COLOUR = "#6b6f76"

# import_image(bundle, source_path, max_width) -> file name inside the bundle (core.images, render helper).
ImageImporter = Callable[[Path, Path, int], str]
# check_alt_text(alt, decorative, caption, src) -> list[Problem]
AltChecker = Callable[[str | None, bool, str, str], list[Any]]


def default_importer() -> ImageImporter:
    """core.images.import_image, resolved when first needed so this module imports while that one is young."""
    from sr_editor.core import images  # type: ignore[attr-defined,unused-ignore]

    importer: ImageImporter = images.import_image
    return importer


def check_alt(alt: str | None, decorative: bool, caption: str, src: str) -> list[Any]:
    """Live alt-text lint; an unfinished lint module must not break typing, so failures read as 'no problems'."""
    try:
        return list(lint.check_alt_text(alt, decorative, caption, src))
    except NotImplementedError:
        return []


class CounterLabel(QLabel):
    """'123 / 300', right-aligned, red once the text is longer than the limit."""

    def __init__(self, limit: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.limit = limit
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setObjectName("counter")
        self.update_count(0)

    @property
    def over_limit(self) -> bool:
        return self._count > self.limit

    def update_count(self, count: int) -> None:
        self._count = count
        colour = ERROR_COLOUR if self.over_limit else MUTED_COLOUR
        weight = "600" if self.over_limit else "normal"
        self.setStyleSheet(f"color: {colour}; font-size: 8.5pt; font-weight: {weight};")
        self.setText(f"{count} / {self.limit}")
        self.setAccessibleName(f"{count} of {self.limit} characters")


class LintLabel(QLabel):
    """The live check messages under an input, coloured by severity; hidden when there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setObjectName("lintMessages")
        self.setStyleSheet("font-size: 8.5pt;")
        self.messages: list[str] = []
        self.hide()

    def show_problems(self, problems: Sequence[Any]) -> None:
        self.messages = [str(p.message) for p in problems]
        lines = []
        for problem in problems:
            colour = ERROR_COLOUR if problem.severity == lint.Severity.ERROR else WARNING_COLOUR
            lines.append(f'<span style="color:{colour}">\u25cf {html.escape(str(problem.message))}</span>')
        self.setText("<br>".join(lines))
        self.setAccessibleDescription(" ".join(self.messages))
        self.setVisible(bool(lines))


class ThumbnailCache:
    """Small previews decoded at their final size (QImageReader.setScaledSize), cached by path and mtime."""

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
            self._cache[key] = pixmap
        return self._cache[key]


def load_scaled(path: Path, box: QSize) -> QPixmap | None:
    """Decode an image directly at the size that fits `box` (cheap for big JPEGs); None when unreadable."""
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
    return QPixmap.fromImage(image)


def image_markdown(name: str, alt: str, caption: str, decorative: bool) -> str:
    """The Markdown the renderer reads: `![alt](name "Caption")`, or `![](name){.decorative}` when decorative."""
    escaped_alt = "" if decorative else alt.replace("\\", "\\\\").replace("]", "\\]").replace("[", "\\[")
    target = f"<{name}>" if any(c.isspace() for c in name) else name
    title = caption.strip().replace("\\", "\\\\").replace('"', '\\"')
    inner = f'{target} "{title}"' if title else target
    suffix = "{.decorative}" if decorative else ""
    return f"![{escaped_alt}]({inner}){suffix}"
