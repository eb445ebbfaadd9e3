"""A post's content (Gutenberg block markup or Classic HTML) -> our Markdown, for pulling posts from the site.

Built on markdownify (BeautifulSoup + one `convert_<tag>` method per element), extended for what our renderer
writes and reads: image blocks with captions become `![alt](file "caption")`, decorative images get
`{.decorative}`, Python-Markdown footnotes become `[^label]` with their definitions at the end, tables with a
header row become pipe tables (with their column alignment), nested lists are indented as Python-Markdown reads
them, shortcode blocks become ```` ```shortcode ```` fences, and our publish marker is dropped. A block whose form
our Markdown cannot say (an embed, columns, a quote's citation, a caption with formatting: units.needs_unit) is
kept as a unit, its markup verbatim, never dropped; `ConvertedBody.units` names each one, `ConvertedBody.sources`
says which block of the site each Markdown block came from (core/blocks/keep.py publishes unchanged ones back).
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
from sr_editor.core.blocks.unit_syntax import without_marker
from sr_editor.core.blocks.units import INLINE_KEPT as _INLINE_KEPT
from sr_editor.core.blocks.units import always_unit, needs_unit
from sr_editor.core.render.extension import DECORATIVE_MARKER
from sr_editor.core.render.sanitize import sanitize_fragment

_MARKER = re.compile(r"<!--\s*sr-editor:[0-9A-Za-z]+:[0-9A-Za-z]*\s*-->\n?")
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
    raw: list[str] = field(default_factory=list)  # what was kept as raw HTML ("<div>", "core/html")
    lossy: list[str] = field(default_factory=list)  # of those, what our renderer would not publish unchanged
    units: list[str] = field(default_factory=list)  # blocks kept as units, verbatim ("core/embed")
    # For each top-level Markdown block, in order, the index of the site's block it came from (publish gives
    # an unchanged one back as the site had it); None when the content was not block markup.
    sources: list[int] | None = None


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


def find_images(content: str, in_units: bool = True) -> list[BodyImage]:
    """Every `<img>` of the content, in order, each address once; `in_units=False` leaves out the images of
    blocks that are always kept units (a gallery, a cover, media & text): they stay the site's addresses."""
    if not in_units and has_blocks(content):
        content = "\n".join(b.outer for b in split_blocks(content) if not always_unit(b.name))
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

    def convert_li(self, el: Tag, text: str, parent_tags: Any) -> str:
        """Python-Markdown reads what belongs to an item (a nested list, a second paragraph) only when it is
        indented by four spaces; markdownify indents by the bullet's width."""
        result: str = super().convert_li(el, text, parent_tags)  # type: ignore[misc]
        first, _, rest = result.partition("\n")
        width = len(first) - len(first.lstrip(" ")) + len(first.lstrip(" ").split(" ", 1)[0]) + 1
        if not rest.strip() or width >= 4:
            return result
        pad = " " * (4 - width)
        return first + "\n" + re.sub(rf"^(?=[ ]{{{width}}})", pad, rest, flags=re.M)

    def convert_tr(self, el: Tag, text: str, parent_tags: Any) -> str:
        """The header row's underline carries each column's alignment (`has-text-align-right` -> `---:`)."""
        result: str = super().convert_tr(el, text, parent_tags)  # type: ignore[misc]
        cells = el.find_all(["td", "th"])
        plain = "| " + " | ".join(["---"] * len(cells)) + " |\n"
        if not result.endswith(plain):
            return result
        marks = {"left": ":---", "center": ":---:", "right": "---:"}
        aligned = [marks.get(_cell_align(cell), "---") for cell in cells]
        return result[: -len(plain)] + "| " + " | ".join(aligned) + " |\n"

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

    def convert_a(self, el: Tag, text: str, parent_tags: Any) -> str:
        if set(el.attrs) - {"href"} and not {"footnote-ref", "footnote-backref"} & set(_classes(el)):
            return self._inline(el, text)  # a new tab, a rel: kept as the tag (the renderer passes it through)
        result: str = super().convert_a(el, text, parent_tags)  # type: ignore[misc]
        return result

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


