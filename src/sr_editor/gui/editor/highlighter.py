"""Markdown syntax highlighting that only re-highlights the blocks an edit touched.

Qt re-runs `highlightBlock` on the edited block and continues to the next one only while the block state
changes. Multi-line constructs (fenced code, HTML comments such as Gutenberg block markers) are carried in the
block state, so a keystroke in ordinary text costs one block, not the whole document.

Opening a long article (or re-highlighting all of it: a theme switch) would make Qt highlight every block in
one go: ~300 ms at 50k words, during which nothing else happens. So one event-loop turn highlights at most
TURN_SECONDS' worth of blocks (and at least MIN_BLOCKS_PER_TURN, so short texts are always done at once); the
blocks after that are marked PENDING and caught up a slice per turn, in order from the top, between keystrokes.
With the window's `TurnBudget`, a catch-up slice starts only while the turn has room, and ends when it is spent.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from PySide6.QtCore import QSignalBlocker, QTimer
from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextBlock, QTextCharFormat, QTextDocument

if TYPE_CHECKING:
    from sr_editor.services.runtime.turns import TurnBudget

NORMAL, IN_FENCE, IN_COMMENT, PENDING = 0, 1, 2, 3
TURN_SECONDS = 0.008  # half a frame of highlighting per event-loop turn
MIN_BLOCKS_PER_TURN = 100
MIN_BLOCKS_SHARED = 8  # a catch-up slice the shared turn budget let start highlights at least these

_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s.*$")
_QUOTE = re.compile(r"^\s{0,3}>.*$")
_LIST = re.compile(r"^\s*([-*+]|\d+[.)])\s")
_INLINE: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"`[^`\n]+`"), "code"),
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), "strong"),
    (re.compile(r"(?<![*_\w])([*_])(?=\S)(.+?)(?<=\S)\1(?![*_\w])"), "emphasis"),
    (re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)(\{[^}\n]*\})?"), "image"),
    (re.compile(r"(?<!!)\[[^\]\n]*\]\([^)\n]*\)"), "link"),
    (re.compile(r"<https?://[^>\s]+>"), "link"),
]


def _format(color: str, bold: bool = False, italic: bool = False, mono: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setForeground(QColor(color))
    if bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    if italic:
        fmt.setFontItalic(True)
    if mono:
        fmt.setFontFixedPitch(True)
    return fmt


LIGHT = {"heading": "#1d3557", "quote": "#5c677d", "list": "#b5179e", "code": "#6a4c93", "comment": "#8d99ae",
         "strong": "#111111", "image": "#2a9d8f", "link": "#0a58ca"}
DARK = {"heading": "#8ec5ff", "quote": "#aab4c3", "list": "#f07ad6", "code": "#c3a6ff", "comment": "#8d99ae",
        "strong": "#f5f5f5", "image": "#5fd3c6", "link": "#7fb0ff"}


def _formats(colours: dict[str, str]) -> dict[str, QTextCharFormat]:
    return {
        "heading": _format(colours["heading"], bold=True),
        "quote": _format(colours["quote"], italic=True),
        "list": _format(colours["list"], bold=True),
        "code": _format(colours["code"], mono=True),
        "fence": _format(colours["code"], mono=True),
        "comment": _format(colours["comment"], italic=True),
        "strong": _format(colours["strong"], bold=True),
        "emphasis": _format(colours["strong"], italic=True),
        "image": _format(colours["image"]),
        "link": _format(colours["link"]),
    }


@contextmanager
def formats_only(document: QTextDocument) -> Iterator[None]:
    """Re-highlighting from outside an edit makes Qt emit contentsChanged and set the modified flag as if the text
    had changed; the article would turn dirty, be autosaved and re-rendered. Only the formats change here."""
    modified = document.isModified()
    blocker = QSignalBlocker(document)
    try:
        yield
    finally:
        document.setModified(modified)
        blocker.unblock()


class MarkdownHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument, turns: TurnBudget | None = None) -> None:
        """`turns`: the window's room for background work per event-loop turn, which the catch-up shares (without
        it, the catch-up is budgeted alone); the spelling sweep shares it too (`turns`)."""
        super().__init__(document)
        self.turns = turns
        self._catching_up = False  # in a catch-up slice: the shared turn budget applies
        self.blocks_highlighted = 0  # for tests and benchmarks: how much work a keystroke caused
        # Runs after the Markdown formats on the prose part of a block (not in fences or comments): spelling.
        self.second_pass: Callable[[MarkdownHighlighter, str, int], None] | None = None
        self._formats = _formats(LIGHT)
        self._turn_started: float | None = None  # when this event-loop turn's first block was highlighted
        self._turn_blocks = 0
        self._pending_from: int | None = None  # the first block left PENDING
        self._last_done = -1
        self._target: int | None = None  # the block rehighlight_now asked for
        self._run_end: int | None = None  # rehighlight_run: the block after the run
        self._deferred = False  # a long article is going in slice by slice (`defer`)
        self._catch_up = QTimer(self)
        self._catch_up.setInterval(0)
        self._catch_up.timeout.connect(self._catch_up_slice)

    @property
    def pending(self) -> bool:
        """Blocks still wait for their formats (a long text just opened); they are caught up turn by turn."""
        return self._pending_from is not None

    def defer(self, deferred: bool) -> None:
        """While a long article goes in a slice per turn (services.document.loading), the blocks appended below
        its first screen are left PENDING and no catch-up runs: highlighting them in the slices' turns doubled
        each turn's work. The catch-up starts, in order, once the last slice is in."""
        self._deferred = deferred
        if not deferred and self._pending_from is not None:
            self._catch_up.start()

    def set_dark(self, dark: bool) -> None:
        """Colours readable on a dark editor background (or back to the light ones), re-applied at once."""
        self._formats = _formats(DARK if dark else LIGHT)
        document = self.document()
        if document is None:
            return
        modified = document.isModified()
        document.blockSignals(True)  # formats only: the text did not change
        try:
            self.rehighlight()
        finally:
            document.setModified(modified)
            document.blockSignals(False)

    def rehighlight_now(self, block: QTextBlock) -> None:
        """Highlight `block` whatever this turn's budget (the spelling sweep's request); the blocks after it
        follow only if they are not waiting for the catch-up."""
        self._target = block.blockNumber()
        try:
            self.rehighlightBlock(block)
        finally:
            self._target = None

    def rehighlight_run(self, first: QTextBlock, count: int) -> int:
        """Re-highlight `count` blocks from `first` whatever this turn's budget, in one pass of Qt's (block by
        block, each rehighlightBlock call leaves ~14 KB that Qt keeps: 26 MiB for a 50k-word article); the
        pending blocks after them are left to the catch-up. Returns how many blocks there were."""
        block, done = first, 0
        while block.isValid() and done < count:
            block.setUserState(PENDING)  # a changed state carries Qt's pass from one block to the next
            block, done = block.next(), done + 1
        self._run_end = first.blockNumber() + done
        try:
            self.rehighlightBlock(first)
        finally:
            self._run_end = None
        return done

    def _skip(self, block: QTextBlock, number: int) -> bool:
        if self._run_end is not None:  # rehighlight_run: all of the run, none of the pending blocks after it
            return number >= self._run_end and block.userState() == PENDING
        if self._target is not None and number != self._target:
            return block.userState() == PENDING or self._over_budget()
        return number != self._target and self._over_budget()

    def highlightBlock(self, text: str) -> None:
        block = self.currentBlock()
        number = block.blockNumber()
        if self._skip(block, number):
            if self._pending_from is None or number < self._pending_from:
                self._pending_from = number
            self.setCurrentBlockState(PENDING)
            self._catch_up.start()
            return
        self.blocks_highlighted += 1
        self._last_done = number
        previous = self.previousBlockState()
        if previous == PENDING:  # an edit below the part caught up so far; the catch-up will redo it in order
            previous = NORMAL
        if previous == IN_FENCE:
            self.setFormat(0, len(text), self._formats["fence"])
            self.setCurrentBlockState(NORMAL if _FENCE.match(text) else IN_FENCE)
            return
        if _FENCE.match(text):
            self.setFormat(0, len(text), self._formats["fence"])
            self.setCurrentBlockState(IN_FENCE)
            return
        start = 0
        if previous == IN_COMMENT:
            end = text.find("-->")
            if end < 0:
                self.setFormat(0, len(text), self._formats["comment"])
                self.setCurrentBlockState(IN_COMMENT)
                return
            self.setFormat(0, end + 3, self._formats["comment"])
            start = end + 3
        self.setCurrentBlockState(NORMAL)
        self._highlight_line(text, start)
        if self.second_pass is not None:
            self.second_pass(self, text, start)

    def _over_budget(self) -> bool:
        if self._deferred:
            return True
        self._turn_blocks += 1
        if self._turn_started is None:
            self._turn_started = time.perf_counter()
            QTimer.singleShot(0, self._end_turn)
            return False
        if self._catching_up and self.turns is not None and self._turn_blocks > MIN_BLOCKS_SHARED \
                and self.turns.spent():
            return True
        return self._turn_blocks > MIN_BLOCKS_PER_TURN and time.perf_counter() - self._turn_started > TURN_SECONDS

    def _end_turn(self) -> None:
        self._turn_started, self._turn_blocks = None, 0

    def _catch_up_slice(self) -> None:
        """Highlight the PENDING blocks from the first one on, until this turn's budget is spent."""
        document = self.document()
        first = self._pending_from
        if document is None or first is None or self._deferred:  # deferred: `defer(False)` starts it again
            self._catch_up.stop()
            return
        if self.turns is not None and not self.turns.may_start("highlighter"):
            return  # the timer fires again on the next turn
        self._pending_from = None
        block = document.findBlockByNumber(first)
        self._catching_up = True
        try:
            with formats_only(document):
                while block.isValid() and self._pending_from is None:
                    self.rehighlightBlock(block)  # Qt goes on to the next blocks while their state changes
                    block = document.findBlockByNumber(max(block.blockNumber(), self._last_done) + 1)
                    if block.isValid() and self._over_budget():
                        self._pending_from = block.blockNumber()
        finally:
            self._catching_up = False
        if self._pending_from is None:
            self._catch_up.stop()

    def _highlight_line(self, text: str, start: int) -> None:
        if start == 0:
            if _HEADING.match(text):
                self.setFormat(0, len(text), self._formats["heading"])
                return
            if _QUOTE.match(text):
                self.setFormat(0, len(text), self._formats["quote"])
            marker = _LIST.match(text)
            if marker:
                self.setFormat(marker.start(1), len(marker.group(1)), self._formats["list"])
        for pattern, name in _INLINE:
            for match in pattern.finditer(text, start):
                self.setFormat(match.start(), match.end() - match.start(), self._formats[name])
        self._highlight_comments(text, start)

    def _highlight_comments(self, text: str, start: int) -> None:
        position = text.find("<!--", start)
        while position >= 0:
            end = text.find("-->", position + 4)
            if end < 0:
                self.setFormat(position, len(text) - position, self._formats["comment"])
                self.setCurrentBlockState(IN_COMMENT)
                return
            self.setFormat(position, end + 3 - position, self._formats["comment"])
            position = text.find("<!--", end + 3)
