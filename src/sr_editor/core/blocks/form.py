"""Every construct of the body becomes one Gutenberg block, written as WordPress's block editor writes it.

A tree processor that runs last over Python-Markdown's element tree: each top-level element is wrapped in its
block comments (`<!-- wp:paragraph -->` ... `<!-- /wp:paragraph -->`) and reshaped into the markup the block's
`save()` produces, so the editor opens the post with every block valid and nothing in a Classic block. Lists
get `core/list-item` inner blocks, quotes hold inner blocks, tables and code get their wrappers. Constructs with
no faithful block are written in the nearest form the editor accepts (see docs/rendering-and-checks.md):
block content inside a list item is flattened into the item's text, footnotes are one HTML block.

`form` chooses the markup of the site's WordPress line (blocks_text.FORM_61 / FORM_67).
"""

from __future__ import annotations

import html as html_module
import re
import xml.etree.ElementTree as etree
from typing import Any

from markdown import Markdown
from markdown.treeprocessors import Treeprocessor
from markdown.util import HTML_PLACEHOLDER_RE, AtomicString

from sr_editor.core.blocks.kept import KeptUnitPreprocessor
from sr_editor.core.blocks.text import CLOSES_PARAGRAPH, DEFAULT_FORM, FORM_67, SHORTCODE_FENCE, closing, opening
from sr_editor.core.render.sanitize import sanitize_fragment

Block = list[etree.Element]  # opening comment, the element(s), closing comment

_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_FLATTENED = {"p", "blockquote", "div", "figure", "pre", "table", "hr", "dl", *_HEADINGS}
_FENCED = re.compile(r"^<pre><code(?: class=\"language-([^\"]+)\")?>(.*)</code></pre>$", re.DOTALL)
_ALIGN = re.compile(r"text-align:\s*(left|center|right)")
_MEDIA_ID = re.compile(r"\bwp-image-(\d+)\b")
SEPARATOR_CLASS = "wp-block-separator has-alpha-channel-opacity"


def _comment(text: str) -> etree.Element:
    comment: etree.Element = etree.Comment(AtomicString(text))  # type: ignore[assignment]  # a Comment is an Element
    comment.tail = ""
    return comment


def make_block(name: str, attrs: dict[str, Any] | None, *elements: etree.Element) -> Block:
    start = _comment(opening(name, attrs))
    start.tail = "\n"
    for element in elements:
        element.tail = "\n"
    return [start, *elements, _comment(closing(name))]


def place(parent: etree.Element, blocks: list[Block]) -> None:
    """The blocks become the parent's only children, separated by a blank line as the editor writes them."""
    parent.text = ""
    children: list[etree.Element] = []
    for index, block in enumerate(blocks):
        block[-1].tail = "\n\n" if index < len(blocks) - 1 else ""
        children.extend(block)
    parent[:] = children


def _append_text(target: etree.Element, text: str | None) -> None:
    if not text:
        return
    if len(target):
        target[-1].tail = (target[-1].tail or "") + text
    else:
        target.text = (target.text or "") + text


def _strip_layout_whitespace(el: etree.Element) -> None:
    """Newlines Python-Markdown puts between table rows and cells: the editor writes none."""
    for node in el.iter():
        if node.tag in ("table", "thead", "tbody", "tfoot", "tr"):
            if not (node.text or "").strip():
                node.text = None
            for child in node:
                if not (child.tail or "").strip():
                    child.tail = None


