"""File > New article: a small dialog for the title, the region and the countries the article starts with."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from sr_editor.gui.panels.metadata_widgets import Vocabulary


@dataclass(frozen=True)
class NewArticle:
    title: str
    regions: tuple[str, ...]
    tags: tuple[str, ...]


def split_countries(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


class NewArticleDialog(QDialog):
    """Title (required), a region (optional, from the site's list) and countries separated by commas (each must be
    a known country: a typo would otherwise become a new tag on the site)."""

    def __init__(self, vocabulary: Vocabulary | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newArticleDialog")
        self.setWindowTitle(self.tr("New article"))
        self.vocabulary = vocabulary
        self._countries = sorted(vocabulary.country_names()) if vocabulary is not None else []
        form = QFormLayout()
        self.titleEdit = QLineEdit()
        self.titleEdit.setObjectName("newTitle")
        self.titleEdit.setPlaceholderText(self.tr("What the article is about"))
        self.regionCombo = QComboBox()
        self.regionCombo.setObjectName("newRegion")
        self.regionCombo.addItem(self.tr("No region yet"), "")
        for region in getattr(vocabulary, "regions", ()):
            self.regionCombo.addItem(region, region)
        self.countriesEdit = QLineEdit()
        self.countriesEdit.setObjectName("newCountries")
        self.countriesEdit.setPlaceholderText(self.tr("Haiti, Dominican Republic"))
        self.countriesEdit.setAccessibleDescription(self.tr("Countries the article is tagged with, separated by "
                                                            "commas; the list suggests the names as you type."))
        completer = QCompleter(QStringListModel(self._countries, self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchStartsWith)
        self._completer = completer
        completer.setWidget(self.countriesEdit)
        completer.activated.connect(self._take_suggestion)
        self.countriesEdit.textEdited.connect(self._suggest)
        form.addRow(self.tr("&Title"), self.titleEdit)
        form.addRow(self.tr("&Region"), self.regionCombo)
        form.addRow(self.tr("&Countries"), self.countriesEdit)
        self.note = QLabel()
        self.note.setObjectName("newArticleNote")
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("C&reate"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.titleEdit.textChanged.connect(self._validate)
        self.countriesEdit.textChanged.connect(self._validate)
        self._validate()
        self.setMinimumWidth(420)

    def _suggest(self, text: str) -> None:
        """Suggest names for the country being typed (after the last comma)."""
        current = text.rsplit(",", 1)[-1].strip()
        popup = self._completer.popup()
        if not current:
            if popup is not None:
                popup.hide()
            return
        self._completer.setCompletionPrefix(current)
        self._completer.complete()

    def _take_suggestion(self, name: str) -> None:
        done = split_countries(self.countriesEdit.text())[:-1]
        self.countriesEdit.setText(", ".join([*done, name]) + ", ")

    def unknown_countries(self) -> list[str]:
        known = set(self._countries)
        out = []
        for name in split_countries(self.countriesEdit.text()):
            canonical = self.vocabulary.canonical_country(name) if self.vocabulary is not None else None
            if canonical not in known:
                out.append(name)
        return out

    def _validate(self) -> None:
        unknown = self.unknown_countries()
        self.note.setText(self.tr("Not in the list of countries: %1. Pick a suggestion, or add it later in the "
                                  "Article panel.").replace("%1", ", ".join(unknown)) if unknown else "")
        self.note.setVisible(bool(unknown))
        ok = bool(self.titleEdit.text().strip()) and not unknown
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def result_value(self) -> NewArticle:
        region = str(self.regionCombo.currentData() or "")
        tags: list[str] = []
        for name in split_countries(self.countriesEdit.text()):
            canonical = (self.vocabulary.canonical_country(name) if self.vocabulary is not None else None) or name
            if canonical not in tags:
                tags.append(canonical)
        return NewArticle(self.titleEdit.text().strip(), (region,) if region else (), tuple(tags))


def ask_new_article(parent: QWidget | None, vocabulary: Vocabulary | None) -> NewArticle | None:
    dialog = NewArticleDialog(vocabulary, parent)
    try:
        return dialog.result_value() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
