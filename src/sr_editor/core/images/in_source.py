"""Finding and editing images in the Markdown source itself, without rendering.

Lint, the images panel and the alt-text queue need each image's position and must change one alt text while
leaving every other byte of the writer's file alone, so this works on the text with a scanner that skips code.
"""

from __future__ import annotations

import bisect
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass

from markdown.blockprocessors import ReferenceProcessor

from sr_editor.core.render.extension import DECORATIVE_MARKER


@dataclass(frozen=True)
class ImageRef:
    """An image written in the body: `![alt](src "caption")`, decorative when `{.decorative}` follows."""

    src: str
    alt: str | None  # None: missing (empty alt without the decorative marker)
    decorative: bool
    caption: str
    line: int  # 1-based line in the body
    index: int  # position among the body's images


IMAGE_RE = re.compile(
    r"""!\[(?P<alt>(?:\\.|[^\\\[\]]|\[(?:\\.|[^\\\[\]])*\])*)\]
    (?:
      \(\s*                                                        # inline: ![alt](src "title")
        (?P<src><[^<>\n]*>|(?:(?:[^\s()<>"']|\([^()\n]*\))(?:[^()\n]|\([^()\n]*\))*?)?)
        (?:\s+(?P<title>"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'))?
      \s*\)
    | (?P<reflink>\s?\[(?P<ref>[^\]]*)\])?                          # reference: ![alt][ref], ![alt][], ![ref]
    )
    (?P<decorative>"""
    + re.escape(DECORATIVE_MARKER)
    + r""")?""",
    re.VERBOSE,
)
# Python-Markdown's reference definition: `[id]: url "title"` (title may sit on the next line).
_DEFINITION_RE = ReferenceProcessor.RE
_NEWLINES = re.compile(r"\s+", re.MULTILINE)
_FENCE_OPEN = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_BACKTICKS = re.compile(r"`+")
_AFTER_ALL = sys.maxsize
_UNESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")


def _unescape(text: str) -> str:
    """Backslash escapes removed; most alt texts, sources and titles have none (the sub costs ~15 us a call,
    three per image: 4 ms of a 100k-word article's 7 ms scan)."""
    return _UNESCAPE.sub(r"\1", text) if "\\" in text else text


def code_ranges(body: str) -> list[tuple[int, int]]:
    """Character ranges of fenced code blocks and code spans, where `![x](y)` is text, not an image."""
    ranges: list[tuple[int, int]] = []
    if "`" not in body and "~~~" not in body:  # a long article without code: no scan at all
        return ranges
    offset = 0
    fence: str | None = None
    fence_start = 0
    for line in body.splitlines(keepends=True):
        stripped = line.strip()
        if fence is None:
            match = _FENCE_OPEN.match(line)
            if match:
                fence, fence_start = match.group(1), offset
        elif stripped.startswith(fence[0] * len(fence)) and set(stripped) == {fence[0]}:
            ranges.append((fence_start, offset + len(line)))
            fence = None
        offset += len(line)
    if fence is not None:
        ranges.append((fence_start, len(body)))
    return _merge(ranges, _code_spans(body, ranges))


