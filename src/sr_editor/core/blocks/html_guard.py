"""Which HTML is too hard to convert in bounded time: a linear look before any parser sees it.

Python's html.parser rescans the rest of the text for every start tag that is never closed, so `"<p " * 200000`
takes minutes, and markdownify recurses once per nesting level, so 5,000 nested `<div>`s raise RecursionError.
Markup past these limits is not converted: the pull keeps it as one raw HTML unit and says so.
"""

from __future__ import annotations

import re

MAX_UNCLOSED_TAGS = 50  # `<p` with no `>` before the next `<`: a few in real posts, thousands in an attack
MAX_DEPTH = 100  # nesting of elements; real posts stay under 20
MAX_TAGS = 20_000  # tags in one block
_BRACKET = re.compile(r"<(?=[A-Za-z/!?])|>")
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*)[^<>]*?(/?)>")
# Elements that never hold others, and those whose end tag HTML lets a writer leave out.
_NO_DEPTH = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "option", "optgroup", "rt", "rp",
    "colgroup", "caption",
})


def too_hard(markup: str) -> bool:
    """Whether converting `markup` could take unbounded time or recursion (see the module's limits)."""
    return _unclosed(markup) > MAX_UNCLOSED_TAGS or _too_deep_or_large(markup)


def _unclosed(markup: str) -> int:
    count, inside = 0, False
    for match in _BRACKET.finditer(markup):
        if match.group(0) == ">":
            inside = False
        else:
            count += inside
            inside = True
            if count > MAX_UNCLOSED_TAGS:
                break
    return count + inside


def _too_deep_or_large(markup: str) -> bool:
    depth = tags = 0
    for match in _TAG.finditer(markup):
        tags += 1
        if tags > MAX_TAGS:
            return True
        name = match.group(2).lower()
        if name in _NO_DEPTH or match.group(3):
            continue
        depth = max(0, depth - 1) if match.group(1) else depth + 1
        if depth > MAX_DEPTH:
            return True
    return False
