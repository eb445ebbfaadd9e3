"""Accessibility checks on the rendered article: each planted problem found with its rule and line, in English,
Spanish and Brazilian Portuguese; good writing (samples, seeds, a clean corpus per language) raises none."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sr_editor.core.article.article import Article
from sr_editor.core.article.frontmatter import read_article_file
from sr_editor.core.article.regions import load_vocabulary
from sr_editor.core.checks.a11y import check_accessibility, check_html
from sr_editor.core.checks.a11y_rules import A11Y_RULES
from sr_editor.core.checks.a11y_settings import A11ySettings, load_settings
from sr_editor.core.checks.a11y_structure import count_words
from sr_editor.core.checks.lint import RULES, Severity, check_article
from sr_editor.core.render.render import render_body
from sr_editor.core.storage.samples import create_sample_workspace
from sr_editor.core.storage.store import ArticleStore

CORPUS = Path(__file__).resolve().parents[2] / "support" / "a11y_corpus"
DOCS = Path(__file__).resolve().parents[3] / "docs" / "rendering-and-checks.md"
PLANTED = [
    (1, "link-vague-text"), (3, "heading-skipped-level"), (5, "bold-as-heading"), (7, "link-url-text"),
    (9, "link-same-text"), (11, "table-no-header"), (15, "caps-paragraph"), (17, "link-new-window"),
    (21, "alt-repeats-text"), (23, "heading-empty"),
]


def _load(name: str) -> Article:
    article, _ = read_article_file(CORPUS / name)
    return article


def _found(article: Article, tmp_path: Path) -> list[tuple[int | None, str]]:
    bundle = tmp_path / "ws" / "story"
    bundle.mkdir(parents=True, exist_ok=True)
    return [(p.line, p.rule) for p in check_accessibility(article, bundle)]


def test_every_planted_problem_in_english_is_found_on_its_line(tmp_path: Path) -> None:
    assert _found(_load("planted_en.md"), tmp_path) == PLANTED


@pytest.mark.parametrize("name", ["planted_es.md", "planted_pt.md"])
def test_every_planted_problem_in_spanish_and_portuguese_is_found_on_its_line(name: str, tmp_path: Path) -> None:
    assert _found(_load(name), tmp_path) == [*PLANTED, (25, "link-vague-text")]


@pytest.mark.parametrize("name", ["clean_en.md", "clean_es.md", "clean_pt.md", "clean_en_2.md", "clean_es_2.md",
                                  "clean_pt_2.md"])
def test_clean_articles_in_each_language_raise_nothing(name: str, tmp_path: Path) -> None:
    assert _found(_load(name), tmp_path) == []


def test_the_sample_articles_raise_no_accessibility_rule(tmp_path: Path) -> None:
    root = tmp_path / "ws"
    for bundle in create_sample_workspace(root):
        article = ArticleStore(root).load(bundle).article
        assert check_accessibility(article, bundle) == [], bundle.name


def test_a_pulled_seed_post_raises_no_accessibility_rule() -> None:
    """The block post the real-WordPress pull tests seed (tests/support/pull_helpers.py), as pulled Markdown."""
    from sr_editor.core.blocks.html_markdown import to_markdown

    seed = (CORPUS / "seed_post.html").read_text(encoding="utf-8")
    body = to_markdown(seed).markdown
    assert "Delegates seated" in body
    assert check_html(render_body(body), body, "en") == []


def test_vague_link_words_follow_the_article_language(tmp_path: Path) -> None:
    body = "Los datos están [aquí](https://example.org/datos).\n"
    assert _found(Article(meta={"lang": "es"}, body=body), tmp_path) == [(1, "link-vague-text")]
    assert _found(Article(meta={"lang": "en"}, body=body), tmp_path) == []


def test_without_lang_the_workspace_language_chooses_the_words(tmp_path: Path) -> None:
    (tmp_path / "ws" / ".sr-editor").mkdir(parents=True)
    (tmp_path / "ws" / ".sr-editor" / "language.txt").write_text("pt-BR\n", encoding="utf-8")
    body = "A pauta completa está [aqui](https://example.org/pauta).\n"
    assert _found(Article(meta={}, body=body), tmp_path) == [(1, "link-vague-text")]


def test_link_words_in_code_and_quotes_are_not_links(tmp_path: Path) -> None:
    body = 'Never write "click here".\n\n`[click here](https://x.org)`\n\n```\n[read more](https://x.org)\n```\n'
    assert _found(Article(meta={}, body=body), tmp_path) == []


def test_a_long_section_is_named_by_its_heading_line(tmp_path: Path) -> None:
    sentence = "The assembly discussed the water contracts for the whole afternoon. "
    body = "Intro.\n\n## The debate\n\n" + (sentence * 50) + "\n\n## Next\n\nShort.\n"
    assert _found(Article(meta={}, body=body), tmp_path) == [(3, "section-too-long")]


def test_the_section_threshold_comes_from_the_workspace_settings(tmp_path: Path) -> None:
    (tmp_path / "ws" / ".sr-editor").mkdir(parents=True)
    (tmp_path / "ws" / ".sr-editor" / "accessibility.json").write_text('{"section_words": 1000}', encoding="utf-8")
    sentence = "The assembly discussed the water contracts for the whole afternoon. "
    body = "## The debate\n\n" + (sentence * 50) + "\n"
    assert _found(Article(meta={}, body=body), tmp_path) == []


def test_bad_threshold_values_fall_back_to_the_defaults(tmp_path: Path) -> None:
    (tmp_path / ".sr-editor").mkdir()
    (tmp_path / ".sr-editor" / "accessibility.json").write_text(
        json.dumps({"section_words": "many", "caps_share": 7, "caps_min_words": True, "bold_heading_chars": 80}),
        encoding="utf-8")
    assert load_settings(tmp_path) == A11ySettings(bold_heading_chars=80)


def test_a_settings_file_that_is_not_json_gives_the_defaults(tmp_path: Path) -> None:
    (tmp_path / ".sr-editor").mkdir()
    (tmp_path / ".sr-editor" / "accessibility.json").write_bytes(b"\xff{not json")
    assert load_settings(tmp_path) == A11ySettings()


def test_acronyms_in_a_sentence_are_not_a_paragraph_in_capitals(tmp_path: Path) -> None:
    body = "The UN, NATO, the EU, the OAS and the ILO met in NYC.\n"
    assert _found(Article(meta={}, body=body), tmp_path) == []


def test_a_bold_sentence_with_a_full_stop_is_emphasis_not_a_heading(tmp_path: Path) -> None:
    assert _found(Article(meta={}, body="**The vote is on Sunday.**\n"), tmp_path) == []


def test_a_new_window_link_that_says_so_in_its_title_passes(tmp_path: Path) -> None:
    body = '<a href="https://x.org" target="_blank" title="abre em uma nova aba">ata</a> da sessão.\n'
    assert _found(Article(meta={}, body=body), tmp_path) == []


def test_the_same_text_for_the_same_address_is_fine(tmp_path: Path) -> None:
    body = "See the [report](https://x.org/r) and again the [report](https://x.org/r/).\n"
    assert _found(Article(meta={}, body=body), tmp_path) == []


def test_going_back_up_the_heading_levels_is_fine(tmp_path: Path) -> None:
    body = "## One\n\n### One a\n\n#### One a i\n\n## Two\n\nText.\n"
    assert _found(Article(meta={}, body=body), tmp_path) == []


def test_errors_block_and_warnings_do_not() -> None:
    assert {rule for rule, r in A11Y_RULES.items() if r.severity is Severity.ERROR} == {
        "heading-empty", "table-no-header"}


def test_every_accessibility_rule_is_a_check_rule_with_an_explained_section() -> None:
    text = DOCS.read_text(encoding="utf-8")
    for rule in A11Y_RULES:
        assert rule in RULES
        assert f"### `{rule}`" in text, f"{rule} has no section to link to"


def test_problems_carry_the_link_to_their_explanation(tmp_path: Path) -> None:
    [problem] = check_accessibility(Article(meta={}, body="##\n"), tmp_path / "story")
    assert problem.help == "docs/rendering-and-checks.md#heading-empty"
    assert problem.message.startswith("Line 1:")


def test_check_article_includes_the_accessibility_checks(tmp_path: Path) -> None:
    bundle = tmp_path / "ws" / "story"
    bundle.mkdir(parents=True)
    problems = check_article(Article(meta={}, body="Text.\n\n##\n"), bundle, load_vocabulary())
    assert ("heading-empty", 3) in [(p.rule, p.line) for p in problems]


def test_a_body_too_deep_to_render_is_left_to_lint(tmp_path: Path) -> None:
    assert check_accessibility(Article(meta={}, body=">" * 100 + " deep\n"), tmp_path / "story") == []


@pytest.mark.parametrize(("environ", "start"), [
    ({"LANG": "es_ES.UTF-8"}, "Línea 1: el texto del enlace «click here» no dice adónde lleva"),
    ({"LANG": "pt_BR.UTF-8"}, "Linha 1: o texto do link “click here” não diz aonde ele leva"),
])
def test_the_sentences_come_in_the_interface_language(environ: dict[str, str], start: str, tmp_path: Path) -> None:
    from sr_editor.cli.language import install_language

    install_language(environ)
    try:
        [problem] = check_accessibility(Article(meta={}, body="[click here](https://x.org)\n"), tmp_path / "s")
    finally:
        install_language({"LANG": "C"})
    assert problem.message.startswith(start)


def test_a_paragraph_of_abbreviations_is_not_a_paragraph_in_capitals(tmp_path: Path) -> None:
    body = "The MST, the CPT, the UN, the EU and the OAS sent observers; so did NATO and the ILO.\n"
    assert _found(Article(meta={}, body=body), tmp_path) == []


def test_words_that_can_name_a_page_and_a_bare_domain_are_good_link_texts(tmp_path: Path) -> None:
    body = ("The union's [website](https://x.org) and our [source](https://y.org/doc) agree; see "
            "[www.example.org](https://www.example.org).\n")
    assert _found(Article(meta={}, body=body), tmp_path) == []


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Click here to read the report"), ("es", "Haga clic aquí para ver el informe"),
    ("pt-BR", "Clique aqui para ler o relatório")])
def test_a_link_that_opens_with_click_here_is_vague_however_it_goes_on(lang: str, text: str, tmp_path: Path) -> None:
    body = f"Budget: [{text}](https://x.org/report).\n"
    assert _found(Article(meta={"lang": lang}, body=body), tmp_path) == [(1, "link-vague-text")]


def test_a_short_shouted_paragraph_is_in_capitals(tmp_path: Path) -> None:
    body = "Text.\n\nATTENTION READERS: THE MEETING IS CANCELLED.\n"
    assert _found(Article(meta={}, body=body), tmp_path) == [(3, "caps-paragraph")]


def test_without_any_language_the_words_of_every_language_count(tmp_path: Path) -> None:
    body = "Los datos están [aquí](https://x.org/a) y [leia mais](https://x.org/b).\n"
    assert _found(Article(meta={}, body=body), tmp_path) == [(1, "link-vague-text"), (1, "link-vague-text")]


def test_a_reference_style_link_is_named_by_its_line_in_the_text_not_its_definition(tmp_path: Path) -> None:
    body = "Intro.\n\nThe agenda is\nonline: [click here][agenda].\n\nMore text.\n\n[agenda]: https://x.org/agenda\n"
    assert _found(Article(meta={}, body=body), tmp_path) == [(4, "link-vague-text")]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from([*"ab1_-— .\n\t\u00a0\u2028é٣", "Ж", "…", "🙂"]), max_size=60))
def test_the_section_word_count_counts_as_the_plain_definition_does(text: str) -> None:
    assert count_words(text) == sum(1 for word in text.split() if any(char.isalnum() for char in word[:3]))
