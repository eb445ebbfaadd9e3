"""The one renderer: article body Markdown -> the HTML we publish (OWNER: render/lint helper)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class ImageRef:
    """An image written in the body: `![alt](src "caption")`, decorative when `{.decorative}` follows."""

    src: str
    alt: str | None  # None: missing (empty alt without the decorative marker)
    decorative: bool
    caption: str
    line: int  # 1-based line in the body
    index: int  # position among the body's images


@dataclass(frozen=True)
class UploadedImage:
    url: str
    media_id: int


# src as written -> UploadedImage (publish), a URL string (preview: file:// URL), or None (leave src as is).
ImageResolver = Callable[[str], "UploadedImage | str | None"]


def render_body(body: str, resolve_image: ImageResolver | None = None) -> str:
    raise NotImplementedError


def find_images(body: str) -> list[ImageRef]:
    raise NotImplementedError


def set_image_alt(body: str, index: int, alt: str, decorative: bool) -> str:
    """Rewrite the alt text (and decorative marker) of the index-th image; everything else byte-identical."""
    raise NotImplementedError
