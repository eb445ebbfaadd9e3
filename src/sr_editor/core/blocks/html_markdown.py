"""A post's content (Gutenberg block markup or Classic HTML) -> our Markdown, for pulling posts from the site.

Built on markdownify (BeautifulSoup + one `convert_<tag>` method per element), extended for what our renderer
writes and reads: image blocks with captions become `![alt](file "caption")`, decorative images get
`{.decorative}`, Python-Markdown footnotes become `[^label]` with their definitions at the end, tables with a
header row become pipe tables, and our publish marker comment is dropped. Anything with no Markdown form (an
embed, columns, a table without a header, a `<div>`, a block we do not know) is kept as a raw HTML block, never
dropped; `ConvertedBody.raw` names each one, and `ConvertedBody.lossy` those whose markup our renderer's HTML
policy (core/render/sanitize.py) would not publish as it is.
"""

from __future__ import annotations

import html
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from typing import Any

from bs4 import BeautifulSoup, Tag
from markdownify import ATX, MarkdownConverter

from sr_editor.core.blocks.html_guard import too_hard
from sr_editor.core.blocks.parse import FREEFORM, Block, has_blocks, split_blocks
from sr_editor.core.render.extension import DECORATIVE_MARKER
from sr_editor.core.render.sanitize import sanitize_fragment

# Blocks whose HTML has a Markdown form; every other block is kept as raw HTML.
CONVERTED_BLOCKS = frozenset({
    "core/paragraph", "core/heading", "core/list", "core/list-item", "core/quote", "core/image", "core/table",
    "core/separator", "core/code", "core/preformatted", FREEFORM,
})
_MARKER = re.compile(r"<!--\s*sr-editor:[0-9A-Za-z]+:[0-9A-Za-z]*\s*-->\n?")
# Inline elements with no Markdown syntax: written back as the same tag (the renderer passes them through).
_INLINE_KEPT = ("sup", "sub", "mark", "u", "s", "del", "ins", "abbr", "kbd", "small", "cite", "q", "span", "time",
                "dfn", "var", "samp", "bdi", "bdo")
# Block elements with no Markdown form: kept whole as raw HTML.
_RAW_BLOCK_TAGS = frozenset({
    "div", "details", "dl", "iframe", "video", "audio", "object", "embed", "form", "section", "aside", "nav",
    "header", "footer", "address", "canvas", "svg", "math", "script", "style", "noscript", "center", "fieldset",
})
_SIZE_SUFFIX = re.compile(r"-\d+x\d+(?=\.[A-Za-z0-9]+$)")
_WP_IMAGE_CLASS = re.compile(r"\bwp-image-(\d+)\b")
_LINE_START = re.compile(r"^(#{1,6}(?=\s|$)|>|[-+*](?=\s)|\d+(?=[.)]\s)|=+\s*$|-{3,}\s*$)", re.M)
_HTML_ISH = re.compile(r"<(?=[A-Za-z/!?])")
_IMG_TAG = re.compile(r"<img\b[^<>]*>", re.I)


@dataclass(frozen=True)
class BodyImage:
    """An image in the content: its address on the site and its media id (from `wp-image-ID` or the block)."""

    src: str
    media_id: int | None
    alt: str
    caption: str


@dataclass
class ConvertedBody:
    markdown: str
    raw: list[str] = field(default_factory=list)  # what was kept as raw HTML ("core/embed", "<div>")
    lossy: list[str] = field(default_factory=list)  # of those, what our renderer would not publish unchanged


def strip_marker(content: str) -> str:
    """Our publish marker comment (`<!-- sr-editor:UID:TOKEN -->`) is bookkeeping, not the article."""
    return _MARKER.sub("", content)


def marker_uid(content: str) -> str | None:
    """The uid of our marker: a comment (older publishes) or the first block's `srEditor` attribute."""
    match = re.search(r"sr-editor:([0-9a-f]+):", content)
    return match.group(1) if match else None


def original_url(src: str) -> str:
    """`photo-1024x768.jpg` (a resized copy WordPress made) -> `photo.jpg` (the upload)."""
    return _SIZE_SUFFIX.sub("", src)


