"""Raw-HTML policy of the renderer: an allow-list rebuild of every raw HTML fragment written in the body.

Writers may use a little HTML (`<sup>`, `<br>`, a table), but nothing that runs code or loads another page may
ever come out of our renderer: the preview shows it and an editor with `unfiltered_html` would publish it as is.
Each fragment is re-tokenized and rebuilt from allowed tags and attributes only, so nothing the parser did not
understand passes through; dangerous elements are dropped with their content, other unknown tags are shown as
text, and HTML comments (notes to oneself) are dropped.
"""

from __future__ import annotations

import html
import re
from html.entities import html5 as _HTML5_ENTITIES
from html.parser import HTMLParser
from typing import Any

from markdown.postprocessors import Postprocessor


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Tags kept (with the attributes below). Everything here is inert: no scripts, frames, forms or plugins.
ALLOWED_TAGS = _words(
    "a abbr b blockquote br caption cite code col colgroup dd del details dfn div dl dt em figcaption figure "
    "h1 h2 h3 h4 h5 h6 hr i img ins kbd li mark ol p pre q s samp small span strong sub summary sup table "
    "tbody td tfoot th thead time tr u ul var wbr"
)
# Dropped together with everything inside them.
DROPPED_WITH_CONTENT = _words(
    "script style iframe frame frameset object embed applet noscript noembed noframes template textarea "
    "select option form input button svg math base link meta title xmp plaintext head audio video source "
    "track canvas portal dialog"
)
VOID_TAGS = _words("br col hr img wbr")
_GLOBAL_ATTRS = frozenset({"class", "id", "title", "lang", "dir"})
_TAG_ATTRS: dict[str, frozenset[str]] = {
    "a": frozenset({"href", "name", "rel", "target", "hreflang"}),
    "img": frozenset({"src", "alt", "width", "height", "loading"}),
    "td": frozenset({"colspan", "rowspan", "align", "headers"}),
    "th": frozenset({"colspan", "rowspan", "align", "scope", "headers"}),
    "ol": frozenset({"start", "type", "reversed"}),
    "li": frozenset({"value"}),
    "blockquote": frozenset({"cite"}),
    "q": frozenset({"cite"}),
    "del": frozenset({"cite", "datetime"}),
    "ins": frozenset({"cite", "datetime"}),
    "time": frozenset({"datetime"}),
    "col": frozenset({"span"}),
    "colgroup": frozenset({"span"}),
    "details": frozenset({"open"}),
}
URL_ATTRS = frozenset({"href", "src", "cite"})
# The documented policy (docs/rendering-and-checks.md): http, https, mailto, tel and relative URLs. No `file:`: a
# published or previewed page must never point at the reader's (or the writer's) own disk.
_SAFE_SCHEMES = frozenset({"http", "https", "mailto", "tel"})
_SCHEME = re.compile(r"^([a-z][a-z0-9+.\-]*):")
_INVISIBLE = re.compile(r"[\x00-\x20\x7f-\x9f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]+")


def is_safe_url(value: str) -> bool:
    """True for relative URLs and http(s)/mailto/tel; refuses file:, javascript:, vbscript:, data: in any
    disguise (case, entities, spaces, invisible characters)."""
    cleaned = _INVISIBLE.sub("", html.unescape(value)).lower()
    match = _SCHEME.match(cleaned)
    return match is None or match.group(1) in _SAFE_SCHEMES


def allowed_attribute(tag: str, name: str, value: str | None) -> bool:
    """Attribute allow-list; event handlers (on*) and style are never in it."""
    if name not in _GLOBAL_ATTRS and name not in _TAG_ATTRS.get(tag, frozenset()):
        return False
    return not (name in URL_ATTRS and not is_safe_url(value or ""))


