"""Core blocks as an editor builds them: block specs ({name, attributes, innerBlocks}) that validator_run.serialize
turns into the markup each WordPress line's own editor saves (createBlock + serialize under Node).

Each post is one kind of block between two paragraphs (or every kind in one post, `one_post`): the first holds
the word a round-trip test edits, so the blocks after it must come back byte for byte. Media point at the test
site (an uploaded image, missing audio/video files on 127.0.0.1), never at another host.
"""

from __future__ import annotations

import re
from typing import Any

Spec = dict[str, Any]
BEFORE = "Before the block comes one word to edit: draft."
AFTER = "After the block, the post ends."

DELIMITER = re.compile(r"<!--\s+(/)?wp:[a-z][a-z0-9_-]*(?:/[a-z][a-z0-9_-]*)?\s+(?:\{.*?\}\s+)?(/)?-->", re.DOTALL)


def top_level_blocks(markup: str) -> list[str]:
    """The post's top-level blocks, each from its opening comment to its closing one, and any non-blank text
    between them (HTML outside blocks), in order."""
    parts: list[str] = []
    depth, start, last_end = 0, 0, 0
    for found in DELIMITER.finditer(markup):
        closing, void = found.group(1), found.group(2)
        if depth == 0:
            if markup[last_end:found.start()].strip():
                parts.append(markup[last_end:found.start()])
            start = found.start()
        if void and depth == 0:
            parts.append(markup[start:found.end()])
            last_end = found.end()
        elif not void:
            depth += -1 if closing else 1
            if depth == 0:
                parts.append(markup[start:found.end()])
                last_end = found.end()
    if markup[last_end:].strip():
        parts.append(markup[last_end:])
    return parts


def block(name: str, attributes: dict[str, Any] | None = None, inner: list[Spec] | None = None) -> Spec:
    return {"name": f"core/{name}", "attributes": attributes or {}, "innerBlocks": inner or []}


def para(text: str, **attributes: Any) -> Spec:
    return block("paragraph", {"content": text, **attributes})


def items(*texts: str) -> list[Spec]:
    return [block("list-item", {"content": text}) for text in texts]


def editor_blocks(site_url: str, media_id: int, media_url: str) -> dict[str, list[Spec]]:
    """{kind: [block spec, ...]}: the blocks of one post per kind, without the surrounding paragraphs."""
    image = {"id": media_id, "url": media_url, "sizeSlug": "large", "linkDestination": "none"}
    media = f"{site_url}/wp-content/uploads"
    cell = {"tag": "td"}
    return {
        "paragraph": [para("A <strong>bold</strong> claim, <em>said</em> with <a href=\"https://example.org/\">a "
                           "link</a>.", align="center")],
        "heading": [block("heading", {"content": "A heading <em>aligned</em> right", "level": 3,
                                      "textAlign": "right"})],
        "list-nested": [block("list", {}, [
            block("list-item", {"content": "Water stays public"}, [block("list", {}, items("In towns", "In fields"))]),
            *items("A second vote in March"),
        ])],
        "list-ordered-start": [block("list", {"ordered": True, "start": 3}, items("Third reading", "Fourth"))],
        "quote-cite": [block("quote", {"citation": "Ana <em>Ruiz</em>"}, [para("We will not sell the rivers.")])],
        "table-aligned": [block("table", {
            "head": [{"cells": [{**cell, "tag": "th", "content": "Region"},
                                {**cell, "tag": "th", "content": "Votes", "align": "right"}]}],
            "body": [{"cells": [{**cell, "content": "Potosí"}, {**cell, "content": "1200", "align": "right"}]}],
        })],
        "image-caption": [block("image", {**image, "alt": "A salt flat at noon",
                                          "caption": "The <em>Uyuni</em> flat"})],
        "code": [block("code", {"content": "def f():\n\treturn 'tab'\n"})],
        "preformatted": [block("preformatted", {"content": "Line one\n    indented line two"})],
        "verse": [block("verse", {"content": "Roses by the road,\n   the river <em>runs</em>."})],
        "pullquote": [block("pullquote", {"value": "Water is life.", "citation": "A marcher"})],
        "separator": [block("separator")],
        "spacer": [block("spacer")],
        "more": [block("more")],
        "nextpage": [block("nextpage")],
        "shortcode": [block("shortcode", {"text": '[contact-form-7 id="12" title="Contact"]'})],
        "html": [block("html", {"content": '<div class="box">Raw <b>HTML</b> &amp; more</div>'})],
        "embed-youtube": [block("embed", {"url": "https://www.youtube.com/watch?v=dQw4w9WgXcQ", "type": "video",
                                          "providerNameSlug": "youtube", "responsive": True})],
        "buttons": [block("buttons", {}, [block("button", {"text": "Donate", "url": "https://example.org/give"})])],
        "columns": [block("columns", {}, [block("column", {}, [para("Left column.")]),
                                          block("column", {}, [para("Right column.")])])],
        "group": [block("group", {}, [para("Inside a group.")])],
        "cover": [block("cover", {"url": media_url, "id": media_id, "dimRatio": 50},
                        [para("On the cover.", align="center")])],
        "media-text": [block("media-text", {"mediaId": media_id, "mediaUrl": media_url, "mediaType": "image"},
                             [para("Beside the picture.")])],
        "gallery": [block("gallery", {"linkTo": "none"}, [block("image", {**image, "alt": "First"}),
                                                          block("image", {**image, "alt": "Second"})])],
        "file": [block("file", {"id": media_id, "href": media_url, "fileName": "The photo",
                                "textLinkHref": media_url, "showDownloadButton": True,
                                "downloadButtonText": "Download"})],
        "audio": [block("audio", {"src": f"{media}/missing-sound.mp3"})],
        "video": [block("video", {"src": f"{media}/missing-film.mp4"})],
        "details": [block("details", {"summary": "More about the vote"}, [para("Hidden until opened.")])],
    }


def one_post(site_url: str, media_id: int, media_url: str, skip: frozenset[str] = frozenset()
             ) -> tuple[list[Spec], list[str]]:
    """Every kind (but `skip`) in one post between the two paragraphs: (block specs, the kind of each top-level
    block, "before"/"after" for the paragraphs), so a changed top-level block can be named by its kind."""
    specs, labels = [para(BEFORE)], ["before"]
    for kind, blocks in editor_blocks(site_url, media_id, media_url).items():
        if kind not in skip:
            specs.extend(blocks)
            labels.extend([kind] * len(blocks))
    return [*specs, para(AFTER)], [*labels, "after"]


def editor_posts(site_url: str, media_id: int, media_url: str) -> dict[str, list[Spec]]:
    """{kind: the whole post's block specs}: the kind's blocks between the paragraph to edit and a last one."""
    return {kind: [para(BEFORE), *blocks, para(AFTER)]
            for kind, blocks in editor_blocks(site_url, media_id, media_url).items()}
