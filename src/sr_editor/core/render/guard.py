"""Bounds on rendering: crafted Markdown must not hang the preview or the CLI, nor crash them.

Python-Markdown scans from every `[` to the end of the text looking for its `]` (and from every `(` after a
link text for its `)`, from every `<` + letter for a `>`): on `[` x 20,000 that is 200 million steps and more
than two minutes. `install_guards` gives those scans a memory, so each answer costs about the length of
the link and unmatched brackets are known in one pass; the output is the same for every text where a
bracket, parenthesis or tag can match. Nesting is recursive in Python-Markdown (a list nested 300 deep raises
RecursionError), so `nesting_problem` finds text nested deeper than `MAX_NESTING` before rendering: the
checks report it (lint id `body-too-deep`) and `render_body` refuses it with RenderLimitError.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from markdown import Markdown
from markdown.htmlparser import HTMLExtractor
from markdown.inlinepatterns import LinkInlineProcessor
from markdown.preprocessors import HtmlBlockPreprocessor

from sr_editor.core.errors import SrEditorError
from sr_editor.core.i18n import translate

# Lists and quotes nested deeper than this are refused; about 3 Python frames per level in Python-Markdown,
# so this stays far below the interpreter's limit of 1,000 even when rendering deep inside a GUI call.
MAX_NESTING = 64


class RenderLimitError(SrEditorError):
    """The body cannot be rendered safely; the message names the line and what to change."""

    def __init__(self, line: int | None, reason: str) -> None:
        self.line = line
        self.reason = reason
        if line is None:
            super().__init__(f"{reason}.")
        else:
            super().__init__(translate("RenderLimitError", "line {0} of the article text: {1}.").format(line, reason))


@dataclass(frozen=True)
class NestingProblem:
    line: int  # 1-based body line
    depth: int


_CONTAINER = re.compile(r"[ \t]*(?:>|[-*+][ \t]|\d{1,9}[.)][ \t])")
_FENCE = re.compile(r"^(`{3,}|~{3,})")


def nesting_problem(body: str, limit: int = MAX_NESTING) -> NestingProblem | None:
    """The first line nested deeper than `limit` (list items by indentation, `>` quotes, markers on one line),
    outside fenced code; None when the body is within bounds. Linear in the length of the body."""
    fence: str | None = None
    for number, line in enumerate(body.split("\n"), start=1):
        opening = _FENCE.match(line)
        if fence is not None:
            if opening and opening.group(1)[0] == fence[0] and len(opening.group(1)) >= len(fence):
                fence = None
            continue
        if opening:
            fence = opening.group(1)
            continue
        depth = _depth(line)
        if depth > limit:
            return NestingProblem(number, depth)
    return None


def _depth(line: str) -> int:
    stripped = line.lstrip(" \t")
    indent = line[: len(line) - len(stripped)].expandtabs(4)
    depth = len(indent) // 4
    pos = 0
    while True:
        marker = _CONTAINER.match(line, pos)
        if marker is None or marker.end() == pos:
            return depth
        depth += 1
        pos = marker.end()


def check_render_limits(body: str) -> None:
    """RenderLimitError for a body that would exhaust the renderer's recursion, or take it quadratic time."""
    problem = nesting_problem(body)
    if problem is not None:
        raise RenderLimitError(problem.line, too_deep_sentence(problem.depth))
    crowded = crowding_problem(body)
    if crowded is not None:
        raise RenderLimitError(crowded.line, crowded.sentence)


def too_deep_sentence(depth: int) -> str:
    return translate("RenderLimitError", "the text is nested {0} levels deep (lists or quotes); at most {1} can be "
                     "shown").format(depth, MAX_NESTING)