def media_id_of(img: Tag) -> int | None:
    match = _WP_IMAGE_CLASS.search(" ".join(_classes(img)))
    return int(match.group(1)) if match else None


def _classes(el: Tag) -> list[str]:
    value = el.get("class")
    if isinstance(value, str):
        return value.split()
    return [str(v) for v in value] if value else []


def find_images(content: str) -> list[BodyImage]:
    """Every `<img>` of the content, in order, each address once."""
    content = strip_marker(content)
    if too_hard(content):  # each <img> tag parsed alone (no captions): bounded time on pathological markup
        tags = [BeautifulSoup(m.group(0), "html.parser").find("img") for m in _IMG_TAG.finditer(content)]
        return list({str(t.get("src")): BodyImage(str(t.get("src")), media_id_of(t), str(t.get("alt") or ""), "")
                     for t in tags if isinstance(t, Tag) and t.get("src")}.values())
    soup = BeautifulSoup(content, "html.parser")
    found: dict[str, BodyImage] = {}
    for img in soup.find_all("img"):
        src = str(img.get("src") or "")
        if not src or src in found:
            continue
        figure = img.find_parent("figure")
        caption_el = figure.find("figcaption") if figure is not None else None
        caption = caption_el.get_text(" ", strip=True) if isinstance(caption_el, Tag) else ""
        found[src] = BodyImage(src, media_id_of(img), str(img.get("alt") or ""), caption)
    return list(found.values())


