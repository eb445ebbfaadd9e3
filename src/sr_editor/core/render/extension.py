"""Our Python-Markdown extension: Gutenberg blocks, the decorative marker, image URL mapping and output guards.

Kept apart from render.py so the renderer module only wires extensions together; every processor here is
registered by priority next to Python-Markdown's own (see `SiteExtension.extendMarkdown`).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from markdown import Markdown
from markdown.extensions import Extension
from markdown.inlinepatterns import (
    IMAGE_LINK_RE,
    IMAGE_REFERENCE_RE,
    ImageInlineProcessor,
    ImageReferenceInlineProcessor,
    ShortImageReferenceInlineProcessor,
)
from markdown.treeprocessors import Treeprocessor
from markdown.util import AtomicString

from sr_editor.core.blocks.form import BlockTreeprocessor
from sr_editor.core.blocks.kept import KeptUnitPostprocessor, KeptUnitPreprocessor
from sr_editor.core.blocks.text import ShortcodeEscaper
from sr_editor.core.render.sanitize import RawHtmlSanitizer, is_safe_url

DECORATIVE_MARKER = "{.decorative}"
FIGURE_CLASS = "wp-block-image size-large"
CAPTION_CLASS = "wp-element-caption"
_MARK = "data-sr-decorative"  # internal; removed before output


@dataclass(frozen=True)
class UploadedImage:
    """Where the publisher put an image: its URL and WordPress media id (adds class wp-image-ID)."""

    url: str
    media_id: int


# src as written -> UploadedImage (publish), a URL string (preview: file:// URL), or None (leave src as is).
ImageResolver = Callable[[str], "UploadedImage | str | None"]


class _DecorativeMixin:
    """Consumes a `{.decorative}` right after an image and marks the element; alt="" is set later."""

    def handleMatch(
        self, m: re.Match[str], data: str
    ) -> tuple[etree.Element | None, int | None, int | None]:
        el, start, end = super().handleMatch(m, data)  # type: ignore[misc]
        if el is not None and end is not None and data.startswith(DECORATIVE_MARKER, end):
            el.set(_MARK, "1")
            end += len(DECORATIVE_MARKER)
        return el, start, end


class DecorativeImageInlineProcessor(_DecorativeMixin, ImageInlineProcessor):  # type: ignore[misc]  # markdown ships no type hints
    """`![alt](src "title")` with the optional decorative marker."""


class DecorativeImageReferenceProcessor(_DecorativeMixin, ImageReferenceInlineProcessor):  # type: ignore[misc]  # markdown ships no type hints
    """`![alt][ref]` with the optional decorative marker."""


class DecorativeShortImageReferenceProcessor(_DecorativeMixin, ShortImageReferenceInlineProcessor):  # type: ignore[misc]  # markdown ships no type hints
    """`![ref]` with the optional decorative marker."""


def _keep_atomic(old: str, new: str) -> str:
    return AtomicString(new) if isinstance(old, AtomicString) else new


class SoftBreakTreeprocessor(Treeprocessor):  # type: ignore[misc]  # markdown ships no type hints
    """Soft line breaks become spaces: WordPress runs wpautop on block-less content and would turn them into
    `<br>`, so the published page would differ from the preview. Code blocks keep their newlines."""

    def run(self, root: etree.Element) -> None:
        self._walk(root)

    def _walk(self, el: etree.Element) -> None:
        for child in el:
            if child.tail and "\n" in child.tail:
                child.tail = _keep_atomic(child.tail, child.tail.replace("\n", " "))
            if child.tag == "pre":
                continue
            if child.text and "\n" in child.text and isinstance(child.tag, str):
                child.text = _keep_atomic(child.text, child.text.replace("\n", " "))
            self._walk(child)


class SiteImageTreeprocessor(Treeprocessor):  # type: ignore[misc]  # markdown ships no type hints
    """Images: resolve src, decorative -> alt="", a paragraph holding only images (each maybe linked) -> one
    Gutenberg image figure per image (titles become captions); links and sources that could run code
    (javascript:, data:...) lose their URL. blocks.py wraps each figure in its image block comments."""

    def __init__(self, md: Markdown) -> None:
        super().__init__(md)
        self.resolver: ImageResolver | None = None

    def run(self, root: etree.Element) -> None:
        parents = {child: parent for parent in root.iter() for child in parent}
        for child in list(parents):
            if child.tag == "a" and not is_safe_url(child.get("href", "")):
                del child.attrib["href"]
            elif child.tag == "img":
                self._image(child)
        for para, container in list(parents.items()):
            if para.tag == "p" and _holds_only_images(para):
                position = list(container).index(para)
                figures = [_figure(item) for item in para if item.tag != "br"]
                figures[-1].tail = para.tail
                container[position : position + 1] = figures

    def _image(self, img: etree.Element) -> None:
        decorative = img.attrib.pop(_MARK, None) is not None
        src = img.get("src", "")
        media_id: int | None = None
        resolved = self.resolver(src) if self.resolver is not None else None
        if isinstance(resolved, UploadedImage):
            src, media_id = resolved.url, resolved.media_id
        elif isinstance(resolved, str):
            src = resolved
        attrs = {"src": src, "alt": "" if decorative else img.get("alt", "")}
        # A string from the resolver is ours (a file inside the bundle, for the preview); the writer's own src
        # must pass the URL policy.
        if not isinstance(resolved, str) and not is_safe_url(src):
            del attrs["src"]
        if media_id is not None:
            attrs["class"] = f"wp-image-{media_id}"
        title = img.get("title")
        img.attrib.clear()
        img.attrib.update(attrs)
        if title:
            img.set("title", title)


def _figure(item: etree.Element) -> etree.Element:
    """`<figure class="wp-block-image size-large">[<a href>]<img>[</a>]<figcaption>title</figcaption></figure>`."""
    figure = etree.Element("figure", {"class": FIGURE_CLASS})
    img = item if item.tag == "img" else item[0]
    title = img.attrib.pop("title", None)
    item.tail = None
    figure.append(item)
    if title:
        caption = etree.SubElement(figure, "figcaption", {"class": CAPTION_CLASS})
        caption.text = title
    return figure


def _is_image_item(item: etree.Element) -> bool:
    if item.tag == "img" or item.tag == "br":
        return True
    return (
        item.tag == "a"
        and set(item.attrib) == {"href"}
        and len(item) == 1
        and item[0].tag == "img"
        and not (item.text or "").strip()
        and not (item[0].tail or "").strip()
    )


def _holds_only_images(para: etree.Element) -> bool:
    return (
        len(para) > 0
        and not (para.text or "").strip()
        and any(item.tag != "br" for item in para)
        and all(_is_image_item(item) and not (item.tail or "").strip() for item in para)
    )


class SiteExtension(Extension):  # type: ignore[misc]  # markdown ships no type hints
    """Registers our processors by priority next to Python-Markdown's (inline 20, prettify 10, smarty 6)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.images: SiteImageTreeprocessor | None = None
        self.blocks: BlockTreeprocessor | None = None

    def extendMarkdown(self, md: Markdown) -> None:
        patterns = md.inlinePatterns
        patterns.register(DecorativeImageInlineProcessor(IMAGE_LINK_RE, md), "image_link", 150)
        patterns.register(DecorativeImageReferenceProcessor(IMAGE_REFERENCE_RE, md), "image_reference", 140)
        patterns.register(DecorativeShortImageReferenceProcessor(IMAGE_REFERENCE_RE, md), "short_image_ref", 125)
        self.images = SiteImageTreeprocessor(md)
        md.treeprocessors.register(SoftBreakTreeprocessor(md), "sr_soft_breaks", 15)
        # After prettify (10), so nothing re-indents the figure; before smarty (6), which curls caption quotes.
        md.treeprocessors.register(self.images, "sr_images", 8)
        # Last (after toc's ids at 5), before unescape (0): every top-level element becomes one block.
        self.blocks = BlockTreeprocessor(md)
        md.treeprocessors.register(self.blocks, "sr_blocks", 3)
        # Kept units (blocks of the site with no Markdown form): out before whitespace is normalized (30), back
        # after the sanitizer (35) and the shortcode escaper (15), so nothing touches their markup.
        units = KeptUnitPreprocessor(md)
        self.blocks.units = units
        md.preprocessors.register(units, "sr_kept_units", 40)
        md.postprocessors.register(KeptUnitPostprocessor(md, units), "sr_kept_units", 5)
        # After raw HTML (30) and footnotes (25) are back in the text.
        md.postprocessors.register(ShortcodeEscaper(md), "sr_shortcodes", 15)
        # Before raw_html (30) puts the stash back: each raw fragment is cleaned on its own.
        md.postprocessors.register(RawHtmlSanitizer(md), "sr_sanitize_raw_html", 35)
