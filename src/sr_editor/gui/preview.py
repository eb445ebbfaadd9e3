"""The live preview: a QTextBrowser showing the renderer's HTML with the site-like stylesheet.

It never fetches anything from the network (remote images get a placeholder), opens clicked links in the
system browser, and keeps its scroll position across updates (setHtml resets it).
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QImage, QPainter, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from sr_editor.services.preview_html import full_page

REMOTE_SCHEMES = {"http", "https", "ftp"}


def _placeholder(width: int = 320, height: int = 180) -> QImage:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#e9ecef"))
    painter = QPainter(image)
    painter.setPen(QColor("#6c757d"))
    painter.drawText(image.rect(), 0x0084, "Remote image not loaded")  # AlignCenter
    painter.end()
    return image


class PreviewView(QTextBrowser):
    painted = Signal()  # after a new HTML has been laid out and painted (benchmarks, tests)

    def __init__(self, stylesheet: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preview")
        self.setAccessibleName(self.tr("Preview"))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._open_link)
        self.document().setDefaultStyleSheet(stylesheet)
        self.document().setDocumentMargin(24)
        self._stylesheet = stylesheet
        self._title = ""
        self._body_html = ""
        self._pending_paint = False
        self.blocked_urls: list[str] = []
        self.opened_urls: list[QUrl] = []

    # ----- content ---------------------------------------------------------------------------------
    def show_html(self, body_html: str, adapted_html: str, title: str = "") -> None:
        """Replace the content, keeping the reader where they were."""
        self._body_html, self._title = body_html, title
        bar = self.verticalScrollBar()
        value, maximum = bar.value(), bar.maximum()
        heading = f'<h1 class="entry-title">{_escape(title)}</h1>' if title else ""
        self.setHtml(f"<html><body>{heading}{adapted_html}</body></html>")
        if maximum > 0:
            bar.setValue(value if bar.maximum() >= value else round(bar.maximum() * value / maximum))
        self._pending_paint = True
        self.viewport().update()

    @property
    def body_html(self) -> str:
        return self._body_html

    def follow_fraction(self, fraction: float) -> None:
        """Scroll to the same relative place as the editor."""
        bar = self.verticalScrollBar()
        bar.setValue(round(bar.maximum() * min(1.0, max(0.0, fraction))))

    def paintEvent(self, event: Any) -> None:  # noqa: N802 (Qt override)
        super().paintEvent(event)
        if self._pending_paint:
            self._pending_paint = False
            self.painted.emit()

    # ----- resources and links ---------------------------------------------------------------------
    def loadResource(self, kind: int, url: QUrl) -> Any:  # noqa: N802 (Qt override)
        if url.scheme().lower() in REMOTE_SCHEMES:
            self.blocked_urls.append(url.toString())
            if kind == QTextDocument.ResourceType.ImageResource.value or kind == QTextDocument.ResourceType.ImageResource:
                return _placeholder()
            return None
        return super().loadResource(kind, url)

    def _open_link(self, url: QUrl) -> None:
        if url.scheme().lower() in {"http", "https", "mailto"}:
            self.opened_urls.append(url)
            QDesktopServices.openUrl(url)

    def open_in_browser(self, folder: Path | None = None) -> Path:
        """Write the full page (stylesheet inlined, local image URLs) to a temp file and open it."""
        target_dir = folder or Path(tempfile.gettempdir())
        handle = tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", suffix=".html", prefix="sr-editor-preview-", dir=target_dir, delete=False
        )
        with handle:
            handle.write(full_page(self._body_html, self._stylesheet, self._title))
        QDesktopServices.openUrl(QUrl.fromLocalFile(handle.name))
        return Path(handle.name)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
