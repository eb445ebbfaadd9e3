"""Crafted Markdown renders in bounded time and nesting, with the same HTML as Python-Markdown gives for
everything else (issue 10 item 10). Times are measured by benchmarks/bench_hostile_render.py, not here."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import sr_editor.core.render.render as render
from sr_editor.core.article.article import Article
from sr_editor.core.article.regions import load_vocabulary
from sr_editor.core.checks.lint import check_article
from sr_editor.core.render.guard import (
    MAX_INLINE_MARKS,
    MAX_NESTING,
    MAX_TABLE_CELLS,
    MAX_TABLE_COLUMNS,
    crowding_problem,
    nesting_problem,
)
from sr_editor.core.render.render import RenderLimitError, render_body

N = 20_000
# Each of these scanned to the end of the text once per repetition (minutes at 20,000) before the guards.
QUADRATIC = {
    "brackets": "[" * N,
    "brackets with words": "[a " * N,
    "footnote openers": "[^" * N,
    "image openers": "![" * N,
    "unclosed tags": "<a " * N,
    "unclosed autolinks": "<http://" * N,
    "unclosed link targets": "[a](" * N,
    "nested links": "[" * N + "x" + "](u)" * N,
}


@pytest.mark.parametrize("text", list(QUADRATIC.values()), ids=list(QUADRATIC))
def test_crafted_runs_render_to_text(text: str) -> None:
    html = render_body(text)
    assert html.startswith("<!-- wp:paragraph -->\n<p>") and len(html) >= len(text) // 2


def nested_list(depth: int) -> str:
    return "".join("    " * level + "- item\n" for level in range(depth))


@pytest.mark.parametrize(
    "body",
    [nested_list(300), "> " * 300 + "deep\n", "".join(">" * i + " x\n" for i in range(1, 300)), "- " * 300 + "x"],
    ids=["list", "quote on one line", "quotes", "markers on one line"],
)
def test_pathological_nesting_is_a_sentence_not_a_recursion_error(body: str) -> None:
    with pytest.raises(RenderLimitError) as info:
        render_body("Intro.\n\n" + body)
    assert "nested" in str(info.value) and info.value.line is not None and info.value.line >= 3


def test_nesting_at_the_limit_still_renders() -> None:
    html = render_body(nested_list(MAX_NESTING))
    assert html.count("<ul>") == MAX_NESTING


def test_deep_indentation_inside_fenced_code_is_not_nesting() -> None:
    code = "```\n" + "".join(" " * (4 * i) + "x\n" for i in range(400)) + "```\n"
    assert nesting_problem(code) is None
    assert "<code>" in render_body(code)


def test_the_checks_report_a_body_too_deep_to_render_with_its_line() -> None:
    article = Article(meta={"title": "T"}, body="Intro.\n\n" + nested_list(300))
    [problem] = [p for p in check_article(article, Path("."), load_vocabulary()) if p.rule == "body-too-deep"]
    assert problem.severity == "error" and problem.line == 3 + MAX_NESTING


_markdownish = st.text(alphabet="ab []()!^<>\"'*_`\n:/.#-|\\", max_size=80)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_markdownish)
def test_the_guards_do_not_change_the_html_of_any_text(text: str) -> None:
    guarded, _ = render._build_markdown()
    plain_builder = render.install_guards
    try:
        render.install_guards = lambda md: None  # type: ignore[assignment]
        plain, _ = render._build_markdown()
    finally:
        render.install_guards = plain_builder
    assert guarded.convert(text) == plain.convert(text)


# Python-Markdown's time grows with the square of the elements in one paragraph or table row (8 to 12 s at these
# sizes before the bound): refused in one sentence naming the line, by the renderer and by the checks.
CROWDED = {
    "emphasis runs": "*_" * N + "a" + "_*" * N,
    "links in one paragraph": "[a](u) " * (N // 2),
    "links over many lines": "[a](u)\n" * (N // 2),
    "links in a quote": "> [a](u)\n" * (N // 2),
    "code spans": "`a` " * N,
    "wide table": "|" + "a|" * 4000 + "\n|" + "-|" * 4000 + "\n|" + "b|" * 4000 + "\n",
    "long table": "| a | b |\n|---|---|\n" + "| x | y |\n" * 6000,
    "narrow rows under a wide header": "|" + "a|" * 200 + "\n|" + "-|" * 200 + "\n" + "|b|\n" * 60,
}


@pytest.mark.parametrize("text", list(CROWDED.values()), ids=list(CROWDED))
def test_a_paragraph_too_crowded_to_render_quickly_is_a_sentence_naming_its_line(text: str) -> None:
    with pytest.raises(RenderLimitError) as info:
        render_body("Intro.\n\n" + text)
    assert info.value.line == 3 and any(word in str(info.value) for word in ("paragraph", "columns", "cells"))


def test_the_checks_report_a_crowded_paragraph_as_an_error_with_its_line() -> None:
    article = Article(meta={"title": "T"}, body="Intro.\n\n" + CROWDED["links in one paragraph"])
    [problem] = [p for p in check_article(article, Path("."), load_vocabulary()) if p.rule == "body-too-crowded"]
    assert problem.severity == "error" and problem.line == 3


@pytest.mark.parametrize("text", [
    "[a](u) " * MAX_INLINE_MARKS,  # at the bound
    "\n\n".join(["[a](u) *b* `c`"] * 2000),  # many paragraphs, each within bounds
    "".join(f"- [item {i}](u) **b**\n" for i in range(3000)),  # a long list: each item is its own paragraph
    "|" + "a|" * MAX_TABLE_COLUMNS + "\n|" + "-|" * MAX_TABLE_COLUMNS + "\n" + ("|" + "*b*|" * 10 + "\n") * 30,
    "| a | b |\n|---|---|\n" + "| x | y |\n" * 1000,  # a long table
    "```\n" + "*_" * 5000 + "\n```\n",  # code is not inline text
    "snake_case_names " * 3000,  # intraword underscores are not emphasis
], ids=["at-the-bound", "many-paragraphs", "long-list", "table-at-the-bound", "long-table", "fenced-code",
       "intraword"])
def test_long_articles_within_the_bounds_still_render(text: str) -> None:
    assert crowding_problem(text) is None
    assert render_body(text)


def test_a_table_at_the_cell_bound_is_within_it() -> None:
    rows = MAX_TABLE_CELLS // 2 - 2  # the header and the delimiter row count too
    assert crowding_problem("| a | b |\n|---|---|\n" + "| x | y |\n" * rows) is None
    assert crowding_problem("| a | b |\n|---|---|\n" + "| x | y |\n" * (rows + 1)) is not None
