"""Edit > Preferences…: opens the dialog, writes the settings, and applies them to the running window."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication

from sr_editor.gui.common import theme
from sr_editor.gui.common.menus import menu_named
from sr_editor.gui.window.desk_layout import DeskLayout

if TYPE_CHECKING:  # the dialog is imported when first opened: the first paint does not need it
    from sr_editor.gui.dialogs.preferences_dialog import Preferences
    from sr_editor.gui.spelling.spelling_ui import SpellingUI
    from sr_editor.gui.window.main_window import MainWindow


class PreferencesUI(QObject):
    def __init__(self, window: MainWindow, spelling: Callable[[], SpellingUI | None] = lambda: None) -> None:
        super().__init__(window)
        self.window = window
        self._spelling = spelling  # spelling comes after the first paint: asked for when preferences change
        self.settings = window.context.settings
        menu = menu_named(window, "Edit")
        menu.addSeparator()
        window.add_action(menu, "preferences", self.tr("&Preferences…"), QKeySequence.StandardKey.Preferences,
                          self.open_dialog)
        hints = QGuiApplication.styleHints()
        if hints is not None:
            hints.colorSchemeChanged.connect(self._on_system_scheme)
        self.apply_theme()

    def open_dialog(self) -> None:
        from sr_editor.gui.dialogs.preferences_dialog import Preferences, PreferencesDialog

        dialog = PreferencesDialog(Preferences.from_settings(self.settings), self.window)
        if dialog.exec():
            self.apply(dialog.values())
        dialog.deleteLater()

    def apply(self, values: Preferences) -> None:
        """Store the values and make the window show them now (the interface language at the next start)."""
        values.write_to(self.settings)
        self.settings.sync()
        ctx, window = self.window.context, self.window
        window.editor.set_editor_font(values.font_family, values.font_size)
        ctx.autosave.enabled = values.autosave
        ctx.autosave.set_delay(values.autosave_delay_ms)
        window.set_preview_visible(values.preview_visible)
        spelling = self._spelling()
        if spelling is not None and spelling.spell_pass.enabled != values.spell_check:
            spelling.set_enabled(values.spell_check)
        elif spelling is not None:
            spelling.update_language()  # the default language may have changed
        self.apply_theme()

    def apply_theme(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            dark = theme.apply_theme(app, self.settings.theme)
            theme.apply_to_window(self.window, dark, self.settings.dark_preview)
            desk = self.window.findChild(DeskLayout)
            if desk is not None:  # the toolbar's icons are drawn for the palette
                desk.retint()

    def _on_system_scheme(self, *_: object) -> None:
        if self.settings.theme == "system":
            self.apply_theme()



def install_preferences(window: MainWindow, spelling: Callable[[], SpellingUI | None] = lambda: None
                        ) -> PreferencesUI:
    """Edit ▸ Preferences…; the object is a child of the window (`window.findChild(PreferencesUI)`)."""
    return PreferencesUI(window, spelling)
