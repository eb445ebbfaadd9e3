"""The kept unit's syntax in the Markdown (see units.py and docs/article-format.md), without any HTML parser, so
the renderer and the checks can find units without loading BeautifulSoup."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from sr_editor.core.blocks.parse import _DELIMITER

UNIT_START = re.compile(r"<!-- wp:[a-z][a-z0-9_-]*(?:/[a-z][a-z0-9_-]*)? ")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_MARKER_ATTR = re.compile(r'"srEditor":"sr-editor:[0-9A-Za-z]+:[0-9A-Za-z]*",?|,"srEditor":"sr-editor:[0-9A-Za-z]+:'
                          r'[0-9A-Za-z]*"(?=\})')
_EMPTY_ATTRS = re.compile(r"^(<!-- wp:[a-z][a-z0-9_/-]*) \{\} ")
MARKER_KEY = "srEditor"


def unit_spans(lines: list[str]) -> list[tuple[int, int]]:
    """(first line, line after the last) of each kept unit in the Markdown lines, in order. Linear in the text:
    every block comment is matched with its closer in one pass."""
    if not any(line.startswith("<!-- wp:") for line in lines):
        return []
    text = "\n".join(lines)
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    ends = _block_ends(text)
    spans: list[tuple[int, int]] = []
    fence: str | None = None
    index = 0
    while index < len(lines):
        line = lines[index]
        opening = _FENCE.match(line)
        if fence is not None:
            if opening and opening.group(1)[0] == fence[0] and len(opening.group(1)) >= len(fence):
                fence = None
        elif opening:
            fence = opening.group(1)
        elif UNIT_START.match(line) and (index == 0 or not lines[index - 1].strip()):
            end = ends.get(starts[index])
            if end is not None:
                last = bisect.bisect_right(starts, end) - 1
                if not text[end : starts[last] + len(lines[last])].strip():
                    spans.append((index, last + 1))
                    index = last + 1
                    continue
        index += 1
    return spans


def _block_ends(text: str) -> dict[int, int]:
    """Where each block that opens in `text` ends (after its matching closer), by where it opens; a block that
    never closes has no entry. A closer closes the innermost open block, as WordPress's parser reads them."""
    ends: dict[int, int] = {}
    stack: list[int] = []
    for match in _DELIMITER.finditer(text):
        if match.group("void"):
            ends[match.start()] = match.end()
        elif match.group("closer"):
            if stack:
                ends[stack.pop()] = match.end()
        else:
            stack.append(match.start())
    return ends


def unit_text(lines: Iterable[str]) -> str:
    """The unit's markup from its Markdown lines (a file saved with CRLF gives the site's LF)."""
    return "\n".join(line.removesuffix("\r") for line in lines)


def without_marker(markup: str) -> str:
    """The block's markup without our publish marker attribute (`"srEditor":...`), which is bookkeeping."""
    if MARKER_KEY not in markup:
        return markup
    first_end = markup.find("-->")
    head = _MARKER_ATTR.sub("", markup[:first_end])
    head = _EMPTY_ATTRS.sub(r"\1 ", head)
    return head + markup[first_end:]
