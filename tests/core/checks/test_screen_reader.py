"""The screen-reader reading of the rendered article: what is announced, in the article's language."""

from __future__ import annotations

from sr_editor.core.checks.screen_reader import read_html, reading_text
from sr_editor.core.render.render import render_body


def _texts(body: str, language: str = "en") -> list[str]:
    return [item.text for item in read_html(render_body(body), language).items]


def test_headings_are_announced_with_their_level() -> None:
    assert _texts("## Water first\n\n### Wells\n") == ["Heading level 2: Water first", "Heading level 3: Wells"]


def test_an_empty_heading_is_announced_as_having_no_text() -> None:
    assert _texts("##\n") == ["Heading level 2: (no text)"]


def test_images_are_read_by_their_alt_text_and_decorative_ones_skipped() -> None:
    texts = _texts('![Dry wells](w.jpg "In 2019.")\n\n![](line.png){.decorative}\n')
    assert texts == ["image: Dry wells", "Caption: In 2019.", "(decorative image, skipped)"]


def test_lists_are_announced_with_their_item_count_nested_ones_too() -> None:
    reading = read_html(render_body("1. one\n2. two\n    - a\n"), "en")
    assert [(i.text, i.depth) for i in reading.items] == [
        ("List, 2 items", 0), ("1. one", 1), ("2. two", 1), ("List, 1 item", 1), ("• a", 2), ("End of list", 1),
        ("End of list", 0)]


def test_tables_are_announced_with_their_size() -> None:
    texts = _texts("| A | B | C |\n|---|---|---|\n| 1 | 2 | 3 |\n")
    assert texts == ["Table, 2 rows, 3 columns", "Row 1: A | B | C", "Row 2: 1 | 2 | 3", "End of table"]


def test_links_are_read_with_their_text_and_address_and_listed() -> None:
    reading = read_html(render_body("See [the report](https://x.org/r).\n"), "en")
    assert [i.text for i in reading.items] == ["See link “the report” (https://x.org/r)."]
    assert reading.links == [("the report", "https://x.org/r")]


def test_the_reading_speaks_brazilian_portuguese_for_a_portuguese_article() -> None:
    text = reading_text(read_html(render_body("## Números\n\n- um\n- dois\n"), "pt-BR"))
    assert "Título de nível 2: Números" in text and "Lista, 2 itens" in text and "Títulos:" in text
    assert "Nenhum link." in text


def test_an_unknown_language_reads_in_english() -> None:
    assert _texts("## Wasser\n", "de") == ["Heading level 2: Wasser"]


def test_quotes_and_code_are_announced() -> None:
    texts = _texts("> We will not sell the rivers.\n\n```\nx = 1\n```\n")
    assert texts == ["Quote", "We will not sell the rivers.", "End of quote", "Code: x = 1"]
