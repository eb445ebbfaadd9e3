"""Pieces of the metadata panel that are not the form itself: the vocabulary it needs, slug checks, the
featured-image drop target and the country-tag chips."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QListWidget, QWidget

from sr_editor.core.article.slugs import is_valid_slug
from sr_editor.gui.panels.field_widgets import MUTED_COLOUR

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".gif", ".webp", ".tif", ".tiff", ".bmp"}


def form_layout(group: QGroupBox) -> QFormLayout:
    """The compact form every group of the panel uses."""
    form = QFormLayout(group)
    form.setContentsMargins(8, 6, 8, 8)
    form.setHorizontalSpacing(8)
    form.setVerticalSpacing(5)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    return form


def name_input(widget: QWidget, object_name: str, accessible: str, description: str = "") -> None:
    """Object name for tests; accessible name and description for screen readers (both already translated)."""
    widget.setObjectName(object_name)
    widget.setAccessibleName(accessible)
    if description:
        widget.setAccessibleDescription(description)


def hint_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {MUTED_COLOUR}; font-size: 8.5pt;")
    return label


def labelled_row(form: QFormLayout, text: str, field: QWidget) -> None:
    """A row whose label is the field's buddy, so its mnemonic (&Title) focuses the field."""
    label = QLabel(text)
    label.setBuddy(field)
    form.addRow(label, field)


class Vocabulary(Protocol):
    """What the panel needs of core.article.regions.RegionVocabulary."""

    @property
    def regions(self) -> tuple[str, ...]: ...
    def canonical_country(self, name: str) -> str | None: ...
    def region_of(self, country: str) -> str | None: ...
    def country_names(self) -> list[str]: ...


def slug_problem(slug: str) -> str | None:
    if not slug:
        return QCoreApplication.translate("MetadataPanel", "Empty: the site will make one from the title.")
    if not is_valid_slug(slug):
        return QCoreApplication.translate("MetadataPanel", "Use lower-case letters, digits and single hyphens only.")
    return None


class DropGroup(QGroupBox):
    """A group box that accepts one dropped image file."""

    fileDropped = Signal(Path)

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.setAcceptDrops(True)

    @staticmethod
    def _image_path(event: QDragEnterEvent | QDropEvent) -> Path | None:
        urls = event.mimeData().urls()
        if len(urls) != 1 or not urls[0].isLocalFile():
            return None
        path = Path(urls[0].toLocalFile())
        return path if path.suffix.lower() in IMAGE_SUFFIXES else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.isEnabled() and self._image_path(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._image_path(event)
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.fileDropped.emit(path)


class TagList(QListWidget):
    """Country tags shown as chips; Delete or Backspace removes the selected one."""

    removeRequested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.removeRequested.emit()
            return
        super().keyPressEvent(event)

    def fit_height(self) -> None:
        """Exactly as tall as the wrapped chips, hidden when there are none: no empty box in the form."""
        self.setVisible(self.count() > 0)
        if not self.count():
            return
        self.doItemsLayout()
        bottom = max(self.visualItemRect(self.item(i)).bottom() for i in range(self.count()))
        self.setFixedHeight(bottom + 2 * self.frameWidth() + self.spacing() + 2)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_height()
