"""The highlighter's spelling pass: underlines the misspelt prose words of one block.

A keystroke re-highlights one block, so it re-checks one block. When Qt re-highlights many blocks in one go
(opening an article, a big paste, a language switch), the pass steps aside after a few blocks and asks for a
sweep (`sweepNeeded`): the window then re-highlights the blocks in small time slices, visible ones first.
Words the checker has not answered yet are asked synchronously up to a small budget per event-loop turn; beyond
it they wait in `pending` for the background worker, and their blocks are underlined when its answers come back.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextLayout

from sr_editor.core.spelling.checker import SpellChecker
from sr_editor.core.spelling.prose_words import prose_words, word_key

SYNC_WORDS_PER_TURN = 60  # ~30 µs each with Hunspell: under 2 ms of a frame
BLOCKS_PER_TURN = 6  # more blocks re-highlighted in one turn than a keystroke causes: leave them to the sweep
UNDERLINE_COLOUR = "#d12f2f"


class SpellingPass(QObject):
    """Callable as MarkdownHighlighter.second_pass; `checker` None or `enabled` False: no underlines."""

    wordsPending = Signal()  # some words wait for the background worker
    sweepNeeded = Signal()  # blocks were highlighted without spelling: check them in slices

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.checker: SpellChecker | None = None
        self.enabled = True
        self.pending: dict[str, None] = {}  # ordered set: the order words were met (visible blocks first)
        self.forced = False  # set by the sweep: check whatever the number of blocks this turn
        self.skipped_blocks: list[int] = []  # left to the sweep
        self._budget = SYNC_WORDS_PER_TURN
        self._blocks = 0
        self._skipped = False
        self._reset_queued = False

    def __call__(self, highlighter: Any, text: str, start: int) -> None:
        checker = self.checker
        if checker is None or not self.enabled:
            return
        if not self.forced:
            self._queue_reset()
            self._blocks += 1
            if self._blocks > BLOCKS_PER_TURN:
                if not self._skipped:
                    self._skipped = True
                    QTimer.singleShot(0, self, self.sweepNeeded.emit)  # none once closed
                self.skipped_blocks.append(highlighter.currentBlock().blockNumber())
                return
        for offset, word in prose_words(text, start):
            answer = checker.known(word)
            if answer is None:
                answer = self._ask_now(checker, word)
            if answer is False:
                underlined = QTextCharFormat(highlighter.format(offset))
                underlined.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
                underlined.setUnderlineColor(QColor(UNDERLINE_COLOUR))
                highlighter.setFormat(offset, len(word), underlined)

    def _ask_now(self, checker: SpellChecker, word: str) -> bool | None:
        if self._budget <= 0:
            if not self.pending:
                QTimer.singleShot(0, self, self.wordsPending.emit)
            self.pending[word_key(word)] = None
            return None
        self._budget -= 1
        self._queue_reset()
        return checker.check(word)

    def _queue_reset(self) -> None:
        if not self._reset_queued:
            self._reset_queued = True
            QTimer.singleShot(0, self, self._reset_turn)

    def _reset_turn(self) -> None:
        self._budget = SYNC_WORDS_PER_TURN
        self._blocks = 0
        self._skipped = False
        self._reset_queued = False

    def take_skipped(self) -> list[int]:
        numbers = self.skipped_blocks
        self.skipped_blocks = []
        return numbers

    def take_pending(self) -> list[str]:
        words = list(self.pending)
        self.pending.clear()
        return words


def misspelt_range_at(layout: QTextLayout | None, position: int) -> tuple[int, int] | None:
    """(start, length) inside the block of the underlined word at `position`, or None."""
    if layout is None:
        return None
    for item in layout.formats():
        if item.format.underlineStyle() != QTextCharFormat.UnderlineStyle.SpellCheckUnderline:
            continue
        if item.start <= position <= item.start + item.length:
            return item.start, item.length
    return None
