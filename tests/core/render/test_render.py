"""The renderer: Gutenberg figures, decorative images, URL mapping, Markdown features, thread safety."""

from __future__ import annotations

import threading

from sr_editor.core.render.render import UploadedImage, render_body


def _uploaded(src: str) -> UploadedImage | None:
    return UploadedImage(f"https://site.example/wp-content/uploads/{src}", 77) if src == "crowd.jpg" else None


def test_lone_image_with_title_becomes_a_gutenberg_figure_with_caption() -> None:
    html = render_body('![Protesters in a street](crowd.jpg "Port-au-Prince, 2021")')
    assert '<figure class="wp-block-image size-large">' in html
    assert '<img alt="Protesters in a street" src="crowd.jpg" />' in html
    assert '<figcaption class="wp-element-caption">Port-au-Prince, 2021</figcaption></figure>' in html
    assert "<p>" not in html


def test_figure_is_wrapped_in_image_block_comments() -> None:
    html = render_body("![A](crowd.jpg)")
    assert html.startswith('<!-- wp:image {"sizeSlug":"large","linkDestination":"none"} -->\n<figure')
    assert html.endswith("</figure>\n<!-- /wp:image -->")


def test_uploaded_image_gets_url_media_id_class_and_block_id() -> None:
    html = render_body("![A](crowd.jpg)", _uploaded)
    assert 'src="https://site.example/wp-content/uploads/crowd.jpg"' in html
    assert 'class="wp-image-77"' in html
    assert '<!-- wp:image {"id":77,' in html


def test_string_resolver_replaces_only_the_src() -> None:
    html = render_body("![A](a.jpg)", lambda src: f"file:///tmp/bundle/{src}")
    assert 'src="file:///tmp/bundle/a.jpg"' in html
    assert "wp-image-" not in html


def test_resolver_returning_none_leaves_src_as_written() -> None:
    assert 'src="a.jpg"' in render_body("![A](a.jpg)", lambda src: None)


def test_figure_without_title_has_no_figcaption() -> None:
    assert "figcaption" not in render_body("![A](a.jpg)")


def test_inline_image_stays_an_img_inside_the_paragraph() -> None:
    html = render_body('Text ![Logo](logo.png "Tip") more', _uploaded)
    assert html == _paragraph('Text <img alt="Logo" src="logo.png" title="Tip" /> more')


def test_inline_uploaded_image_gets_wp_image_class() -> None:
    assert 'class="wp-image-77"' in render_body("See ![A](crowd.jpg) here", _uploaded)


def test_decorative_image_renders_empty_alt_and_no_marker() -> None:
    html = render_body("![](ornament.png){.decorative}")
    assert 'alt=""' in html
    assert "decorative" not in html


def test_decorative_marker_wins_over_written_alt() -> None:
    assert 'alt=""' in render_body("![Line](ornament.png){.decorative}")


def test_missing_alt_renders_empty_alt_attribute() -> None:
    assert 'alt=""' in render_body("![](photo.jpg)")


def test_decorative_marker_on_reference_image_is_consumed() -> None:
    html = render_body("![][orn]{.decorative}\n\n[orn]: ornament.png")
    assert 'alt=""' in html and "{.decorative}" not in html


def test_caption_quotes_are_curled_and_escaped() -> None:
    html = render_body("![A](a.jpg 'A \"free\" <vote>')")
    assert "&ldquo;free&rdquo; &lt;vote&gt;</figcaption>" in html


def test_alt_text_is_attribute_escaped() -> None:
    assert 'alt="&quot;x&quot; &amp; &lt;y&gt;"' in render_body('![\\"x\\" & <y>](a.jpg)')


def test_smart_quotes_and_dashes() -> None:
    assert render_body('"Yes" -- it\'s --- done...') == _paragraph(
        "&ldquo;Yes&rdquo; &ndash; it&rsquo;s &mdash; done&hellip;"
    )


def test_headings_get_ids_with_accents_folded_and_duplicates_numbered() -> None:
    html = render_body("## Haití hoy\n\n## Haití hoy")
    assert '<h2 id="haiti-hoy">' in html and '<h2 id="haiti-hoy_1">' in html


def test_toc_marker_is_plain_text() -> None:
    assert render_body("[TOC]") == _paragraph("&#091;TOC]")


def test_tables() -> None:
    assert '<figure class="wp-block-table"><table>' in render_body("| a | b |\n|---|---|\n| 1 | 2 |")


def test_footnotes() -> None:
    html = render_body("Claim[^1].\n\n[^1]: Source.")
    assert 'class="footnote-ref"' in html and '<!-- wp:html -->\n<div class="footnote">' in html


def test_sane_lists_do_not_merge_ordered_and_unordered() -> None:
    html = render_body("1. one\n2. two\n\n* a\n* b")
    assert '<!-- wp:list {"ordered":true} -->\n<ol>' in html and "<!-- wp:list -->\n<ul>" in html


def test_fenced_code_is_escaped_and_images_inside_stay_text() -> None:
    html = render_body("```\n![x](y.jpg) <b>\n```")
    assert "<img" not in html and "&lt;b&gt;" in html


def test_soft_line_breaks_become_spaces_so_wpautop_adds_no_br() -> None:
    assert render_body("one\ntwo\nthree") == _paragraph("one two three")


def test_code_blocks_keep_their_newlines() -> None:
    assert "a\nb" in render_body("    a\n    b")


def test_hard_line_break_is_kept() -> None:
    assert "<br />" in render_body("one  \ntwo")


def test_empty_body_renders_empty() -> None:
    assert render_body("") == ""


def test_same_output_on_repeated_calls_state_is_reset() -> None:
    body = "## A\n\nx[^1]\n\n[^1]: n"
    assert render_body(body) == render_body(body)


def test_each_thread_renders_independently() -> None:
    bodies = [f"## Heading {i}\n\n" + "word " * 500 + f"[^{i}]\n\n[^{i}]: note {i}" for i in range(4)]
    expected = [render_body(b) for b in bodies]
    results: dict[int, list[str]] = {}

    def work(i: int) -> None:
        results[i] = [render_body(bodies[i]) for _ in range(20)]

    threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for i in range(4):
        assert results[i] == [expected[i]] * 20


def test_resolver_is_not_kept_after_the_call() -> None:
    render_body("![A](crowd.jpg)", _uploaded)
    assert "wp-image-77" not in render_body("![A](crowd.jpg)")


def _paragraph(inner: str) -> str:
    return f"<!-- wp:paragraph -->\n<p>{inner}</p>\n<!-- /wp:paragraph -->"
