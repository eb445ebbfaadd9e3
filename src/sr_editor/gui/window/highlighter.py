"""Markdown syntax highlighting that only re-highlights the blocks an edit touched.

Qt re-runs `highlightBlock` on the edited block and continues to the next one only while the block state
changes. Multi-line constructs (fenced code, HTML comments such as Gutenberg block markers) are carried in the
block state, so a keystroke in ordinary text costs one block, not the whole document.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument

NORMAL, IN_FENCE, IN_COMMENT = 0, 1, 2

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


class MarkdownHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.blocks_highlighted = 0  # for tests and benchmarks: how much work a keystroke caused
        # Runs after the Markdown formats on the prose part of a block (not in fences or comments): spelling.
        self.second_pass: Callable[[MarkdownHighlighter, str, int], None] | None = None
        self._formats = {
            "heading": _format("#1d3557", bold=True),
            "quote": _format("#5c677d", italic=True),
            "list": _format("#b5179e", bold=True),
            "code": _format("#6a4c93", mono=True),
            "fence": _format("#6a4c93", mono=True),
            "comment": _format("#8d99ae", italic=True),
            "strong": _format("#111111", bold=True),
            "emphasis": _format("#111111", italic=True),
            "image": _format("#2a9d8f"),
            "link": _format("#0a58ca"),
        }

    def highlightBlock(self, text: str) -> None:
        self.blocks_highlighted += 1
        previous = self.previousBlockState()
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
