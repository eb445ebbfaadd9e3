"""Every article of the corpus and every sample opens in WordPress's block editor with every block valid and
no Classic (core/freeform) or unknown (core/missing) block: Gutenberg's own validator, two editor lines."""

from __future__ import annotations

from typing import Any

import pytest
import validator_run
from block_corpus import CORPUS_FILES

Validated = dict[str, dict[str, list[dict[str, Any]]]]
CASES = [*CORPUS_FILES, *(f"crlf-{name}" for name in CORPUS_FILES)]


@pytest.mark.parametrize("name", CASES)
@pytest.mark.parametrize("line", validator_run.LINES)
def test_corpus_article_in_the_form_for_unknown_sites_is_valid_in_both_editor_lines(
    validated: Validated, name: str, line: str
) -> None:
    for variant in ("unknown", "unknown@preview", "unknown@marker", "6.1"):
        blocks = validated[line][f"{name}@{variant}"]
        assert blocks, f"{name}@{variant}: no blocks at all"
        assert list(validator_run.problems(blocks)) == [], f"{name}@{variant} in {line}"


@pytest.mark.parametrize("name", CASES)
def test_corpus_article_in_the_67_form_is_valid_in_the_67_editor(validated: Validated, name: str) -> None:
    for variant in ("6.7", "6.7@preview"):
        assert list(validator_run.problems(validated["npm"][f"{name}@{variant}"])) == [], f"{name}@{variant}"


def test_every_sample_article_is_valid_in_both_lines_in_every_form(
    validated: Validated, sample_bodies: dict[str, str]
) -> None:
    assert sample_bodies
    for name in sample_bodies:
        for line in validator_run.LINES:
            forms = ("unknown", "6.1", "6.7") if line == "npm" else ("unknown", "6.1")
            for form in forms:
                found = list(validator_run.problems(validated[line][f"{name}@{form}"]))
                assert found == [], f"{name}@{form} in {line}"


def test_67_table_markup_is_rejected_by_the_61_editor_which_is_why_unknown_sites_get_the_61_form(
    validated: Validated,
) -> None:
    found = list(validator_run.problems(validated["wp61"]["every-construct.md@6.7"]))
    assert found and all(line.startswith("core/table") for line in found)


def test_the_corpus_uses_every_block_we_write(validated: Validated) -> None:
    used: set[str] = set()
    for key, blocks in validated["npm"].items():
        if key.endswith("@unknown"):
            used.update(validator_run.names(blocks))
    expected = {"core/paragraph", "core/heading", "core/list", "core/list-item", "core/quote", "core/code",
                "core/table", "core/separator", "core/image", "core/html", "core/shortcode"}
    assert expected <= used


def test_the_retry_marker_adds_no_block_and_changes_no_block(validated: Validated) -> None:
    for line in validator_run.LINES:
        for name in CASES:
            plain = validated[line][f"{name}@unknown"]
            marked = validated[line][f"{name}@unknown@marker"]
            assert validator_run.names(marked) == validator_run.names(plain), f"{name} in {line}"


@pytest.mark.parametrize("line", validator_run.LINES)
def test_the_validator_refuses_classic_content_and_invalid_blocks(validated: Validated, line: str) -> None:
    assert [b["name"] for b in validated[line]["sanity-classic"]] == ["core/freeform"]
    assert not validated[line]["sanity-invalid"][0]["isValid"]


def test_a_67_table_is_valid_in_67_and_invalid_in_61(validated: Validated) -> None:
    assert validated["npm"]["sanity-67-table-in-61"][0]["isValid"]
    assert not validated["wp61"]["sanity-67-table-in-61"][0]["isValid"]
