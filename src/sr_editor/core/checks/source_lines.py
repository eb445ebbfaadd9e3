"""Finding the Markdown line an element of the rendered article came from.

The renderer writes no source positions, so an element is found by its text in the source: both sides are
folded alike (case, curly quotes and dashes that smart punctuation made, emphasis and link brackets dropped,
whitespace collapsed) and searched from where the previous element was found, since elements come in document
order. Fenced code is left out of the search: nothing in it becomes an element.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

_TABLE = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "‚": "'", "–": "-",
                        "—": "-", "…": "...", "\u00a0": " ", "*": None, "_": None, "`": None, "\\": None, "[": None,
                        "]": None})
_SPACES = re.compile(r"\s+")
_DASHES = re.compile(r"-{2,}")
_WORDS_TRIED = (12, 5, 3, 2)  # needles from long to short, so the first sure match wins
NEEDLE_CHARS = 300  # an element's text is searched by its start only


def fold_text(text: str) -> str:
    """`text` as the search compares it."""
    folded = _SPACES.sub(" ", text.translate(_TABLE).casefold())
    return (_DASHES.sub("-", folded) if "--" in folded else folded).strip()


def fenced_lines(lines: list[str]) -> set[int]:
    """0-based indexes of the lines inside fenced code blocks, fences included."""
    inside: set[int] = set()
    fence = ""
    for index, line in enumerate(lines):
        stripped = line.lstrip()
        if fence:
            inside.add(index)
            if stripped.startswith(fence) and not stripped[len(fence):].strip():
                fence = ""
        elif stripped.startswith(("```", "~~~")) and len(line) - len(stripped) < 4:
            marker = stripped[0]
            fence = marker * (len(stripped) - len(stripped.lstrip(marker)))
            inside.add(index)
    return inside


class LineFinder:
    """Lines (1-based) of the body's text; `find` moves forward through the document as elements are found."""

    def __init__(self, body: str) -> None:
        self.lines = body.split("\n")
        self._code = fenced_lines(self.lines)
        pieces: list[str] = []
        owners: list[int] = []
        self.folded_lines = ["" if index in self._code else fold_text(line) for index, line in enumerate(self.lines)]
        for index, folded in enumerate(self.folded_lines):
            if folded:
                pieces.append(folded + " ")
                owners.extend([index + 1] * (len(folded) + 1))
        self._text = "".join(pieces)
        self._owners = owners
        self._cursor = 0
        self.last_line = 1

    def find(self, text: str) -> int | None:
        """The line where `text` (rendered text of an element) starts, searching on from the last find, then
        from the top; None when no part of it is found."""
        words = fold_text(text[:NEEDLE_CHARS]).split()
        if not words:
            return None
        for count in _WORDS_TRIED:
            if count > len(words) and count != _WORDS_TRIED[0]:
                continue
            needle = " ".join(words[:count])
            if len(needle) < 2:
                continue
            found = self._search(needle)
            if found is not None:
                return found
        return None

    def find_first(self, texts: Iterable[str]) -> int | None:
        """The nearest line, searching on from the last find, that holds one of `texts` (used as given, folded)."""
        best: int | None = None
        for text in texts:
            needle = fold_text(text)
            if not needle:
                continue
            position = self._text.find(needle, self._cursor)
            if position >= 0 and (best is None or position < best):
                best = position
        if best is None:
            return None
        return self._take(best)

    def find_line(self, accepts: Callable[[str, str], bool]) -> int | None:
        """The first line at or after the last found one (outside code) for which `accepts(raw, folded)` is true."""
        for index in range(self.last_line - 1, len(self.lines)):
            if index not in self._code and accepts(self.lines[index], self.folded_lines[index]):
                self.last_line = index + 1
                self._cursor = self._offset_of_line(index + 1)
                return index + 1
        return None

    @property
    def position(self) -> tuple[int, int]:
        """Where the search stands, for `seek` to come back to."""
        return self._cursor, self.last_line

    def seek(self, position: tuple[int, int]) -> None:
        self._cursor, self.last_line = position

    def _search(self, needle: str) -> int | None:
        position = self._text.find(needle, self._cursor)
        if position < 0:
            position = self._text.find(needle)
            if position < 0:
                return None
        return self._take(position)

    def _take(self, position: int) -> int:
        self._cursor = position + 1
        self.last_line = self._owners[position]
        return self.last_line

    def _offset_of_line(self, line: int) -> int:
        low, high = 0, len(self._owners)
        while low < high:
            middle = (low + high) // 2
            if self._owners[middle] < line:
                low = middle + 1
            else:
                high = middle
        return low
