"""The regions and country tags of the open article: ticked regions, country chips, and the offer to tick a
country's region."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, QTimer
from PySide6.QtWidgets import (
    QCompleter,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from sr_editor import paths
from sr_editor.gui.panels.meta_binding import MetaBinding
from sr_editor.gui.panels.metadata_widgets import TagList, Vocabulary, form_layout, labelled_row, name_input


class RegionsSection(QGroupBox):
    """Regions as check boxes, countries as chips; adding a country offers its region, never ticks it alone."""

    def __init__(self, binding: MetaBinding, vocabulary: Vocabulary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Regions and countries"))
        self.binding = binding
        self.vocabulary = vocabulary
        self._pending_region: str | None = None
        self._region_choices: list[str] = []
        form = form_layout(self)
        self.regionList = QListWidget()
        name_input(self.regionList, "regionList", self.tr("Regions"),
                   self.tr("The world regions the article is filed under; Space ticks or unticks the current one."))
        self.regionList.itemChanged.connect(self._on_region_item_changed)
        self.regionList.setStyleSheet(_indicator_css())
        labelled_row(form, self.tr("&Regions"), self.regionList)
        self.tagEdit = QLineEdit()
        name_input(self.tagEdit, "tagEdit", self.tr("Add a country tag"),
                   self.tr("Type a country's name and press Enter to tag the article with it."))
        self.tagEdit.setPlaceholderText(self.tr("Type a country, press Enter"))
        self._tag_completer = QCompleter(QStringListModel(self._completion_names(), self), self)
        self._tag_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._tag_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self._tag_completer.activated.connect(self.add_tag)
        self.tagEdit.setCompleter(self._tag_completer)
        self.tagEdit.returnPressed.connect(lambda: self.add_tag(self._suggested(self.tagEdit.text())))
        labelled_row(form, self.tr("&Countries"), self.tagEdit)
        form.addRow("", self._build_tag_list())
        form.addRow(self._build_region_prompt())

    def _build_tag_list(self) -> TagList:
        self.tagList = TagList()
        name_input(self.tagList, "tagList", self.tr("Country tags"),
                   self.tr("The countries the article is tagged with; Delete removes the selected one."))
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
        return self.tagList

    def _build_region_prompt(self) -> QFrame:
        """The inline, non-modal offer to tick a country's region."""
        self.regionPrompt = QFrame()
        self.regionPrompt.setObjectName("regionPrompt")
        self.regionPrompt.setStyleSheet("#regionPrompt { background: #fff6dc; border-radius: 4px; }")
        prompt_row = QHBoxLayout(self.regionPrompt)
        prompt_row.setContentsMargins(6, 3, 3, 3)
        self.regionPromptLabel = QLabel()
        self.regionPromptLabel.setWordWrap(True)
        self.regionPromptLabel.setStyleSheet("color: #3c2f00;")  # dark text on the light prompt in any theme
        self.regionPromptYes = QPushButton(self.tr("Tick it"))
        self.regionPromptYes.setObjectName("regionPromptYes")
        self.regionPromptYes.clicked.connect(self.accept_region_prompt)
        self.regionPromptNo = QPushButton(self.tr("No"))
        self.regionPromptNo.clicked.connect(self.hide_region_prompt)
        prompt_row.addWidget(self.regionPromptLabel, 1)
        prompt_row.addWidget(self.regionPromptYes)
        prompt_row.addWidget(self.regionPromptNo)
        self.regionPrompt.hide()
        return self.regionPrompt

    def _completion_names(self) -> list[str]:
        """Canonical names plus aliases ('Brasil'), so writers find a country under the name they know."""
        spellings = getattr(self.vocabulary, "country_spellings", None)
        names = set(self.vocabulary.country_names())
        if callable(spellings):
            names.update(spellings())
        return sorted(names, key=str.casefold)

    # ----- actions ---------------------------------------------------------------------------------
    def set_region_choices(self, names: list[str]) -> None:
        """Offer these regions (the vocabulary's, or later the site's categories); ticked ones stay."""
        self._region_choices = list(names)
        self.refresh_regions()

    def _suggested(self, text: str) -> str:
        """Enter takes the suggestion shown for what was typed ('Hai' -> 'Haiti'), not the fragment itself; a name
        the list knows, or one it suggests nothing for, stays as typed."""
        name = text.strip()
        if not name or self.vocabulary.canonical_country(name) is not None:
            return name
        popup = self._tag_completer.popup()
        current = popup.currentIndex() if popup is not None and popup.isVisible() else None
        if current is not None and current.isValid():
            return str(current.data())
        self._tag_completer.setCompletionPrefix(name)
        return self._tag_completer.currentCompletion() if self._tag_completer.completionCount() else name

    def add_tag(self, text: str) -> None:
        """Add a country tag under its canonical name and offer to tick its region when it is not ticked."""
        name = text.strip()
        if not name:
            return
        canonical = self.vocabulary.canonical_country(name) or name
        self.tagEdit.clear()
        QTimer.singleShot(0, self.tagEdit.clear)  # QCompleter writes the chosen text back after `activated`
        tags = self.binding.meta_list("tags")
        if canonical not in tags:
            self.binding.write("tags", [*tags, canonical])
            self.refresh_tags()
        region = self.vocabulary.region_of(canonical)
        offered = self._region_choices
        if region and offered and region not in offered:
            return  # never ask for a region the site lacks (its categories are the choices after a term sync)
        if region and region not in self.binding.meta_list("regions"):
            self._offer_region(canonical, region)

    def remove_selected_tag(self) -> None:
        selected = {item.text() for item in self.tagList.selectedItems()}
        if selected:
            self.binding.write("tags", [t for t in self.binding.meta_list("tags") if t not in selected])
            self.refresh_tags()

    def accept_region_prompt(self) -> None:
        region = self._pending_region
        self.hide_region_prompt()
        regions = self.binding.meta_list("regions")
        if region and region not in regions:
            self.binding.write("regions", [*regions, region])
            self.refresh_regions()

    def hide_region_prompt(self) -> None:
        self._pending_region = None
        self.regionPrompt.hide()

    def _offer_region(self, country: str, region: str) -> None:
        self._pending_region = region
        self.regionPromptLabel.setText(self.tr("{0} is in {1}. Tick that region too?").format(country, region))
        self.regionPromptYes.setAccessibleName(self.tr("Tick the region {0}").format(region))
        self.regionPrompt.show()

    def _on_region_item_changed(self, _item: QListWidgetItem) -> None:
        if self.binding.refreshing:
            return
        ticked = [
            self.regionList.item(i).text()
            for i in range(self.regionList.count())
            if self.regionList.item(i).checkState() == Qt.CheckState.Checked
        ]
        self.binding.write("regions", ticked)

    # ----- refreshing from the document ------------------------------------------------------------
    def refresh(self) -> None:
        self.refresh_regions()
        self.refresh_tags()

    def refresh_regions(self) -> None:
        with self.binding.refresh_guard():
            ticked = self.binding.meta_list("regions")
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

    def _fit_region_list(self) -> None:
        """As tall as its rows (up to ten), so the panel has no empty list space."""
        rows = max(1, min(self.regionList.count(), 10))
        row_height = self.regionList.sizeHintForRow(0) if self.regionList.count() else self.fontMetrics().height()
        self.regionList.setFixedHeight(rows * row_height + 2 * self.regionList.frameWidth() + 2)

    def refresh_tags(self) -> None:
        tags = self.binding.meta_list("tags")
        if [self.tagList.item(i).text() for i in range(self.tagList.count())] != tags:
            self.tagList.clear()
            self.tagList.addItems(tags)
        self.tagList.fit_height()


def _indicator_css() -> str:
    """Check boxes drawn from the palette's text and highlight colours: visible on light and dark palettes alike
    (the styles' own indicators vanish on a dark list)."""
    check = (paths.resources_dir() / "icons" / "check.svg").as_posix()
    return (
        "QListWidget::indicator { width: 13px; height: 13px; border: 1px solid palette(text);"
        " border-radius: 3px; background: palette(base); }"
        "QListWidget::indicator:checked { background: palette(highlight); border-color: palette(highlight);"
        f" image: url({check}); }}"
    )
