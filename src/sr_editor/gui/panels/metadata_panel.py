"""The metadata panel: the front matter of the open article as form fields that edit the document directly.

Every edit goes straight to the ArticleDocument (set_meta / set_featured_image); changes made elsewhere come back
through its signals and refresh the fields without echoing them back.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, QStringListModel, Qt, QTimer
from PySide6.QtGui import QAction, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from sr_editor.core.article import STATUSES, FeaturedImage
from sr_editor.core.errors import SrEditorError
from sr_editor.core.slugs import slugify
from sr_editor.core.status import label as status_label
from sr_editor.core.status import normalize as normalize_status
from sr_editor.gui.panels.field_widgets import (
    ERROR_COLOUR,
    MUTED_COLOUR,
    CounterLabel,
    ImageImporter,
    LintLabel,
    ThumbnailCache,
    check_alt,
    default_importer,
    under_field,
)
from sr_editor.gui.panels.metadata_widgets import (
    IMAGE_SUFFIXES,
    DropGroup,
    TagList,
    Vocabulary,
    form_layout,
    hint_label,
    labelled_row,
    name_input,
    slug_problem,
)
from sr_editor.services.document import ArticleDocument

TEASER_LIMIT = 300
ALT_LIMIT = 150


class MetadataPanel(QWidget):
    """Title, slug, teaser, status, author, regions, country tags and the featured image of the open article."""

    def __init__(self, document: ArticleDocument, vocabulary: Vocabulary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("metadataPanel")
        self.document = document
        self.vocabulary = vocabulary
        self.max_image_width = 2000
        self.importer: ImageImporter | None = None  # None: core.images.import_image
        self._refreshing = False
        self._writing = False
        self._pending_region: str | None = None
        self._thumbnails = ThumbnailCache(QSize(240, 135))
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
        column.addWidget(self._build_regions_group())
        column.addWidget(self._build_featured_group())
        column.addStretch(1)
        self._content = content
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        self._scroll = scroll
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.setTabOrder(self.titleEdit, self.slugEdit)
        self.setTabOrder(self.slugEdit, self.excerptEdit)
        self.setTabOrder(self.excerptEdit, self.statusCombo)
        self.setTabOrder(self.statusCombo, self.authorEdit)
        self.setTabOrder(self.authorEdit, self.regionList)
        self.setTabOrder(self.regionList, self.tagEdit)

    def _build_article_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Details"))
        form = form_layout(group)
        self.titleEdit = QLineEdit()
        name_input(self.titleEdit, "titleEdit", self.tr("Title"))
        self.titleEdit.setPlaceholderText(self.tr("Headline as it appears on the site"))
        self.titleEdit.textEdited.connect(lambda text: self._write("title", text))
        labelled_row(form, self.tr("&Title"), self.titleEdit)

        self.slugEdit = QLineEdit()
        name_input(self.slugEdit, "slugEdit", self.tr("Slug"))
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
        name_input(self.excerptEdit, "excerptEdit", self.tr("Teaser"))
        self.excerptEdit.setPlaceholderText(self.tr("One or two sentences shown in listings and shares"))
        self.excerptEdit.setTabChangesFocus(True)
        self.excerptEdit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.excerptEdit.textChanged.connect(self._on_excerpt_changed)
        self.excerptCounter = CounterLabel(TEASER_LIMIT)
        self.excerptCounter.setObjectName("excerptCounter")
        labelled_row(form, self.tr("T&easer"), self.excerptEdit)
        form.addRow("", self.excerptCounter)

        self.statusCombo = QComboBox()
        name_input(self.statusCombo, "statusCombo", self.tr("Status"))
        for status in STATUSES:
            self.statusCombo.addItem(status_label(status), status)
        self.statusCombo.activated.connect(self._on_status_activated)
        labelled_row(form, self.tr("&Status"), self.statusCombo)

        self.authorEdit = QLineEdit()
        name_input(self.authorEdit, "authorEdit", self.tr("Author"))
        self.authorEdit.setPlaceholderText(self.tr("User name on the site"))
        self.authorEdit.textEdited.connect(lambda text: self._write("author", text.strip()))
        labelled_row(form, self.tr("A&uthor"), self.authorEdit)
        return group

    def _build_regions_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Regions and countries"))
        form = form_layout(group)
        self.regionList = QListWidget()
        name_input(self.regionList, "regionList", self.tr("Regions"))
        self.regionList.itemChanged.connect(self._on_region_item_changed)
        labelled_row(form, self.tr("&Regions"), self.regionList)

        self.tagEdit = QLineEdit()
        name_input(self.tagEdit, "tagEdit", self.tr("Add a country tag"))
        self.tagEdit.setPlaceholderText(self.tr("Type a country, press Enter"))
        self._tag_completer = QCompleter(QStringListModel(self._completion_names(), self), self)
        self._tag_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._tag_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self._tag_completer.activated.connect(self.add_tag)
        self.tagEdit.setCompleter(self._tag_completer)
        self.tagEdit.returnPressed.connect(lambda: self.add_tag(self.tagEdit.text()))
        labelled_row(form, self.tr("&Countries"), self.tagEdit)

        self.tagList = TagList()
        name_input(self.tagList, "tagList", self.tr("Country tags"))
        self.tagList.setFlow(QListWidget.Flow.LeftToRight)
        self.tagList.setWrapping(True)
        self.tagList.setSpacing(2)
        self.tagList.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tagList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tagList.setToolTip(self.tr("Select a tag and press Delete to remove it"))
        self.tagList.setStyleSheet(
            "QListWidget { border: none; background: transparent; }"
            "QListWidget::item { background: #e4ebf5; color: #1d3557; border-radius: 8px; padding: 1px 8px; }"
            "QListWidget::item:selected { background: #1d5fa8; color: white; }"
        )
        self.tagList.removeRequested.connect(self.remove_selected_tag)
        form.addRow("", self.tagList)

        form.addRow(self._build_region_prompt())
        return group

    def _build_region_prompt(self) -> QFrame:
        """The inline, non-modal offer to tick a country's region."""
        self.regionPrompt = QFrame()
        self.regionPrompt.setObjectName("regionPrompt")
        self.regionPrompt.setStyleSheet("#regionPrompt { background: #fff6dc; border-radius: 4px; }")
        prompt_row = QHBoxLayout(self.regionPrompt)
        prompt_row.setContentsMargins(6, 3, 3, 3)
        self.regionPromptLabel = QLabel()
        self.regionPromptLabel.setWordWrap(True)
        self.regionPromptYes = QPushButton(self.tr("Tick it"))
        self.regionPromptYes.setObjectName("regionPromptYes")
        self.regionPromptYes.clicked.connect(self.accept_region_prompt)
        self.regionPromptNo = QPushButton(self.tr("No"))
        self.regionPromptNo.clicked.connect(self._hide_region_prompt)
        prompt_row.addWidget(self.regionPromptLabel, 1)
        prompt_row.addWidget(self.regionPromptYes)
        prompt_row.addWidget(self.regionPromptNo)
        self.regionPrompt.hide()
        return self.regionPrompt

    def _build_featured_group(self) -> QGroupBox:
        group = DropGroup(self.tr("Featured image"))
        group.fileDropped.connect(self.set_featured_file)
        self.featuredGroup = group
        form = form_layout(group)
        self._build_featured_picker(form)

        self.featuredAltEdit = QLineEdit()
        name_input(self.featuredAltEdit, "featuredAltEdit", self.tr("Featured image alt text"))
        self.featuredAltEdit.setPlaceholderText(self.tr("What the image shows, for readers who cannot see it"))
        self.featuredAltEdit.textEdited.connect(self._on_featured_edited)
        labelled_row(form, self.tr("&Alt text"), self.featuredAltEdit)
        self.featuredAltCounter = CounterLabel(ALT_LIMIT)
        self.featuredDecorativeCheck = QCheckBox(self.tr("&Decorative (no description)"))
        name_input(self.featuredDecorativeCheck, "featuredDecorativeCheck", self.tr("Featured image is decorative"))
        self.featuredDecorativeCheck.toggled.connect(self._on_featured_edited)
        self.featuredLint = LintLabel()
        form.addRow("", under_field(self.featuredDecorativeCheck, self.featuredAltCounter, self.featuredLint))

        self.featuredCaptionEdit = QLineEdit()
        name_input(self.featuredCaptionEdit, "featuredCaptionEdit", self.tr("Featured image caption"))
        self.featuredCaptionEdit.setPlaceholderText(self.tr("Shown under the image"))
        self.featuredCaptionEdit.textEdited.connect(self._on_featured_edited)
        labelled_row(form, self.tr("Ca&ption"), self.featuredCaptionEdit)
        self.featuredCreditEdit = QLineEdit()
        name_input(self.featuredCreditEdit, "featuredCreditEdit", self.tr("Featured image credit"))
        self.featuredCreditEdit.setPlaceholderText(self.tr("Photographer or source"))
        self.featuredCreditEdit.textEdited.connect(self._on_featured_edited)
        labelled_row(form, self.tr("Cre&dit"), self.featuredCreditEdit)
        return group

    def _build_featured_picker(self, form: QFormLayout) -> None:
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
        self.featuredImageButton.clicked.connect(self.choose_featured_file)
        self.featuredRemoveButton = QPushButton(self.tr("Remove"))
        name_input(self.featuredRemoveButton, "featuredRemoveButton", self.tr("Remove featured image"))
        self.featuredRemoveButton.clicked.connect(lambda: self.document.set_featured_image(None))
        self.featuredSrcLabel = hint_label()
        buttons.addWidget(self.featuredImageButton)
        buttons.addWidget(self.featuredRemoveButton)
        buttons.addWidget(self.featuredSrcLabel, 1)
        form.addRow(buttons)

    def _completion_names(self) -> list[str]:
        """Canonical names plus aliases ('Brasil'), so writers find a country under the name they know."""
        spellings = getattr(self.vocabulary, "country_spellings", None)
        names = set(self.vocabulary.country_names())
        if callable(spellings):
            names.update(spellings())
        return sorted(names, key=str.casefold)

    # ----- public API ------------------------------------------------------------------------------
    def set_region_choices(self, names: list[str]) -> None:
        """Offer these regions (the vocabulary's, or later the site's categories); ticked ones stay."""
        self._region_choices = list(names)
        self._refresh_regions()

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

    def add_tag(self, text: str) -> None:
        """Add a country tag under its canonical name and offer to tick its region when it is not ticked."""
        name = text.strip()
        if not name:
            return
        canonical = self.vocabulary.canonical_country(name) or name
        self.tagEdit.clear()
        QTimer.singleShot(0, self.tagEdit.clear)  # QCompleter writes the chosen text back after `activated`
        tags = self._tags()
        if canonical not in tags:
            self._write("tags", [*tags, canonical])
            self._refresh_tags()
        region = self.vocabulary.region_of(canonical)
        if region and region not in self._regions():
            self._offer_region(canonical, region)

    def remove_selected_tag(self) -> None:
        selected = {item.text() for item in self.tagList.selectedItems()}
        if selected:
            self._write("tags", [t for t in self._tags() if t not in selected])
            self._refresh_tags()

    def accept_region_prompt(self) -> None:
        region = self._pending_region
        self._hide_region_prompt()
        if region and region not in self._regions():
            self._write("regions", [*self._regions(), region])
            self._refresh_regions()

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
    @contextmanager
    def _writing_guard(self) -> Iterator[None]:
        self._writing = True
        try:
            yield
        finally:
            self._writing = False

    def _write(self, key: str, value: Any) -> None:
        if self._refreshing:
            return
        with self._writing_guard():
            self.document.set_meta(key, value)

    def _on_slug_edited(self, text: str) -> None:
        self._show_slug_problem(text)
        self._write("slug", text.strip())

    def _on_excerpt_changed(self) -> None:
        text = self.excerptEdit.toPlainText()
        self.excerptCounter.update_count(len(text.strip()))
        self._write("excerpt", text)

    def _on_status_activated(self, index: int) -> None:
        self._write("status", self.statusCombo.itemData(index))

    def _on_region_item_changed(self, _item: QListWidgetItem) -> None:
        if self._refreshing:
            return
        ticked = [
            self.regionList.item(i).text()
            for i in range(self.regionList.count())
            if self.regionList.item(i).checkState() == Qt.CheckState.Checked
        ]
        self._write("regions", ticked)

    def _on_featured_edited(self) -> None:
        self._update_featured_feedback()
        if self._refreshing:
            return
        current = self.document.featured_image()
        if current is None:
            return
        alt = self.featuredAltEdit.text()
        decorative = self.featuredDecorativeCheck.isChecked()
        image = FeaturedImage(  # a decorative image publishes alt="", so its text stays in the field only
            src=current.src,
            alt=alt if alt.strip() and not decorative else None,
            decorative=decorative,
            caption=self.featuredCaptionEdit.text(),
            credit=self.featuredCreditEdit.text(),
        )
        with self._writing_guard():
            self.document.set_featured_image(image)

    def _offer_region(self, country: str, region: str) -> None:
        self._pending_region = region
        self.regionPromptLabel.setText(self.tr("{0} is in {1}. Tick that region too?").format(country, region))
        self.regionPromptYes.setAccessibleName(self.tr("Tick the region {0}").format(region))
        self.regionPrompt.show()

    def _hide_region_prompt(self) -> None:
        self._pending_region = None
        self.regionPrompt.hide()

    # ----- refreshing from the document ------------------------------------------------------------
    def _tags(self) -> list[str]:
        return self._meta_list("tags")

    def _regions(self) -> list[str]:
        return self._meta_list("regions")

    def _meta_list(self, key: str) -> list[str]:
        value = self.document.meta(key)
        if isinstance(value, str):
            return [value] if value.strip() else []
        return [str(v) for v in value] if isinstance(value, list) else []

    def _on_loaded(self) -> None:
        self._hide_region_prompt()
        self.featuredAltEdit.clear()
        self.refresh()

    def _on_meta_changed(self, key: str) -> None:
        if self._writing:
            return
        self.refresh()

    def refresh(self) -> None:
        """Show the document's current metadata; never writes back."""
        self._refreshing = True
        try:
            self._set_line(self.titleEdit, self.document.meta("title"))
            self._set_line(self.slugEdit, self.document.meta("slug"))
            self._show_slug_problem(self.slugEdit.text())
            excerpt = _text(self.document.meta("excerpt"))
            if self.excerptEdit.toPlainText() != excerpt:
                self.excerptEdit.setPlainText(excerpt)
            self.excerptCounter.update_count(len(excerpt.strip()))
            self._refresh_status()
            self._set_line(self.authorEdit, self.document.meta("author"))
            self._refresh_regions()
            self._refresh_tags()
            self._refresh_featured()
        finally:
            self._refreshing = False
        self._apply_read_only(self.document.read_only)

    @staticmethod
    def _set_line(edit: QLineEdit, value: Any) -> None:
        text = _text(value)
        if edit.text() != text:
            edit.setText(text)
            if not edit.hasFocus():
                edit.setCursorPosition(0)  # show the start of a long title, not its end

    def _show_slug_problem(self, slug: str) -> None:
        problem = slug_problem(slug.strip())
        invalid = problem is not None and bool(slug.strip())
        self.slugMessage.setText(problem or "")
        self.slugMessage.setVisible(problem is not None)
        colour = ERROR_COLOUR if invalid else MUTED_COLOUR
        self.slugMessage.setStyleSheet(f"color: {colour}; font-size: 8.5pt;")
        self.slugEdit.setStyleSheet(f"border: 1px solid {ERROR_COLOUR};" if invalid else "")

    def _refresh_status(self) -> None:
        status = normalize_status(_text(self.document.meta("status")))
        index = self.statusCombo.findData(status)
        if index < 0:  # a status we do not know: show it rather than silently replacing it
            self.statusCombo.addItem(status, status)
            index = self.statusCombo.count() - 1
        self.statusCombo.setCurrentIndex(index)

    def _refresh_regions(self) -> None:
        was_refreshing, self._refreshing = self._refreshing, True
        try:
            ticked = self._regions()
            names = list(self._region_choices) + [r for r in ticked if r not in self._region_choices]
            if [self.regionList.item(i).text() for i in range(self.regionList.count())] != names:
                self.regionList.clear()
                for name in names:
                    item = QListWidgetItem(name, self.regionList)
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(Qt.CheckState.Unchecked)
            self._fit_region_list()
            for i in range(self.regionList.count()):
                item = self.regionList.item(i)
                state = Qt.CheckState.Checked if item.text() in ticked else Qt.CheckState.Unchecked
                if item.checkState() != state:
                    item.setCheckState(state)
        finally:
            self._refreshing = was_refreshing

    def _fit_region_list(self) -> None:
        """As tall as its rows (up to ten), so the panel has no empty list space."""
        rows = max(1, min(self.regionList.count(), 10))
        row_height = self.regionList.sizeHintForRow(0) if self.regionList.count() else self.fontMetrics().height()
        self.regionList.setFixedHeight(rows * row_height + 2 * self.regionList.frameWidth() + 2)

    def _refresh_tags(self) -> None:
        tags = self._meta_list("tags")
        if [self.tagList.item(i).text() for i in range(self.tagList.count())] != tags:
            self.tagList.clear()
            self.tagList.addItems(tags)
        self.tagList.fit_height()

    def _refresh_featured(self) -> None:
        image = self.document.featured_image()
        has_image = image is not None and bool(image.src)
        image = image or FeaturedImage()
        if not (image.decorative and image.alt is None):  # keep text set aside by ticking "decorative"
            self._set_line(self.featuredAltEdit, image.alt)
        self.featuredDecorativeCheck.setChecked(image.decorative)
        self._set_line(self.featuredCaptionEdit, image.caption)
        self._set_line(self.featuredCreditEdit, image.credit)
        self.featuredSrcLabel.setText(image.src)
        for widget in (self.featuredAltEdit, self.featuredDecorativeCheck, self.featuredCaptionEdit,
                       self.featuredCreditEdit, self.featuredRemoveButton):
            widget.setEnabled(has_image)
        self._show_thumbnail(image.src if has_image else "")
        self._update_featured_feedback()

    def _show_thumbnail(self, src: str) -> None:
        bundle = self.document.bundle
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

    def _update_featured_feedback(self) -> None:
        has_image = self.featuredRemoveButton.isEnabled()
        decorative = self.featuredDecorativeCheck.isChecked()
        self.featuredAltEdit.setEnabled(has_image and not decorative and not self.document.read_only)
        alt = self.featuredAltEdit.text()
        self.featuredAltCounter.update_count(len(alt.strip()))
        self.featuredAltCounter.setVisible(not decorative)
        image = self.document.featured_image()
        if image is None or not image.src:
            self.featuredLint.show_problems([])
            return
        problems = check_alt(alt if alt.strip() else None, decorative, self.featuredCaptionEdit.text(), image.src)
        self.featuredLint.show_problems(problems)

    def _apply_read_only(self, read_only: bool) -> None:
        self._content.setEnabled(not read_only and self.document.bundle is not None)
        self.featuredGroup.setAcceptDrops(not read_only)


def _text(value: Any) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else str(value)
