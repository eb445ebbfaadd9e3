"""Block-preserving publish: the site's content is the base; only blocks whose Markdown changed are rendered anew.

At the last sync (a pull or a publish) we kept the site's content and, for each top-level Markdown block of the
article as it was then, which of the site's blocks it came from (`sources`). At publish both the synced article
and the new one are rendered; each new block whose rendering equals the rendering of a synced block goes out
as the site's own markup of that block, byte for byte; every other block is our rendering. Rendering in
context (footnote numbers, heading ids, image addresses) means a block counts as changed exactly when what we
would publish for it changed.

When the synced rendering does not line up with the recorded sources (a renderer of another version, a site
that merged blocks), nothing is paired and the article is rendered whole, as for an article never pulled.
"""

from __future__ import annotations

import re
from collections import defaultdict, deque
from dataclasses import dataclass

from sr_editor.core.blocks.parse import split_blocks
from sr_editor.core.blocks.text import attach_marker

BLOCK_SEPARATOR = "\n\n"
MARKER_KEY = '"srEditor"'
# The id our renderer gives a heading (Markdown's toc): `<h2 id="intro">` or `<h2 class="wp-block-heading" id=...>`.
_HEADING_ID = re.compile(r'(<h[1-6]\b[^>]*?)\s+id="[^"<>]*"')


@dataclass(frozen=True)
class SiteBase:
    """The site's content at the last sync, and for each top-level block of the synced Markdown's rendering,
    the index of the site's block it stands for (None: one for one, in order)."""

    content: str
    sources: tuple[int, ...] | None = None


def _is_marker_only(name: str, inner: str) -> bool:
    return name == "core/html" and inner.strip().startswith("<!-- sr-editor:") and inner.strip().endswith("-->") \
        and inner.count("<!--") == 1


def site_blocks(content: str) -> list[str]:
    """The site's top-level blocks as it wrote them, without the block that only carries our old marker."""
    return [b.outer for b in split_blocks(content) if not _is_marker_only(b.name, b.inner)]


def pairs(base_html: str, base: SiteBase) -> dict[str, deque[str]]:
    """Our rendering of each synced block -> the site's markup of that block (in order, for repeated blocks);
    {} when the two do not line up."""
    rendered = [b.outer for b in split_blocks(base_html)]
    all_blocks = split_blocks(base.content)
    if base.sources is None:
        originals = site_blocks(base.content)
    elif all(0 <= i < len(all_blocks) for i in base.sources):
        originals = [all_blocks[i].outer for i in base.sources]
    else:
        return {}
    if len(rendered) != len(originals):
        return {}
    found: dict[str, deque[str]] = defaultdict(deque)
    for ours, theirs in zip(rendered, originals, strict=True):
        found[ours].append(theirs)
    return found


@dataclass
class KeptContent:
    content: str
    kept: int  # blocks sent as the site had them
    rendered: int  # blocks rendered anew


def keep_site_blocks(new_html: str, base_html: str, base: SiteBase, marker: str) -> KeptContent:
    """The content to send: `new_html` (our rendering of the article now) with every block that the synced
    article rendered the same replaced by the site's markup of it. The retry marker goes into the first block
    rendered anew, so every block of the site keeps its bytes (an older marker in one of them stays; the uid is
    the same); with none rendered anew, into the block that already carried it, else the first."""
    found = pairs(base_html, base)
    out: list[str] = []
    fresh: list[int] = []
    for block in split_blocks(new_html):
        queue = found.get(block.outer)
        if queue:
            out.append(queue.popleft())
        else:
            fresh.append(len(out))
            out.append(block.outer)
    if found and fresh and _headings_without_anchors(base.content):
        for index in fresh:
            out[index] = _without_heading_id(out[index])
    kept = len(out) - len(fresh)
    if not out:
        return KeptContent(attach_marker(new_html, marker), 0, 0)
    target = fresh[0] if fresh else next(
        (i for i, block in enumerate(out) if MARKER_KEY in block.split("-->", 1)[0]), 0)
    out[target] = attach_marker(out[target], marker).rstrip("\n")
    return KeptContent(BLOCK_SEPARATOR.join(out) + "\n", kept, len(fresh))


def _headings_without_anchors(content: str) -> bool:
    """Whether the site's post has headings and none of them carries an anchor (wp-admin adds none unless asked):
    a heading rendered anew then follows the site's way, not ours."""
    headings = [b.inner for b in split_blocks(content) if b.name == "core/heading"]
    return bool(headings) and not any(_HEADING_ID.search(inner) for inner in headings)


def _without_heading_id(outer: str) -> str:
    blocks = split_blocks(outer)
    if len(blocks) != 1 or blocks[0].name != "core/heading":
        return outer
    return _HEADING_ID.sub(r"\1", outer, count=1)
