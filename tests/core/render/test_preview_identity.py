"""The preview shows exactly what is published, in the block form: the incremental preview renderer gives
render_body's bytes for every corpus article (as written, with CRLF, and after small edits)."""

from __future__ import annotations

import random

import pytest
from block_corpus import corpus_bodies, uploaded

from sr_editor.core.render.incremental import IncrementalRenderer
from sr_editor.core.render.render import render_body

BODIES = corpus_bodies()


@pytest.mark.parametrize("name", sorted(BODIES))
def test_incremental_preview_equals_the_published_block_html(name: str) -> None:
    body = BODIES[name]
    renderer = IncrementalRenderer(min_chunk_chars=40)
    assert renderer.render(body) == render_body(body)
    assert renderer.render(body, uploaded) == render_body(body, uploaded)


@pytest.mark.parametrize("name", sorted(BODIES))
def test_incremental_preview_equals_the_published_block_html_after_edits(name: str) -> None:
    body = BODIES[name]
    renderer = IncrementalRenderer(min_chunk_chars=40)
    renderer.render(body)
    rng = random.Random(name)
    for _ in range(5):
        position = rng.randrange(len(body) + 1)
        body = body[:position] + rng.choice(["x", "\n\n", "# ", "- ", "> ", "*"]) + body[position:]
        assert renderer.render(body) == render_body(body)


def test_long_block_article_stays_on_the_fast_path_after_a_one_character_edit() -> None:
    paragraph = "The council met on Monday and *voted* for the [reform](https://example.org/r). "
    body = "".join(f"## Section {i}\n\n{paragraph * 8}\n\n- a\n- b\n\n" for i in range(60))
    renderer = IncrementalRenderer()
    renderer.render(body)
    edited = body[:5000] + "x" + body[5000:]
    assert renderer.render(edited) == render_body(edited)
    assert not renderer.last_was_full
