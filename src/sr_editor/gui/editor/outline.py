"""The article's headings beside the editor; a click moves the editor to the heading.

After a pause in typing the panel finds the headings again (only the lines that start with `#`, a backtick or a
tilde are looked at) and touches its list only when they changed: most keystrokes change no heading, and
rebuilding the list of a 100k-word article's headings costs the GUI thread several milliseconds.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from sr_editor.services.document.document import ArticleDocument

_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
# the lines either pattern can match: up to three blanks, then # ` or ~ ("\n" first lets re skip ahead fast)
_FIRST_CANDIDATE = re.compile(r"[^\S\n]{0,3}[#`~]")
_CANDIDATE = re.compile(r"\n[^\S\n]{0,3}[#`~]")

Heading = tuple[int, int, str]  # line number from 1, level, text


def _candidate_lines(text: str) -> list[tuple[int, str]]:
    """(line number from 1, line) of the lines that may open a heading or a fence, in order."""
    starts = [0] if _FIRST_CANDIDATE.match(text) else []
    starts += [match.start() + 1 for match in _CANDIDATE.finditer(text)]
    lines: list[tuple[int, str]] = []
    number, counted = 1, 0
    for start in starts:
        number += text.count("\n", counted, start)
        counted = start
        end = text.find("\n", start)
        lines.append((number, text[start:] if end < 0 else text[start:end]))
    return lines


def headings(text: str) -> list[Heading]:
    """(line number from 1, level, text) of the ATX headings outside fenced code."""
    found: list[Heading] = []
    fence: str | None = None
    for number, line in _candidate_lines(text):
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
    """Headings indented by level; refreshed a moment after typing stops (or when shown, if it was hidden)."""

    def __init__(self, document: ArticleDocument, editor: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outline")
        self.setAccessibleName(self.tr("Outline of the article's headings"))
        self.setAccessibleDescription(self.tr("Enter on a heading moves the editor's cursor to it."))
        self._document = document
        self._editor = editor
        self._shown: list[Heading] | None = None  # the headings the list shows (None: not built yet)
        self._stale = False  # the body changed while the panel was hidden
        self.builds = 0  # for tests and benchmarks: how often the list was built anew
        self._timer = QTimer(self, singleShot=True, interval=400)
        self._timer.timeout.connect(self.refresh)
        document.bodyChanged.connect(self._on_body_changed)
        document.loaded.connect(self._on_loaded)
        self.itemActivated.connect(self._jump)
        self.itemClicked.connect(self._jump)
        self.refresh()

    def _on_body_changed(self) -> None:
        """A hidden outline (a tab behind another dock) only notes the change; showing it catches up."""
        if self.isVisible():
            self._timer.start()
        else:
            self._stale = True

    def _on_loaded(self) -> None:
        """Another article: a hidden outline builds its list when shown (opening a long article builds none)."""
        if self.isVisible():
            self.refresh()
        else:
            self._timer.stop()
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        self._timer.stop()
        self._stale = False
        found = headings(self._document.text.live())
        if found == self._shown:
            return
        if self._shown and [h[1:] for h in found] == [h[1:] for h in self._shown]:
            self._move(found)  # lines added or removed above headings: only their line numbers changed
        else:
            self._build(found)
        self._shown = found

    def _move(self, found: list[Heading]) -> None:
        for row, (line, _level, _text) in enumerate(found):
            item = self.item(row)
            item.setData(Qt.ItemDataRole.UserRole, line)
            item.setToolTip(self.tr("Line {0}").format(line))

    def _build(self, found: list[Heading]) -> None:
        self.builds += 1
        self.clear()
        for line, level, text in found:
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
            self._document.slices.finish()  # a heading further down than a long article has loaded so far
            self._editor.go_to_line(line)  # type: ignore[attr-defined]
            self._editor.setFocus(Qt.FocusReason.OtherFocusReason)