class _Rebuilder(HTMLParser):
    """Rebuilds a fragment token by token; text is re-escaped, so only tags we write ourselves come out."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.out: list[str] = []
        self._dropping: list[str] = []  # stack of dropped-with-content tags we are inside

    def _start(self, tag: str, attrs: list[tuple[str, str | None]], closed: bool) -> None:
        if self._dropping:
            if tag in DROPPED_WITH_CONTENT and not closed and tag not in VOID_TAGS:
                self._dropping.append(tag)
            return
        if tag in DROPPED_WITH_CONTENT:
            if not closed:
                self._dropping.append(tag)
            return
        if tag not in ALLOWED_TAGS:
            self.out.append(html.escape(self.get_starttag_text() or f"<{tag}>", quote=False))
            return
        parts = [tag]
        for name, value in attrs:
            if allowed_attribute(tag, name, value):
                parts.append(name if value is None else f'{name}="{html.escape(value, quote=True)}"')
        self.out.append(f"<{' '.join(parts)}{' /' if closed or tag in VOID_TAGS else ''}>")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._start(tag, attrs, closed=False)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._start(tag, attrs, closed=True)

    def handle_endtag(self, tag: str) -> None:
        if self._dropping:
            if tag == self._dropping[-1]:
                self._dropping.pop()
            return
        if tag in DROPPED_WITH_CONTENT or tag in VOID_TAGS:
            return
        if tag in ALLOWED_TAGS:
            self.out.append(f"</{tag}>")
        else:
            self.out.append(html.escape(f"</{tag}>", quote=False))

    def handle_data(self, data: str) -> None:
        if not self._dropping:
            self.out.append(html.escape(data, quote=False))

    def handle_entityref(self, name: str) -> None:
        if not self._dropping:
            known = f"{name};" in _HTML5_ENTITIES
            self.out.append(f"&{name};" if known else f"&amp;{html.escape(name, quote=False)};")

    def handle_charref(self, name: str) -> None:
        if not self._dropping:
            valid = re.fullmatch(r"[0-9]{1,7}|[xX][0-9a-fA-F]{1,6}", name) is not None
            self.out.append(f"&#{name};" if valid else f"&amp;#{html.escape(name, quote=False)};")

    # Comments, <!DOCTYPE>, <?pi>, <![CDATA[ are dropped: handle_comment/decl/pi/unknown_decl stay no-ops.


def sanitize_fragment(fragment: str) -> str:
    """One raw HTML fragment -> the same fragment restricted to the allow-list."""
    if "<" not in fragment:  # text and entities only (smart quotes, dashes): nothing can become a tag
        return fragment
    parser = _Rebuilder()
    parser.feed(fragment)
    parser.close()
    return "".join(parser.out)


class RawHtmlSanitizer(Postprocessor):  # type: ignore[misc]  # markdown ships no type hints
    """Runs before Python-Markdown puts stashed raw HTML back, so each fragment is cleaned on its own."""

    def __init__(self, md: Any) -> None:
        super().__init__(md)
        self._blocks: list[Any] | None = None  # the stash list of the document being converted
        self._done = 0  # how many of its blocks are already clean
        self._emptied: list[int] = []

    def run(self, text: str) -> str:
        # Python-Markdown's toc extension runs all postprocessors once per heading: only new blocks are cleaned.
        stash = self.md.htmlStash
        if stash.rawHtmlBlocks is not self._blocks:
            self._blocks, self._done, self._emptied = stash.rawHtmlBlocks, 0, []
        blocks = stash.rawHtmlBlocks
        for index in range(self._done, len(blocks)):
            if isinstance(blocks[index], str):
                blocks[index] = sanitize_fragment(blocks[index])
                if not blocks[index].strip():
                    self._emptied.append(index)
        self._done = len(blocks)
        for index in self._emptied:
            # A block that was only a script or a comment leaves no empty paragraph behind.
            wrapped = f"<p>{stash.get_placeholder(index)}</p>"
            text = text.replace(wrapped + "\n", "").replace(wrapped, "")
        return text
