"""The metadata panel: the front matter of the open article as form fields that edit the document directly.

The panel holds the article's details (title, slug, teaser, status, author) and places two sections beside them:
regions_section.RegionsSection and featured_section.FeaturedImageSection. Every edit goes straight to the
ArticleDocument (set_meta / set_featured_image); changes made elsewhere come back through its signals and refresh
the fields without echoing them back (meta_binding.MetaBinding holds the flags that stop the echo).
"""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QGroupBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from sr_editor.core.article.article import STATUSES, FeaturedImage
from sr_editor.core.article.slugs import slugify
from sr_editor.core.article.status import normalize as normalize_status
from sr_editor.core.errors import SrEditorError
from sr_editor.core.images.files import MAX_IMAGE_WIDTH
from sr_editor.gui.common.shown_words import status_text
from sr_editor.gui.panels.featured_section import ALT_LIMIT, FeaturedImageSection
from sr_editor.gui.panels.field_widgets import (
    ERROR_COLOUR,
    MUTED_COLOUR,
    CounterLabel,
    ImageImporter,
    default_importer,
)
from sr_editor.gui.panels.meta_binding import MetaBinding, as_text, set_line
from sr_editor.gui.panels.metadata_widgets import (
    IMAGE_SUFFIXES,
    Vocabulary,
    form_layout,
    hint_label,
    labelled_row,
    name_input,
    slug_problem,
)
from sr_editor.gui.panels.regions_section import RegionsSection
from sr_editor.services.document.body_text import document_text
from sr_editor.services.document.document import ArticleDocument

__all__ = ["ALT_LIMIT", "TEASER_LIMIT", "MetadataPanel", "slugify"]

TEASER_LIMIT = 300