class BlockTreeprocessor(Treeprocessor):  # type: ignore[misc]  # markdown ships no type hints
    """Top-level elements -> blocks. `form` is set per render (the site's WordPress line)."""

    def __init__(self, md: Markdown) -> None:
        super().__init__(md)
        self.form = DEFAULT_FORM
        self.units: KeptUnitPreprocessor | None = None  # set by the extension: the units of this document

    def run(self, root: etree.Element) -> None:
        place(root, self._blocks(list(root)))

    def _blocks(self, elements: list[etree.Element]) -> list[Block]:
        blocks: list[Block] = []
        for element in elements:
            if isinstance(element.tag, str):
                blocks.extend(self._block(element))
        return blocks

    def _block(self, el: etree.Element) -> list[Block]:
        tag = el.tag
        if tag == "p":
            return self._paragraph(el)
        if tag in _HEADINGS:
            return [self._heading(el)]
        if tag in ("ul", "ol"):
            return [self._list(el)]
        if tag == "blockquote":
            el.attrib.clear()
            el.set("class", "wp-block-quote")
            place(el, self._blocks(list(el)))
            return [make_block("core/quote", None, el)]
        if tag == "pre":
            return [self._indented_code(el)]
        if tag == "table":
            return [self._table(el)]
        if tag == "hr":
            el.attrib.clear()
            el.set("class", SEPARATOR_CLASS)
            return [make_block("core/separator", None, el)]
        if tag == "figure" and "wp-block-image" in el.get("class", ""):
            return [self._image(el)]
        # The notes list (div.footnote) and anything without a faithful block: an HTML block shows it as is.
        return [make_block("core/html", None, el)]

    # ----- paragraphs and what hides in them --------------------------------------------------------------
    def _paragraph(self, el: etree.Element) -> list[Block]:
        text = (el.text or "").strip()
        if self.units is not None and len(el) == 0 and self.units.unit_of(text) is not None:
            el.tail = "\n"
            return [[el]]  # a kept unit: its markup replaces this paragraph at the end (blocks/kept.py)
        match = HTML_PLACEHOLDER_RE.fullmatch(text) if len(el) == 0 else None
        if match is None:
            if self._holds_block_html(el):
                # `<p>` cannot hold a <div> or <table>: the browser (and the editor's parser) would split it.
                el.tag = "div"
                return [make_block("core/html", None, el)]
            return [make_block("core/paragraph", None, el)]
        index = int(match.group(1))
        stash = self.md.htmlStash.rawHtmlBlocks
        raw = str(stash[index]) if index < len(stash) else ""
        fenced = _FENCED.match(raw)
        if fenced is not None:
            return [self._fenced_code(el, index, fenced.group(1), fenced.group(2))]
        if not sanitize_fragment(raw).strip():
            return []  # a note to oneself or a removed <script>: nothing published, and no empty block either
        if not self.md.postprocessors["raw_html"].isblocklevel(raw):
            return [make_block("core/paragraph", None, el)]
        stash[index] = raw.strip()  # the editor's HTML block holds no trailing blank lines
        return [make_block("core/html", None, el)]

    def _holds_block_html(self, el: etree.Element) -> bool:
        stash = self.md.htmlStash.rawHtmlBlocks
        for text in el.itertext():
            for found in HTML_PLACEHOLDER_RE.finditer(text):
                index = int(found.group(1))
                if index < len(stash) and CLOSES_PARAGRAPH.match(str(stash[index])):
                    return True
        return False

    def _fenced_code(self, el: etree.Element, index: int, language: str | None, code: str) -> Block:
        if language == SHORTCODE_FENCE:
            start = _comment(opening("core/shortcode"))
            start.tail = "\n" + html_module.unescape(code).strip("\n") + "\n"
            return [start, _comment(closing("core/shortcode"))]
        classes = f"wp-block-code language-{language}" if language else "wp-block-code"
        code = code.removesuffix("\n")
        self.md.htmlStash.rawHtmlBlocks[index] = f'<pre class="{classes}"><code>{code}</code></pre>'
        return make_block("core/code", {"className": f"language-{language}"} if language else None, el)

    def _indented_code(self, el: etree.Element) -> Block:
        code = el.find("code")
        if code is None:
            code = etree.SubElement(el, "code")
        code.attrib.clear()
        code.text = AtomicString((code.text or "").removesuffix("\n"))
        el.attrib.clear()
        el.set("class", "wp-block-code")
        el.text = None
        el[:] = [code]
        code.tail = None
        return make_block("core/code", None, el)

    def _heading(self, el: etree.Element) -> Block:
        level = int(el.tag[1])
        anchor = el.get("id")
        el.attrib.clear()
        if self.form == FORM_67:
            el.set("class", "wp-block-heading")
        if anchor:
            el.set("id", anchor)
        return make_block("core/heading", {"level": level} if level != 2 else None, el)

    # ----- lists --------------------------------------------------------------------------------------
    def _list(self, el: etree.Element) -> Block:
        attrs: dict[str, Any] = {}
        start = el.get("start")
        el.attrib.clear()
        if self.form == FORM_67:
            el.set("class", "wp-block-list")
        if el.tag == "ol":
            attrs["ordered"] = True
            if start and start.lstrip("-").isdigit():
                attrs["start"] = int(start)
                el.set("start", start)
        place(el, [self._list_item(item) for item in el if item.tag == "li"])
        return make_block("core/list", attrs, el)

    def _list_item(self, li: etree.Element) -> Block:
        nested = [child for child in li if child.tag in ("ul", "ol")]
        for child in nested:
            li.remove(child)
        segments = _inline_segments(li)
        li.attrib.clear()
        li.text = None
        li[:] = []
        for index, segment in enumerate(segments):
            if index:
                li.append(etree.Element("br"))
                li.append(etree.Element("br"))
            _append_text(li, segment.text)
            li.extend(list(segment))
        _rstrip(li)
        inner = [self._list(child) for child in nested]
        for index, block in enumerate(inner):
            block[-1].tail = "\n\n" if index < len(inner) - 1 else ""
            li.extend(block)
        return make_block("core/list-item", None, li)

    # ----- tables and images ----------------------------------------------------------------------------
    def _table(self, el: etree.Element) -> Block:
        _strip_layout_whitespace(el)
        el.attrib.clear()
        attrs: dict[str, Any] | None = None
        if self.form == FORM_67:
            el.set("class", "has-fixed-layout")
        else:
            attrs = {"hasFixedLayout": False}  # 6.7 then reads the plain table as it is, no deprecation
        for cell in el.iter():
            if cell.tag in ("td", "th"):
                align = _ALIGN.search(cell.get("style", ""))
                cell.attrib.clear()
                if align:
                    cell.set("class", f"has-text-align-{align.group(1)}")
                    cell.set("data-align", align.group(1))
        figure = etree.Element("figure", {"class": "wp-block-table"})
        figure.append(el)
        el.tail = None
        return make_block("core/table", attrs, figure)

    def _image(self, figure: etree.Element) -> Block:
        img = figure.find(".//img")
        media = _MEDIA_ID.search(img.get("class", "")) if img is not None else None
        attrs: dict[str, Any] = {"id": int(media.group(1))} if media else {}
        linked = figure.find("a") is not None
        attrs.update({"sizeSlug": "large", "linkDestination": "custom" if linked else "none"})
        return make_block("core/image", attrs, figure)


