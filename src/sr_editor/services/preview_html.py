"""Plain-text helpers for the preview: local image URLs, the QTextBrowser rewrite and the full browser page.

No Qt here, so the worker thread can run all of it and the GUI thread only calls `setHtml`.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from sr_editor.core.images import preview_resolver

_FIGURE = re.compile(r"<figure\b[^>]*>(?P<inner>.*?)</figure>", re.S | re.I)
_FIGCAPTION = re.compile(r"<figcaption\b[^>]*>(?P<cap>.*?)</figcaption>", re.S | re.I)
_BLOCKQUOTE_OPEN = re.compile(r"<blockquote\b[^>]*>", re.I)
_BLOCKQUOTE_CLOSE = re.compile(r"</blockquote>", re.I)
_COMMENT = r"<!--(?:[^-]|-(?!->))*-->"
_EDGES = re.compile(rf"^(?:\s|{_COMMENT})+|(?:\s|{_COMMENT})+$")
_NOTES_WRAPPER = re.compile(r'<div class="footnote">(?P<inner>.*)</div>$', re.S)


def local_image_resolver(bundle: Path | None) -> Callable[[str], str | None]:
    """Images inside the bundle as file:// URLs; outside or remote ones get an empty src (never read or fetched).

    The same rules as the checks and the publisher (core.images.locate_image), so the three always agree."""
    return preview_resolver(bundle)


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


def full_page(body_html: str, stylesheet: str, title: str) -> str:
    """A standalone HTML page (for "Open in browser") with the site stylesheet inlined."""
    return (
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
        f"<title>{html.escape(title)}</title><style>\n{stylesheet}\n</style></head>"
        f"<body><article class=\"entry-content\">\n<h1 class=\"entry-title\">{html.escape(title)}</h1>\n"
        f"{body_html}\n</article></body></html>\n"
    )


RenderResult = str | Sequence[str]  # the whole body HTML, or pieces that joined with BLOCK_SEPARATOR are it


def render_for_preview(render: Callable[[str, Callable[[str], object]], RenderResult], body: str,
                       bundle: str, cache: dict[str, str] | None = None) -> tuple[str, list[str]]:
    """(body HTML, its pieces adapted for QTextBrowser) for one render of `body`; `cache` keeps the adapted
    pieces of the previous render, so an edit adapts only the pieces it changed."""
    from sr_editor.core.render_incremental import BLOCK_SEPARATOR  # the renderer's import, in the render process

    result = render(body, local_image_resolver(Path(bundle) if bundle else None))
    pieces = [result] if isinstance(result, str) else list(result)
    return BLOCK_SEPARATOR.join(pieces), adapt_pieces(pieces, cache)


def serve_renders(connection: Any, factory: Callable[[], Callable[[str, Callable[[str], object]], RenderResult]]
                  ) -> None:
    """Body of the render process: Python-Markdown holds the GIL for ~370 ms on 50k words, which would stall
    typing if it ran in a thread of the window's process. Messages: (body, bundle) in, (ok, html, pieces) out."""
    render = factory()
    adapted: dict[str, str] = {}
    while True:
        try:
            message = connection.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        body, bundle = message
        try:
            connection.send((True, *render_for_preview(render, body, bundle, adapted)))
        except Exception as error:  # report, keep serving
            connection.send((False, f"{type(error).__name__}: {error}", []))