# ----- linear-time scans inside Python-Markdown -------------------------------------------------------------
class _MatchTable:
    """Where each opener's closer is, as Python-Markdown's forward count finds it: the nearest closer after
    the opener not closed by an opener in between. Built right to left, so an entry depends only on the text
    after its opener; entries are kept by distance from the end and stay valid for a new string (Python-Markdown
    replaces a matched link with a placeholder) over the part both strings end with."""

    def __init__(self, opener: str, closer: str) -> None:
        self.opener, self.closer = opener, closer
        self._either = re.compile(f"[{re.escape(opener)}{re.escape(closer)}]")
        self._text = ""
        self._closing: dict[int, int] = {}
        self._checked: str | None = None
        self._common = 0

    def close_of(self, data: str, index: int) -> int:
        """Position of the closer for the opener at `index - 1`, or -1 when it has none."""
        distance = len(data) - index + 1
        if data is not self._text and self._common_suffix(data) < distance:
            self._build(data)
        closing = self._closing.get(distance)
        return -1 if closing is None else len(data) - closing

    def _common_suffix(self, data: str) -> int:
        if data is not self._checked:
            low, high = 0, min(len(data), len(self._text))
            while low < high:  # the longest common tail, by halving: C-speed comparisons
                mid = (low + high + 1) // 2
                if data[len(data) - mid :] == self._text[len(self._text) - mid :]:
                    low = mid
                else:
                    high = mid - 1
            self._checked, self._common = data, low
        return self._common

    def _build(self, data: str) -> None:
        closing: dict[int, int] = {}
        pending: list[int] = []
        size = len(data)
        for match in reversed(list(self._either.finditer(data))):
            if match.group() == self.closer:
                pending.append(size - match.start())
            elif pending:
                closing[size - match.start()] = pending.pop()
        self._text, self._closing, self._checked, self._common = data, closing, data, size


class _GuardedLinks(LinkInlineProcessor):  # type: ignore[misc]
    """Python-Markdown's link, image and reference processors with memoised bracket and parenthesis scans;
    installed by swapping the class of the registered instances, so priorities and state are untouched."""

    _brackets: _MatchTable
    _parens: _MatchTable
    _quotes: tuple[str | None, int]

    def getText(self, data: str, index: int) -> tuple[str, int, bool]:
        close = data.find("]", index)
        if close < 0:
            return "", len(data), False
        if data.find("[", index, close) < 0:
            return data[index:close], close + 1, True
        close = self._brackets.close_of(data, index)
        if close < 0:
            return "", len(data), False
        return data[index:close], close + 1, True

    def getLink(self, data: str, index: int) -> tuple[str, str | None, int, bool]:
        opening = self.RE_LINK.match(data, pos=index)
        if not opening or opening.group(1) or self._last_quote(data) >= index:
            return self._original_link(data, index)  # no scan, `(<url>)`, or quotes: the original's own rules
        close = data.find(")", index + 1)
        if close >= 0 and data.find("(", index + 1, close) < 0:
            return self._original_link(data, index)  # the usual `[text](url)`: no table needed
        if self._parens.close_of(data, index + 1) < 0:
            return "", None, len(data), False
        return self._original_link(data, index)  # stops at the matching ')': costs the link's length

    def _original_link(self, data: str, index: int) -> tuple[str, str | None, int, bool]:
        found: tuple[str, str | None, int, bool] = super().getLink(data, index)
        return found

    def _last_quote(self, data: str) -> int:
        if self._quotes[0] is not data:
            self._quotes = (data, max(data.rfind("'"), data.rfind('"')))
        return self._quotes[1]


_GUARDED_CLASSES: dict[type, type] = {}


def _guarded_class(cls: type) -> type:
    if cls not in _GUARDED_CLASSES:
        _GUARDED_CLASSES[cls] = type(f"Guarded{cls.__name__}", (_GuardedLinks, cls), {})
    return _GUARDED_CLASSES[cls]