def _rstrip(el: etree.Element) -> None:
    if len(el):
        if el[-1].tail:
            el[-1].tail = el[-1].tail.rstrip()
    elif el.text:
        el.text = el.text.rstrip()


def _inline_segments(el: etree.Element) -> list[etree.Element]:
    """el's content as runs of inline content; each block-level child (paragraph, figure, code...) is cut out
    and turned into inline runs of its own. Used where only inline content is allowed (a list item)."""
    segments = [etree.Element("x")]
    segments[0].text = el.text
    for child in list(el):
        tail = child.tail
        child.tail = None
        if isinstance(child.tag, str) and child.tag in _FLATTENED:
            segments.extend(_block_as_inline(child))
            segments.append(etree.Element("x"))
        else:
            segments[-1].append(child)
        _append_text(segments[-1], tail)
    return [s for s in segments if len(s) or (s.text or "").strip()]


def _block_as_inline(child: etree.Element) -> list[etree.Element]:
    holder = etree.Element("x")
    if child.tag == "figure":  # an image in a list item: the inline image, its caption as the tooltip
        caption = child.find("figcaption")
        item = child[0]
        img = item if item.tag == "img" else item.find("img")
        if caption is not None and img is not None:
            img.set("title", "".join(caption.itertext()))
        item.tail = None
        holder.append(item)
        return [holder]
    if child.tag == "pre":
        code = child.find("code")
        if code is not None:
            code.attrib.clear()
            code.text = AtomicString((code.text or "").strip("\n"))
            code.tail = None
            holder.append(code)
        return [holder]
    if child.tag == "hr":
        return []
    if child.tag == "table":
        holder.text = " ".join(" ".join(child.itertext()).split())
        return [holder]
    return _inline_segments(child)
