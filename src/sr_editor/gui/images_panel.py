"""The images panel: every image in the body with a thumbnail and an alt-text field that writes into the Markdown.

Rows are reused and updated in place when the body changes, so a row the writer is typing in is never rebuilt
under their fingers; alt edits go back through core.render.set_image_alt as one undoable document edit.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from sr_editor.core import render
from sr_editor.core.render import ImageRef
from sr_editor.gui.field_widgets import (
    ERROR_COLOUR,
    MUTED_COLOUR,
    CounterLabel,
    LintLabel,
    ThumbnailCache,
    check_alt,
)
from sr_editor.services.document import ArticleDocument

ALT_LIMIT = 150
THUMB_SIZE = QSize(96, 72)
REFRESH_DELAY_MS = 300
WRITE_DELAY_MS = 600


def _is_remote(src: str) -> bool:
    return src.startswith(("http://", "https://", "//", "data:"))


class ImageRow(QFrame):
    """One image of the body: thumbnail, file name, caption, alt field with decorative check and live lint."""

    altCommitted = Signal(int, str, bool)  # index, alt, decorative

    def __init__(self, index: int, thumbnails: ThumbnailCache, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index = index
        self.ref: ImageRef | None = None
        self._thumbnails = thumbnails
        self._updating = False
        self.missing = False
        self.setObjectName("imageRow")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._build()
        self._write_timer = QTimer(self)
        self._write_timer.setSingleShot(True)
        self._write_timer.setInterval(WRITE_DELAY_MS)
        self._write_timer.timeout.connect(self.commit)

    def _build(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 6, 6, 6)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(3)
        self.thumbnail = QLabel()
        self.thumbnail.setFixedSize(THUMB_SIZE)
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumbnail.setStyleSheet("background: #eef0f3; border-radius: 3px;")
        grid.addWidget(self.thumbnail, 0, 0, 4, 1, Qt.AlignmentFlag.AlignTop)
        self.srcLabel = QLabel()
        self.srcLabel.setObjectName("imageSrc")
        self.srcLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.srcLabel.setWordWrap(True)
        grid.addWidget(self.srcLabel, 0, 1, 1, 2)
        self.captionLabel = QLabel()
        self.captionLabel.setObjectName("imageCaption")
        self.captionLabel.setWordWrap(True)
        self.captionLabel.setStyleSheet(f"color: {MUTED_COLOUR}; font-style: italic; font-size: 8.5pt;")
        grid.addWidget(self.captionLabel, 1, 1, 1, 2)
        self.altEdit = QLineEdit()
        self.altEdit.setObjectName(f"imageAltEdit{self.index}")
        self.altEdit.setPlaceholderText(self.tr("Describe the image"))
        self.altEdit.textEdited.connect(self._on_alt_edited)
        self.altEdit.editingFinished.connect(self.commit)
        grid.addWidget(self.altEdit, 2, 1, 1, 2)
        self.decorativeCheck = QCheckBox(self.tr("Decorative"))
        self.decorativeCheck.setObjectName(f"imageDecorativeCheck{self.index}")
        self.decorativeCheck.toggled.connect(self._on_decorative_toggled)
        self.counter = CounterLabel(ALT_LIMIT)
        under = QHBoxLayout()
        under.addWidget(self.decorativeCheck, 1)
        under.addWidget(self.counter)
        grid.addLayout(under, 3, 1, 1, 2)
        self.lint = LintLabel()
        grid.addWidget(self.lint, 4, 0, 1, 3)
        grid.setColumnStretch(1, 1)

    # ----- showing --------------------------------------------------------------------------------
    def show_ref(self, ref: ImageRef, bundle: Path | None) -> None:
        """Show `ref`; leaves the alt field alone while the writer is editing it."""
        self.ref = ref
        self._updating = True
        try:
            editing = self.altEdit.hasFocus() or self._write_timer.isActive()
            if not editing:
                alt = ref.alt or ""
                if self.altEdit.text() != alt:
                    self.altEdit.setText(alt)
                self.decorativeCheck.setChecked(ref.decorative)
            self.captionLabel.setText(ref.caption)
            self.captionLabel.setVisible(bool(ref.caption))
            self._show_file(ref, bundle)
            self.altEdit.setAccessibleName(self.tr("Alt text of image {0}, {1}").format(ref.index + 1, ref.src))
            self.decorativeCheck.setAccessibleName(self.tr("Image {0} is decorative").format(ref.index + 1))
        finally:
            self._updating = False
        self._update_feedback()

    def _show_file(self, ref: ImageRef, bundle: Path | None) -> None:
        line = self.tr("line {0}").format(ref.line)
        if _is_remote(ref.src):
            self.thumbnail.setText(self.tr("remote"))
            self.srcLabel.setText(f"<b>{ref.src}</b> <span style='color:{MUTED_COLOUR}'>· {line}</span>")
            return
        pixmap = self._thumbnails.get(bundle / ref.src) if bundle is not None else None
        if pixmap is None:
            self.thumbnail.setPixmap(QPixmap())
            self.thumbnail.setText(self.tr("missing"))
            self.thumbnail.setStyleSheet(f"background: #fbe9e7; color: {ERROR_COLOUR}; border-radius: 3px;")
            self.srcLabel.setText(
                f"<b>{ref.src}</b> <span style='color:{ERROR_COLOUR}'>· "
                + self.tr("file not found in the article folder")
                + f"</span> <span style='color:{MUTED_COLOUR}'>· {line}</span>"
            )
            self.missing = True
            return
        self.missing = False
        self.thumbnail.setStyleSheet("background: #eef0f3; border-radius: 3px;")
        self.thumbnail.setPixmap(pixmap)
        self.srcLabel.setText(f"<b>{ref.src}</b> <span style='color:{MUTED_COLOUR}'>· {line}</span>")

    # ----- editing --------------------------------------------------------------------------------
    def _on_alt_edited(self, _text: str) -> None:
        self._update_feedback()
        self._write_timer.start()

    def _on_decorative_toggled(self, _checked: bool) -> None:
        self._update_feedback()
        if not self._updating:
            self.commit()

    def commit(self) -> None:
        """Send the field's alt text to the body now (on Enter, focus loss, decorative, or typing pause)."""
        self._write_timer.stop()
        if self.ref is None or self._updating:
            return
        alt, decorative = self.altEdit.text().strip(), self.decorativeCheck.isChecked()
        if (alt, decorative) == ((self.ref.alt or "").strip(), self.ref.decorative):
            return
        self.altCommitted.emit(self.index, alt, decorative)

    def _update_feedback(self) -> None:
        decorative = self.decorativeCheck.isChecked()
        self.altEdit.setEnabled(not decorative)
        self.altEdit.setPlaceholderText(
            self.tr("Decorative: published without a description") if decorative else self.tr("Describe the image")
        )
        alt = self.altEdit.text()
        self.counter.update_count(len(alt.strip()))
        self.counter.setVisible(not decorative)
        ref = self.ref
        if ref is None:
            return
        self.lint.show_problems(check_alt(alt.strip() or None, decorative, ref.caption, ref.src))


