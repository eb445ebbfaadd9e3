"""Text shaping only where the text needs it: Qt keeps every laid-out block's HarfBuzz shaping buffers for the
block's life, so a shaped 50k-word article costs ~19.5 MiB per view of it (the preview, the editor), unshaped ~3.8.

Latin, Greek and Cyrillic text looks the same unshaped, minus kerning and ligatures. Arabic, Hebrew, Indic
scripts, combining marks and emoji sequences need shaping (unshaped Arabic comes out unjoined and backwards), so
a view whose text has any of those is shaped.
"""

from __future__ import annotations

import html
import re

from PySide6.QtGui import QFont

# Drawn right without shaping: Latin (with precomposed accents), Greek, Cyrillic, punctuation and symbols. Not:
# combining marks, Hebrew, Arabic and the other scripts, emoji, zero-width joiners and bidi controls.
_NEEDS_SHAPING = re.compile("[^\\x00-\\u02ff\\u0370-\\u052f\\u1e00-\\u1fff\\u2000-\\u200b\\u2010-\\u2029"
                            "\\u202f-\\u2065\\u2070-\\u2bff]")


def needs_shaping(text: str, markup: bool = False) -> bool:
    """True when `text` has a character that only shaping draws right (`markup`: HTML, whose numeric character
    references count as the characters they stand for)."""
    if markup and "&#" in text:
        text = html.unescape(text)
    return _NEEDS_SHAPING.search(text) is not None


def with_shaping(font: QFont, shaped: bool) -> QFont:
    """`font` (a copy) with shaping on, or off for text that does not need it."""
    font = QFont(font)
    strategy = font.styleStrategy()
    no_shaping = QFont.StyleStrategy.PreferNoShaping
    font.setStyleStrategy(strategy & ~no_shaping if shaped else strategy | no_shaping)
    return font
