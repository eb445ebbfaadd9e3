"""Preferences: one form over the typed settings (gui/common/settings.Settings). It only edits values; applying
them to the running window is preferences_ui's job."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFontComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from sr_editor.core.spelling.checker import LANGUAGES
from sr_editor.gui.editor.editor import font_in_use

INTERFACE_LANGUAGES = {"": "System language", "en": "English", "es": "Español", "pt-BR": "Português (Brasil)"}


@dataclass
class Preferences:
    """The values the dialog edits, as plain data (read from and written to Settings by the caller)."""

    font_family: str
    font_size: int
    autosave: bool
    autosave_delay_ms: int
    spell_check: bool
    spelling_language: str
    interface_language: str
    max_image_width: int
    preview_visible: bool
    theme: str
    dark_preview: bool

    @classmethod
    def from_settings(cls, settings: object) -> Preferences:
        return cls(**{name: getattr(settings, attribute) for name, attribute in _SETTING_OF.items()})

    def write_to(self, settings: object) -> None:
        for name, attribute in _SETTING_OF.items():
            setattr(settings, attribute, getattr(self, name))


_SETTING_OF = {
    "font_family": "editor_font_family", "font_size": "editor_font_size", "autosave": "autosave_enabled",
    "autosave_delay_ms": "autosave_delay_ms", "spell_check": "spell_check_enabled",
    "spelling_language": "spelling_language", "interface_language": "interface_language",
    "max_image_width": "max_image_width", "preview_visible": "preview_visible", "theme": "theme",
    "dark_preview": "dark_preview",
}


def _combo(name: str, accessible: str, items: dict[str, str], current: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setAccessibleName(accessible)
    for value, text in items.items():
        combo.addItem(text, value)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


class PreferencesDialog(QDialog):
    def __init__(self, values: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        column = QVBoxLayout(self)
        column.addWidget(self._editor_group(values))
        column.addWidget(self._view_group(values))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)

    def _editor_group(self, values: Preferences) -> QGroupBox:
        group = QGroupBox(self.tr("Writing"))
        form = QFormLayout(group)
        self.fontCombo = QFontComboBox()
        self.fontCombo.setObjectName("fontCombo")
        self.fontCombo.setAccessibleName(self.tr("Editor font"))
        self.fontCombo.setAccessibleDescription(
            self.tr("The font the article text is written in."))
        in_use = font_in_use(values.font_family)
        self.fontCombo.setCurrentFont(QFont(in_use))  # the font on the screen, not a near name the combo guesses
        self.fontSize = _spin("fontSize", self.tr("Editor font size"), 6, 48, values.font_size, " pt")
        self.fontSize.setAccessibleDescription(
            self.tr("The size of the editor's font, in points."))
        form.addRow(self.tr("Editor &font"), self.fontCombo)
        self.fontNote = QLabel(self.tr("%1 is not installed; the editor uses %2.")
                               .replace("%1", values.font_family).replace("%2", in_use))
        self.fontNote.setObjectName("fontNote")
        self.fontNote.setWordWrap(True)
        self.fontNote.setVisible(in_use != values.font_family)
        form.addRow("", self.fontNote)
        form.addRow(self.tr("Font &size"), self.fontSize)
        self.autosaveCheck = QCheckBox(self.tr("Save &automatically while I write"))
        self.autosaveCheck.setObjectName("autosaveCheck")
        self.autosaveCheck.setAccessibleDescription(
            self.tr("Save the article by itself a moment after you stop typing."))
        self.autosaveCheck.setChecked(values.autosave)
        self.autosaveDelay = _spin("autosaveDelay", self.tr("Autosave pause"), 100, 60_000, values.autosave_delay_ms,
                                   " ms")
        self.autosaveDelay.setSingleStep(250)
        self.autosaveDelay.setAccessibleDescription(
            self.tr("How long after the last keystroke the article is saved, in milliseconds."))
        self.autosaveCheck.toggled.connect(self.autosaveDelay.setEnabled)
        self.autosaveDelay.setEnabled(values.autosave)
        form.addRow(self.autosaveCheck)
        form.addRow(self.tr("Save after a pause of"), self.autosaveDelay)
        self.spellCheck = QCheckBox(self.tr("Check s&pelling as I type"))
        self.spellCheck.setObjectName("spellCheck")
        self.spellCheck.setAccessibleDescription(
            self.tr("Underline misspelt words in the editor."))
        self.spellCheck.setChecked(values.spell_check)
        self.spellingLanguage = _combo("spellingLanguage", self.tr("Spelling language of new articles"),
                                       LANGUAGES, values.spelling_language)
        form.addRow(self.spellCheck)
        self.spellingLanguage.setAccessibleDescription(
            self.tr("The language new articles are checked in; each article can change it."))
        form.addRow(self.tr("Articles are &written in"), self.spellingLanguage)
        self.imageWidth = _spin("imageWidth", self.tr("Maximum image width"), 200, 20_000, values.max_image_width,
                                " px")
        self.imageWidth.setSingleStep(100)
        self.imageWidth.setAccessibleDescription(
            self.tr("Inserted images wider than this are shrunk to this width, in pixels."))
        form.addRow(self.tr("Shrink images &wider than"), self.imageWidth)
        return group

    def _view_group(self, values: Preferences) -> QGroupBox:
        group = QGroupBox(self.tr("Appearance"))
        form = QFormLayout(group)
        themes = {"system": self.tr("Like the desktop"), "light": self.tr("Light"), "dark": self.tr("Dark")}
        self.themeCombo = _combo("themeCombo", self.tr("Theme"), themes, values.theme)
        form.addRow(self.tr("&Theme"), self.themeCombo)
        self.themeCombo.setAccessibleDescription(
            self.tr("Follow the desktop's colours, or always use light or dark colours."))
        self.darkPreview = QCheckBox(self.tr("Dark preview too (otherwise it keeps the site's look)"))
        self.darkPreview.setObjectName("darkPreview")
        self.darkPreview.setAccessibleDescription(
            self.tr("Show the preview in dark colours too when the theme is dark."))
        self.darkPreview.setChecked(values.dark_preview)
        form.addRow(self.darkPreview)
        self.previewCheck = QCheckBox(self.tr("Show the p&review beside the editor"))
        self.previewCheck.setObjectName("previewCheck")
        self.previewCheck.setAccessibleDescription(
            self.tr("Show the article as it will look on the site, beside the editor."))
        self.previewCheck.setChecked(values.preview_visible)
        form.addRow(self.previewCheck)
        languages = dict(INTERFACE_LANGUAGES)
        languages[""] = self.tr("System language")
        self.interfaceLanguage = _combo("interfaceLanguage", self.tr("Interface language"), languages,
                                        values.interface_language)
        self.interfaceLanguage.setToolTip(self.tr("Takes effect the next time sr-editor starts."))
        self.interfaceLanguage.setAccessibleDescription(
            self.tr("The language of menus and messages; takes effect the next time sr-editor starts."))
        form.addRow(self.tr("&Interface language"), self.interfaceLanguage)
        return group

    def values(self) -> Preferences:
        return Preferences(
            font_family=self.fontCombo.currentFont().family(), font_size=self.fontSize.value(),
            autosave=self.autosaveCheck.isChecked(), autosave_delay_ms=self.autosaveDelay.value(),
            spell_check=self.spellCheck.isChecked(), spelling_language=str(self.spellingLanguage.currentData()),
            interface_language=str(self.interfaceLanguage.currentData()), max_image_width=self.imageWidth.value(),
            preview_visible=self.previewCheck.isChecked(), theme=str(self.themeCombo.currentData()),
            dark_preview=self.darkPreview.isChecked(),
        )


def _spin(name: str, accessible: str, low: int, high: int, value: int, suffix: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setObjectName(name)
    spin.setAccessibleName(accessible)
    spin.setRange(low, high)
    spin.setValue(value)
    spin.setSuffix(suffix)
    return spin
