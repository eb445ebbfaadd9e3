"""The one renderer: article body Markdown -> the HTML we publish; the preview shows the same HTML.

Python-Markdown with footnotes, tables, heading ids, sane lists, smart punctuation and fenced code, plus our
`SiteExtension` (Gutenberg figures, decorative images, image URL mapping, raw-HTML allow-list). A `Markdown`
object is not thread-safe, so each thread gets its own, built once and reset between documents.
"""

from __future__ import annotations

import threading

from markdown import Markdown
from markdown.extensions.toc import TocExtension

from sr_editor.core.md_site import (
    DECORATIVE_MARKER,
    ImageResolver,
    SiteExtension,
    SiteImageTreeprocessor,
    UploadedImage,
)
from sr_editor.core.md_source import ImageRef, escape_alt, find_images, set_image_alt
from sr_editor.core.render_guard import (
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


def _build_markdown() -> tuple[Markdown, SiteImageTreeprocessor]:
    site = SiteExtension()
    md = Markdown(
        extensions=[
            site,
            "footnotes",
            "tables",
            TocExtension(marker="", permalink=False),  # ids only; a `[TOC]` line stays text
            "sane_lists",
            "smarty",
            "fenced_code",
        ],
        output_format="xhtml",
    )
    assert site.images is not None
    install_guards(md)
    return md, site.images


def _thread_markdown() -> tuple[Markdown, SiteImageTreeprocessor]:
    built: tuple[Markdown, SiteImageTreeprocessor] | None = getattr(_local, "markdown", None)
    if built is None:
        built = _build_markdown()
        _local.markdown = built
    return built


def render_body(body: str, resolve_image: ImageResolver | None = None) -> str:
    """Body Markdown -> body HTML; `resolve_image` maps image sources (uploaded URL + media id, or file URL).

    RenderLimitError for a body nested too deeply to render (see render_guard)."""
    check_render_limits(body)
    md, images = _thread_markdown()
    md.reset()
    images.resolver = resolve_image
    try:
        html: str = md.convert(body)
        return html
    except RecursionError as exc:  # a nesting the pre-check did not foresee: a sentence, not a crash
        raise RenderLimitError(None, too_deep_sentence(MAX_NESTING + 1)) from exc
    finally:
        images.resolver = None
