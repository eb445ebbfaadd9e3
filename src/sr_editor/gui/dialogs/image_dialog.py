"""The insert-image dialog: preview, alt text (live lint, counter, decorative choice) and caption in one step.

Nothing is copied until OK: then core.images.files.import_image puts a downscaled, metadata-free copy in the bundle
(photos of protests can endanger the people in them) and the dialog returns the Markdown to insert.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QImageReader
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from sr_editor.core.errors import SrEditorError
from sr_editor.gui.panels.field_widgets import (
    ERROR_COLOUR,
    MUTED_COLOUR,
    CounterLabel,
    ImageImporter,
    LintLabel,
    check_alt,
    default_importer,
    image_markdown,
    load_scaled,
    under_field,
)

ALT_LIMIT = 150
PREVIEW_BOX = QSize(460, 300)


class InsertImageDialog(QDialog):
    """Asks for alt text and caption of one image file; `markdown` is set once the file is imported."""

    def __init__(
        self,
        bundle: Path,
        source: Path,
        max_width: int,
        parent: QWidget | None = None,
        importer: ImageImporter | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("insertImageDialog")
        self.setWindowTitle(self.tr("Insert image"))
        self.bundle, self.source, self.max_width = bundle, source, max_width
        self.importer = importer
        self.markdown: str | None = None
        self.imported_name: str | None = None
        self._build()
        self._update_feedback()
        self.altEdit.setFocus()  # the one thing this dialog is for

    @property
    def readable(self) -> bool:
        return self._readable

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        self.preview = QLabel()
        self.preview.setObjectName("imagePreview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(QSize(320, 180))
        self.preview.setStyleSheet("background: #2b2d31; color: #e6e6e6; border-radius: 4px;")
        layout.addWidget(self.preview)
        self.fileLabel = QLabel()
        self.fileLabel.setStyleSheet(f"color: {MUTED_COLOUR}; font-size: 8.5pt;")
        layout.addWidget(self.fileLabel)
        self._show_preview()

        layout.addLayout(self._build_form())

        note = QLabel(self.tr("A copy goes into the article folder, at most {0} px wide, without camera and GPS "
                              "data.").format(self.max_width))
        note.setWordWrap(True)
        note.setStyleSheet(f"color: {MUTED_COLOUR}; font-size: 8.5pt;")
        layout.addWidget(note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.okButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.okButton.setText(self.tr("&Insert"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _build_form(self) -> QFormLayout:
        """Alt text with counter, decorative choice and lint, then the caption."""
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.altEdit = QLineEdit()
        self.altEdit.setObjectName("imageAltEdit")
        self.altEdit.setAccessibleName(self.tr("Alt text"))
        self.altEdit.setAccessibleDescription(
            self.tr("Describes the image for readers who cannot see it."))
        self.altEdit.setPlaceholderText(self.tr("What the image shows, for readers who cannot see it"))
        self.altEdit.textChanged.connect(self._update_feedback)
        alt_label = QLabel(self.tr("&Alt text"))
        alt_label.setBuddy(self.altEdit)
        form.addRow(alt_label, self.altEdit)
        self.decorativeCheck = QCheckBox(self.tr("&Decorative: adds nothing a reader needs (published with empty alt)"))
        self.decorativeCheck.setObjectName("imageDecorativeCheck")
        self.decorativeCheck.setAccessibleName(self.tr("Decorative image"))
        self.decorativeCheck.setAccessibleDescription(
            self.tr("Tick when the image adds nothing to the text; it is then published without a description."))
        self.decorativeCheck.toggled.connect(self._update_feedback)
        self.counter = CounterLabel(ALT_LIMIT)
        self.lint = LintLabel()
        form.addRow("", under_field(self.decorativeCheck, self.counter, self.lint))
        self.captionEdit = QLineEdit()
        self.captionEdit.setObjectName("imageCaptionEdit")
        self.captionEdit.setAccessibleName(self.tr("Caption"))
        self.captionEdit.setAccessibleDescription(
            self.tr("Optional text shown under the image."))
        self.captionEdit.setPlaceholderText(self.tr("Optional, shown under the image"))
        self.captionEdit.textChanged.connect(self._update_feedback)
        caption_label = QLabel(self.tr("&Caption"))
        caption_label.setBuddy(self.captionEdit)
        form.addRow(caption_label, self.captionEdit)
        return form

    def _show_preview(self) -> None:
        reader = QImageReader(str(self.source))
        size = reader.size()
        pixmap = load_scaled(self.source, PREVIEW_BOX)
        self._readable = pixmap is not None
        if pixmap is None:
            reason = reader.errorString() or self.tr("not a picture")
            self.preview.setText(self.tr("This file cannot be read as an image:\n{0}").format(reason))
            self.preview.setStyleSheet(f"background: #fbe9e7; color: {ERROR_COLOUR}; border-radius: 4px;")
        else:
            self.preview.setPixmap(pixmap)
        dims = f" · {size.width()} × {size.height()} px" if size.isValid() else ""
        self.fileLabel.setText(f"{self.source.name}{dims}")

    def _update_feedback(self) -> None:
        decorative = self.decorativeCheck.isChecked()
        self.altEdit.setEnabled(not decorative)
        alt = self.altEdit.text().strip()
        self.counter.update_count(len(alt))
        self.counter.setVisible(not decorative)
        problems = check_alt(alt or None, decorative, self.captionEdit.text(), self.source.name)
        self.lint.show_problems(problems)
        # a control character (a pasted NUL) would be published: the lint line says so, and OK waits for the fix
        self.okButton.setEnabled(self._readable and not any(p.rule == "alt-control-character" for p in problems))

    def accept(self) -> None:
        """Import the file, then close; on failure say why and stay open so nothing typed is lost."""
        if not self.okButton.isEnabled():
            return
        importer = self.importer or default_importer()
        try:
            name = importer(self.bundle, self.source, self.max_width)
        except (SrEditorError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Image not inserted"), str(exc))
            return
        self.imported_name = name
        decorative = self.decorativeCheck.isChecked()
        self.markdown = image_markdown(name, self.altEdit.text().strip(), self.captionEdit.text(), decorative)
        super().accept()


def ask_insert_image(parent: QWidget | None, bundle: Path, source: Path, max_width: int) -> str | None:
    """Show the dialog; the Markdown to insert, or None when cancelled or the file could not be read."""
    dialog = InsertImageDialog(bundle, source, max_width, parent)
    if not dialog.readable:
        QMessageBox.warning(
            parent, QCoreApplication.translate("InsertImageDialog", "Image not inserted"),
            QCoreApplication.translate("InsertImageDialog", "{0} cannot be read as an image.").format(str(source)),
        )
        dialog.deleteLater()
        return None
    dialog.exec()
    markdown = dialog.markdown
    dialog.deleteLater()
    return markdown
