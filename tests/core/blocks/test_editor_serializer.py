"""The editor's own writer under Node (validate.js --serialize) gives each line's canonical markup: what it writes
passes that line's own validator, and the lines differ where the WordPress versions do."""

from __future__ import annotations

from typing import Any

import pytest
import validator_run
from editor_blocks import editor_posts, top_level_blocks

SITE = "http://127.0.0.1:8"
POSTS = editor_posts(SITE, 7, f"{SITE}/wp-content/uploads/photo.jpg")


@pytest.fixture(scope="module")
def written() -> dict[str, dict[str, Any]]:
    validator_run.require_validator()
    return {line: validator_run.serialize(line, POSTS) for line in validator_run.LINES}


@pytest.mark.parametrize("line", validator_run.LINES)
def test_what_each_editor_writes_passes_its_own_validator(written: dict[str, dict[str, Any]], line: str) -> None:
    markup = {kind: text for kind, text in written[line]["results"].items() if text is not None}
    found = validator_run.validate(line, markup)
    assert {kind: list(validator_run.problems(blocks)) for kind, blocks in found.items()
            if list(validator_run.problems(blocks))} == {}


def test_each_line_writes_its_own_version_of_the_markup(written: dict[str, dict[str, Any]]) -> None:
    old, new = written["wp61"], written["npm"]
    assert old["version"] == "6.1.9"
    assert '<h3 class="has-text-align-right">' in old["results"]["heading"]
    assert '<h3 class="wp-block-heading has-text-align-right">' in new["results"]["heading"]
    assert '<ul class="wp-block-list">' in new["results"]["list-nested"]
    assert "<ul>" in old["results"]["list-nested"]


def test_a_block_a_line_does_not_know_is_named_instead_of_written(written: dict[str, dict[str, Any]]) -> None:
    assert written["wp61"]["results"]["details"] is None
    assert written["wp61"]["missing"] == {"details": ["core/details"]}
    assert written["npm"]["missing"] == {}
    assert "<details" in written["npm"]["results"]["details"]


def test_every_kind_wraps_its_blocks_in_the_paragraphs_a_round_trip_edits(
    written: dict[str, dict[str, Any]],
) -> None:
    for text in written["npm"]["results"].values():
        assert text.startswith("<!-- wp:paragraph -->\n<p>Before the block comes one word to edit: draft.</p>")
        assert text.endswith("<p>After the block, the post ends.</p>\n<!-- /wp:paragraph -->")


def test_top_level_blocks_keep_nested_and_void_blocks_whole() -> None:
    markup = ('<!-- wp:paragraph -->\n<p>a</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:group {"x":{"y":1}} -->\n'
              "<div><!-- wp:group --><div></div><!-- /wp:group --></div>\n<!-- /wp:group -->\n\n"
              "<!-- wp:more /-->\n\n<p>loose</p>\n\n<!-- wp:core/spacer /-->")
    assert top_level_blocks(markup) == [
        "<!-- wp:paragraph -->\n<p>a</p>\n<!-- /wp:paragraph -->",
        '<!-- wp:group {"x":{"y":1}} -->\n<div><!-- wp:group --><div></div><!-- /wp:group --></div>\n'
        "<!-- /wp:group -->",
        "<!-- wp:more /-->", "\n\n<p>loose</p>\n\n", "<!-- wp:core/spacer /-->",
    ]
