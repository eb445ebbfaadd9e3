"""Rewriting one image's alt text inside WordPress post content, changing nothing else byte for byte.

Posts hold Gutenberg image blocks (`<!-- wp:image {"id":N} --><figure><img class="wp-image-N" alt=".."/>`),
classic HTML (`<img class="alignnone wp-image-N">`, often inside a `[caption]` shortcode), or both. The
standard library's HTML parser finds the tags and block comments (it is lenient with broken markup and skips
comments, scripts and CDATA); only the one attribute value is then replaced in the original text, so
attribute order, quotes, entities and whitespace everywhere else stay exactly as the site stored them.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from html.parser import HTMLParser

_ATTRIBUTE = re.compile(
    r"""(?P<name>[^\s"'<>/=]+)
        (?:\s*=\s*(?P<value>"[^"]*"|'[^']*'|[^\s"'=<>`]+))?""",
    re.VERBOSE,
)
_TAG_NAME = re.compile(r"<[a-zA-Z][^\s/>]*")
_BLOCK_OPEN = re.compile(
    r"^\s*wp:(?P<name>[a-z][a-z0-9_-]*(?:/[a-z][a-z0-9_-]*)?)(?:\s+(?P<attrs>\{.*\}))?\s*/?\s*$", re.DOTALL)
_IMAGE_BLOCK_END = re.compile(r"^\s*/wp:image\s*$")


@dataclass(frozen=True)
class AltRewrite:
    content: str
    changed: int  # how many <img> tags (and block comments) got a new alt
    found: int  # how many images of that media id the content shows


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class _Attr:
    name: str
    start: int  # of the whole `name=value` inside the tag text
    end: int
    value_start: int | None  # of the value including its quotes; None for a bare attribute
    value_end: int | None
    value: str  # decoded


class _Scanner(HTMLParser):
    """Collects `<img>` start tags and image block comments with their exact character spans."""

    def __init__(self, content: str) -> None:
        super().__init__(convert_charrefs=False)
        self._content = content
        self._line_starts = [0] + [m.end() for m in re.finditer("\n", content)]
        self.images: list[tuple[_Span, int | None]] = []  # img tag, id of the enclosing wp:image block
        self.block_comments: list[tuple[_Span, int | None]] = []
        self._block_id: int | None = None

    def _offset(self) -> int:
        line, column = self.getpos()
        return self._line_starts[line - 1] + column

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._record_tag(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._record_tag(tag)

    def _record_tag(self, tag: str) -> None:
        if tag != "img":
            return
        raw = self.get_starttag_text() or ""
        start = self._offset()
        if raw and self._content[start : start + len(raw)] == raw:  # never edit where we are unsure
            self.images.append((_Span(start, start + len(raw), raw), self._block_id))

    def handle_comment(self, data: str) -> None:
        """Block comments: an image block's id names its <img>; any block with that id and an `alt` attribute
        (the cover block keeps it there) must keep it equal to the <img>'s, or the editor flags the block."""
        opening = _BLOCK_OPEN.match(data)
        if opening:
            block_id = _block_id(opening.group("attrs"))
            start = self._offset()
            raw = f"<!--{data}-->"
            if block_id is not None and self._content[start : start + len(raw)] == raw:
                self.block_comments.append((_Span(start, start + len(raw), raw), block_id))
            if opening.group("name") in ("image", "core/image"):
                self._block_id = None if data.rstrip().endswith("/") else block_id
        elif _IMAGE_BLOCK_END.match(data):
            self._block_id = None


def _block_id(attrs: str | None) -> int | None:
    if not attrs:
        return None
    try:
        parsed = json.loads(attrs)
    except ValueError:
        return None
    value = parsed.get("id") if isinstance(parsed, dict) else None
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def parse_attributes(tag: str) -> list[_Attr]:
    """The attributes of one start tag as written (positions relative to the tag text)."""
    name_match = _TAG_NAME.match(tag)
    position = name_match.end() if name_match else 0
    found: list[_Attr] = []
    for match in _ATTRIBUTE.finditer(tag, position):
        raw_value = match.group("value")
        value = ""
        if raw_value is not None:
            value = html.unescape(raw_value[1:-1] if raw_value[0] in "\"'" else raw_value)
        found.append(_Attr(
            match.group("name").lower(), match.start(), match.end(),
            match.start("value") if raw_value is not None else None,
            match.end("value") if raw_value is not None else None,
            value,
        ))
    return found


def image_media_ids(tag: str) -> set[int]:
    """Media ids an `<img>` names through its `wp-image-N` class."""
    ids: set[int] = set()
    for attribute in parse_attributes(tag):
        if attribute.name == "class":
            for token in attribute.value.split():
                if token.startswith("wp-image-") and token[9:].isdigit():
                    ids.add(int(token[9:]))
    return ids


def media_ids_in_content(content: str) -> set[int]:
    """Every media id the content shows as an image (class `wp-image-N`, or the id of an image block)."""
    scanner = _scan(content)
    ids: set[int] = set()
    for span, block_id in scanner.images:
        ids |= image_media_ids(span.text)
        if block_id is not None:
            ids.add(block_id)
    return ids


def _scan(content: str) -> _Scanner:
    scanner = _Scanner(content)
    scanner.feed(content)
    scanner.close()
    return scanner


def escape_attribute(value: str, quote: str) -> str:
    """The value as written between `quote`s; `&`, `<`, `>` and the quote character become entities."""
    escaped = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return escaped.replace('"', "&quot;") if quote == '"' else escaped.replace("'", "&#039;")


def _new_tag(tag: str, alt: str) -> str:
    """The tag with its alt set; other attributes, their order and quoting are left as they are."""
    attributes = parse_attributes(tag)
    current = next((a for a in attributes if a.name == "alt"), None)
    if current is not None and current.value_start is not None and current.value_end is not None:
        if current.value == alt:
            return tag
        quote = tag[current.value_start]
        quote = quote if quote in "\"'" else '"'
        return f"{tag[: current.value_start]}{quote}{escape_attribute(alt, quote)}{quote}{tag[current.value_end:]}"
    if current is not None:  # bare `alt` (means alt="")
        if not alt:
            return tag
        return f'{tag[: current.end]}="{escape_attribute(alt, chr(34))}"{tag[current.end:]}'
    src = next((a for a in attributes if a.name == "src"), None)
    name_match = _TAG_NAME.match(tag)
    insert_at = src.end if src is not None else (name_match.end() if name_match else 4)
    return f'{tag[:insert_at]} alt="{escape_attribute(alt, chr(34))}"{tag[insert_at:]}'


def _block_json_string(value: str) -> str:
    """A string as Gutenberg's serializer writes it in a block comment: `--`, `<`, `>`, `&`, `"` as escapes."""
    text = json.dumps(value, ensure_ascii=False)[1:-1]
    text = text.replace('\\"', "\\u0022").replace("--", "\\u002d\\u002d")
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return f'"{text}"'


_ALT_IN_BLOCK = re.compile(r'"alt"\s*:\s*"(?:\\.|[^"\\])*"')


def _new_block_comment(comment: str, alt: str) -> str:
    """Old image blocks kept `alt` among the comment's attributes: keep that copy in step too."""
    match = _ALT_IN_BLOCK.search(comment)
    if match is None:
        return comment
    try:
        current = json.loads("{" + match.group(0) + "}")["alt"]
    except (ValueError, KeyError):
        return comment
    if current == alt:
        return comment
    return f'{comment[: match.start()]}"alt":{_block_json_string(alt)}{comment[match.end():]}'


def set_alt_in_content(content: str, media_id: int, alt: str) -> AltRewrite:
    """Give every image of `media_id` in the post content the alt text `alt` ("" for decorative)."""
    scanner = _scan(content)
    edits: list[tuple[_Span, str]] = []
    found = 0
    for span, block_id in scanner.images:
        if media_id in image_media_ids(span.text) or block_id == media_id:
            found += 1
            replacement = _new_tag(span.text, alt)
            if replacement != span.text:
                edits.append((span, replacement))
    for span, block_id in scanner.block_comments:
        if block_id == media_id:
            replacement = _new_block_comment(span.text, alt)
            if replacement != span.text:
                edits.append((span, replacement))
    if not edits:
        return AltRewrite(content, 0, found)
    pieces: list[str] = []
    cursor = 0
    for span, replacement in sorted(edits, key=lambda edit: edit[0].start):
        pieces.append(content[cursor : span.start])
        pieces.append(replacement)
        cursor = span.end
    pieces.append(content[cursor:])
    return AltRewrite("".join(pieces), len(edits), found)


def current_alts(content: str, media_id: int) -> list[str]:
    """The alt of each image of `media_id` in the content, in order ("" when it has none)."""
    alts: list[str] = []
    for span, block_id in _scan(content).images:
        if media_id in image_media_ids(span.text) or block_id == media_id:
            alt = next((a.value for a in parse_attributes(span.text) if a.name == "alt"), "")
            alts.append(alt)
    return alts


def image_offsets(content: str) -> list[tuple[int, set[int]]]:
    """(character offset, media ids) of each `<img>` in the content, in order."""
    positions: list[tuple[int, set[int]]] = []
    for span, block_id in _scan(content).images:
        ids = image_media_ids(span.text) | ({block_id} if block_id is not None else set())
        positions.append((span.start, ids))
    return positions
