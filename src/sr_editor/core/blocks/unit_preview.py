"""How the preview shows kept units (see units.py): the saved HTML when our HTML policy allows all of it, else a
labelled box. Apart from units.py, so that the render process, which calls it on every render, never loads
BeautifulSoup (~5 MiB) for an article without a box to show: only a box needs it, to read the unit's text."""

from __future__ import annotations

import html
import re

from sr_editor.core.blocks.parse import Block, split_blocks
from sr_editor.core.i18n import translate
from sr_editor.core.render.sanitize import sanitize_fragment

# ----- the preview ------------------------------------------------------------------------------------------
# Blocks our renderer writes (their markup passes our HTML policy when it is ours); every other name is a unit.
OUR_BLOCKS = frozenset({"core/paragraph", "core/heading", "core/list", "core/quote", "core/code", "core/table",
                        "core/separator", "core/image", "core/html", "core/shortcode"})
_BOX_TEXT = 160


def preview_units(body_html: str) -> str:
    """For the preview: each kept unit shows its saved HTML when our HTML policy allows all of it, else a
    labelled box naming the block and its text (the site shows it; we cannot, or may not)."""
    if "<!-- wp:" not in body_html:
        return body_html
    blocks = split_blocks(body_html)
    if not any(b.name not in OUR_BLOCKS or _unsafe_html_block(b) for b in blocks):
        return body_html
    out: list[str] = []
    for block in blocks:
        if block.name in OUR_BLOCKS and not _unsafe_html_block(block):
            out.append(block.outer)
        elif _shown_as_saved(block.inner):
            out.append(_COMMENT.sub("", block.inner).strip())
        else:
            out.append(_box(block))
    return "\n\n".join(out)


_COMMENT = re.compile(r"<!--.*?-->", re.S)


def _shown_as_saved(inner: str) -> bool:
    """The saved HTML has something to show and our HTML policy keeps all of it (block comments aside)."""
    markup = _COMMENT.sub("", inner)
    return bool(markup.strip()) and sanitize_fragment(markup) == markup


# In a block of ours that came from the site as a unit: what our HTML policy would never show.
_RISKY = re.compile(r"\sstyle\s*=|\son[a-z]+\s*=|javascript:|<(?:script|iframe|object|embed|form|svg)\b", re.I)


def _unsafe_html_block(block: Block) -> bool:
    if block.name == "core/html":
        return sanitize_fragment(block.inner) != block.inner
    return _RISKY.search(block.inner) is not None


def _box(block: Block) -> str:
    from bs4 import BeautifulSoup  # only here: see the module's docstring

    soup = BeautifulSoup(block.inner, "html.parser")
    words = " ".join(soup.get_text(" ").split())
    url = block.attrs.get("url") or block.attrs.get("href")
    if isinstance(url, str) and url not in words:
        words = f"{url} {words}".strip()
    if len(words) > _BOX_TEXT:
        words = words[: _BOX_TEXT - 1] + "…"
    label = translate("preview", "Kept as on the site: {0}").format(block.name.removeprefix("core/"))
    text = f"<br/>{html.escape(words, quote=False)}" if words else ""
    return (f'<div class="sr-kept-unit"><p><strong>{html.escape(label, quote=False)}</strong>'
            f"{text.replace('[', '&#091;')}</p></div>")
