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
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument

_SENTINEL = "<p>\u2060</p>"  # a paragraph holding a word joiner: never merged with what follows


def changed_range(old: Sequence[str], new: Sequence[str]) -> tuple[int, int, int]:
    """(start, old end, new end): pieces [start, old end) of `old` become [start, new end) of `new`."""
    limit = min(len(old), len(new))
    start = 0
    while start < limit and old[start] == new[start]:
        start += 1
    suffix = 0
    while suffix < limit - start and old[len(old) - 1 - suffix] == new[len(new) - 1 - suffix]:
        suffix += 1
    return start, len(old) - suffix, len(new) - suffix


class DocumentPatcher:
    """Owns the piece -> block-count map of one QTextDocument; `show()` rebuilds or patches it."""

    def __init__(self, document: QTextDocument) -> None:
        self.document = document
        self.pieces: list[str] = []
        self._blocks: list[int] = []  # blocks each piece spans, in order; their sum is the document's blockCount
        self.full_builds = 0  # for tests and benchmarks
        self.patches = 0

    def show(self, pieces: Sequence[str]) -> bool:
        """Make the document show `pieces` (joined, as setHtml would); True when it was patched in place."""
        new = [piece for piece in pieces if piece.strip()]  # a piece of nothing would span no block
        start, old_end, new_end = changed_range(self.pieces, new)
        if start == len(self.pieces) == len(new):
            return True  # nothing changed
        if start in (old_end, new_end):  # pieces only added or removed: take a neighbour along
            if start > 1:
                start -= 1
            elif old_end < len(self.pieces) and new_end < len(new):
                old_end, new_end = old_end + 1, new_end + 1
        if start == 0 or old_end - start > len(self.pieces) // 2 + 1:
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
        """The whole document anew: the first piece by setHtml, the others appended piece by piece."""
        self.pieces = list(pieces)
        self.full_builds += 1
        document = self.document
        document.setHtml(self.pieces[0] if self.pieces else "")
        self._blocks = [document.blockCount()]
        if len(self.pieces) > 1:
            cursor = QTextCursor(document)
            cursor.beginEditBlock()
            cursor.movePosition(QTextCursor.MoveOperation.End)
            self._blocks.extend(self._insert(cursor, self.pieces[1:]))
            cursor.endEditBlock()

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
