"""The article's headings beside the editor; a click moves the editor to the heading."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from sr_editor.services.document import ArticleDocument

_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")


def headings(text: str) -> list[tuple[int, int, str]]:
    """(line number from 1, level, text) of the ATX headings outside fenced code."""
    found: list[tuple[int, int, str]] = []
    fence: str | None = None
    for number, line in enumerate(text.split("\n"), start=1):
        marker = _FENCE.match(line)
        if marker:
            fence = None if fence == marker.group(1) else (fence or marker.group(1))
            continue
        if fence is None:
            match = _HEADING.match(line)
            if match and match.group(2):
                found.append((number, len(match.group(1)), match.group(2)))
    return found


class OutlinePanel(QListWidget):
    """Headings indented by level; refreshed a moment after typing stops."""

    def __init__(self, document: ArticleDocument, editor: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outline")
        self.setAccessibleName(self.tr("Outline of the article's headings"))
        self.setAccessibleDescription(self.tr("Enter on a heading moves the editor's cursor to it."))
        self._document = document
        self._editor = editor
        self._timer = QTimer(self, singleShot=True, interval=400)
        self._timer.timeout.connect(self.refresh)
        document.bodyChanged.connect(self._timer.start)
        document.loaded.connect(self.refresh)
        self.itemActivated.connect(self._jump)
        self.itemClicked.connect(self._jump)
        self.refresh()

    def refresh(self) -> None:
        self.clear()
        for line, level, text in headings(self._document.text_document.toPlainText()):
            item = QListWidgetItem("    " * (level - 1) + text, self)
            item.setData(Qt.ItemDataRole.UserRole, line)
            item.setToolTip(self.tr("Line {0}").format(line))
            if level <= 2:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
        if not self.count():
            placeholder = QListWidgetItem(self.tr("No headings yet: start a line with ## to add one."), self)
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)

    def _jump(self, item: QListWidgetItem) -> None:
        line = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(line, int):
            self._editor.go_to_line(line)  # type: ignore[attr-defined]
            self._editor.setFocus(Qt.FocusReason.OtherFocusReason)
