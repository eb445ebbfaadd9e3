"""Text-level pieces of the block form: block comment delimiters, the site's block form by WordPress version,
shortcode-safe escaping, the preview's shortcode placeholder and the hidden retry marker.

Kept apart from blocks.py (the tree work) so the publisher and the preview can use them without Python-Markdown.
"""

from __future__ import annotations

import html
import json
import re
from typing import Any

from markdown.postprocessors import Postprocessor

from sr_editor.core.blocks.unit_syntax import unit_spans

FORM_61 = "6.1"  # WordPress 6.1-6.6 markup; 6.7 accepts it through its deprecations (migrated silently)
FORM_67 = "6.7"  # WordPress 6.7+: wp-block-heading, wp-block-list, has-fixed-layout
DEFAULT_FORM = FORM_61  # unknown site version: the form both lines accept
_VERSION = re.compile(r"^\s*(\d+)\.(\d+)")


def form_for_version(version: str | None) -> str:
    """The block form to write for a site running WordPress `version` ("" or None: unknown)."""
    match = _VERSION.match(version or "")
    if match is None:
        return DEFAULT_FORM
    return FORM_67 if (int(match.group(1)), int(match.group(2))) >= (6, 7) else FORM_61


def block_attributes_json(attrs: dict[str, Any]) -> str:
    """Block comment attributes exactly as WordPress's `serialize_block_attributes` writes them, so that
    `serialize_blocks(parse_blocks(x))` gives back the same bytes."""
    text = json.dumps(attrs, separators=(",", ":"), ensure_ascii=False)
    for raw, escaped in (("--", "\\u002d\\u002d"), ("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                         ('\\"', "\\u0022")):
        text = text.replace(raw, escaped)
    return text


def opening(name: str, attrs: dict[str, Any] | None = None) -> str:
    """The text of an opening block comment (without `<!--`/`-->`): ` wp:list {"ordered":true} `."""
    short = name.removeprefix("core/")
    return f" wp:{short} {block_attributes_json(attrs)} " if attrs else f" wp:{short} "


def closing(name: str) -> str:
    return f" /wp:{name.removeprefix('core/')} "


# ----- block HTML written inside a sentence ---------------------------------------------------------------
# Tags that end an open <p> in every browser: inside a sentence they would split the paragraph block.
_P_CLOSERS = ("address|article|aside|blockquote|details|div|dl|fieldset|figcaption|figure|footer|form|"
              "h[1-6]|header|hgroup|hr|main|menu|nav|ol|p|pre|section|table|ul")
CLOSES_PARAGRAPH = re.compile(rf"^<({_P_CLOSERS})(?=[\s/>])", re.IGNORECASE)
_TAG_IN_TEXT = re.compile(rf"<({_P_CLOSERS})(?=[\s/>])", re.IGNORECASE)
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_CODE_SPAN = re.compile(r"(`+).*?\1")
# List items and table cells may hold block HTML: those stay list-item and table blocks.
_ITEM_OR_ROW = re.compile(r"^\s*(?:[-*+]\s|\d+[.)]\s|\|)")


def block_tags_in_sentences(body: str) -> list[tuple[int, str]]:
    """(line, tag) for each block HTML tag written inside a paragraph's text (not at the start of a block of
    its own, not in code): that paragraph is published as an HTML block instead of a paragraph block."""
    found: list[tuple[int, str]] = []
    fence: str | None = None
    previous = ""
    lines = body.splitlines()
    in_units = {number for start, end in unit_spans(lines) for number in range(start + 1, end + 1)}
    for number, line in enumerate(lines, start=1):
        opening_fence = _FENCE.match(line)
        if number in in_units:  # a kept unit is the site's block markup, published as it is
            previous = line
            continue
        if fence is not None:
            if opening_fence and opening_fence.group(1).startswith(fence):
                fence = None
        elif opening_fence:
            fence = opening_fence.group(1)[:3]
        elif not (line.startswith("    ") and not previous.strip()) and not _ITEM_OR_ROW.match(line):
            text = _CODE_SPAN.sub("", re.sub(r"^(?:\s*>)+", "", line))
            for match in _TAG_IN_TEXT.finditer(text):
                starts_block = not text[: match.start()].strip() and not previous.strip()
                if not starts_block:
                    found.append((number, match.group(1).lower()))
                    break
        previous = line
    return found


# ----- shortcodes -------------------------------------------------------------------------------------------
SHORTCODE_FENCE = "shortcode"  # ```shortcode ... ``` places a real shortcode (a core/shortcode block)
_SHORTCODE_BLOCK = re.compile(r"<!-- wp:shortcode -->\n(.*?)\n<!-- /wp:shortcode -->", re.DOTALL)
_TAG_OR_COMMENT = re.compile(r"<!--.*?-->|<[^>]*>", re.DOTALL)
_CODE_BLOCK = re.compile(r"(<pre class=\"wp-block-code[^\"]*\"><code>)(.*?)(</code></pre>)", re.DOTALL)
_ISOLATED_URL = re.compile(r"^(\s*https?:)//([^\s<>\"]+\s*)$", re.MULTILINE)


def escape_shortcodes(text: str) -> str:
    """Every `[` in text (not in tags or comments) becomes `&#091;`, so WordPress's shortcode parser, which runs
    over the whole post content including `<code>`, shows `[gallery]` literally as the preview does. Real
    shortcode blocks are left alone. Inside code blocks an isolated URL line loses its `//` as Gutenberg's code
    block writes it (`&#047;&#047;`), or WordPress would turn it into an embed."""
    if "[" not in text and "//" not in text:
        return text
    pieces: list[str] = []
    last = 0
    for block in _SHORTCODE_BLOCK.finditer(text):
        pieces.append(_escape_outside_tags(text[last : block.start()]))
        pieces.append(block.group(0))
        last = block.end()
    pieces.append(_escape_outside_tags(text[last:]))
    return "".join(pieces)


def _escape_outside_tags(text: str) -> str:
    if "//" in text and "<pre" in text:
        text = _CODE_BLOCK.sub(lambda m: m.group(1) + _ISOLATED_URL.sub(r"\1&#047;&#047;\2", m.group(2)) + m.group(3),
                               text)
    if "[" not in text:
        return text
    out: list[str] = []
    last = 0
    for tag in _TAG_OR_COMMENT.finditer(text):
        out.append(text[last : tag.start()].replace("[", "&#091;"))
        out.append(tag.group(0))
        last = tag.end()
    out.append(text[last:].replace("[", "&#091;"))
    return "".join(out)


class ShortcodeEscaper(Postprocessor):  # type: ignore[misc]  # markdown ships no type hints
    """The last word on the text: every block's markup complete, shortcode-looking text shown literally."""

    def run(self, text: str) -> str:
        return escape_shortcodes(balance(text))


def preview_placeholders(body_html: str) -> str:
    """For the preview only: each real shortcode block becomes a labelled box (the site runs it; we cannot), and
    so does each kept unit whose markup our HTML policy would not show (units.preview_units)."""
    from sr_editor.core.blocks.unit_preview import preview_units  # only in the preview's process

    body_html = preview_units(body_html)
    if "<!-- wp:shortcode -->" not in body_html:
        return body_html

    def box(match: re.Match[str]) -> str:
        code = html.escape(html.unescape(match.group(1)), quote=False).replace("[", "&#091;")
        return (f'<div class="sr-shortcode-placeholder"><p><strong>Shortcode (runs on the site):</strong> '
                f"<code>{code}</code></p></div>")

    return _SHORTCODE_BLOCK.sub(box, body_html)


# ----- the hidden retry marker ----------------------------------------------------------------------------------
MARKER_KEY = "srEditor"
_FIRST_OPENING = re.compile(r"<!-- wp:([a-z][a-z0-9_-]*(?:/[a-z][a-z0-9_-]*)?) (?:(\{.*?\}) )?(/)?-->")


def attach_marker(body_html: str, marker: str) -> str:
    """Put `marker` (e.g. `sr-editor:UID:TOKEN`) into the attributes of the first block's comment: the block
    editor ignores attributes a block does not declare, the page shows nothing, and WordPress's search still
    finds the text. A body without blocks gets an HTML block holding only a comment (nothing visible)."""
    match = _FIRST_OPENING.search(body_html)
    if match is None:
        hidden = f"<!-- wp:html -->\n<!-- {marker} -->\n<!-- /wp:html -->"
        return f"{body_html.rstrip()}\n\n{hidden}\n" if body_html.strip() else f"{hidden}\n"
    attrs: dict[str, Any] = json.loads(match.group(2)) if match.group(2) else {}
    attrs[MARKER_KEY] = marker
    replaced = f"<!-- wp:{match.group(1)} {block_attributes_json(attrs)} {match.group(3) or ''}-->"
    return f"{body_html[: match.start()]}{replaced}{body_html[match.end():].rstrip()}\n"



# ----- well-formed markup inside every block ---------------------------------------------------------------
_TOKEN = re.compile(r"<!--.*?-->|<(/?)([A-Za-z][A-Za-z0-9-]*)((?:\"[^\"]*\"|'[^']*'|[^'\">])*)>|[^<]+|<", re.DOTALL)
_VOID = frozenset(
    ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]
)


class _Balancer:
    """Closes what a browser would close: an inline tag left open (`<b>` with no `</b>`) ends with the
    element or block holding it; a stray end tag is dropped; a raw `<tr>` directly in `<table>` gets the
    `<tbody>` every browser (and so the block editor's parser) adds. Each block's markup is then complete
    on its own, as the block validator requires."""

    def __init__(self) -> None:
        self.out: list[str] = []
        self.stack: list[str] = []
        self.depths: list[int] = []  # stack depth at each open block comment

    def close_to(self, depth: int) -> None:
        while len(self.stack) > depth:
            self.out.append(f"</{self.stack.pop()}>")

    def comment(self, text: str) -> None:
        if text.startswith("<!-- wp:") and not text.endswith("/-->"):
            self.depths.append(len(self.stack))
        elif text.startswith("<!-- /wp:"):
            self.close_to(self.depths.pop() if self.depths else 0)
        self.out.append(text)

    def start(self, name: str, text: str) -> None:
        if name == "tr" and self.stack and self.stack[-1] == "table":
            self.out.append("<tbody>")
            self.stack.append("tbody")
        self.out.append(text)
        if name not in _VOID and not text.endswith("/>"):
            self.stack.append(name)

    def end(self, name: str, text: str) -> None:
        if name not in self.stack:
            return
        while self.stack[-1] != name:
            self.out.append(f"</{self.stack.pop()}>")
        self.stack.pop()
        self.out.append(text)


def balance(body_html: str) -> str:
    if "<" not in body_html:
        return body_html
    balancer = _Balancer()
    for token in _TOKEN.finditer(body_html):
        text = token.group(0)
        name = (token.group(2) or "").lower()
        if text.startswith("<!--"):
            balancer.comment(text)
        elif name and token.group(1):
            balancer.end(name, text)
        elif name:
            balancer.start(name, text)
        else:
            balancer.out.append(text)
    balancer.close_to(0)
    return "".join(balancer.out)
