"""A read-only diff view shared by the external-change and history dialogs (difflib, coloured lines)."""

from __future__ import annotations

import difflib
import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QTextBrowser, QWidget

ADDED_BG = "#e6f4e6"
REMOVED_BG = "#fbe9e7"
HUNK_COLOUR = "#5a6b85"


def unified_lines(old: str, new: str, old_name: str, new_name: str) -> list[str]:
    return list(
        difflib.unified_diff(
            old.splitlines(), new.splitlines(), fromfile=old_name, tofile=new_name, lineterm="", n=3
        )
    )


def diff_html(lines: list[str]) -> str:
    """Colour a unified diff: additions green, removals red, hunk headers muted."""
    if not lines:
        same = QCoreApplication.translate("DiffView", "The two versions are identical.")
        return f"<p style='color:#4f6b3a'>{same}</p>"
    rows = []
    for line in lines:
        text = html.escape(line) or "&nbsp;"
        if line.startswith(("+++", "---")):
            rows.append(f"<div style='font-weight:600'>{text}</div>")
        elif line.startswith("@@"):
            rows.append(f"<div style='color:{HUNK_COLOUR}'>{text}</div>")
        elif line.startswith("+"):
            rows.append(f"<div style='background:{ADDED_BG}'>{text}</div>")
        elif line.startswith("-"):
            rows.append(f"<div style='background:{REMOVED_BG}'>{text}</div>")
        else:
            rows.append(f"<div>{text}</div>")
    return "<div style='white-space:pre-wrap'>" + "".join(rows) + "</div>"


class DiffView(QTextBrowser):
    """Shows the unified diff of two texts in a fixed-width font."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("diffView")
        self.setOpenLinks(False)
        self.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.setLineWrapMode(QTextBrowser.LineWrapMode.WidgetWidth)
        self.lines: list[str] = []

    def show_diff(self, old: str, new: str, old_name: str, new_name: str) -> None:
        self.lines = unified_lines(old, new, old_name, new_name)
        self.setHtml(diff_html(self.lines))
