"""The featured image of the open article: thumbnail, choose/remove, alt text (or decorative), caption, credit."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QCheckBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from sr_editor.core.article.article import FeaturedImage
from sr_editor.gui.panels.field_widgets import (
    ERROR_COLOUR,
    MUTED_COLOUR,
    CounterLabel,
    LintLabel,
    ThumbnailCache,
    check_alt,
    under_field,
)
from sr_editor.gui.panels.meta_binding import MetaBinding, set_line
from sr_editor.gui.panels.metadata_widgets import DropGroup, form_layout, hint_label, labelled_row, name_input

ALT_LIMIT = 150


class FeaturedImageSection(DropGroup):
    """Edits the featured image in place; choosing or dropping a file is left to the panel (`fileDropped`,
    `featuredImageButton.clicked`), which owns the importer."""

    def __init__(self, binding: MetaBinding, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setTitle(self.tr("Featured image"))
        self.binding = binding
        self._thumbnails = ThumbnailCache(QSize(240, 135))
        form = form_layout(self)
        self._build_picker(form)
        self.featuredAltEdit = QLineEdit()
        name_input(self.featuredAltEdit, "featuredAltEdit", self.tr("Featured image alt text"),
                   self.tr("Describes the featured image for readers who cannot see it."))
        self.featuredAltEdit.setPlaceholderText(self.tr("What the image shows, for readers who cannot see it"))
        self.featuredAltEdit.textEdited.connect(self._on_edited)
        labelled_row(form, self.tr("&Alt text"), self.featuredAltEdit)
        self.featuredAltCounter = CounterLabel(ALT_LIMIT)
        self.featuredDecorativeCheck = QCheckBox(self.tr("&Decorative (no description)"))
        name_input(self.featuredDecorativeCheck, "featuredDecorativeCheck", self.tr("Featured image is decorative"),
                   self.tr("Tick when the featured image adds nothing to the text; it is then published "
                           "without a description."))
        self.featuredDecorativeCheck.toggled.connect(self._on_edited)
        self.featuredLint = LintLabel()
        form.addRow("", under_field(self.featuredDecorativeCheck, self.featuredAltCounter, self.featuredLint))
        self.featuredCaptionEdit = QLineEdit()
        name_input(self.featuredCaptionEdit, "featuredCaptionEdit", self.tr("Featured image caption"),
                   self.tr("Text shown under the featured image."))
        self.featuredCaptionEdit.setPlaceholderText(self.tr("Shown under the image"))
        self.featuredCaptionEdit.textEdited.connect(self._on_edited)
        labelled_row(form, self.tr("Ca&ption"), self.featuredCaptionEdit)
        self.featuredCreditEdit = QLineEdit()
        name_input(self.featuredCreditEdit, "featuredCreditEdit", self.tr("Featured image credit"),
                   self.tr("The photographer or source of the featured image."))
        self.featuredCreditEdit.setPlaceholderText(self.tr("Photographer or source"))
        self.featuredCreditEdit.textEdited.connect(self._on_edited)
        labelled_row(form, self.tr("Cre&dit"), self.featuredCreditEdit)

    def _build_picker(self, form: QFormLayout) -> None:
        """Thumbnail, choose and remove: the rows above the featured image's text fields."""
        self.featuredThumbnail = QLabel(self.tr("No image.\nChoose one or drop a file here."))
        self.featuredThumbnail.setObjectName("featuredThumbnail")
        self.featuredThumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.featuredThumbnail.setMinimumHeight(90)
        self.featuredThumbnail.setStyleSheet(f"color: {MUTED_COLOUR}; border: 1px dashed #b8bdc4; padding: 4px;")
        form.addRow(self.featuredThumbnail)
        buttons = QHBoxLayout()
        self.featuredImageButton = QPushButton(self.tr("C&hoose image…"))
        name_input(self.featuredImageButton, "featuredImageButton", self.tr("Choose featured image"))
        self.featuredRemoveButton = QPushButton(self.tr("Remove"))
        name_input(self.featuredRemoveButton, "featuredRemoveButton", self.tr("Remove featured image"))
        self.featuredRemoveButton.clicked.connect(lambda: self.binding.document.set_featured_image(None))
        self.featuredSrcLabel = hint_label()
        buttons.addWidget(self.featuredImageButton)
        buttons.addWidget(self.featuredRemoveButton)
        buttons.addWidget(self.featuredSrcLabel, 1)
        form.addRow(buttons)

    def _on_edited(self) -> None:
        self.update_feedback()
        if self.binding.refreshing:
            return
        current = self.binding.document.featured_image()
        if current is None:
            return
        alt = self.featuredAltEdit.text()
        decorative = self.featuredDecorativeCheck.isChecked()
        self.binding.write_featured(FeaturedImage(  # a decorative image publishes alt="": its text stays here
            src=current.src,
            alt=alt if alt.strip() and not decorative else None,
            decorative=decorative,
            caption=self.featuredCaptionEdit.text(),
            credit=self.featuredCreditEdit.text(),
        ))

    def refresh(self) -> None:
        image = self.binding.document.featured_image()
        has_image = image is not None and bool(image.src)
        image = image or FeaturedImage()
        if not (image.decorative and image.alt is None):  # keep text set aside by ticking "decorative"
            set_line(self.featuredAltEdit, image.alt)
        self.featuredDecorativeCheck.setChecked(image.decorative)
        set_line(self.featuredCaptionEdit, image.caption)
        set_line(self.featuredCreditEdit, image.credit)
        self.featuredSrcLabel.setText(image.src)
        for widget in (self.featuredAltEdit, self.featuredDecorativeCheck, self.featuredCaptionEdit,
                       self.featuredCreditEdit, self.featuredRemoveButton):
            widget.setEnabled(has_image)
        self._show_thumbnail(image.src if has_image else "")
        self.update_feedback()

    def _show_thumbnail(self, src: str) -> None:
        bundle = self.binding.document.bundle
        if not src or bundle is None:
            self.featuredThumbnail.setPixmap(QPixmap())
            self.featuredThumbnail.setText(self.tr("No image.\nChoose one or drop a file here."))
            return
        pixmap = self._thumbnails.get(bundle / src)
        if pixmap is None:
            self.featuredThumbnail.setText(self.tr("Missing file: {0}").format(src))
            self.featuredThumbnail.setStyleSheet(f"color: {ERROR_COLOUR}; border: 1px dashed {ERROR_COLOUR};")
            return
        self.featuredThumbnail.setStyleSheet("border: none;")
        self.featuredThumbnail.setPixmap(pixmap)

    def update_feedback(self) -> None:
        """Alt field on/off, its counter, and the alt-text checks, from what the fields show now."""
        has_image = self.featuredRemoveButton.isEnabledTo(self)  # not isEnabled(): the panel may be off until loaded
        decorative = self.featuredDecorativeCheck.isChecked()
        self.featuredAltEdit.setEnabled(has_image and not decorative and not self.binding.document.read_only)
        alt = self.featuredAltEdit.text()
        self.featuredAltCounter.update_count(len(alt.strip()))
        self.featuredAltCounter.setVisible(not decorative)
        image = self.binding.document.featured_image()
        if image is None or not image.src:
            self.featuredLint.show_problems([])
            return
        problems = check_alt(alt if alt.strip() else None, decorative, self.featuredCaptionEdit.text(), image.src)
        self.featuredLint.show_problems(problems)
