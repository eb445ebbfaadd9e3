"""Front-matter keys sr-editor does not know: a misspelt `titel:` or a top-level `alt:` would otherwise be
ignored without a word. Each is named with the nearest known key, where one is close."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sr_editor.core.article.article import CANONICAL_ORDER
from sr_editor.core.i18n import translate

TOP_KEYS = (*CANONICAL_ORDER, "lang")  # lang: the article's spelling language (the window writes it)
IMAGE_KEYS = ("src", "alt", "caption", "credit", "decorative")


def unknown_keys(meta: Mapping[str, Any]) -> list[tuple[str, str]]:
    """(field, sentence) for each key that is not one of TOP_KEYS, or of IMAGE_KEYS under featured_image."""
    found = [(str(key), _sentence(str(key), TOP_KEYS, under="")) for key in meta if key not in TOP_KEYS]
    featured = meta.get("featured_image")
    if isinstance(featured, Mapping):
        found += [(f"featured_image.{key}", _sentence(str(key), IMAGE_KEYS, under="featured_image"))
                  for key in featured if key not in IMAGE_KEYS]
    return found


def _sentence(key: str, known: tuple[str, ...], under: str) -> str:
    shown = f"{under}.{key}" if under else key
    if not under and key.lower() in IMAGE_KEYS:  # `alt:` at the top: it belongs to the featured image
        return translate("lint", "Unknown key '{0}' (did you mean '{1}' under 'featured_image'?); sr-editor does "
                         "not use it.").format(shown, key.lower())
    import difflib  # only for an unknown key: not loaded with the window's first checks

    close = difflib.get_close_matches(key.lower(), known, n=1, cutoff=0.6)
    if close:
        return translate("lint", "Unknown key '{0}' (did you mean '{1}'?); sr-editor does not use it.").format(
            shown, close[0])
    return translate("lint", "Unknown key '{0}'; sr-editor does not use it (the known keys are {1}).").format(
        shown, ", ".join(known))