class MetadataPanel(QWidget):
    """Title, slug, teaser, status, author, regions, country tags and the featured image of the open article."""

    def __init__(self, document: ArticleDocument, vocabulary: Vocabulary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("metadataPanel")
        self.document = document
        self.vocabulary = vocabulary
        self.max_image_width = MAX_IMAGE_WIDTH
        self.importer: ImageImporter | None = None  # None: core.images.files.import_image
        self.binding = MetaBinding(document)
        self.regions = RegionsSection(self.binding, vocabulary)
        self.featured = FeaturedImageSection(self.binding)
        self._expose_section_widgets()
        self.featured.fileDropped.connect(self.set_featured_file)
        self.featuredImageButton.clicked.connect(self.choose_featured_file)
        self._build()
        self.set_region_choices(list(vocabulary.regions))
        document.loaded.connect(self._on_loaded)
        document.metaChanged.connect(self._on_meta_changed)
        document.readOnlyChanged.connect(self._apply_read_only)
        self.refresh()

    # ----- construction ----------------------------------------------------------------------------
    def _build(self) -> None:
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(6, 6, 6, 6)
        column.setSpacing(8)
        column.addWidget(self._build_article_group())
        column.addWidget(self.regions)
        column.addWidget(self.featured)
        column.addStretch(1)
        self._content = content
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the fields take the keyboard; the area follows them
        self._scroll = scroll
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        # top to bottom as on screen (the sections are built before the details group above them)
        order = (self.titleEdit, self.slugEdit, self.excerptEdit, self.statusCombo, self.authorEdit, self.regionList,
                 self.tagEdit, self.tagList, self.regionPromptYes, self.regionPromptNo, self.featuredImageButton,
                 self.featuredRemoveButton, self.featuredAltEdit, self.featuredDecorativeCheck,
                 self.featuredCaptionEdit, self.featuredCreditEdit)
        for first, second in itertools.pairwise(order):
            self.setTabOrder(first, second)

    def _expose_section_widgets(self) -> None:
        """The sections' inputs under the panel's names, for the window, focus_field and tests."""
        regions, featured = self.regions, self.featured
        self.regionList, self.tagEdit, self.tagList = regions.regionList, regions.tagEdit, regions.tagList
        self.regionPrompt, self.regionPromptLabel = regions.regionPrompt, regions.regionPromptLabel
        self.regionPromptYes, self.regionPromptNo = regions.regionPromptYes, regions.regionPromptNo
        self.add_tag, self.remove_selected_tag = regions.add_tag, regions.remove_selected_tag
        self.accept_region_prompt = regions.accept_region_prompt
        self.featuredGroup, self.featuredThumbnail = featured, featured.featuredThumbnail
        self.featuredImageButton = featured.featuredImageButton
        self.featuredRemoveButton = featured.featuredRemoveButton
        self.featuredSrcLabel, self.featuredAltEdit = featured.featuredSrcLabel, featured.featuredAltEdit
        self.featuredAltCounter, self.featuredLint = featured.featuredAltCounter, featured.featuredLint
        self.featuredDecorativeCheck = featured.featuredDecorativeCheck
        self.featuredCaptionEdit, self.featuredCreditEdit = featured.featuredCaptionEdit, featured.featuredCreditEdit

    def _build_article_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Details"))
        form = form_layout(group)
        self.titleEdit = QLineEdit()
        name_input(self.titleEdit, "titleEdit", self.tr("Title"),
                   self.tr("The headline of the article as it appears on the site."))
        self.titleEdit.setPlaceholderText(self.tr("Headline as it appears on the site"))
        self.titleEdit.textEdited.connect(lambda text: self._write("title", text))
        labelled_row(form, self.tr("&Title"), self.titleEdit)

        self.slugEdit = QLineEdit()
        name_input(self.slugEdit, "slugEdit", self.tr("Slug"),
                   self.tr("The last part of the article's web address: lower-case words joined by hyphens."))
        self.slugEdit.setPlaceholderText(self.tr("words-joined-by-hyphens"))
        self.slugFromTitleAction = QAction(self.tr("From title"), self.slugEdit)
        self.slugFromTitleAction.setToolTip(self.tr("Make the slug from the title"))
        self.slugFromTitleAction.setIcon(self.style().standardIcon(self.style().StandardPixmap.SP_BrowserReload))
        self.slugFromTitleAction.triggered.connect(self.slug_from_title)
        self.slugEdit.addAction(self.slugFromTitleAction, QLineEdit.ActionPosition.TrailingPosition)
        self.slugEdit.textEdited.connect(self._on_slug_edited)
        self.slugMessage = hint_label()
        self.slugMessage.setObjectName("slugMessage")
        labelled_row(form, self.tr("S&lug"), self.slugEdit)
        form.addRow("", self.slugMessage)

        self.excerptEdit = QPlainTextEdit()
        name_input(self.excerptEdit, "excerptEdit", self.tr("Teaser"),
                   self.tr("One or two sentences shown in listings and when the article is shared."))
        self.excerptEdit.setPlaceholderText(self.tr("One or two sentences shown in listings and shares"))
        self.excerptEdit.setTabChangesFocus(True)
        self.excerptEdit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.excerptEdit.textChanged.connect(self._on_excerpt_changed)
        self.excerptCounter = CounterLabel(TEASER_LIMIT)
        self.excerptCounter.setObjectName("excerptCounter")
        labelled_row(form, self.tr("T&easer"), self.excerptEdit)
        form.addRow("", self.excerptCounter)

        self.statusCombo = QComboBox()
        name_input(self.statusCombo, "statusCombo", self.tr("Status"),
                   self.tr("Where the article stands: draft, pending review, ready or published."))
        for status in STATUSES:
            self.statusCombo.addItem(status_text(status), status)
        self.statusCombo.activated.connect(self._on_status_activated)
        labelled_row(form, self.tr("&Status"), self.statusCombo)

        self.authorEdit = QLineEdit()
        name_input(self.authorEdit, "authorEdit", self.tr("Author"),
                   self.tr("The author's user name on the site."))
        self.authorEdit.setPlaceholderText(self.tr("User name on the site"))
        self.authorEdit.textEdited.connect(lambda text: self._write("author", text.strip()))
        labelled_row(form, self.tr("A&uthor"), self.authorEdit)
        return group

    # ----- public API ------------------------------------------------------------------------------
    def set_region_choices(self, names: list[str]) -> None:
        """Offer these regions (the vocabulary's, or later the site's categories); ticked ones stay."""
        self.regions.set_region_choices(names)

    def focus_field(self, field: str) -> bool:
        """Scroll to and focus the input of a front-matter field named by a lint Problem ('featured_image.alt')."""
        widgets: dict[str, QWidget] = {
            "title": self.titleEdit, "slug": self.slugEdit, "excerpt": self.excerptEdit,
            "status": self.statusCombo, "author": self.authorEdit, "regions": self.regionList,
            "tags": self.tagEdit, "featured_image": self.featuredImageButton,
            "featured_image.src": self.featuredImageButton, "featured_image.alt": self.featuredAltEdit,
            "featured_image.decorative": self.featuredDecorativeCheck,
            "featured_image.caption": self.featuredCaptionEdit, "featured_image.credit": self.featuredCreditEdit,
        }
        widget = widgets.get(field) or widgets.get(field.split(".")[0])
        if widget is None:
            return False
        if not widget.isEnabled() and widget is self.featuredAltEdit:
            widget = self.featuredDecorativeCheck  # alt is off while decorative: the check box is the fix
        self._scroll.ensureWidgetVisible(widget)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def slug_from_title(self) -> None:
        if not self.titleEdit.text().strip():
            return
        slug = slugify(self.titleEdit.text())
        self.slugEdit.setText(slug)
        self._on_slug_edited(slug)

    def choose_featured_file(self) -> None:
        path = self._ask_image_file()
        if path is not None:
            self.set_featured_file(path)

    def set_featured_file(self, source: Path) -> None:
        """Import an image file into the bundle (downscaled, metadata stripped) and make it the featured image."""
        bundle = self.document.bundle
        if bundle is None or self.document.read_only:
            return
        importer = self.importer or default_importer()
        try:
            name = importer(bundle, source, self.max_image_width)
        except (SrEditorError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Image not added"), str(exc))
            return
        old = self.document.featured_image() or FeaturedImage()
        self.document.set_featured_image(
            FeaturedImage(src=name, alt=None, decorative=False, caption=old.caption, credit=old.credit)
        )
        self.featuredAltEdit.setFocus()

    def _ask_image_file(self) -> Path | None:
        start = str(self.document.bundle or Path.home())
        pattern = " ".join(f"*{s}" for s in sorted(IMAGE_SUFFIXES))
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the featured image"), start, self.tr("Images") + f" ({pattern})"
        )
        return Path(name) if name else None

    # ----- writing to the document -----------------------------------------------------------------
    def _write(self, key: str, value: Any) -> None:
        self.binding.write(key, value)

    def _on_slug_edited(self, text: str) -> None:
        self._show_slug_problem(text)
        self._write("slug", text.strip())

    def _on_excerpt_changed(self) -> None:
        text = document_text(self.excerptEdit.document())  # keeps no-break spaces
        self.excerptCounter.update_count(len(text.strip()))
        self._write("excerpt", text)

    def _on_status_activated(self, index: int) -> None:
        self._write("status", self.statusCombo.itemData(index))

    # ----- refreshing from the document ------------------------------------------------------------
    def _on_loaded(self) -> None:
        self.regions.hide_region_prompt()
        self.featuredAltEdit.clear()
        self.refresh()

    def _on_meta_changed(self, key: str) -> None:
        if self.binding.writing:
            return
        self.refresh()

    def refresh(self) -> None:
        """Show the document's current metadata; never writes back."""
        with self.binding.refresh_guard():
            set_line(self.titleEdit, self.document.meta("title"))
            set_line(self.slugEdit, self.document.meta("slug"))
            self._show_slug_problem(self.slugEdit.text())
            excerpt = as_text(self.document.meta("excerpt"))
            if document_text(self.excerptEdit.document()) != excerpt:
                self.excerptEdit.setPlainText(excerpt)
            self.excerptCounter.update_count(len(excerpt.strip()))
            self._refresh_status()
            set_line(self.authorEdit, self.document.meta("author"))
            self.regions.refresh()
            self.featured.refresh()
        self._apply_read_only(self.document.read_only)

    def _show_slug_problem(self, slug: str) -> None:
        problem = slug_problem(slug.strip())
        invalid = problem is not None and bool(slug.strip())
        self.slugMessage.setText(problem or "")
        self.slugMessage.setVisible(problem is not None)
        colour = ERROR_COLOUR if invalid else MUTED_COLOUR
        self.slugMessage.setStyleSheet(f"color: {colour}; font-size: 8.5pt;")
        self.slugEdit.setStyleSheet(f"border: 1px solid {ERROR_COLOUR};" if invalid else "")

    def _refresh_status(self) -> None:
        status = normalize_status(as_text(self.document.meta("status")))
        index = self.statusCombo.findData(status)
        if index < 0:  # a status we do not know: show it rather than silently replacing it
            self.statusCombo.addItem(status, status)
            index = self.statusCombo.count() - 1
        self.statusCombo.setCurrentIndex(index)

    def _apply_read_only(self, read_only: bool) -> None:
        self._content.setEnabled(not read_only and self.document.bundle is not None)
        self.featuredGroup.setAcceptDrops(not read_only)
