"""The one renderer: article body Markdown -> the HTML we publish; the preview shows the same HTML.

Python-Markdown with footnotes, tables, heading ids, sane lists, smart punctuation and fenced code, plus our
`SiteExtension` (one Gutenberg block per construct, decorative images, image URL mapping, raw-HTML allow-list).
A `Markdown` object is not thread-safe, so each thread gets its own, built once and reset between documents.
"""

from __future__ import annotations

import importlib
import re
import sys
import threading
from types import ModuleType

from markdown import Markdown
from markdown.extensions.footnotes import FootnoteExtension
from markdown.extensions.sane_lists import SaneListExtension
from markdown.extensions.smarty import SmartyExtension
from markdown.extensions.tables import TableExtension
from markdown.extensions.toc import TocExtension

from sr_editor.core.blocks.text import form_for_version
from sr_editor.core.images.in_source import ImageRef, escape_alt, find_images, set_image_alt
from sr_editor.core.render.extension import DECORATIVE_MARKER, ImageResolver, SiteExtension, UploadedImage
from sr_editor.core.render.guard import (
    MAX_NESTING,
    RenderLimitError,
    check_render_limits,
    install_guards,
    too_deep_sentence,
)

__all__ = [
    "DECORATIVE_MARKER",
    "ImageRef",
    "ImageResolver",
    "RenderLimitError",
    "UploadedImage",
    "escape_alt",
    "find_images",
    "render_body",
    "set_image_alt",
]

_local = threading.local()


def _import_fenced_code() -> ModuleType:
    """Python-Markdown's fenced code imports its code highlighter, which imports Pygments where it is installed: ~0.9
    MiB of lexer tables in the window and in the render child, for highlighting we never ask for. Pygments is hidden
    while that loads (None in sys.modules fails its import, as if it were not installed) and visible again after."""
    hide = "pygments" not in sys.modules and "markdown.extensions.codehilite" not in sys.modules
    if hide:
        sys.modules["pygments"] = None  # type: ignore[assignment]
    try:
        fenced_code = importlib.import_module("markdown.extensions.fenced_code")
    finally:
        if hide and "pygments" in sys.modules and sys.modules["pygments"] is None:
            del sys.modules["pygments"]
    return fenced_code


_FENCED_CODE = _import_fenced_code()
FENCED_BLOCK_RE: re.Pattern[str] = _FENCED_CODE.FencedBlockPreprocessor.FENCED_BLOCK_RE


def _build_markdown() -> tuple[Markdown, SiteExtension]:
    site = SiteExtension()
    md = Markdown(
        extensions=[
            site,
            # "-" instead of ":" in note ids: WordPress's HTML filter reads `#fn:1` as a URL scheme and writes
            # `href="1"` for Authors and Editors, breaking every note link.
            FootnoteExtension(SEPARATOR="-"),
            TableExtension(),
            TocExtension(marker="", permalink=False),  # ids only; a `[TOC]` line stays text
            SaneListExtension(),
            SmartyExtension(),
            _FENCED_CODE.FencedCodeExtension(),
        ],  # instances, not names: a name makes Python-Markdown scan every installed package's entry points
        output_format="xhtml",
    )
    install_guards(md)
    return md, site


def _thread_markdown() -> tuple[Markdown, SiteExtension]:
    built: tuple[Markdown, SiteExtension] | None = getattr(_local, "markdown", None)
    if built is None:
        built = _build_markdown()
        _local.markdown = built
    return built


def last_heading_ids() -> tuple[str, ...]:
    """The ids toc gave every heading of this thread's last `render_body`, in order: also those of headings the
    blocks then turned into text (a heading inside a list item), which still took their id from toc's count."""
    md, _site = _thread_markdown()
    found: list[str] = []

    def walk(tokens: list[dict[str, object]]) -> None:
        for token in tokens:
            found.append(str(token.get("id", "")))
            children = token.get("children")
            if isinstance(children, list):
                walk(children)

    walk(getattr(md, "toc_tokens", []))
    return tuple(found)


def render_body(body: str, resolve_image: ImageResolver | None = None, *, site_version: str = "") -> str:
    """Body Markdown -> body HTML in Gutenberg blocks; `resolve_image` maps image sources (uploaded URL + media
    id, or file URL); `site_version` is the site's WordPress version ("" unknown: a form every line accepts).

    RenderLimitError for a body nested too deeply to render (see render_guard)."""
    check_render_limits(body)
    md, site = _thread_markdown()
    assert site.images is not None and site.blocks is not None
    md.reset()
    site.images.resolver = resolve_image
    site.blocks.form = form_for_version(site_version)
    try:
        html: str = md.convert(body)
        return html
    except RecursionError as exc:  # a nesting the pre-check did not foresee: a sentence, not a crash
        raise RenderLimitError(None, too_deep_sentence(MAX_NESTING + 1)) from exc
    finally:
        site.images.resolver = None
