"""Finding a note's passage again after the text was edited: exact, then with spacing and case folded, then the
paragraph that keeps most of it. A passage that is gone is said to be gone, never pinned somewhere wrong."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from difflib import SequenceMatcher

MAX_QUOTE = 2000  # what the site keeps of a quote; longer ones are cut there
FUZZY_LIMIT = 400_000  # characters of text searched approximately; beyond this only exact matches count
KEPT_SHARE = 0.6  # share of the quote's characters a paragraph must keep (in order) to carry the note
LONGEST_PARAGRAPH = 20_000  # a longer paragraph is matched exactly only: approximate matching is quadratic


@dataclass(frozen=True)
class Anchor:
    start: int
    end: int
    exact: bool  # False: the passage was edited; the note points at the paragraph that keeps most of it

    def line(self, text: str) -> int:
        """1-based line of the anchor's start."""
        return text.count("\n", 0, self.start) + 1


class _Folded:
    """The text with runs of white space made one space and letters lowered, mapping positions back."""

    def __init__(self, text: str) -> None:
        parts: list[str] = []
        self.marks: list[tuple[int, int]] = []  # (position in the folded text, position in the text)
        pos = folded = 0
        for run in [*re.finditer(r"\s+", text), None]:
            segment = text[pos:run.start() if run else len(text)]
            lowered = segment.lower()
            parts.append(lowered if len(lowered) == len(segment) else segment)  # keep positions exact
            self.marks.append((folded, pos))
            folded += len(segment)
            if run is None:
                break
            self.marks.append((folded, run.start()))
            parts.append(" ")
            folded += 1
            pos = run.end()
        self.text = "".join(parts)
        self._keys = [mark[0] for mark in self.marks]

    def original(self, index: int) -> int:
        folded, pos = self.marks[bisect_right(self._keys, index) - 1]
        return pos + (index - folded)


def find_passage(text: str, quote: str) -> Anchor | None:
    """Where `quote` stands in `text` now, or None when it is gone."""
    quote = quote.strip()[:MAX_QUOTE]
    if not quote:
        return None
    at = text.find(quote)
    if at >= 0:
        return Anchor(at, at + len(quote), True)
    folded_text = _Folded(text)
    folded_quote = _Folded(quote).text
    at = folded_text.text.find(folded_quote)
    if at >= 0:
        return Anchor(folded_text.original(at), folded_text.original(at + len(folded_quote) - 1) + 1, True)
    if len(text) > FUZZY_LIMIT:
        return None
    return _nearest_paragraph(text, folded_quote)


def _nearest_paragraph(text: str, folded_quote: str) -> Anchor | None:
    best: tuple[int, int, int] | None = None  # kept characters, start, end
    for match in re.finditer(r"[^\n]+(?:\n[^\n]+)*", text):
        if match.end() - match.start() > LONGEST_PARAGRAPH:
            continue
        paragraph = _Folded(match.group()).text
        matcher = SequenceMatcher(None, folded_quote, paragraph, autojunk=False)
        if matcher.quick_ratio() * (len(folded_quote) + len(paragraph)) / 2 < KEPT_SHARE * len(folded_quote):
            continue  # an upper bound of what it keeps is already too little
        kept = sum(block.size for block in matcher.get_matching_blocks())
        if kept >= KEPT_SHARE * len(folded_quote) and (best is None or kept > best[0]):
            best = (kept, match.start(), match.end())
    return Anchor(best[1], best[2], False) if best else None