class _GuardedExtractor(HTMLExtractor):  # type: ignore[misc]
    """A `<` + letter with no `>` nor quote anywhere after it is text: answered at once instead of scanning to
    the end of the document for each such `<` (`<a ` x 20,000 took minutes)."""

    _gt_text: str | None = None
    _gt_from = 0
    _gt_at = -1
    _quote_text: str | None = None
    _quote_at = -1

    def check_for_whole_start_tag(self, i: int) -> int:
        if self._next_gt(i) < 0 and self._last_quote() < i:  # an open quote can end a tag early: scan then
            return -1
        return super().check_for_whole_start_tag(i)  # type: ignore[no-any-return]

    def _last_quote(self) -> int:
        data = self.rawdata
        if data is not self._quote_text:
            self._quote_text, self._quote_at = data, max(data.rfind('"'), data.rfind("'"))
        return self._quote_at

    def _next_gt(self, i: int) -> int:
        data = self.rawdata
        if data is not self._gt_text or i < self._gt_from or (0 <= self._gt_at < i):
            self._gt_text, self._gt_at = data, data.find(">", i)
        self._gt_from = i
        return self._gt_at


class _GuardedHtmlBlocks(HtmlBlockPreprocessor):  # type: ignore[misc]
    def run(self, lines: list[str]) -> list[str]:
        parser = _GuardedExtractor(self.md)
        parser.feed("\n".join(lines))
        parser.close()
        return "".join(parser.cleandoc).split("\n")


class _SearchUpTo:
    """A compiled pattern whose matches must end with `last` (`\\[\\^([^\\]]*)\\]`, the footnote reference):
    the search stops after the last such character, since no match can start past it. Without that, each
    `[^` of `[^` x 20,000 scanned to the end of the text (20 s)."""

    def __init__(self, pattern: re.Pattern[str], last: str) -> None:
        self.pattern = pattern
        self.last = last

    def finditer(self, data: str, pos: int = 0) -> Any:
        return self.pattern.finditer(data, pos, data.rfind(self.last) + 1)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.pattern, name)


def install_guards(md: Markdown) -> None:
    """Swap in the linear-time scans on a built Markdown instance (all extensions registered)."""
    brackets, parens = _MatchTable("[", "]"), _MatchTable("(", ")")
    for processor in list(md.inlinePatterns):
        if isinstance(processor, LinkInlineProcessor) and not isinstance(processor, _GuardedLinks):
            processor.__class__ = _guarded_class(type(processor))
            guarded: Any = processor
            guarded._brackets, guarded._parens, guarded._quotes = brackets, parens, (None, -1)
    if "footnote" in md.inlinePatterns:
        footnote: Any = md.inlinePatterns["footnote"]
        if isinstance(footnote.compiled_re, re.Pattern) and footnote.compiled_re.pattern.endswith(r"\]"):
            footnote.compiled_re = _SearchUpTo(footnote.compiled_re, "]")
    if "html_block" in md.preprocessors:
        index = md.preprocessors.get_index_for_name("html_block")
        priority = md.preprocessors._priority[index].priority
        md.preprocessors.register(_GuardedHtmlBlocks(md), "html_block", priority)


# ----- paragraphs too crowded to render in linear time -----------------------------------------------------------
# Python-Markdown rebuilds a paragraph's text and looks up each new element among its parent's children for every
# link, emphasis or code span it finds: quadratic in their number (10,000 links in one paragraph took 8 s,
# `*_` x 20,000 12 s, a 4,000-column table 4 s). Real paragraphs hold a few dozen; these bounds keep the worst
# paragraph or table row to a fraction of a second.
MAX_INLINE_MARKS = 2000  # links, images, emphasis runs, code spans, tags in one paragraph, list item or row
MAX_TABLE_COLUMNS = 256
# Each cell costs Python-Markdown all its inline patterns (~0.4 ms: a 3-column table of 20,000 rows took 44 s,
# the same size of prose 4 s), so a table holds at most this many cells (about 4 s).
MAX_TABLE_CELLS = 10_000

