"""Light and dark: the application palette (Fusion, so every widget follows it), the editor's Markdown colours,
and the preview, which keeps the site's light look unless the user asked for a dark preview."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

if TYPE_CHECKING:
    from sr_editor.gui.common.host import PreviewHost

THEMES = ("system", "light", "dark")
DARK_PREVIEW_CSS = """
body { color: #e3e6ea; background: #1c1f24; }
h1, h2, h3, h4, h5, h6 { color: #f0f2f5; }
h1.entry-title, a { color: #ff8a80; }
td.quote { color: #c2c8cf; }
th, td { border-color: #4a5058; }
th { background-color: #2a2e35; }
"""


def is_dark(theme: str) -> bool:
    """Forced by the preference, or the desktop's colour scheme when it is 'system'."""
    if theme in ("light", "dark"):
        return theme == "dark"
    hints = QGuiApplication.styleHints()
    return hints is not None and hints.colorScheme() == Qt.ColorScheme.Dark


def dark_palette() -> QPalette:
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#2b2e33", QPalette.ColorRole.WindowText: "#e6e8eb",
        QPalette.ColorRole.Base: "#1f2226", QPalette.ColorRole.AlternateBase: "#2a2d32",
        QPalette.ColorRole.Text: "#e6e8eb", QPalette.ColorRole.Button: "#34383e",
        QPalette.ColorRole.ButtonText: "#e6e8eb", QPalette.ColorRole.ToolTipBase: "#34383e",
        QPalette.ColorRole.ToolTipText: "#e6e8eb", QPalette.ColorRole.Highlight: "#3d7bd9",
        QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.Link: "#8ab4f8",
        QPalette.ColorRole.PlaceholderText: "#9aa0a6", QPalette.ColorRole.BrightText: "#ff8a80",
        QPalette.ColorRole.Light: "#4a4f56", QPalette.ColorRole.Midlight: "#3d4147",
        QPalette.ColorRole.Mid: "#2f3237", QPalette.ColorRole.Dark: "#1a1c1f", QPalette.ColorRole.Shadow: "#000000",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#80868b"))
    return palette


def light_palette() -> QPalette:
    style = QStyleFactory.create("Fusion")
    return style.standardPalette() if style is not None else QPalette()


def apply_theme(app: QApplication, theme: str) -> bool:
    """Fusion with a light or dark palette; returns whether it is dark. Fusion draws check boxes, radio buttons
    and list indicators from the palette, so they stay visible on dark (the native style did not)."""
    dark = is_dark(theme)
    palette = dark_palette() if dark else light_palette()
    style = app.style()
    if style is not None and style.name().lower() == "fusion" and app.palette() == palette:
        return dark  # already so (set before the window was built): re-polishing every widget costs ~90 ms
    app.setStyle("Fusion")
    app.setPalette(palette)
    for widget in app.allWidgets():  # style-sheeted widgets keep the palette they were polished with
        sheet = widget.styleSheet()
        if sheet:
            widget.setStyleSheet("")
            widget.setStyleSheet(sheet)
    return dark


def apply_to_window(window: PreviewHost, dark: bool, dark_preview: bool) -> None:
    """The editor's Markdown colours follow the theme; the preview stays light unless asked."""
    highlighter = getattr(window.editor, "highlighter", None)
    if highlighter is not None and hasattr(highlighter, "set_dark"):
        highlighter.set_dark(dark)
    preview = window.preview
    preview_dark = dark and dark_preview
    preview.setPalette(dark_palette() if preview_dark else light_palette())
    base = window.context.stylesheet
    set_preview_css = getattr(preview, "set_extra_css", None)
    if callable(set_preview_css):
        set_preview_css(DARK_PREVIEW_CSS if preview_dark else "")
    else:
        from sr_editor.gui.preview.preview import text_browser_css

        preview.document().setDefaultStyleSheet(text_browser_css(base + (DARK_PREVIEW_CSS if preview_dark else "")))
    document = window.context.document
    if document.bundle is not None:
        window.context.preview.request(document.body(), document.bundle, immediate=True)
