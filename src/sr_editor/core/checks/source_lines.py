"""Finding the Markdown line an element of the rendered article came from.

The renderer writes no source positions, so an element is found by its text in the source: both sides are
folded alike (case, curly quotes and dashes that smart punctuation made, emphasis and link brackets dropped,
whitespace collapsed) and searched from where the previous element was found, since elements come in document
order. Fenced code is left out of the search: nothing in it becomes an element.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

_SAME = {"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "‚": "'", "–": "-", "—": "-",
         "…": "...", "\u00a0": " "}
_DROPPED = frozenset("*_`\\[]")
_WORDS_TRIED = (12, 5, 3, 2)  # needles from long to short, so the first sure match wins


def _fold_char(char: str) -> str:
    if char in _DROPPED:
        return ""
    if char.isspace():
        return " "
    return _SAME.get(char, char).casefold()


def fold_text(text: str) -> str:
    """`text` as the search compares it."""
    out: list[str] = []
    for char in text:
        _append(out, _fold_char(char))
    return "".join(out).strip()


def _append(out: list[str], piece: str) -> None:
    for char in piece:
        if char in " -" and out and out[-1] == char:
            continue  # a run of spaces or dashes is one
        out.append(char)


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
        chars: list[str] = []
        owners: list[int] = []
        for index, line in enumerate(self.lines):
            if index in self._code:
                continue
            for char in line + "\n":
                before = len(chars)
                _append(chars, _fold_char(char))
                owners.extend([index + 1] * (len(chars) - before))
        self._text = "".join(chars)
        self._owners = owners
        self._cursor = 0
        self.last_line = 1

    def find(self, text: str) -> int | None:
        """The line where `text` (rendered text of an element) starts, searching on from the last find, then
        from the top; None when no part of it is found."""
        words = fold_text(text).split()
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

    def find_line(self, accepts: Callable[[str], bool]) -> int | None:
        """The first raw line at or after the last found one (outside code) for which `accepts` is true."""
        for index in range(self.last_line - 1, len(self.lines)):
            if index not in self._code and accepts(self.lines[index]):
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
