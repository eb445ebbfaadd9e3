"""Block-form fixtures: the corpus rendered in every form, validated once per session by each editor line."""

from __future__ import annotations

from typing import Any

import pytest
import validator_run
from block_corpus import corpus_bodies, render_all

from sr_editor.core.article.frontmatter import parse_article
from sr_editor.core.storage.samples import create_sample_workspace

# Content the validator must refuse, so a harness that accepts anything cannot pass the corpus tests.
SANITY = {
    "sanity-classic": "<p>Loose HTML, as the old renderer wrote it.</p>",
    "sanity-invalid": "<!-- wp:heading -->\n<h2>Title</h2><p>split off</p>\n<!-- /wp:heading -->",
    "sanity-67-table-in-61": "<!-- wp:table -->\n<figure class=\"wp-block-table\"><table class=\"has-fixed-layout\">"
    "<tbody><tr><td>1</td></tr></tbody></table></figure>\n<!-- /wp:table -->",
}


@pytest.fixture(scope="session")
def sample_bodies(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    root = tmp_path_factory.mktemp("samples")
    return {
        f"sample-{bundle.name}": parse_article((bundle / "index.md").read_text(encoding="utf-8")).body
        for bundle in create_sample_workspace(root)
    }


@pytest.fixture(scope="session")
def validated(sample_bodies: dict[str, str]) -> dict[str, dict[str, list[dict[str, Any]]]]:
    """{line: {"<file>@<form>[@preview]": blocks}}: one Node process per line for everything."""
    validator_run.require_validator()
    docs = render_all({**corpus_bodies(), **sample_bodies})
    docs.update(SANITY)
    return {line: validator_run.validate(line, docs) for line in validator_run.LINES}
