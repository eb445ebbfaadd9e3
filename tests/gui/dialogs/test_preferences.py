"""Preferences: the dialog edits the typed settings, and applying them changes the running window."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QListWidget

from sr_editor.gui.common import theme
from sr_editor.gui.common.settings import Settings
from sr_editor.gui.dialogs.preferences_dialog import Preferences, PreferencesDialog
from sr_editor.gui.window.preferences_ui import PreferencesUI


def test_the_dialog_shows_the_settings_and_returns_what_was_changed(qtbot: Any, tmp_path: Path) -> None:
    settings = Settings(tmp_path)
    dialog = PreferencesDialog(Preferences.from_settings(settings))
    qtbot.addWidget(dialog)
    assert dialog.fontSize.value() == settings.editor_font_size
    dialog.fontSize.setValue(15)
    dialog.themeCombo.setCurrentIndex(dialog.themeCombo.findData("dark"))
    dialog.spellingLanguage.setCurrentIndex(dialog.spellingLanguage.findData("pt-BR"))
    dialog.autosaveCheck.setChecked(False)
    values = dialog.values()
    assert (values.font_size, values.theme, values.spelling_language, values.autosave) == (15, "dark", "pt-BR", False)
    assert not dialog.autosaveDelay.isEnabled()


def test_preferences_survive_a_restart(tmp_path: Path) -> None:
    values = Preferences.from_settings(Settings(tmp_path))
    values.theme, values.max_image_width, values.interface_language = "light", 1600, "es"
    values.write_to(Settings(tmp_path))
    again = Settings(tmp_path)
    assert (again.theme, again.max_image_width, again.interface_language) == ("light", 1600, "es")


def test_a_hand_edited_bad_theme_falls_back_to_the_system_one(tmp_path: Path) -> None:
    (tmp_path / "settings.ini").write_text("[view]\ntheme=purple\n", encoding="utf-8")
    assert Settings(tmp_path).theme == "system"


def test_applying_changes_font_autosave_preview_and_spelling_at_once(
    make_window: Any, sample_workspace: Path
) -> None:
    window = make_window(sample_workspace)
    values = Preferences.from_settings(window.context.settings)
    values.font_size, values.autosave, values.preview_visible, values.spell_check = 17, False, False, False
    window.findChild(PreferencesUI).apply(values)
    assert window.editor.font().pointSize() == 17
    assert window.context.autosave.enabled is False
    assert not window.preview.isVisible()
    assert window.features.spelling.spell_pass.enabled is False
    assert Settings(window.context.settings.file_path.parent).editor_font_size == 17


def test_dark_theme_makes_every_panel_dark_and_the_region_checkboxes_visible(
    make_window: Any, sample_workspace: Path
) -> None:
    window = make_window(sample_workspace)
    try:
        values = Preferences.from_settings(window.context.settings)
        values.theme = "dark"
        window.findChild(PreferencesUI).apply(values)
        QApplication.processEvents()  # palette changes reach the widgets as events
        regions = window.findChild(QListWidget, "regionList")
        base = regions.palette().color(QPalette.ColorRole.Base)
        text = regions.palette().color(QPalette.ColorRole.Text)
        assert base.lightness() < 60 and text.lightness() > 180
        assert QApplication.style().name().lower() == "fusion"  # draws indicators from the palette
        image = regions.grab().toImage()
        box = regions.visualItemRect(regions.item(0))
        pixels = {image.pixelColor(x, box.center().y()).lightness() for x in range(box.left(), box.left() + 24)}
        assert max(pixels) - min(pixels) > 60  # the check box stands out from the dark list
    finally:
        QApplication.instance().setPalette(theme.light_palette())


def test_the_preview_keeps_the_site_look_in_dark_mode_unless_asked(make_window: Any, sample_workspace: Path) -> None:
    window = make_window(sample_workspace)
    try:
        values = Preferences.from_settings(window.context.settings)
        values.theme = "dark"
        window.findChild(PreferencesUI).apply(values)
        assert window.preview.palette().color(QPalette.ColorRole.Base).lightness() > 200
        values.dark_preview = True
        window.findChild(PreferencesUI).apply(values)
        assert window.preview.palette().color(QPalette.ColorRole.Base).lightness() < 60
    finally:
        QApplication.instance().setPalette(theme.light_palette())


def test_preferences_name_the_font_the_editor_really_uses_when_the_chosen_one_is_missing(
    make_window: Any, sample_workspace: Path, qtbot: Any
) -> None:
    from PySide6.QtGui import QFontInfo

    window = make_window(sample_workspace)
    window.context.settings.editor_font_family = "No Such Font Mono"
    window.editor.set_editor_font("No Such Font Mono", 11)
    on_screen = QFontInfo(window.editor.font()).family()
    dialog = PreferencesDialog(Preferences.from_settings(window.context.settings), window)
    qtbot.addWidget(dialog)
    assert dialog.fontCombo.currentFont().family() == on_screen
    assert dialog.fontNote.isVisibleTo(dialog) and on_screen in dialog.fontNote.text()


def test_the_default_editor_font_is_installed_by_the_set_up() -> None:
    from sr_editor.gui.common.settings import DEFAULT_FONT_FAMILY

    packages = (Path(__file__).parents[3] / "packaging" / "debian-packages.txt").read_text(encoding="utf-8").split()
    assert DEFAULT_FONT_FAMILY == "Noto Sans Mono" and "fonts-noto-mono" in packages
