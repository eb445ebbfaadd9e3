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

_ATTRIBUTE = re.compile(
    r"""(?P<name>[^\s"'<>/=]+)
        (?:\s*=\s*(?P<value>"[^"]*"|'[^']*'|[^\s"'=<>`]+))?""",
    re.VERBOSE,
)
_TAG_NAME = re.compile(r"<[a-zA-Z][^\s/>]*")
# A start tag as a browser delimits it: quoted values may hold `>`; possessive, so a miss costs one pass.
_START_TAG = re.compile(r"""<(?P<name>[a-zA-Z][^\s/>]*+)(?:"[^"]*+"|'[^']*+'|[^"'>])*+>""")
_UNCLOSED_TAG = re.compile(r"""<[a-zA-Z](?:"[^"]*+"|'[^']*+'|[^"'>])*+(?:"[^"]*+|'[^']*+)?\Z""")
# The same tag when every attribute is plain `name`, `name=value`, `name="value"` or `name='value'`.
_STRICT_TAG = re.compile(
    r"""<[a-zA-Z][^\s/>"'=<]*+(?:[\s/]++|[^\s/>"'=<]++(?:\s*+=\s*+(?:"[^"]*+"|'[^']*+'|[^\s"'=<>`]++))?+)*+>""")
_MARKUP = re.compile(r"<[a-zA-Z!?/]")
_RAW_TEXT = frozenset(("script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"))
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


class _Scanner:
    """Collects `<img>` start tags and image block comments with their exact character spans.

    One pass, linear in the content (the standard library's HTMLParser takes minutes on a megabyte of `<img`
    or unclosed `<!--`). Comments, raw-text elements (script, style...), CDATA, declarations and end tags are
    skipped as a browser skips them; an unclosed comment or tag runs to the end, so nothing after it is edited.
    A start tag whose attributes do not read cleanly is left alone: never edit where we are unsure."""

    def __init__(self, content: str) -> None:
        self._content = content
        self.images: list[tuple[_Span, int | None]] = []  # img tag, id of the enclosing wp:image block
        self.block_comments: list[tuple[_Span, int | None]] = []
        self._block_id: int | None = None

    def scan(self) -> None:
        content, position = self._content, 0
        while (markup := _MARKUP.search(content, position)) is not None:  # `<` before anything else is text
            following = self._construct(markup.start())
            if following < 0:
                return  # an unclosed comment, tag or raw-text element: the rest of the content belongs to it
            position = following

    def _construct(self, lt: int) -> int:
        """Handle what starts at `<` and return where scanning goes on (-1: the construct runs to the end)."""
        content = self._content
        if content.startswith("<!--", lt):
            return self._comment(lt)
        tag = _START_TAG.match(content, lt)
        if tag is not None:
            self._start_tag(tag)
            name = tag.group("name").lower()
            if name in _RAW_TEXT:
                closing = re.compile(rf"</{name}[\s/>]", re.IGNORECASE).search(content, tag.end())
                return closing.start() if closing else -1
            return tag.end()
        if content.startswith("<![CDATA[", lt):
            end = content.find("]]>", lt + 9)
            return end + 3 if end >= 0 else -1
        if content.startswith(("<!", "<?", "</"), lt):  # declaration, processing instruction, end tag
            end = content.find(">", lt + 2)
            return end + 1 if end >= 0 else -1
        if _UNCLOSED_TAG.match(content, lt):
            return -1  # `<name ...` with no `>`: a browser drops it and everything after it
        return lt + 1

    def _comment(self, lt: int) -> int:
        content = self._content
        for abrupt in ("<!-->", "<!--->"):  # empty comments closed at once, as browsers read them
            if content.startswith(abrupt, lt):
                return lt + len(abrupt)
        end = content.find("-->", lt + 4)
        if end < 0:
            return -1
        self._block_comment(content[lt + 4 : end], lt, end + 3)
        return end + 3

    def _start_tag(self, tag: re.Match[str]) -> None:
        if tag.group("name").lower() != "img":
            return
        raw = tag.group(0)
        if _STRICT_TAG.fullmatch(raw):  # attributes read the same by us and by a browser
            self.images.append((_Span(tag.start(), tag.end(), raw), self._block_id))

    def _block_comment(self, data: str, start: int, end: int) -> None:
        """Block comments: an image block's id names its <img>; any block with that id and an `alt` attribute
        (the cover block keeps it there) must keep it equal to the <img>'s, or the editor flags the block."""
        opening = _BLOCK_OPEN.match(data)
        if opening:
            block_id = _block_id(opening.group("attrs"))
            if block_id is not None:
                self.block_comments.append((_Span(start, end, self._content[start:end]), block_id))
            if opening.group("name") in ("image", "core/image"):
                self._block_id = None if data.rstrip().endswith("/") else block_id
        elif _IMAGE_BLOCK_END.match(data):
            self._block_id = None


def _block_id(attrs: str | None) -> int | None:
    if not attrs:
        return None
    try:
        parsed = json.loads(attrs)
    except (ValueError, RecursionError):  # RecursionError: JSON nested thousands deep
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
    scanner.scan()
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


_JSON_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*+"|[{}\[\]]')


def _top_level_alt(comment: str) -> tuple[int, int, str] | None:
    """(start, end, value) of the `"alt": "..."` pair of the comment's outermost JSON object; an `alt` inside
    a nested object (a plugin's settings) is not the image's and is left alone."""
    depth, key_end, pair_start = 0, 0, -1
    for token in _JSON_TOKEN.finditer(comment):
        text = token.group(0)
        follows_key = pair_start >= 0 and comment[key_end : token.start()].strip() == ":"
        if follows_key and text.startswith('"'):
            try:
                return pair_start, token.end(), json.loads(text)
            except ValueError:
                return None
        pair_start = -1
        if text in ("{", "["):
            depth += 1
        elif text in ("}", "]"):
            depth -= 1
        elif depth == 1 and _is_alt_key(text):
            pair_start, key_end = token.start(), token.end()
    return None


def _is_alt_key(text: str) -> bool:
    try:
        return bool(json.loads(text) == "alt")
    except ValueError:
        return False


def _new_block_comment(comment: str, alt: str) -> str:
    """Old image blocks kept `alt` among the comment's attributes: keep that copy in step too."""
    found = _top_level_alt(comment)
    if found is None:
        return comment
    start, end, current = found
    if current == alt:
        return comment
    return f'{comment[:start]}"alt":{_block_json_string(alt)}{comment[end:]}'


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
