"""A long body put into the QTextDocument a slice per event-loop turn, so that opening an article never blocks.

`setPlainText` of a 100k-word article holds the GUI thread for 150-350 ms (the document's blocks, the plain-text
layout, the first word count and highlighting that follow every change). So a body longer than FIRST_SLICE is set
as its first lines (more than a screen) at once, and the rest is appended at the end of the document, about
SLICE_SECONDS' worth per turn. Meanwhile:

- undo is off (opening is not an edit anyone can undo) and the document stays unmodified, so what is saved is the
  article's own body, never the half-loaded text;
- `BodyText` answers the whole text (`expect`), so the preview, the checks, the outline and the images list see
  all of it from the start;
- the editor holds the keys typed meanwhile and types them once the text is all there (`MarkdownEditor.hold_keys`);
  any other edit (a command, a drop, an input method) finishes the loading at once, then counts as an edit;
- with the window's `TurnBudget`, a slice starts only while the turn has room, and is cut to the room left.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QTextCursor, QTextDocument

from sr_editor.services.document.body_text import AS_PLAIN_TEXT, BodyText

if TYPE_CHECKING:
    from sr_editor.services.runtime.turns import TurnBudget

FIRST_SLICE = 12_000  # characters set at once: more than a tall screen of text
SLICE_SECONDS = 0.010  # what one turn's slice should cost (CPU), the word count and the shaping check with it
MIN_SLICE, MAX_SLICE = 8_000, 200_000


def plain_text(body: str) -> str:
    """`body` as `document_text` gives it back after `setPlainText(body)`: each pass only when
    needed (translate walks the text in Python's slow path: ~8 ms for a 100k-word article)."""
    if "\r" in body:
        body = body.replace("\r\n", "\n").replace("\r", "\n")
    if any(special in body for special in _SPECIAL):
        body = body.translate(AS_PLAIN_TEXT)
    return body


_SPECIAL = tuple(chr(code) for code in AS_PLAIN_TEXT)


def _cut(body: str, at: int) -> int:
    """The end of the line holding `at` (just after its "\\n"), so no slice splits a line, a CRLF or a pair."""
    if at >= len(body):
        return len(body)
    end = body.find("\n", at)
    return len(body) if end < 0 else end + 1


class SlicedLoad(QObject):
    """Loads bodies into `document`; `active` while slices are still to come, `finished` once all are in."""

    finished = Signal()

    def __init__(self, document: QTextDocument, text: BodyText, parent: QObject | None = None,
                 turns: TurnBudget | None = None) -> None:
        super().__init__(parent)
        self._document, self._text, self._turns = document, text, turns
        self._source: str | None = None  # the body being loaded
        self._at = 0  # how much of it is in the document
        self._slice = FIRST_SLICE
        self._inserting = False
        self.slices = 0  # for tests and benchmarks: turns the last load took
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._next_slice)

    @property
    def active(self) -> bool:
        return self._source is not None

    @property
    def inserting(self) -> bool:
        """True while a slice of ours goes in (its change is no one's edit)."""
        return self._inserting

    def start(self, body: str) -> None:
        """Make `body` the document's whole text, with an empty undo history and unmodified: a short one at
        once, a long one as its first slice now and the rest from the event loop. A load underway is dropped."""
        self.cancel()
        document = self._document
        cut = _cut(body, FIRST_SLICE) if len(body) > FIRST_SLICE * 2 else len(body)
        if cut < len(body):
            self._text.expect(plain_text(body))
            document.setUndoRedoEnabled(False)
            self._source, self._at, self._slice, self.slices = body, cut, FIRST_SLICE, 1
        self._insert(body[:cut], whole=True)
        if self._source is not None:
            self._timer.start()
        else:
            document.clearUndoRedoStacks()

    def finish(self) -> None:
        """Put the rest in now (an edit, or another article, cannot wait for the slices)."""
        if self._source is not None:
            self._insert(self._source[self._at:])
            self._done()

    def cancel(self) -> None:
        """Stop loading (another text replaces this one); the document keeps what it holds."""
        if self._source is not None:
            self._timer.stop()
            self._source = None
            self._document.setUndoRedoEnabled(True)
            self._text.settle()

    def _next_slice(self) -> None:
        source = self._source
        if source is None:
            return
        size = self._slice
        if self._turns is not None:  # the turn's room is shared with the other slicers: wait for it, fit in it
            if not self._turns.may_start("loading"):
                self._timer.start()
                return
            size = max(MIN_SLICE, int(size * min(1.0, self._turns.left() / SLICE_SECONDS)))
        started = time.thread_time()  # CPU: waiting for another thread's turn at the interpreter is not the cost
        end = _cut(source, self._at + size)
        self._insert(source[self._at:end])
        self._at = end
        self.slices += 1
        spent = max(time.thread_time() - started, 1e-4)  # next time, a slice that costs about SLICE_SECONDS
        self._slice = int(min(MAX_SLICE, max(MIN_SLICE, size * min(2.0, SLICE_SECONDS / spent))))
        if self._at >= len(source):
            self._done()
        else:
            self._timer.start()

    def _insert(self, piece: str, whole: bool = False) -> None:
        self._inserting = True
        try:
            if whole:
                self._document.setPlainText(piece)
            else:
                cursor = QTextCursor(self._document)
                cursor.movePosition(QTextCursor.MoveOperation.End)
                cursor.insertText(piece)
        finally:
            self._inserting = False
        self._document.setModified(False)

    def _done(self) -> None:
        self._timer.stop()
        self._source = None
        document = self._document
        document.setUndoRedoEnabled(True)
        document.clearUndoRedoStacks()
        document.setModified(False)
        self._text.settle()
        self.finished.emit()
