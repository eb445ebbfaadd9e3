"""Finding a note's passage again after the text was edited: exact, then with spacing and case folded, then the
paragraph that really keeps it. A passage that is gone is said to be gone, never pinned somewhere wrong.

"Really keeps it", in words, not characters (a share of characters kept in order lets any long paragraph of
common words carry any quote): the paragraph keeps at least half of the quote's word pairs (bigrams) in the
same order, or a run of consecutive quote words at least `RUN_SHARE` of it long (and never shorter than
`MIN_RUN`), and what it shares with the quote includes a word that is not a stop word. Quotes shorter than
`MIN_RUN` words must stand whole (only spacing, case and punctuation may differ)."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from difflib import SequenceMatcher
from itertools import pairwise

MAX_QUOTE = 2000  # what the site keeps of a quote; longer ones are cut there
FUZZY_LIMIT = 400_000  # characters of text searched approximately; beyond this only exact matches count
PAIR_SHARE = 0.5  # share of the quote's word pairs a paragraph must keep to carry the note
RUN_SHARE = 0.3  # ... or a run of consecutive quote words this long (as a share of the quote's words)
MIN_RUN = 3  # a run shorter than three words is no evidence ("of the budget" is, "of the" is not)
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


# Words too common to tie a note to a paragraph, in the languages of the interface (English, Spanish, Portuguese).
_STOP_TEXT = """
a an and are as at be been but by for from had has have he her his i if in is it its me my no not of on or our
she so that the their them then there these they this those to was we were what when which who will with you
your said says than also into about after before over more most just only up out all any can could would should
al como con de del el en es esta este la las lo los mas más me mi no o para pero por que qué se si sin sobre su
sus un una uno unos unas y ya fue ha han era muy también entre hasta desde cuando donde
à às ao aos com da das do dos e é em na nas no nos num numa os ou pela pelas pelo pelos um uma umas uns não
foi são ser está mais muito também entre até quando onde seu sua seus suas
"""
STOP_WORDS = frozenset(_STOP_TEXT.split())
_WORD = re.compile(r"\w+")


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _pairs(words: list[str]) -> set[tuple[str, str]]:
    return set(pairwise(words))


def _keeps(quote: list[str], quote_pairs: set[tuple[str, str]], paragraph: list[str]) -> tuple[float, int] | None:
    """(share of the quote's pairs kept, longest run of quote words kept) when the paragraph carries the quote."""
    if not set(quote) & set(paragraph) - STOP_WORDS:
        return None  # nothing but stop words in common
    if len(quote) < MIN_RUN:
        matcher = SequenceMatcher(None, quote, paragraph, autojunk=False)
        run = matcher.find_longest_match(0, len(quote), 0, len(paragraph)).size
        return (1.0, run) if run == len(quote) else None
    shared = quote_pairs & _pairs(paragraph)
    share = len(shared) / len(quote_pairs) if quote_pairs else 0.0
    pairs_ok = share >= PAIR_SHARE and any(a not in STOP_WORDS or b not in STOP_WORDS for a, b in shared)
    needed = max(MIN_RUN, RUN_SHARE * len(quote))
    if not pairs_ok and len(shared) < needed - 1:
        return None  # a run of `needed` words would share `needed - 1` pairs: no need to look for it
    matcher = SequenceMatcher(None, quote, paragraph, autojunk=False)
    run = matcher.find_longest_match(0, len(quote), 0, len(paragraph)).size
    if not any(word not in STOP_WORDS for word in _longest_runs(matcher, quote)):
        run = 0  # a run of stop words ("of the and the") is no evidence
    return (share, run) if pairs_ok or run >= needed else None


def _longest_runs(matcher: SequenceMatcher[str], quote: list[str]) -> list[str]:
    """The words of the longest matching runs (ties included)."""
    blocks = [b for b in matcher.get_matching_blocks() if b.size]
    longest = max((b.size for b in blocks), default=0)
    return [word for b in blocks if b.size == longest for word in quote[b.a:b.a + b.size]]


def _nearest_paragraph(text: str, folded_quote: str) -> Anchor | None:
    quote = _words(folded_quote)
    if not quote:
        return None
    quote_pairs = _pairs(quote)
    best: tuple[tuple[float, int], int, int] | None = None  # (share, run), start, end
    for match in re.finditer(r"[^\n]+(?:\n[^\n]+)*", text):
        if match.end() - match.start() > LONGEST_PARAGRAPH:
            continue
        kept = _keeps(quote, quote_pairs, _words(match.group()))
        if kept is not None and (best is None or kept > best[0]):
            best = (kept, match.start(), match.end())
    return Anchor(best[1], best[2], False) if best else None