# What makes an element: a whole link or image (`[text](target)`, `[text][ref]`), a whole tag or autolink, an
# emphasis or strike run (not `_` inside a word), a backtick run. Unclosed brackets and tags are text, which the
# guards above already keep linear, so they are not counted.
_MARKS = re.compile(
    r"\[[^\[\]]*\](?:\([^()]*\)|\[[^\[\]]*\])|<[A-Za-z/!?][^<>]*>|\*+|(?<![A-Za-z0-9])_+|_+(?![A-Za-z0-9])|`+|~~+"
)
_BLOCK_START = re.compile(r"(?:#{1,6}(?:[ \t]|$)|[-*+][ \t]|\d{1,9}[.)][ \t])")
_QUOTE_MARKERS = re.compile(r"[ \t]*(?:>[ \t]?)*")
_TABLE_DELIMITER = re.compile(r"\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")
_CELL_BAR = re.compile(r"(?<!\\)\|")


@dataclass(frozen=True)
class CrowdingProblem:
    line: int  # 1-based body line where the crowded paragraph or row starts
    sentence: str


def crowding_problem(body: str) -> CrowdingProblem | None:
    """The first paragraph (list item, heading, table row) with more than MAX_INLINE_MARKS inline marks, table row
    with more than MAX_TABLE_COLUMNS cells or table with more than MAX_TABLE_CELLS, outside fenced code; None when
    every one is within bounds.
    Linear in the length of the body; quote markers are looked through (a quote holds paragraphs too)."""
    lines = [_unquoted(line) for line in body.split("\n")]
    fence: str | None = None
    start, marks, table, cells, width = 0, 0, 0, 0, 0
    for number, text in enumerate(lines, start=1):
        fence, code = _fence_after(fence, text)
        if code or not text.strip():
            start, marks, table = 0, 0, 0
            continue
        following = lines[number] if number < len(lines) else ""
        if not table and "|" in text and _TABLE_DELIMITER.match(following) is not None:
            table, cells, width = number, 0, _columns(text)
        if table:
            columns = _columns(text)
            cells += width  # every row is cut or padded to the header's width
            if columns > MAX_TABLE_COLUMNS:
                return CrowdingProblem(number, translate("RenderLimitError", "a table row has {0} columns; at "
                                                         "most {1} can be shown").format(columns, MAX_TABLE_COLUMNS))
            if cells > MAX_TABLE_CELLS:
                return CrowdingProblem(table, translate("RenderLimitError", "a table has more than {0} cells, too "
                                                        "many to be shown; split it into several tables")
                                       .format(MAX_TABLE_CELLS))
        if start == 0 or table or _BLOCK_START.match(text.lstrip(" \t")):
            start, marks = number, 0
        marks += len(_MARKS.findall(text))
        if marks > MAX_INLINE_MARKS:
            return CrowdingProblem(start, translate("RenderLimitError", "one paragraph holds more than {0} links, "
                                                    "emphases or code spans, too many to be shown; split it into "
                                                    "several paragraphs").format(MAX_INLINE_MARKS))
    return None


def _columns(row: str) -> int:
    """Cells of a table row: `| a | b |` and `a | b` are two (unescaped bars, the outer ones left out)."""
    cells = row.strip()
    cells = cells[1:] if cells.startswith("|") else cells
    cells = cells[:-1] if cells.endswith("|") and not cells.endswith("\\|") else cells
    return len(_CELL_BAR.findall(cells)) + 1


def _unquoted(line: str) -> str:
    marker = _QUOTE_MARKERS.match(line)
    return line[marker.end() :] if marker else line


def _fence_after(fence: str | None, text: str) -> tuple[str | None, bool]:
    """(the open fence after this line, whether the line is fenced code or a fence)."""
    opening = _FENCE.match(text.lstrip(" \t"))
    if fence is None:
        return (opening.group(1), True) if opening else (None, False)
    closes = opening is not None and opening.group(1)[0] == fence[0] and len(opening.group(1)) >= len(fence)
    return (None if closes else fence), True
