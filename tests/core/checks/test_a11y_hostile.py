"""The accessibility checks and the reading on crafted and random text: never an exception, lines inside the text."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sr_editor.core.article.article import Article
from sr_editor.core.article.regions import load_vocabulary
from sr_editor.core.checks import lint
from sr_editor.core.checks.a11y import check_html
from sr_editor.core.checks.screen_reader import read_html
from sr_editor.core.render.render import render_body

PIECES = ["# ", "## ", "#### ", "**", "*", "[", "](", "https://x.org/", ")", "<a href='https://y.org' target='_blank'>",
          "</a>", "| a | b |\n|---|---|\n", "|", "![", "alt", "](p.jpg \"cap\")", "\n\n", "\n", "> ", "- ", "1. ",
          "```\n", "CAPS WORDS HERE ", "click here", "aquí", "<table><tr><td>", "</td></tr></table>", "[^1]",
          "[^1]: note\n", "<h2></h2>", "text. ", "&amp;", "<b>", "</b>", "    "]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40))
def test_random_markdown_never_breaks_the_checks_or_the_reading(parts: list[str]) -> None:
    body = "".join(parts)
    html = render_body(body)
    lines = body.count("\n") + 1
    for problem in check_html(html, body, ""):
        assert problem.line is not None and 1 <= problem.line <= lines
    read_html(html, "es")


def test_a_fault_in_the_accessibility_checks_leaves_the_other_checks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object) -> list[object]:
        raise RuntimeError("bug")

    monkeypatch.setattr(lint, "check_accessibility", broken)
    problems = lint.check_article(Article(meta={}, body="![](x.jpg)\n"), tmp_path / "s", load_vocabulary())
    assert "alt-missing" in [p.rule for p in problems]
