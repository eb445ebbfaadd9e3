"""Kept units: a block of the site with no faithful Markdown form, carried in the article as its markup verbatim.

In the Markdown a kept unit is the block exactly as the site saved it: a line that starts with the block's
opening comment (`<!-- wp:embed {...} -->`), everything up to the line that ends with its matching closing
comment (`<!-- /wp:embed -->`), blank lines and inner blocks included; a void block (`<!-- wp:more /-->`) is one
line. The unit starts a block of its own (after a blank line, or at the top) and outside fenced code. The
renderer publishes it byte for byte and the preview shows it as a labelled box (unit_preview.py; see
docs/article-format.md).

`needs_unit` decides, per block of a pulled post, whether our Markdown can say everything the block says;
when it cannot, the block becomes a kept unit instead of losing its form.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bs4 import BeautifulSoup, Tag
from markdown.extensions.toc import slugify

from sr_editor.core.blocks.parse import _DELIMITER, FREEFORM, Block, split_blocks
from sr_editor.core.blocks.unit_syntax import MARKER_KEY
from sr_editor.core.render.sanitize import allowed_attribute

# Blocks our Markdown can carry (when their markup is the plain form checked below); every other is a unit.
_ALIGNS = ("left", "center", "right")


# ----- which blocks need one --------------------------------------------------------------------------------
def _attrs_within(block: Block, allowed: Iterable[str]) -> bool:
    return set(block.attrs) - {MARKER_KEY} <= set(allowed)


def _classes(el: Tag) -> list[str]:
    value = el.get("class")
    if isinstance(value, str):
        return value.split()
    return [str(v) for v in value] if value else []


def _only(el: Tag, attrs: Iterable[str], classes: Iterable[str] = ()) -> bool:
    """el has no attributes but `attrs`, and no classes but `classes`."""
    if set(el.attrs) - set(attrs) - {"class"}:
        return False
    return set(_classes(el)) <= set(classes)


def _top(inner: str) -> list[Tag]:
    soup = BeautifulSoup(inner, "html.parser")
    return [el for el in soup.contents if isinstance(el, Tag)]


def _inner_names(inner: str) -> set[str]:
    return {m.group("name") if "/" in m.group("name") else f"core/{m.group('name')}"
            for m in _DELIMITER.finditer(inner)}


# The quick answer for the common blocks (no parse): every tag bare, or a link with only its address.
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)([^<>]*)>")
_HREF_ONLY = re.compile(r'\s+href="[^"<>]*"')
_QUICK_TAGS = {"core/paragraph": {"p"}, "core/heading": {"h1", "h2", "h3", "h4", "h5", "h6"},
               "core/list": {"ul", "ol", "li"}}
_QUICK_INLINE = {"strong", "em", "b", "i", "code", "br", "a", "sub", "sup", "s", "u", "kbd", "mark", "del", "ins"}


def _quick_faithful(block: Block) -> bool:
    """True when the block is plainly in Markdown's reach: its own tag and inline tags, none with attributes
    (but a link's href, a 6.7 heading's or list's class); False means "look closer", not "a unit"."""
    own = _QUICK_TAGS.get(block.name)
    if own is None or set(block.attrs) - {MARKER_KEY, "level", "ordered"}:
        return False
    if block.name == "core/list" and _inner_names(block.inner) - {"core/list", "core/list-item"}:
        return False
    first = True
    for match in _TAG.finditer(block.inner):
        closing, name, attrs = match.group(1), match.group(2).lower(), match.group(3).rstrip("/").strip()
        if first and (closing or name not in own):
            return False
        first = False
        if closing:
            continue
        if name not in own and name not in _QUICK_INLINE:
            return False
        if attrs and not (name == "a" and _HREF_ONLY.fullmatch(" " + attrs)) and attrs not in (
                'class="wp-block-heading"', 'class="wp-block-list"'):
            return False
    return not first


def always_unit(name: str) -> bool:
    """A block of this name is a unit whatever its markup (it has no Markdown form at all)."""
    return name not in _CHECKS and name not in (FREEFORM, "core/html", "core/shortcode")


def needs_unit(block: Block, soup: BeautifulSoup | None = None) -> bool:
    """True when our Markdown would lose something of this block: it is then kept as a unit. `soup`: the
    block's inner HTML already parsed (html.parser), which is only read."""
    check = _CHECKS.get(block.name)
    if check is None:
        return always_unit(block.name)
    if _quick_faithful(block):
        return False
    top = _top(block.inner) if soup is None else [el for el in soup.contents if isinstance(el, Tag)]
    return len(top) != 1 or not check(block, top[0])


def _paragraph(block: Block, el: Tag) -> bool:
    return not block.attrs.keys() - {MARKER_KEY} and el.name == "p" and not el.attrs and _plain_inline(el)


# Inline elements with no Markdown syntax: the converter writes them back as the same tag, which the renderer's
# HTML policy passes through with its allowed attributes.
INLINE_KEPT = ("sup", "sub", "mark", "u", "s", "del", "ins", "abbr", "kbd", "small", "cite", "q", "span", "time",
               "dfn", "var", "samp", "bdi", "bdo")
_MARKDOWN_INLINE = {"strong": (), "em": (), "b": (), "i": (), "code": (), "br": ()}


def _plain_inline(el: Tag) -> bool:
    """Every element inside has a Markdown form, or is an inline tag our HTML policy keeps with all its
    attributes (a link opening in a new tab, `<sup>`); a `style`, a `data-` attribute or an unknown tag is not."""
    for child in el.find_all(True):
        name = child.name or ""
        if name in _MARKDOWN_INLINE:
            if child.attrs:
                return False
        elif name == "img":
            extra = set(child.attrs) - {"src", "alt", "class"}
            if extra or any(not c.startswith("wp-image-") for c in _classes(child)):
                return False
        elif name == "a" or name in INLINE_KEPT:
            for key, value in child.attrs.items():
                text = " ".join(value) if isinstance(value, list) else str(value)
                if not allowed_attribute(name, key, text):
                    return False
        else:
            return False
    return True


def _heading(block: Block, el: Tag) -> bool:
    """A heading without an anchor, or with the one our renderer gives it (toc's slug of its text)."""
    anchor = str(el.get("id") or "")
    if anchor:
        text = "".join(str(t) for t in el.find_all(string=True) if not t.find_parent("sup"))
        if re.sub(r"_\d+$", "", anchor) != slugify(text, "-"):
            return False
    return (_attrs_within(block, ("level",)) and re.fullmatch(r"h[1-6]", el.name or "") is not None
            and _only(el, ("id",), ("wp-block-heading",)) and _plain_inline(el))


def _list(block: Block, el: Tag) -> bool:
    if not _attrs_within(block, ("ordered", "start")) or el.name not in ("ul", "ol"):
        return False
    if not _only(el, ("start",), ("wp-block-list",)) or _inner_names(block.inner) - {"core/list", "core/list-item"}:
        return False
    for item in el.find_all("li"):
        if item.attrs:
            return False
    for nested in el.find_all(["ul", "ol"]):
        if not _only(nested, ("start",), ("wp-block-list",)):
            return False
    return not el.find(["p", "figure", "table", "pre", "blockquote", "div", "h1", "h2", "h3", "h4", "h5", "h6"])


def _quote(block: Block, el: Tag) -> bool:
    # 6.5+ saves the quote's layout classes; our form (without them) is what 6.5+ reads as the default layout
    layout = ("wp-block-quote", "is-layout-flow", "wp-block-quote-is-layout-flow")
    if not _attrs_within(block, ()) or el.name != "blockquote" or not _only(el, (), layout):
        return False
    if el.find("cite", recursive=False) is not None:
        return False
    inner = split_blocks(el.decode_contents())
    return all(b.name in _CHECKS and not needs_unit(b) for b in inner)


def _image(block: Block, el: Tag) -> bool:
    if not _attrs_within(block, ("id", "sizeSlug", "linkDestination")) or el.name != "figure":
        return False
    if set(_classes(el)) - {"wp-block-image"} - {c for c in _classes(el) if c.startswith("size-")}:
        return False
    img = el.find("img")
    if not isinstance(img, Tag) or set(img.attrs) - {"src", "alt", "class"}:
        return False
    if any(not c.startswith("wp-image-") for c in _classes(img)):
        return False
    link = img.parent if isinstance(img.parent, Tag) and img.parent.name == "a" else None
    if link is not None and set(link.attrs) - {"href"}:
        return False
    caption = el.find("figcaption")
    if isinstance(caption, Tag) and (caption.find(True) is not None or "&" in caption.decode_contents()):
        return False  # formatting (or an entity) in the caption: a Markdown title is plain text
    return len([c for c in el.children if isinstance(c, Tag)]) <= 2


def _table(block: Block, el: Tag) -> bool:
    if not _attrs_within(block, ("hasFixedLayout",)) or el.name != "figure" or _classes(el) != ["wp-block-table"]:
        return False
    children = [c for c in el.children if isinstance(c, Tag)]
    if len(children) != 1 or children[0].name != "table" or not _only(children[0], (), ("has-fixed-layout",)):
        return False
    table = children[0]
    if table.find("thead") is None or table.find(["tfoot", "caption", "colgroup"]) is not None:
        return False
    rows = table.find_all("tr")
    if len(table.find("thead").find_all("tr")) != 1:  # type: ignore[union-attr]  # found above
        return False
    columns: list[set[str]] = []
    for row in rows:
        cells = row.find_all(["td", "th"])
        if columns and len(cells) != len(columns):
            return False
        columns = columns or [set() for _ in cells]
        for number, cell in enumerate(cells):
            if not _only(cell, ("data-align",), tuple(f"has-text-align-{a}" for a in _ALIGNS)):
                return False
            if cell.find(["p", "ul", "ol", "table", "br", "div", "figure"]) is not None or not _plain_inline(cell):
                return False
            columns[number].add(_cell_align(cell))
    return all(len(aligns) == 1 for aligns in columns)


def _cell_align(cell: Tag) -> str:
    for name in _classes(cell):
        if name.startswith("has-text-align-"):
            return name.removeprefix("has-text-align-")
    return ""


def _separator(block: Block, el: Tag) -> bool:
    return _attrs_within(block, ()) and el.name == "hr" and _only(
        el, (), ("wp-block-separator", "has-alpha-channel-opacity"))


def _code(block: Block, el: Tag) -> bool:
    language = str(block.attrs.get("className", ""))
    if not _attrs_within(block, ("className",)) or (language and not re.fullmatch(r"language-[\w+-]+", language)):
        return False
    if el.name != "pre" or set(_classes(el)) - {"wp-block-code", language} or set(el.attrs) - {"class"}:
        return False
    code = el.find("code")
    return isinstance(code, Tag) and not code.attrs and code.find(True) is None and "\t" not in code.get_text()


_CHECKS = {"core/paragraph": _paragraph, "core/heading": _heading, "core/list": _list, "core/quote": _quote,
           "core/image": _image, "core/table": _table, "core/separator": _separator, "core/code": _code}
