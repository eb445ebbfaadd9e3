"""Plain-text helpers for the preview: local image URLs, the QTextBrowser rewrite and the full browser page.

No Qt here, so the worker thread can run all of it and the GUI thread only calls `setHtml`.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

from sr_editor.core.images.files import preview_resolver
from sr_editor.services.preview.pieces import BLOCK_SEPARATOR
from sr_editor.services.preview.renderer import PreviewRequest, PreviewResult, RenderFunction

_FIGURE = re.compile(r"<figure\b[^>]*>(?P<inner>.*?)</figure>", re.S | re.I)
_FIGCAPTION = re.compile(r"<figcaption\b[^>]*>(?P<cap>.*?)</figcaption>", re.S | re.I)
_BLOCKQUOTE_OPEN = re.compile(r"<blockquote\b[^>]*>", re.I)
_BLOCKQUOTE_CLOSE = re.compile(r"</blockquote>", re.I)
_COMMENT = r"<!--(?:[^-]|-(?!->))*-->"
_EDGES = re.compile(rf"^(?:\s|{_COMMENT})+|(?:\s|{_COMMENT})+$")
_NOTES_WRAPPER = re.compile(r'<div class="footnote">(?P<inner>.*)</div>$', re.S)


def local_image_resolver(bundle: Path | None) -> Callable[[str], str | None]:
    """Images inside the bundle as file:// URLs; outside or remote ones get an empty src (never read or fetched).

    The same rules as the checks and the publisher (core.images.files.locate_image), so the three always agree."""
    return preview_resolver(bundle)


def preview_may_load(url: str, folder: Path | None) -> Path | None:
    """The one rule for what the preview and the browser page may load: a `file:` URL of an existing file inside
    the article's folder (after resolving symlinks and `..`), as the renderer writes for the article's images.

    Everything else gets None: remote URLs (never fetched), files outside the folder, and relative or absolute
    paths written in raw HTML (QTextBrowser would resolve those against the working directory or the disk root).
    """
    parts = urlsplit(url.strip())
    if folder is None or parts.scheme.lower() != "file" or parts.netloc not in ("", "localhost"):
        return None
    path_text = unquote(parts.path)
    if not path_text.startswith("/") or "\x00" in path_text:
        return None
    try:
        root = folder.resolve()
        target = Path(path_text).resolve()
    except (OSError, RuntimeError):  # a symlink loop
        return None
    return target if target.is_relative_to(root) and target.is_file() else None


class _ImageSources(HTMLParser):
    """Finds each <img> start tag (its exact text and offset) so that only those are rewritten."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self._line_starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
        self.found: list[tuple[int, str, list[tuple[str, str | None]]]] = []

    def _remember(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "img":
            line, column = self.getpos()
            self.found.append((self._line_starts[line - 1] + column, self.get_starttag_text() or "", attrs))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._remember(tag, attrs)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._remember(tag, attrs)


def local_images_only(body_html: str, folder: Path | None) -> str:
    """The body with every <img> src that `preview_may_load` refuses removed (raw HTML may name remote images,
    which a browser would fetch); everything else is left byte for byte."""
    finder = _ImageSources(body_html)
    finder.feed(body_html)
    finder.close()
    out: list[str] = []
    done = 0
    for offset, original, attrs in finder.found:
        kept = [(k, v) for k, v in attrs if k not in ("src", "srcset") or (
            k == "src" and v is not None and preview_may_load(v, folder) is not None)]
        if len(kept) == len(attrs):
            continue
        rebuilt = "".join(f' {k}="{html.escape(v or "", quote=True)}"' for k, v in kept)
        out += [body_html[done:offset], f"<img{rebuilt} />"]
        done = offset + len(original)
    out.append(body_html[done:])
    return "".join(out)


# The browser page loads nothing but inline styles and the article's own image files; no script runs.
_PAGE_POLICY = "default-src 'none'; img-src file:; style-src 'unsafe-inline'"


def _figure_to_paragraphs(match: re.Match[str]) -> str:
    inner = match.group("inner")
    caption = _FIGCAPTION.search(inner)
    image = _FIGCAPTION.sub("", inner).strip()
    out = f'<p class="figure" align="center">{image}</p>'
    if caption:
        out += f'<p class="figcaption" align="center">{caption.group("cap").strip()}</p>'
    return out


def adapt_for_text_browser(body_html: str) -> str:
    """QTextBrowser ignores figure/figcaption and block borders: use centred paragraphs and a one-cell table."""
    adapted = _FIGURE.sub(_figure_to_paragraphs, body_html)
    adapted = _BLOCKQUOTE_OPEN.sub(
        '<table class="quote" width="100%" cellspacing="0" cellpadding="0"><tr>'
        '<td class="quotebar" width="4"></td><td class="quote">',
        adapted,
    )
    return _BLOCKQUOTE_CLOSE.sub("</td></tr></table>", adapted)


def adapt_pieces(pieces: Sequence[str], cache: dict[str, str] | None = None) -> list[str]:
    """Each piece adapted for QTextBrowser and trimmed of the white space and comments around it (which
    render to nothing), so a piece inserted alone lays out as it does inside the whole page. The notes list
    loses its unstyled `<div>` wrapper: inserted by insertHtml, Qt gives that div an empty block of its own."""
    adapted = []
    known = cache if cache is not None else {}
    fresh: dict[str, str] = {}
    for piece in pieces:
        text = known.get(piece)
        if text is None:
            text = _EDGES.sub("", adapt_for_text_browser(piece))
            wrapper = _NOTES_WRAPPER.search(text)  # the notes list always ends the body, hence its last piece
            if wrapper:
                text = text[: wrapper.start()] + _EDGES.sub("", wrapper.group("inner"))
        fresh[piece] = text
        adapted.append(text)
    if cache is not None:  # keep only this render's pieces: the cache never grows past one article
        cache.clear()
        cache.update(fresh)
    return adapted


def full_page(body_html: str, stylesheet: str, title: str, folder: Path | None = None) -> str:
    """A standalone HTML page (for "Open in browser") with the site stylesheet inlined. Like the preview, it shows
    only the article's own image files (`folder`): other image sources are removed, and a Content-Security-Policy
    keeps the browser from fetching or running anything else."""
    return (
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
        f"<meta http-equiv=\"Content-Security-Policy\" content=\"{_PAGE_POLICY}\">"
        f"<title>{html.escape(title)}</title><style>\n{stylesheet}\n</style></head>"
        f"<body><article class=\"entry-content\">\n<h1 class=\"entry-title\">{html.escape(title)}</h1>\n"
        f"{local_images_only(body_html, folder)}\n</article></body></html>\n"
    )


def render_for_preview(render: RenderFunction, request: PreviewRequest, cache: dict[str, str] | None = None
                       ) -> PreviewResult:
    """One render of the request's body: its HTML and pieces adapted for QTextBrowser; `cache` keeps the adapted
    pieces of the previous render, so an edit adapts only the pieces it changed."""
    raw, adapted = render_pieces_for_preview(render, request, cache)
    return PreviewResult(request.generation, BLOCK_SEPARATOR.join(raw), adapted)


def render_pieces_for_preview(render: RenderFunction, request: PreviewRequest, cache: dict[str, str] | None = None
                              ) -> tuple[list[str], list[str]]:
    """The body's HTML as pieces (joined by BLOCK_SEPARATOR, the whole HTML), and the same pieces adapted."""
    result = render(request.body, local_image_resolver(request.bundle))
    pieces = [result] if isinstance(result, str) else list(result)
    return pieces, adapt_pieces(pieces, cache)