class ImagesPanel(QWidget):
    """All images of the open article's body; alt edits are written back into the Markdown."""

    def __init__(self, document: ArticleDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("imagesPanel")
        self.setAccessibleName(self.tr("Images in the article"))
        self.document = document
        self.rows: list[ImageRow] = []
        self._thumbnails = ThumbnailCache(THUMB_SIZE)
        self._build()
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        document.bodyChanged.connect(self._refresh_timer.start)
        document.loaded.connect(self.refresh)
        document.readOnlyChanged.connect(lambda _ro: self.refresh())
        self.refresh()

    def _build(self) -> None:
        self.summary = QLabel()
        self.summary.setObjectName("imagesSummary")
        self.summary.setStyleSheet(f"color: {MUTED_COLOUR}; padding: 2px 4px;")
        self._rows_box = QWidget()
        self._rows_layout = QVBoxLayout(self._rows_box)
        self._rows_layout.setContentsMargins(4, 4, 4, 4)
        self._rows_layout.setSpacing(6)
        self._rows_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self._rows_box)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.summary)
        layout.addWidget(scroll, 1)

    def refresh(self) -> None:
        """Bring the rows in line with the body: update in place, add or drop rows only at the end."""
        self._refresh_timer.stop()
        refs = render.find_images(self._body()) if self.document.bundle is not None else []
        while len(self.rows) < len(refs):
            row = ImageRow(len(self.rows), self._thumbnails, self._rows_box)
            row.altCommitted.connect(self._write_alt)
            self._rows_layout.insertWidget(len(self.rows), row)
            self.rows.append(row)
        while len(self.rows) > len(refs):
            row = self.rows.pop()
            row.hide()
            row.deleteLater()
        for row, ref in zip(self.rows, refs, strict=True):
            row.show_ref(ref, self.document.bundle)
            row.setEnabled(not self.document.read_only)
        self._show_summary(refs)

    def _show_summary(self, refs: list[ImageRef]) -> None:
        if not refs:
            self.summary.setText(self.tr("No images in the text."))
            return
        undescribed = sum(1 for r in refs if not r.decorative and not (r.alt or "").strip())
        text = self.tr("{0} images").format(len(refs)) if len(refs) != 1 else self.tr("1 image")
        if undescribed:
            text += " · " + self.tr("{0} without alt text").format(undescribed)
        self.summary.setText(text)

    def _body(self) -> str:
        """The editor's text (LF line ends), so replace_body touches only the changed alt text."""
        return self.document.text_document.toPlainText()

    def _write_alt(self, index: int, alt: str, decorative: bool) -> None:
        if self.document.read_only:
            return
        body = self._body()
        new_body = render.set_image_alt(body, index, alt, decorative)
        if new_body != body:
            self.document.replace_body(new_body)