def _cell_align(cell: Tag) -> str:
    for name in _classes(cell):
        if name.startswith("has-text-align-"):
            return name.removeprefix("has-text-align-")
    return str(cell.get("data-align") or "")


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
    lists addresses (or names) of images to mark `{.decorative}` when their alt text is empty. A block with no
    faithful Markdown form becomes a kept unit (units.py), its markup verbatim."""
    result = ConvertedBody("")
    converter = _Converter(names or {}, decorative, result.raw)
    if not has_blocks(content):
        body = _tidy(str(converter.convert(_autop(strip_marker(content)))))
        notes = _notes(converter)
        result.markdown = "\n\n".join(p for p in (body, notes) if p) + "\n" if body or notes else ""
        return result
    pieces: list[str] = []
    sources: list[int] = []
    notes_from: int | None = None
    previous: str = ""
    for index, block in enumerate(split_blocks(content)):
        before = len(converter.footnotes)
        piece = _convert_block(block, converter, result)
        if len(converter.footnotes) > before and notes_from is None:
            notes_from = index
        if not piece:
            continue
        # Markdown joins two lists of one kind (sane lists keep `-` and `1.` apart) and two quotes
        markdown = block.name in ("core/list", "core/quote") and not piece.startswith("<!-- wp:")
        kind = f"{block.name}:{bool(block.attrs.get('ordered'))}" if markdown else ""
        if kind and kind == previous:
            pieces.append(_KEEP_APART)  # two lists (or quotes) of the site stay two blocks
        previous = kind
        pieces.append(piece)
        sources.append(index)
    notes = _notes(converter)
    if notes:
        pieces.append(notes)
        if notes_from is not None:
            sources.append(notes_from)
    result.markdown = "\n\n".join(pieces) + "\n" if pieces else ""
    result.sources = sources if len(sources) == len([p for p in pieces if p != _KEEP_APART]) else None
    result.lossy = [name for name in result.lossy if name]
    return result


# Between two blocks Markdown would join (two lists, two quotes): a comment, which publishes nothing.
_KEEP_APART = "<!-- -->"


def _tidy(markdown: str) -> str:
    return re.sub(r"\n{3,}", "\n\n", markdown).strip("\n")


def _notes(converter: _Converter) -> str:
    return "\n\n".join(f"[^{label}]: {text}" for label, text in converter.footnotes)


def _convert_block(block: Block, converter: _Converter, result: ConvertedBody) -> str:
    """One top-level block as Markdown ("" for nothing); a unit's markup is kept exactly."""
    inner = block.inner.strip()
    if too_hard(inner):  # html_guard: kept whole, in bounded time
        return _kept_whole(block, result, "too deeply nested or malformed to convert")
    try:
        return _convert_inner(block, inner, converter, result)
    except RecursionError:  # nesting html_guard did not count (it is generous): kept whole
        return _kept_whole(block, result, "too deeply nested to convert")


def _kept_whole(block: Block, result: ConvertedBody, why: str) -> str:
    if block.name == FREEFORM:  # Classic content has no block comments to keep it as a unit: raw HTML
        result.raw.append(f"{block.name} ({why})")
        return _raw_block(block.inner.strip())
    result.units.append(f"{block.name} ({why})")
    return without_marker(block.outer.strip())


def _convert_inner(block: Block, inner: str, converter: _Converter, result: ConvertedBody) -> str:
    if block.name == FREEFORM:
        return _tidy(str(converter.convert(strip_marker(inner))))
    if not inner and block.name == "core/html":
        return ""  # the block that carried only our marker comment
    if block.name == "core/shortcode":
        fence = "```" if "```" not in inner else "~~~~"
        return f"{fence}shortcode\n{inner}\n{fence}"
    if block.name == "core/html":
        soup = BeautifulSoup(strip_marker(inner), "html.parser")
        top = [el for el in soup.contents if isinstance(el, Tag)]
        if len(top) == 1 and top[0].name == "div" and "footnote" in _classes(top[0]):
            return _tidy(str(converter.convert(inner)))  # our footnotes, as the renderer wraps them
        if not strip_marker(inner).strip():
            return ""
        if sanitize_fragment(inner).split() == inner.split() and not _has_blank_line(inner):
            result.raw.append(block.name)
            return _raw_block(inner)
    else:
        soup = BeautifulSoup(inner, "html.parser")  # parsed once: for the check, then for the conversion
        if not needs_unit(block, soup):
            converted = _tidy(str(converter.convert_soup(soup)))
            if converted:
                return converted
            # nothing to say in Markdown (an empty paragraph): kept, so the post keeps it where it is
    result.units.append(block.name)
    return without_marker(block.outer.strip())


def _has_blank_line(text: str) -> bool:
    return re.search(r"\n[ \t]*\n", text) is not None
