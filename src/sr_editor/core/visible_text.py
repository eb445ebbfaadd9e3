"""Text from a site or a file, made safe to show: control characters, terminal escapes and bidi overrides
become visible marks instead of acting, and long paths are shortened. No Qt: the command line and the window's
labels use the same helpers.

A terminal would obey `\\x1b[2J` (clear the screen), ring on BEL and let U+202E turn the rest of the line
around; a Qt label would run a bidi override too. Each such character is shown as its escape (`\\x1b`,
`\\u202e`), so what the site sent is readable and nothing is interpreted.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

# Format characters that reorder or hide text: bidi embeddings, overrides and isolates, marks, zero-width ones.
_BIDI_AND_INVISIBLE = frozenset(
    "\u061c\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2066\u2067\u2068\u2069\ufeff"
)
PATH_SHOWN_MAX = 120  # characters of a path in a sentence
NAME_SHOWN_MAX = 60  # characters of one folder or file name in a shortened path


def _needs_escape(char: str) -> bool:
    if char in _BIDI_AND_INVISIBLE:
        return True
    category = unicodedata.category(char)
    return category in ("Cc", "Cs", "Co", "Cn", "Zl", "Zp") or (category == "Cf" and char != "\u00ad")


def _escape(char: str) -> str:
    code = ord(char)
    if code < 0x100:
        return f"\\x{code:02x}"
    if code < 0x10000:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def visible(text: object, limit: int | None = None, keep_newlines: bool = False) -> str:
    """`text` with every control, escape, bidi or invisible formatting character shown as its escape (`\\x1b`,
    `\\u202e`); cut to `limit` characters with an ellipsis. Newlines and tabs are escaped too unless `keep_newlines`."""
    source = str(text)
    out: list[str] = []
    for char in source:
        if keep_newlines and char in "\n\t":
            out.append(char)
        elif _needs_escape(char):
            out.append(_escape(char))
        else:
            out.append(char)
    shown = "".join(out)
    if limit is not None and len(shown) > limit:
        return shown[: max(0, limit - 1)] + "…"
    return shown


def shown_name(name: str, limit: int = NAME_SHOWN_MAX) -> str:
    """One file or folder name for a sentence: made visible and cut in the middle when longer than `limit`."""
    text = visible(name)
    if len(text) <= limit:
        return text
    half = (limit - 1) // 2
    return text[:half] + "…" + text[len(text) - (limit - 1 - half):]


def shown_path(path: Path | str, limit: int = PATH_SHOWN_MAX) -> str:
    """A path for a sentence: each long name cut in the middle, then the whole kept to its last `limit`
    characters (a 5,000-character slug must not make a 5,000-character error)."""
    text = str(path)
    parts = text.split("/")
    shortened = "/".join(shown_name(p) for p in parts)
    if len(shortened) <= limit:
        return shortened
    return "…" + shortened[len(shortened) - (limit - 1):]
