"""Re-highlights blocks with spelling in slices of a few milliseconds, so a long article is checked without
freezing the editor: the visible blocks first, then the rest, between the user's keystrokes. A slice shares the
window's room per event-loop turn (the highlighter's `turns`): it starts only while the turn has room."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QTextDocument

from sr_editor.gui.editor.highlighter import formats_only
from sr_editor.gui.spelling.spell_pass import SpellingPass

__all__ = ["SpellSweep", "formats_only"]

SLICE_SECONDS = 0.004  # a quarter of a frame per turn of the event loop
RUN_BLOCKS = 12  # consecutive blocks re-highlighted in one pass (~1 ms with spelling)


class SpellSweep(QObject):
    """A queue of block numbers (urgent ones first) worked off by a zero-interval timer."""

    def __init__(self, highlighter: Any, spell_pass: SpellingPass, document: QTextDocument,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._highlighter = highlighter
        self._pass = spell_pass
        self._document = document
        self._urgent: deque[int] = deque()
        self._rest: deque[int] = deque()
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._slice)

    @property
    def active(self) -> bool:
        return bool(self._urgent or self._rest)

    def restart(self, first: Iterable[int], rest: Iterable[int] | None = None) -> None:
        """`first` (the visible blocks), then `rest` (default: every block from the top)."""
        self._urgent = deque(first)
        self._rest = deque(range(self._document.blockCount()) if rest is None else rest)
        self._timer.start()

    def add(self, first: Iterable[int], rest: Iterable[int]) -> None:
        """More blocks to check, on top of what is queued."""
        self._urgent.extend(first)
        self._rest.extend(rest)
        if self.active:
            self._timer.start()

    def push_urgent(self, numbers: Iterable[int]) -> None:
        self._urgent.extend(numbers)
        if self._urgent:
            self._timer.start()

    def stop(self) -> None:
        self._urgent.clear()
        self._rest.clear()
        self._timer.stop()

    def _slice(self) -> None:
        turns = self._highlighter.turns
        if turns is not None and not turns.may_start("spelling"):
            return  # the timer fires again on the next turn
        end = time.perf_counter() + (SLICE_SECONDS if turns is None else min(SLICE_SECONDS, turns.left()))
        self._pass.forced = True
        try:
            with formats_only(self._document):
                while self._urgent or self._rest:  # one run at least: a slice the turn let start makes progress
                    first, count = self._next_run(self._urgent if self._urgent else self._rest)
                    block = self._document.findBlockByNumber(first)
                    if block.isValid():  # an edit may have removed it since it was queued
                        self._highlighter.rehighlight_run(block, count)
                    if time.perf_counter() >= end:
                        break
        finally:
            self._pass.forced = False
        if not self.active:
            self._timer.stop()

    @staticmethod
    def _next_run(queue: deque[int]) -> tuple[int, int]:
        """The first queued block and how many consecutive ones follow it (up to RUN_BLOCKS), taken off the
        queue: a run is re-highlighted in one pass, which Qt does without keeping memory per block."""
        first = queue.popleft()
        count = 1
        while queue and count < RUN_BLOCKS and queue[0] == first + count:
            queue.popleft()
            count += 1
        return first, count
