"""Notes beside the paragraph: each open note's passage is highlighted in the editor, with the note as tooltip;
clicking a highlighted passage shows its note in the Notes panel.

A separate piece on top of the editor, not inside it: the highlights are the editor's extra selections, tagged
with MARK_PROPERTY so that extra selections others set are kept. Each highlight holds a QTextCursor on the
document, so it follows the passage while the writer types until the next refresh finds the passages again.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QHelpEvent, QMouseEvent, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QToolTip

MARK_PROPERTY = QTextFormat.Property.UserProperty + 71  # the note id of a highlight this piece made
MARK_COLOUR = QColor("#fff1b8")  # a pale yellow readable under the text in the light and dark themes' editor
MARK_UNDERLINE = QColor("#c99a00")


@dataclass(frozen=True)
class NoteMark:
    note_id: int
    start: int
    end: int
    text: str  # the note, for the tooltip


class NoteMarks(QObject):
    """The highlights of one editor. `noteClicked(note_id)` when a highlighted passage is clicked."""

    noteClicked = Signal(int)

    def __init__(self, editor: QPlainTextEdit) -> None:
        super().__init__(editor)
        self.editor = editor
        self._texts: dict[int, str] = {}
        self._press: tuple[int, int] | None = None
        editor.viewport().installEventFilter(self)

    def show_marks(self, marks: list[NoteMark]) -> None:
        document = self.editor.document()
        length = max(0, document.characterCount() - 1)
        mine: list[QTextEdit.ExtraSelection] = []
        for mark in marks:
            start, end = max(0, min(mark.start, length)), max(0, min(mark.end, length))
            if end <= start:
                continue
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(document)
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor  # type: ignore[misc]
            fmt = QTextCharFormat()
            fmt.setBackground(MARK_COLOUR)
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
            fmt.setUnderlineColor(MARK_UNDERLINE)
            fmt.setProperty(MARK_PROPERTY, mark.note_id)
            selection.format = fmt  # type: ignore[misc]
            mine.append(selection)
        self._texts = {mark.note_id: mark.text for mark in marks}
        self.editor.setExtraSelections(self._others() + mine)

    def clear(self) -> None:
        self._texts = {}
        self.editor.setExtraSelections(self._others())

    def _others(self) -> list[QTextEdit.ExtraSelection]:
        return [s for s in self.editor.extraSelections() if not s.format.hasProperty(MARK_PROPERTY)]

    def marks(self) -> list[tuple[int, int, int]]:
        """(note id, start, end) of each highlight now (after the edits since it was made)."""
        return [(int(s.format.property(MARK_PROPERTY)), s.cursor.selectionStart(), s.cursor.selectionEnd())
                for s in self.editor.extraSelections() if s.format.hasProperty(MARK_PROPERTY)]

    def note_at(self, position: int) -> int | None:
        for note_id, start, end in self.marks():
            if start <= position < end:
                return note_id
        return None

    # ----- the mouse -------------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent) and self._texts:
            note = self.note_at(self.editor.cursorForPosition(event.pos()).position())
            if note is not None:
                QToolTip.showText(event.globalPos(), self._texts.get(note, ""), self.editor.viewport())
                return True
        elif isinstance(event, QMouseEvent) and event.button() == Qt.MouseButton.LeftButton and self._texts:
            point = (int(event.position().x()), int(event.position().y()))
            if event.type() == QEvent.Type.MouseButtonPress:
                self._press = point
            elif event.type() == QEvent.Type.MouseButtonRelease and self._press is not None:
                moved = abs(point[0] - self._press[0]) + abs(point[1] - self._press[1])
                self._press = None
                if moved < 4 and not self.editor.textCursor().hasSelection():  # a click, not a drag to select
                    note = self.note_at(self.editor.cursorForPosition(event.position().toPoint()).position())
                    if note is not None:
                        self.noteClicked.emit(note)
        return False
