"""Property: in a post written in the block editor, any edit to one block's Markdown leaves every other block of
the published content byte-identical to what the site had."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from wp_editor_corpus import BLOCKS, KEPT

from sr_editor.core.blocks.html_markdown import to_markdown
from sr_editor.core.blocks.keep import SiteBase, keep_site_blocks
from sr_editor.core.blocks.parse import split_blocks
from sr_editor.core.render.render import render_body

MARKER = "sr-editor:0123456789abcdef:fedcba987654"
UNITS = sorted(name for name in BLOCKS if name in KEPT)
# Each editable block holds its own word `w<n>`, found once in the pulled Markdown.
TEMPLATES = {
    "paragraph": "<!-- wp:paragraph -->\n<p>Paragraph {n} says w{n} plainly.</p>\n<!-- /wp:paragraph -->",
    "heading": "<!-- wp:heading -->\n<h2>Heading {n} about w{n}</h2>\n<!-- /wp:heading -->",
    "list": "<!-- wp:list -->\n<ul><!-- wp:list-item -->\n<li>Item {n} names w{n}</li>\n<!-- /wp:list-item -->\n\n"
            "<!-- wp:list-item -->\n<li>Item {n} again</li>\n<!-- /wp:list-item --></ul>\n<!-- /wp:list -->",
    "quote": "<!-- wp:quote -->\n<blockquote class=\"wp-block-quote\"><!-- wp:paragraph -->\n"
             "<p>Quote {n} with w{n}.</p>\n<!-- /wp:paragraph --></blockquote>\n<!-- /wp:quote -->",
}
STATIC = ["table-aligned", "code", "separator", "list-nested", "image"]
# Text an editor may type inside a sentence (no blank line, nothing that starts a block of its own).
WORDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyzáéñçAZ0123456789 .,;:!?'\"()*_&", min_size=1, max_size=30)


@st.composite
def posts(draw: st.DrawFn) -> tuple[list[str], int, str, str]:
    """(the post's blocks, the index of the block to edit, its word, the text that replaces the word)."""
    count = draw(st.integers(2, 9))
    blocks: list[str] = []
    editable: list[tuple[int, str]] = []
    for n in range(count):
        kind = draw(st.sampled_from([*TEMPLATES, "unit", "static"]))
        if kind == "unit":
            blocks.append(BLOCKS[draw(st.sampled_from(UNITS))])
        elif kind == "static":
            blocks.append(BLOCKS[draw(st.sampled_from(STATIC))])
        else:
            editable.append((len(blocks), f"w{n}"))
            blocks.append(TEMPLATES[kind].format(n=n))
    if not editable:
        editable.append((len(blocks), f"w{count}"))
        blocks.append(TEMPLATES["paragraph"].format(n=count))
    target, word = draw(st.sampled_from(editable))
    replacement = draw(WORDS.filter(lambda t: t.strip() and not t.startswith(" ") and t != word))
    return blocks, target, word, replacement


@settings(max_examples=150, deadline=None)
@given(case=posts())
def test_an_edit_to_one_block_leaves_every_other_block_byte_identical(case: tuple[list[str], int, str, str]) -> None:
    blocks, target, word, replacement = case
    content = "\n\n".join(blocks)
    converted = to_markdown(content)
    assert converted.sources is not None
    pattern = re.compile(rf"\b{word}\b")
    assert len(pattern.findall(converted.markdown)) == 1
    edited = pattern.sub(lambda _m: replacement, converted.markdown)
    sent = keep_site_blocks(render_body(edited), render_body(converted.markdown),
                            SiteBase(content, tuple(converted.sources)), MARKER).content
    before = [b.outer for b in split_blocks(content)]
    after = [b.outer for b in split_blocks(sent)]
    assert len(after) == len(before)
    for index, (old, new) in enumerate(zip(before, after, strict=True)):
        if index != target:
            assert new == old, index
