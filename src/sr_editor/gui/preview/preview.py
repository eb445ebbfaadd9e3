"""The live preview: a QTextBrowser showing the renderer's HTML with the site-like stylesheet.

It loads only the article's own image files (`services.preview_html.preview_may_load`): never the network, never
a file outside the article's folder (remote and refused images get a placeholder). It opens clicked links in the
system browser, and keeps its scroll position across updates. An update replaces only the pieces of the page
that changed (preview_patch), so typing in a 100k-word article never waits for the whole page's layout.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QFont, QImage, QPainter, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from sr_editor.gui.common.shaping import needs_shaping, with_shaping
from sr_editor.gui.preview.patch import DocumentPatcher

if TYPE_CHECKING:
    from sr_editor.services.runtime.turns import TurnBudget

REMOTE_SCHEMES = {"http", "https", "ftp"}
# never changes, so every piece after it (the title too) can be patched
ANCHOR = '<p style="margin: 0px; font-size: 1px;">&#8203;</p>'


def _placeholder(text: str = "", width: int = 320, height: int = 180) -> QImage:
    text = text or QCoreApplication.translate("PreviewView", "Remote image not loaded")
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#e9ecef"))
    painter = QPainter(image)
    painter.setPen(QColor("#6c757d"))
    painter.drawText(image.rect(), 0x0084, text)  # AlignCenter
    painter.end()
    return image


class PreviewView(QTextBrowser):
    painted = Signal()  # after a new HTML has been laid out and painted (benchmarks, tests)
    rebuilt = Signal()  # a whole new page (another article) is in the document, its last piece appended

    def __init__(self, stylesheet: str, parent: QWidget | None = None, turns: TurnBudget | None = None) -> None:
        """`turns`: the window's room for GUI work per event-loop turn. A new page arriving in a turn with no
        room left (a key was typed in it) is shown on the next turn; the appending of a long page shares it."""
        super().__init__(parent)
        self._turns = turns
        self._waiting: tuple[str, str | Sequence[str], str] | None = None  # a page to show on the next turn
        self._later = QTimer(self, singleShot=True, interval=0)
        self._later.timeout.connect(self._show_waiting)
        self.setObjectName("preview")
        self.setAccessibleName(self.tr("Preview"))
        self.setAccessibleDescription(self.tr("The article as it will look on the site, read-only. Arrow keys move "
                                              "a caret through the text; Tab moves between links."))
        # read-only, but a keyboard and screen-reader user can move a caret and select, as in a browser's caret mode
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setOpenLinks(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # images are scaled to fit
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._open_link)
        # line-height stretches QTextBrowser lines ~20 % beyond a browser's (facts.md): leave it to the browser page
        # and max-width on images is measured against the page, not the column: images are scaled on loading.
        self.document().setDefaultStyleSheet(text_browser_css(stylesheet))
        self._shaped = False  # shaping costs memory: on only while the page has text that needs it (shaping.py)
        self._shaping: dict[str, bool] = {}  # piece -> needs_shaping, for the pieces shown now
        self.setFont(with_shaping(QFont(), shaped=False))  # only the strategy: the rest follows the app's font
        self.document().setDocumentMargin(24)
        self.document().setUndoRedoEnabled(False)  # patched in place: an undo stack would only grow
        self._stylesheet = stylesheet
        self._title = ""
        self._body_html = ""
        self._pending_paint = False
        self._html: list[str] = []
        self._patcher = self._new_patcher()
        self._laid_out_for = 0
        self._images: dict[tuple[str, int], Any] = {}
        self._relayout = QTimer(self, singleShot=True, interval=150)
        self._relayout.timeout.connect(self._reload_images)
        self.blocked_urls: list[str] = []
        self.opened_urls: list[QUrl] = []
        self.article_folder: Path | None = None  # the only folder whose files the preview may load

    # ----- content ---------------------------------------------------------------------------------
    def show_html(self, body_html: str, adapted: str | Sequence[str], title: str = "") -> None:
        """Show new content, keeping the reader where they were. `adapted` is the HTML adapted for QTextBrowser,
        whole or as the renderer's pieces: then only the pieces that changed are replaced in the document."""
        if self._turns is not None and not self._turns.may_start("preview"):
            self._waiting = (body_html, adapted, title)  # the newest wins
            self._later.start()
            return
        self._waiting = None
        self._later.stop()
        pieces = [adapted] if isinstance(adapted, str) else list(adapted)
        self._body_html, self._title, self._html = body_html, title, pieces
        self._choose_shaping([title, *pieces])
        self._laid_out_for = self._column_width()
        heading = [f'<h1 class="entry-title">{_escape(title)}</h1>'] if title else []
        # a fixed first piece: the title and the first paragraphs are then patched like any other piece
        bar = self.verticalScrollBar()
        value, maximum = bar.value(), bar.maximum()
        if not self._patcher.show([ANCHOR, *heading, *pieces]) and maximum > 0:  # rebuilt: setHtml reset the scroll
            bar.setValue(value if bar.maximum() >= value else round(bar.maximum() * value / maximum))
        self._pending_paint = True
        self.viewport().update()

    def _show_waiting(self) -> None:
        if self._waiting is not None:
            self.show_html(*self._waiting)

    def _choose_shaping(self, texts: list[str]) -> None:
        """Shape the page only when its text needs it; a change of mind lays the whole page out again."""
        known, self._shaping = self._shaping, {}
        for text in texts:
            answer = known.get(text)
            self._shaping[text] = needs_shaping(text, markup=True) if answer is None else answer
        shaped = any(self._shaping.values())
        if shaped != self._shaped:
            self._shaped = shaped
            self.setFont(with_shaping(QFont(), shaped))

    @property
    def body_html(self) -> str:
        return self._body_html

    def follow_fraction(self, fraction: float) -> None:
        """Scroll to the same relative place as the editor."""
        bar = self.verticalScrollBar()
        bar.setValue(round(bar.maximum() * min(1.0, max(0.0, fraction))))

    def paintEvent(self, event: Any) -> None:
        super().paintEvent(event)
        if self._pending_paint:
            self._pending_paint = False
            self.painted.emit()

    # ----- resources and links ---------------------------------------------------------------------
    def set_article_folder(self, folder: Path | None) -> None:
        """The folder whose images the preview may load; another article's images are no longer kept (a day of
        switching kept every image of every article seen, scaled, for the life of the window)."""
        if folder != self.article_folder:
            self._images.clear()
        self.article_folder = folder

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        """Only images, and only files inside the article's folder; QTextBrowser's own loader would also read
        any path on the disk that raw HTML names (`<img src="/home/...">`)."""
        url = name if isinstance(name, QUrl) else QUrl(name)
        image = kind == QTextDocument.ResourceType.ImageResource.value
        if url.scheme().lower() in REMOTE_SCHEMES:
            self.blocked_urls.append(url.toString())
            return _placeholder() if image else None
        from sr_editor.services.preview.html import preview_may_load  # after the first paint, on first use

        path = preview_may_load(url.toString(), self.article_folder) if image else None
        if path is None:
            self.blocked_urls.append(url.toString())
            return _placeholder(self.tr("Image not shown: not a file of this article")) if image else None
        key = (str(path), self._column_width())
        if key not in self._images:
            self._images[key] = self._fit_width(QImage(str(path)))
        return self._images[key]

    def _column_width(self) -> int:
        # leave room for a vertical scroll bar that may appear once the images are in
        scroll = self.verticalScrollBar().sizeHint().width() if not self.verticalScrollBar().isVisible() else 0
        return max(200, self.viewport().width() - 2 * int(self.document().documentMargin()) - scroll - 4)

    def _fit_width(self, resource: Any) -> Any:
        """QTextBrowser's max-width ignores the document margin: scale wide photos to the column instead."""
        image = resource if isinstance(resource, QImage) else QImage.fromData(resource) if resource else None
        if image is None or image.isNull():
            return resource
        room = self._column_width()
        if image.width() <= room:
            return image
        return image.scaledToWidth(room, Qt.TransformationMode.SmoothTransformation)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self._html and self._laid_out_for != self._column_width():
            self._relayout.start()

    def _reload_images(self) -> None:
        """Images were scaled for the old width; the document caches them, so rebuild it."""
        self._images.clear()
        self._patcher.stop()
        self.document().clear()
        self._patcher = self._new_patcher()
        self.show_html(*(self._waiting or (self._body_html, self._html, self._title)))

    def _new_patcher(self) -> DocumentPatcher:
        patcher = DocumentPatcher(self.document(), self._turns)
        patcher.appended = self.viewport().update  # a long article's later pieces show as they come
        patcher.rebuilt = self.rebuilt.emit
        return patcher

    def _open_link(self, url: QUrl) -> None:
        if url.scheme().lower() in {"http", "https", "mailto"}:
            self.opened_urls.append(url)
            QDesktopServices.openUrl(url)
        elif not url.scheme() and not url.path() and url.fragment():  # a footnote, a heading: in this article
            self.scrollToAnchor(url.fragment())  # with links not opened, QTextBrowser did nothing on these

    def open_in_browser(self, folder: Path | None = None) -> Path:
        """Write the full page (stylesheet inlined, local image URLs) to a temp file and open it."""
        from sr_editor.services.preview.html import full_page

        target_dir = folder or Path(tempfile.gettempdir())
        with tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", suffix=".html", prefix="sr-editor-preview-", dir=target_dir, delete=False
        ) as handle:
            handle.write(full_page(self._body_html, self._stylesheet, self._title, self.article_folder))
        QDesktopServices.openUrl(QUrl.fromLocalFile(handle.name))
        return Path(handle.name)


def text_browser_css(stylesheet: str) -> str:
    """The site stylesheet minus what QTextBrowser gets wrong: line-height, max-width, and body margins (applied
    as fixed frame margins, which would push the column wider than the widget)."""
    css = re.sub(r"(line-height|max-width)\s*:[^;}]*;?", "", stylesheet)
    return re.sub(r"(body\s*\{[^}]*?)\b(margin|padding)\s*:[^;}]*;?", r"\1", re.sub(
        r"(body\s*\{[^}]*?)\b(margin|padding)\s*:[^;}]*;?", r"\1", css))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
