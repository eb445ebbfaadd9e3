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


class MarkdownHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.blocks_highlighted = 0  # for tests and benchmarks: how much work a keystroke caused
        # Runs after the Markdown formats on the prose part of a block (not in fences or comments): spelling.
        self.second_pass: Callable[[MarkdownHighlighter, str, int], None] | None = None
        self._formats = _formats(LIGHT)

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
