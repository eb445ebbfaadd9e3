"""Patches a QTextDocument piece by piece, so a one-paragraph edit costs one piece's parse and layout.

`setHtml` on a 50k-word article parses and lays out everything again (100-165 ms on the GUI thread, which
lands on the next keystroke). The incremental renderer already cuts the article into pieces; the document
keeps, per piece, how many blocks it spans, and an update replaces only the blocks of the pieces that
differ from last time (common prefix and suffix kept), inside one edit block.

`insertHtml` merges a fragment's first block into the block under the cursor and keeps *that* block's
format, and a fragment starting with a table or a rule leaves the cursor's block empty before it. So each
piece is inserted after a throw-away paragraph (its first real block then keeps its own format) and that
paragraph's block is merged into the block before it, which is how `setHtml` of the whole text lays
adjacent pieces out. The result equals `setHtml` of all pieces joined (tests compare `toHtml()`).

With the window's `TurnBudget`, an append slice starts only while the turn has room and ends when it is spent.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument

from sr_editor.services.preview.pieces import changed_range

if TYPE_CHECKING:
    from sr_editor.services.runtime.turns import TurnBudget

__all__ = ["MIN_PIECES_NOW", "DocumentPatcher", "changed_range"]

_SENTINEL = "<p>\u2060</p>"  # a paragraph holding a word joiner: never merged with what follows
# a rebuild always lays these out at once: a screen (a piece is at least ~2,000 characters), and a short article is
# whole after one call (150 were ~165 ms of the GUI thread for a 50k-word article, the longest block of opening it;
# 12 were ~20 ms at 100k words on a quiet machine, 87-120 ms of GUI CPU under load)
MIN_PIECES_NOW = 4
SLICE_SECONDS = 0.016  # then a frame of appending per event-loop turn (a rebuild: another article just opened)


class DocumentPatcher:
    """Owns the piece -> block-count map of one QTextDocument; `show()` rebuilds or patches it.

    A rebuild lays out the first MIN_PIECES_NOW pieces (at least) at once and appends the rest at the end a few
    milliseconds per event-loop turn, so opening a 50k-word article does not freeze the window for the
    ~150 ms of a whole layout; an update arriving meanwhile patches what is shown and queues the rest."""

    def __init__(self, document: QTextDocument, turns: TurnBudget | None = None) -> None:
        """`turns`: the window's room for background work per event-loop turn, which the appending shares
        (without it, each slice is SLICE_SECONDS)."""
        self.document = document
        self._turns = turns
        self.pieces: list[str] = []  # the pieces in the document now
        self._queue: list[str] = []  # the pieces still to append after them (a rebuild in progress)
        self._blocks: list[int] = []  # blocks each piece spans, in order; their sum is the document's blockCount
        self.full_builds = 0  # for tests and benchmarks
        self.patches = 0
        self._timer = QTimer(document)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._append_slice)
        self.appended: Callable[[], None] | None = None  # called after each later slice (to repaint)
        self.rebuilt: Callable[[], None] | None = None  # called once a rebuild has appended its last piece
        self._rebuilding = False

    @property
    def complete(self) -> bool:
        """Every piece is in the document (no rebuild is still appending)."""
        return not self._queue

    def show(self, pieces: Sequence[str]) -> bool:
        """Make the document show `pieces` (joined, as setHtml would); True when it was patched in place."""
        new = [piece for piece in pieces if piece.strip()]  # a piece of nothing would span no block
        if not self._queue:
            return self._show(new)
        shown = len(self.pieces)  # a rebuild is appending: bring what is shown up to date, queue the rest
        self._queue = []
        patched = self._show(new[:shown])
        self._queue += new[shown:]
        if self._queue:
            self._timer.start()
        return patched

    def _show(self, new: list[str]) -> bool:
        start, old_end, new_end = changed_range(self.pieces, new)
        if start == len(self.pieces) == len(new):
            return True  # nothing changed
        if start in (old_end, new_end):  # pieces only added or removed: take a neighbour along
            if start > 1:
                start -= 1
            elif old_end < len(self.pieces) and new_end < len(new):
                old_end, new_end = old_end + 1, new_end + 1
        half = len(self.pieces) // 2 + 1
        # a long article after a short one shares only the anchor: inserting all its pieces in one call took
        # 70-120 ms of the GUI thread, where a rebuild lays out a screen now and the rest turn by turn
        if start == 0 or old_end - start > half or new_end - start > max(half, MIN_PIECES_NOW):
            self.rebuild(new)
            return False
        self._replace(start, old_end, new[start:new_end])
        self.pieces = new
        if min(self._blocks) < 1 or sum(self._blocks) != self.document.blockCount():
            self.rebuild(new)  # the map no longer matches the document: never patch a wrong range
            return False
        self.patches += 1
        return True

    def rebuild(self, pieces: Sequence[str]) -> None:
        """The whole document anew: the first piece by setHtml, the others appended piece by piece (the first
        MIN_PIECES_NOW and whatever fits in SLICE_SECONDS now, the rest on the next event-loop turns)."""
        self.full_builds += 1
        document = self.document
        document.setHtml(pieces[0] if pieces else "")
        self.pieces = list(pieces[:1])
        self._blocks = [document.blockCount()]
        self._queue = list(pieces[1:])
        self._rebuilding = True
        self._append(MIN_PIECES_NOW)
        self._after_append()

    def stop(self) -> None:
        """Forget the pieces still queued (the document is being replaced by other means)."""
        self._timer.stop()
        self._queue = []
        self._rebuilding = False

    def finish(self) -> None:
        """Append everything still queued now (for tests, and before the document is read whole)."""
        self._timer.stop()
        self._append(len(self._queue))
        self._after_append()

    def _append_slice(self) -> None:
        if self._turns is not None and not self._turns.may_start("preview"):
            self._timer.start()  # the next turn
            return
        self._append(1)
        if self.appended is not None:
            self.appended()
        self._after_append()

    def _after_append(self) -> None:
        if self._rebuilding and not self._queue:
            self._rebuilding = False
            if self.rebuilt is not None:
                self.rebuilt()

    def _append(self, at_least: int) -> None:
        if not self._queue:
            return
        room = SLICE_SECONDS if self._turns is None else min(SLICE_SECONDS, self._turns.left())
        deadline = time.perf_counter() + room
        cursor = QTextCursor(self.document)
        cursor.beginEditBlock()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        count = 0
        while self._queue and (count < at_least or time.perf_counter() < deadline):
            piece = self._queue.pop(0)
            self._blocks.extend(self._insert(cursor, [piece]))
            self.pieces.append(piece)
            count += 1
        cursor.endEditBlock()
        if self._queue:
            self._timer.start()

    def _replace(self, start: int, end: int, pieces: Sequence[str]) -> None:
        document = self.document
        first = sum(self._blocks[:start])
        last = first + sum(self._blocks[start:end]) - 1
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        cursor.setPosition(_outer_start(document.findBlockByNumber(first)))
        last_block = document.findBlockByNumber(last)
        cursor.setPosition(last_block.position() + last_block.length() - 1, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()  # leaves one empty block where the pieces were...
        # ...unless they began with a table: its start also ended the block before, which stays whole
        counts = self._insert(cursor, pieces, reuse_block=cursor.positionInBlock() == 0)
        cursor.endEditBlock()
        self._blocks[start:end] = counts

    def _insert(self, cursor: QTextCursor, pieces: Sequence[str], reuse_block: bool = False) -> list[int]:
        """Insert pieces at the cursor, each after the block before it; returns the blocks each one spans."""
        counts: list[int] = []
        for index, html in enumerate(pieces):
            if index or not reuse_block:
                cursor.insertBlock()
            spare = cursor.blockNumber()
            cursor.insertHtml(_SENTINEL + html)
            end = cursor.blockNumber()
            _merge_into_previous(self.document.findBlockByNumber(spare))
            counts.append(end - spare)
        return counts


def _merge_into_previous(spare: QTextBlock) -> None:
    """Remove the throw-away paragraph and the break before it. Qt gives the merged block the format of the
    second block when the first is empty (a rule, say): the first one's formats are put back."""
    previous = spare.previous()
    block_format, char_format = previous.blockFormat(), previous.charFormat()
    cursor = QTextCursor(spare)
    cursor.setPosition(spare.position() - 1)
    cursor.setPosition(spare.position() + spare.length() - 1, QTextCursor.MoveMode.KeepAnchor)
    cursor.removeSelectedText()
    if cursor.blockFormat() != block_format or cursor.blockCharFormat() != char_format:
        cursor.setBlockFormat(block_format)
        cursor.setBlockCharFormat(char_format)


def _outer_start(block: QTextBlock) -> int:
    """Where the piece starting with `block` starts: before the table holding it, if it begins in one."""
    document = block.document()
    root = document.rootFrame()
    frame = QTextCursor(block).currentFrame()
    if frame is None or frame == root:
        return block.position()
    while frame.parentFrame() is not None and frame.parentFrame() != root:
        frame = frame.parentFrame()
    return frame.firstPosition() - 1