class _Converter(MarkdownConverter):  # type: ignore[misc]  # markdownify ships no type hints
    """markdownify with our figures, footnotes, escapes and raw-HTML keeping."""

    def __init__(self, names: Mapping[str, str], decorative: Collection[str], raw: list[str]) -> None:
        super().__init__(heading_style=ATX, bullets="-", strong_em_symbol="*", escape_asterisks=False,
                         escape_underscores=False, escape_misc=False, table_infer_header=False)
        self.names = names
        self.decorative = decorative
        self.raw = raw
        self.footnotes: list[tuple[str, str]] = []

    # ----- text -----------------------------------------------------------------------------------
    def escape(self, text: str, parent_tags: Any) -> str:
        if not text:
            return ""
        text = text.replace("\\", "\\\\").replace("*", "\\*").replace("`", "\\`")
        text = re.sub(r"(?<![\w\\])_|_(?!\w)", r"\\_", text)
        text = text.replace("[", "\\[").replace("]", "\\]")
        text = re.sub(r"&(?=#?\w+;)", "&amp;", text)
        return _HTML_ISH.sub("&lt;", text)

    def convert_p(self, el: Tag, text: str, parent_tags: Any) -> str:
        result: str = super().convert_p(el, text, parent_tags)  # type: ignore[misc]
        if "_inline" in parent_tags:
            return result
        return _LINE_START.sub(lambda m: "\\" + m.group(0) if not m.group(0)[0].isdigit() else m.group(0) + "\\",
                               result)

    # ----- images ---------------------------------------------------------------------------------
    def _image(self, img: Tag, caption: str) -> str:
        src = str(img.get("src") or "")
        name = self.names.get(src) or self.names.get(original_url(src)) or src
        alt = str(img.get("alt") or "")
        target = f"<{name}>" if re.search(r"[\s()<>]", name) else name
        title = ""
        if caption:
            title = f' "{caption}"' if '"' not in caption else f" '{caption.replace(chr(39), '’')}'"
        marker = DECORATIVE_MARKER if not alt and (src in self.decorative or name in self.decorative) else ""
        return f"![{_escape_alt(alt)}]({target}{title}){marker}"

    def convert_img(self, el: Tag, text: str, parent_tags: Any) -> str:
        return self._image(el, "")

    def convert_figure(self, el: Tag, text: str, parent_tags: Any) -> str:
        img = el.find("img")
        table = el.find("table")
        caption_el = el.find("figcaption")
        caption = caption_el.get_text(" ", strip=True) if isinstance(caption_el, Tag) else ""
        if isinstance(img, Tag) and table is None:
            image = self._image(img, caption)
            link = img.find_parent("a")
            if isinstance(link, Tag) and link.get("href"):
                image = f"[{image}]({link['href']})"
            return f"\n\n{image}\n\n"
        if isinstance(table, Tag) and caption_el is None:
            return text
        return self._raw(el, "<figure>")

    def convert_figcaption(self, el: Tag, text: str, parent_tags: Any) -> str:
        return ""

    # ----- tables: pipe tables need a header row and plain cells --------------------------------
    def convert_table(self, el: Tag, text: str, parent_tags: Any) -> str:
        simple = el.find("thead") is not None and el.find("caption") is None and not any(
            cell.get("colspan") or cell.get("rowspan") or cell.find(["p", "ul", "ol", "table", "br"])
            for cell in el.find_all(["td", "th"])
        )
        if not simple:
            return self._raw(el, "<table>")
        result: str = super().convert_table(el, text, parent_tags)  # type: ignore[misc]
        return result

    # ----- footnotes (Python-Markdown's markup, also after WordPress's kses rewrote `#fn:1` to `1`) ----
    def convert_sup(self, el: Tag, text: str, parent_tags: Any) -> str:
        label = _footnote_label(el)
        if label is not None:
            return f"[^{label}]"
        return self._inline(el, text)

    def convert_div(self, el: Tag, text: str, parent_tags: Any) -> str:
        if "footnote" in _classes(el):
            for item in el.find_all("li"):
                label = _note_label(str(item.get("id") or ""), len(self.footnotes) + 1)
                for back in item.find_all("a", class_="footnote-backref"):
                    back.decompose()
                inner = _Converter(self.names, self.decorative, self.raw).convert(item.decode_contents())
                note = inner.strip().replace("\u00a0", " ").rstrip()
                self.footnotes.append((label, note.replace("\n", "\n    ")))
            return ""
        return self._raw(el, "<div>")

    # ----- no Markdown form -----------------------------------------------------------------------
    def _inline(self, el: Tag, text: str) -> str:
        attrs = "".join(f' {k}="{html.escape(_attr(v))}"' for k, v in el.attrs.items())
        return f"<{el.name}{attrs}>{text}</{el.name}>"

    def _raw(self, el: Tag, what: str) -> str:
        self.raw.append(what)
        return f"\n\n{_raw_block(str(el))}\n\n"

    def convert_pre(self, el: Tag, text: str, parent_tags: Any) -> str:
        code = el.get_text()
        fence = "```" if "```" not in code else "~~~~"
        return f"\n\n{fence}\n{code.strip(chr(10))}\n{fence}\n\n"

    def convert_blockquote(self, el: Tag, text: str, parent_tags: Any) -> str:
        cite = el.find("cite", recursive=False)
        if isinstance(cite, Tag):
            cite_text = cite.get_text(" ", strip=True)
            text = text.replace(self.escape(cite_text, parent_tags), "").rstrip() + f"\n\n— {cite_text}"
        result: str = super().convert_blockquote(el, text, parent_tags)  # type: ignore[misc]
        return result

    def process_tag(self, node: Any, parent_tags: Any = None) -> str:
        if isinstance(node, Tag) and node.name in _RAW_BLOCK_TAGS and node.name != "div":
            return self._raw(node, f"<{node.name}>")
        result: str = super().process_tag(node, parent_tags)  # type: ignore[misc]
        return result

    def get_conv_fn(self, tag_name: str) -> Any:
        if tag_name in _INLINE_KEPT and tag_name != "sup":
            return lambda el, text, parent_tags: self._inline(el, text)
        return super().get_conv_fn(tag_name)  # type: ignore[misc]


def _attr(value: Any) -> str:
    return " ".join(value) if isinstance(value, list) else str(value)


def _escape_alt(alt: str) -> str:
    return alt.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")


_REF_ID = re.compile(r"^fnref\d*[:-](.+)$")
_NOTE_ID = re.compile(r"^#?fn[:-](.+)$")