def _code_spans(body: str, fences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    runs = [m for m in _BACKTICKS.finditer(body) if not _inside(m.start(), fences)]
    following: list[int | None] = [None] * len(runs)  # the next run of the same length (linear, not quadratic)
    last_of_length: dict[int, int] = {}
    for j in range(len(runs) - 1, -1, -1):
        length = len(runs[j].group())
        following[j] = last_of_length.get(length)
        last_of_length[length] = j
    i = 0
    while i < len(runs):
        closing = following[i]
        if closing is None:
            i += 1
            continue
        spans.append((runs[i].start(), runs[closing].end()))
        i = closing + 1
    return spans


def _merge(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted and disjoint: a code span may enclose a fence (its backticks are outside it); they become one."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(a + b):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _inside(position: int, ranges: list[tuple[int, int]]) -> bool:
    """`ranges` sorted and disjoint (code_ranges, fences): a binary search, not a scan (a long article has
    thousands of code spans and images, and this runs for each of them)."""
    at = bisect.bisect_right(ranges, (position, _AFTER_ALL)) - 1
    return at >= 0 and ranges[at][0] <= position < ranges[at][1]


def _definitions(body: str, skip: list[tuple[int, int]]) -> dict[str, tuple[str, str]]:
    """Reference definitions outside code: id (lower case) -> (url, title); the last one wins, as in the renderer."""
    found: dict[str, tuple[str, str]] = {}
    consumed = 0  # as finditer would: a definition's title line is not the start of another one
    position = body.find("]:")
    while position >= 0:  # only lines holding "]:" are tried (the pattern on every line costs ~5 ms at 50k)
        line_start = body.rfind("\n", 0, position) + 1
        match = _DEFINITION_RE.match(body, line_start) if line_start >= consumed else None
        if match is not None:
            consumed = match.end()
            if not _inside(match.start(), skip):
                url = match.group(2).lstrip("<").rstrip(">")
                found[match.group(1).strip().lower()] = (url, match.group(5) or match.group(6) or "")
        line_end = body.find("\n", position)
        position = body.find("]:", line_end) if line_end >= 0 else -1
    return found


def _reference_id(match: re.Match[str]) -> str:
    ref = match.group("ref")
    return _NEWLINES.sub(" ", ref if ref else match.group("alt")).lower()


def iter_image_matches(body: str) -> Iterator[tuple[re.Match[str], str, str]]:
    """(match, src as written, raw title) of each image outside code, in order; unresolved references skipped."""
    if "![" not in body:
        return
    skip = code_ranges(body)
    definitions = _definitions(body, skip)
    for match in IMAGE_RE.finditer(body):
        if _inside(match.start(), skip):
            continue
        if match.group("src") is not None:
            yield match, _src(match.group("src")), _caption(match.group("title"))
        elif _reference_id(match) in definitions:
            url, title = definitions[_reference_id(match)]
            yield match, url, title


def _caption(raw: str | None) -> str:
    return _unescape(raw[1:-1]) if raw else ""


def _src(raw: str) -> str:
    return raw[1:-1] if raw.startswith("<") else _unescape(raw)


def find_images(body: str) -> list[ImageRef]:
    """Every image of the body with its alt state, caption, 1-based line and index; code is ignored."""
    images: list[ImageRef] = []
    line, counted_to = 1, 0
    for index, (match, src, caption) in enumerate(iter_image_matches(body)):
        line += body.count("\n", counted_to, match.start())
        counted_to = match.start()
        alt = _unescape(match.group("alt"))
        decorative = match.group("decorative") is not None
        images.append(
            ImageRef(
                src=src,
                alt=alt if (alt.strip() or decorative) else None,
                decorative=decorative,
                caption=caption,
                line=line,
                index=index,
            )
        )
    return images


def escape_alt(alt: str) -> str:
    """Alt text as it must be written between `![` and `]`: brackets and backslashes escaped, one line."""
    one_line = " ".join(alt.split())
    return one_line.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")


def set_image_alt(body: str, index: int, alt: str, decorative: bool) -> str:
    """Rewrite the alt text (and decorative marker) of the index-th image; everything else byte-identical.

    A decorative image is written `![](src){.decorative}`: its alt is published empty, so none is kept.
    """
    for position, (match, _, _) in enumerate(iter_image_matches(body)):
        if position != index:
            continue
        text = "" if decorative else escape_alt(alt)
        link_end = match.start("decorative") if match.group("decorative") else match.end()
        link = body[match.end("alt") + 1 : link_end]  # "(src "title")" or "[ref]" exactly as written
        if match.group("src") is None and not match.group("ref"):  # ![id] and ![id][]: the alt was the id
            link = f"[{match.group('alt')}]"
        marker = DECORATIVE_MARKER if decorative else ""
        return f"{body[: match.start()]}![{text}]{link}{marker}{body[match.end() :]}"
    raise IndexError(f"the body has no image number {index + 1}")
