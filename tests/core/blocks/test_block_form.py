"""The block form without Node: exact markup per construct, version forms, shortcodes, marker, balancing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sr_editor.core.article.article import Article
from sr_editor.core.article.regions import load_vocabulary
from sr_editor.core.blocks.text import (
    DEFAULT_FORM,
    FORM_61,
    FORM_67,
    attach_marker,
    balance,
    block_attributes_json,
    block_tags_in_sentences,
    escape_shortcodes,
    form_for_version,
    preview_placeholders,
)
from sr_editor.core.checks.lint import Severity, check_article
from sr_editor.core.render.render import UploadedImage, render_body


@pytest.mark.parametrize(
    ("version", "form"),
    [("", DEFAULT_FORM), ("6.1.9", FORM_61), ("6.6.2", FORM_61), ("6.7", FORM_67), ("6.8.1", FORM_67),
     ("7.0", FORM_67), ("garbage", DEFAULT_FORM)],
)
def test_site_version_chooses_the_block_form(version: str, form: str) -> None:
    assert form_for_version(version) == form


def test_unknown_version_gets_the_form_every_line_accepts() -> None:
    assert DEFAULT_FORM == FORM_61


def test_67_form_writes_the_classes_the_67_editor_writes() -> None:
    html = render_body("## A\n\n- x\n\n| a |\n|---|\n| 1 |", site_version="6.7.1")
    assert '<h2 class="wp-block-heading" id="a">' in html
    assert '<ul class="wp-block-list">' in html
    assert '<!-- wp:table -->\n<figure class="wp-block-table"><table class="has-fixed-layout">' in html


def test_61_form_writes_plain_markup_and_a_table_the_67_editor_reads_without_migration() -> None:
    html = render_body("## A\n\n- x\n\n| a |\n|---|\n| 1 |")
    assert '<h2 id="a">' in html and "<ul>" in html
    assert '<!-- wp:table {"hasFixedLayout":false} -->\n<figure class="wp-block-table"><table>' in html


def test_each_top_level_construct_is_one_block_separated_by_a_blank_line() -> None:
    html = render_body("One.\n\nTwo.")
    assert html == ("<!-- wp:paragraph -->\n<p>One.</p>\n<!-- /wp:paragraph -->\n\n"
                    "<!-- wp:paragraph -->\n<p>Two.</p>\n<!-- /wp:paragraph -->")


def test_uploaded_image_block_carries_the_media_id() -> None:
    html = render_body("![A crowd](crowd.jpg)", lambda src: UploadedImage("https://s/crowd.jpg", 77))
    assert html.startswith('<!-- wp:image {"id":77,"sizeSlug":"large","linkDestination":"none"} -->\n'
                           '<figure class="wp-block-image size-large"><img alt="A crowd" class="wp-image-77"')


def test_linked_image_is_an_image_block_with_a_custom_link() -> None:
    html = render_body("[![A](a.jpg)](https://example.org/x)")
    assert '"linkDestination":"custom"' in html and '<a href="https://example.org/x"><img' in html


def test_two_images_on_consecutive_lines_are_two_image_blocks() -> None:
    assert render_body("![A](a.jpg)\n![B](b.jpg)").count("<!-- wp:image ") == 2


def test_image_in_a_quote_stays_inside_the_quote() -> None:
    html = render_body("> Text\n>\n> ![A](a.jpg)")
    assert html.index("<!-- wp:image ") < html.index("</blockquote>")


def test_nested_list_sits_inside_its_list_item() -> None:
    html = render_body("- a\n    - b")
    assert "<li>a<!-- wp:list -->\n<ul><!-- wp:list-item -->\n<li>b</li>" in html


def test_ordered_list_keeps_its_start() -> None:
    assert '<!-- wp:list {"ordered":true,"start":3} -->\n<ol start="3">' in render_body("3. c\n4. d")


def test_heading_level_and_anchor() -> None:
    assert render_body("### Haití") == (
        '<!-- wp:heading {"level":3} -->\n<h3 id="haiti">Haití</h3>\n<!-- /wp:heading -->'
    )


def test_code_keeps_its_language_as_a_class_name_and_escapes_shortcodes() -> None:
    html = render_body("```python\nx = '[gallery]'\n```")
    assert html == ('<!-- wp:code {"className":"language-python"} -->\n<pre class="wp-block-code language-python">'
                    "<code>x = '&#091;gallery]'</code></pre>\n<!-- /wp:code -->")


def test_table_alignment_is_written_as_classes_the_html_filter_keeps() -> None:
    html = render_body("| a |\n|:-:|\n| 1 |")
    assert '<td class="has-text-align-center" data-align="center">1</td>' in html and "style=" not in html


def test_footnote_ids_have_no_colon_so_kses_keeps_the_links() -> None:
    html = render_body("Claim[^1].\n\n[^1]: Source.")
    assert 'href="#fn-1"' in html and 'id="fn-1"' in html and "fn:" not in html


def test_shortcode_looking_text_is_escaped_everywhere_but_in_a_shortcode_block() -> None:
    html = render_body("[gallery] and `[caption]`\n\n```shortcode\n[audio src=\"a.mp3\"]\n```")
    assert "[gallery]" not in html and "&#091;caption]" in html
    assert '<!-- wp:shortcode -->\n[audio src="a.mp3"]\n<!-- /wp:shortcode -->' in html


def test_preview_shows_a_shortcode_block_as_a_labelled_placeholder() -> None:
    shown = preview_placeholders(render_body("```shortcode\n[gallery ids=\"1\"]\n```"))
    assert "Shortcode (runs on the site):" in shown and "&#091;gallery ids=\"1\"]" in shown
    assert "wp:shortcode" not in shown


def test_isolated_url_in_code_is_not_left_for_the_auto_embed() -> None:
    assert escape_shortcodes('<pre class="wp-block-code"><code>https://youtu.be/x</code></pre>') == (
        '<pre class="wp-block-code"><code>https:&#047;&#047;youtu.be/x</code></pre>'
    )


def test_block_attributes_are_escaped_as_wordpress_serializes_them() -> None:
    assert block_attributes_json({"a": "x--y<>&\"", "b": "/é"}) == (
        '{"a":"x\\u002d\\u002dy\\u003c\\u003e\\u0026\\u0022","b":"/é"}'
    )


def test_retry_marker_goes_into_the_first_block_comment() -> None:
    marked = attach_marker(render_body("## Hi\n\nText."), "sr-editor:u1:t1")
    first = marked.split("\n", 1)[0]
    assert first == '<!-- wp:heading {"srEditor":"sr-editor:u1:t1"} -->'
    assert marked.count("<!--") == render_body("## Hi\n\nText.").count("<!--")


def test_retry_marker_keeps_existing_block_attributes() -> None:
    marked = attach_marker(render_body("#### Hi"), "sr-editor:u:t")
    attrs = json.loads(marked.split(" ", 2)[2].rsplit(" -->", 1)[0].split("\n", 1)[0].removesuffix(" -->"))
    assert attrs == {"level": 4, "srEditor": "sr-editor:u:t"}


def test_retry_marker_on_an_empty_body_is_a_hidden_html_block() -> None:
    assert attach_marker("", "sr-editor:u:t") == "<!-- wp:html -->\n<!-- sr-editor:u:t -->\n<!-- /wp:html -->\n"


def test_unclosed_inline_tag_is_closed_with_its_block() -> None:
    assert "<p>A <b>bold.</b></p>" in render_body("A <b>bold.")


def test_stray_end_tag_is_dropped() -> None:
    assert balance("<!-- wp:paragraph -->\n<p>a</i></p>\n<!-- /wp:paragraph -->") == (
        "<!-- wp:paragraph -->\n<p>a</p>\n<!-- /wp:paragraph -->"
    )


def test_raw_table_rows_get_the_tbody_a_browser_adds() -> None:
    assert balance("<table><tr><td>1</td></tr></table>") == "<table><tbody><tr><td>1</td></tr></tbody></table>"


def test_crlf_body_renders_like_lf() -> None:
    body = "# T\n\n- a\n- b\n\n> q\n"
    assert render_body(body.replace("\n", "\r\n")) == render_body(body)


def test_app_preview_renderer_shows_the_placeholder_and_otherwise_the_published_html() -> None:
    from sr_editor.core.render.incremental import BLOCK_SEPARATOR
    from sr_editor.services.preview.renderer import preview_renderer

    pieces = preview_renderer()  # the preview's renderer gives pieces (patched one by one in the view)

    def render(body: str, resolve: object) -> str:
        return BLOCK_SEPARATOR.join(pieces(body, resolve))

    assert render("Text *here*.", None) == render_body("Text *here*.")
    assert "Shortcode (runs on the site):" in render("```shortcode\n[gallery]\n```", None)


def test_block_html_inside_a_sentence_makes_that_paragraph_an_html_block() -> None:
    html = render_body("Text <div>inside</div> more.")
    assert html == "<!-- wp:html -->\n<div>Text <div>inside</div> more.</div>\n<!-- /wp:html -->"


def test_check_names_the_line_of_block_html_inside_a_sentence(tmp_path: Path) -> None:
    body = "Fine paragraph.\n\n<div>\nA block of its own.\n</div>\n\nText <table><tr><td>x</td></tr></table> after.\n"
    problems = check_article(Article(meta={}, body=body), tmp_path, load_vocabulary())
    found = [p for p in problems if p.rule == "html-block-in-sentence"]
    assert [(p.line, p.severity) for p in found] == [(7, Severity.WARNING)]
    assert "Line 7" in found[0].message and "<table>" in found[0].message


def test_block_html_in_code_in_list_items_or_at_a_block_start_is_not_reported() -> None:
    body = "`<div>` in code\n\n- item <div>x</div>\n\n<div>own block</div>\n\n```\na <div> b\n```\n"
    assert block_tags_in_sentences(body) == []
