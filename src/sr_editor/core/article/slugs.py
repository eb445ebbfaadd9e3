"""Slugs (folder names and WordPress post slugs) from titles: ASCII, lowercase, dashes, accents folded."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container

MAX_SLUG_LENGTH = 80
FALLBACK_SLUG = "article"

# Letters that Unicode does not decompose into a base letter plus an accent.
_SPECIAL = str.maketrans({
    "ß": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d",
    "ł": "l", "Ł": "l", "þ": "th", "Þ": "th", "ð": "d", "Ð": "d", "ı": "i", "&": " and ",
})
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_VALID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def fold_accents(text: str) -> str:
    """'Moïse Piñera' -> 'Moise Pinera': decompose, drop the combining marks, map the few special letters."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def slugify(title: str, max_length: int = MAX_SLUG_LENGTH) -> str:
    """A slug that is never empty and at most `max_length` long, cut on a word boundary when possible."""
    ascii_text = fold_accents(title).encode("ascii", "ignore").decode("ascii").lower()
    slug = _NON_ALNUM.sub("-", ascii_text).strip("-")
    return _shorten(slug, max_length) or FALLBACK_SLUG


def _shorten(slug: str, max_length: int) -> str:
    if len(slug) <= max_length:
        return slug
    cut = slug[:max_length]
    if slug[max_length] != "-" and "-" in cut:
        cut = cut[: cut.rindex("-")]
    return cut.strip("-")


def is_valid_slug(slug: str) -> bool:
    return len(slug) <= MAX_SLUG_LENGTH and bool(_VALID.match(slug))


def unique_slug(base: str, taken: Container[str], max_length: int = MAX_SLUG_LENGTH) -> str:
    """`base`, else `base-2`, `base-3`... (shortening base so the result stays within max_length)."""
    if base not in taken:
        return base
    number = 2
    while True:
        suffix = f"-{number}"
        candidate = _shorten(base, max_length - len(suffix)) + suffix
        if candidate not in taken:
            return candidate
        number += 1
