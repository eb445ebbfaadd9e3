"""Gutenberg block markup split into top-level blocks, the way WordPress's own block parser reads it.

A post's content is a sequence of `<!-- wp:name {"attrs"} -->inner<!-- /wp:name -->` blocks, void blocks
(`<!-- wp:name /-->`), and HTML outside any block (the Classic editor's "freeform" content). Only the top level
is split here; inner blocks stay inside their parent's HTML, where the Markdown converter reads them as HTML.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

# WordPress's delimiter grammar (wp-includes/class-wp-block-parser.php), in Python's regex dialect.
_DELIMITER = re.compile(
    r"<!--\s+(?P<closer>/)?wp:(?P<name>[a-z][a-z0-9_-]*(?:/[a-z][a-z0-9_-]*)?)\s+"
    r"(?:(?P<attrs>\{.*?\})\s+)?(?P<void>/)?-->",
    re.S,
)
FREEFORM = "core/freeform"


@dataclass
class Block:
    name: str  # "core/paragraph", "core/freeform" for HTML outside blocks
    attrs: dict[str, Any] = field(default_factory=dict)
    inner: str = ""  # the HTML between the delimiters, inner blocks' delimiters included
    outer: str = ""  # the whole markup, delimiters included


def _full_name(name: str) -> str:
    return name if "/" in name else f"core/{name}"


def _attrs(text: str | None) -> dict[str, Any]:
    if not text:
        return {}
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def split_blocks(content: str) -> list[Block]:
    """Top-level blocks in order; whitespace-only freeform runs between blocks are dropped."""
    blocks: list[Block] = []
    depth = 0
    position = 0
    opened: tuple[re.Match[str], str] | None = None
    for match in _DELIMITER.finditer(content):
        name = _full_name(match.group("name"))
        if depth == 0:
            _freeform(blocks, content[position : match.start()])
            if match.group("void"):
                blocks.append(Block(name, _attrs(match.group("attrs")), "", match.group(0)))
                position = match.end()
                continue
            if match.group("closer"):  # a stray closer: keep it as text of a freeform run
                _freeform(blocks, match.group(0))
                position = match.end()
                continue
            opened, depth = (match, name), 1
            continue
        if match.group("void"):
            continue
        depth += -1 if match.group("closer") else 1
        if depth == 0 and opened is not None:
            start, start_name = opened
            blocks.append(Block(start_name, _attrs(start.group("attrs")), content[start.end() : match.start()],
                                content[start.start() : match.end()]))
            position = match.end()
            opened = None
    if opened is not None:  # an unclosed block: WordPress treats the rest as its inner HTML
        start, start_name = opened
        blocks.append(Block(start_name, _attrs(start.group("attrs")), content[start.end() :],
                            content[start.start() :]))
    else:
        _freeform(blocks, content[position:])
    return blocks


def _freeform(blocks: list[Block], html: str) -> None:
    if html.strip():
        blocks.append(Block(FREEFORM, {}, html, html))


def has_blocks(content: str) -> bool:
    return _DELIMITER.search(content) is not None