def _footnote_label(sup: Tag) -> str | None:
    """`fnref:1`/`#fn:1` (Python-Markdown's default), `fnref-1`/`#fn-1` (our renderer, which kses leaves alone),
    or a bare `1` (kses rewrote `#fn:1`)."""
    ident = str(sup.get("id") or "")
    link = sup.find("a")
    is_ref = isinstance(link, Tag) and (ident.startswith("fnref") or "footnote-ref" in _classes(link))
    if not is_ref:
        return None
    match = _REF_ID.match(ident)
    if match:
        return match.group(1)
    href = str(link.get("href") or "") if isinstance(link, Tag) else ""
    note = _NOTE_ID.match(href)
    return note.group(1) if note else (href.lstrip("#") or None)


def _note_label(ident: str, fallback: int) -> str:
    match = _NOTE_ID.match(ident)
    return match.group(1) if match else str(fallback)


def _raw_block(markup: str) -> str:
    """Raw HTML that Python-Markdown keeps as one block: no blank line inside, starting with a tag."""
    text = re.sub(r"\n\s*\n", "\n", markup.strip())
    return text if text.startswith("<") else f"<div>{text}</div>"


def _autop(content: str) -> str:
    """Classic content keeps paragraphs as blank lines (WordPress adds `<p>` when showing it): add them."""
    parts = re.split(r"\n\s*\n", content.strip())
    block_start = re.compile(r"^<(p|h[1-6]|ul|ol|blockquote|figure|table|pre|div|hr|dl|details)\b", re.I)
    return "\n".join(p if block_start.match(p.strip()) else f"<p>{p.strip()}</p>" for p in parts if p.strip())


def to_markdown(
    content: str, names: Mapping[str, str] | None = None, decorative: Collection[str] = ()
) -> ConvertedBody:
    """The content as our Markdown; `names` maps image addresses to file names in the bundle, `decorative`
    lists addresses (or names) of images to mark `{.decorative}` when their alt text is empty."""
    content = strip_marker(content)
    result = ConvertedBody("")
    converter = _Converter(names or {}, decorative, result.raw)
    pieces: list[str] = []
    blocks = split_blocks(content) if has_blocks(content) else [Block(FREEFORM, {}, _autop(content), content)]
    for block in blocks:
        pieces.append(_convert_block(block, converter, result))
    if converter.footnotes:
        pieces.append("\n\n".join(f"[^{label}]: {text}" for label, text in converter.footnotes))
    body = "\n\n".join(p.strip("\n") for p in pieces if p.strip())
    result.markdown = re.sub(r"\n{3,}", "\n\n", body).strip("\n") + "\n" if body.strip() else ""
    result.lossy = [name for name in result.lossy if name]
    return result


def _convert_block(block: Block, converter: _Converter, result: ConvertedBody) -> str:
    inner = block.inner.strip()
    if block.name in CONVERTED_BLOCKS and too_hard(inner):  # html_guard: kept whole, in bounded time
        result.raw.append(f"{block.name} (too deeply nested or malformed to convert)")
        return _raw_block(inner)
    if block.name in CONVERTED_BLOCKS:
        try:
            return str(converter.convert(inner))
        except RecursionError:  # nesting html_guard did not count (it is generous); the unit is kept whole
            result.raw.append(f"{block.name} (too deeply nested to convert)")
            return _raw_block(inner)
    soup = BeautifulSoup(inner, "html.parser")
    top = [el for el in soup.contents if isinstance(el, Tag)]
    if len(top) == 1 and top[0].name == "div" and "footnote" in _classes(top[0]):
        return str(converter.convert(inner))  # our footnotes, as the renderer may wrap them in an HTML block
    if not inner and block.name == "core/html":
        return ""  # the block that carried only our marker comment
    if not inner:
        result.raw.append(block.name)
        result.lossy.append(block.name)  # a void block (e.g. a dynamic one) has no HTML to keep
        return ""
    result.raw.append(block.name)
    if sanitize_fragment(inner).split() != inner.split():
        result.lossy.append(block.name)
    return _raw_block(inner)
