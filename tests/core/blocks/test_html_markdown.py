"""The HTML/block-markup -> Markdown converter used by pull: every construct either converts or is kept."""

from __future__ import annotations

from sr_editor.core.blocks.html_markdown import find_images, marker_uid, original_url, to_markdown
from sr_editor.core.blocks.parse import split_blocks
from sr_editor.core.render.render import render_body
from sr_editor.core.review.compare import rendered_text


def test_block_delimiters_split_top_level_blocks_with_their_attributes() -> None:
    blocks = split_blocks('<!-- wp:heading {"level":3} -->\n<h3>A</h3>\n<!-- /wp:heading -->\n'
                          "<p>classic</p>\n<!-- wp:spacer /-->")
    assert [(b.name, b.attrs) for b in blocks] == [("core/heading", {"level": 3}), ("core/freeform", {}),
                                                    ("core/spacer", {})]


def test_nested_blocks_stay_inside_their_parent() -> None:
    [quote] = split_blocks("<!-- wp:quote -->\n<blockquote><!-- wp:paragraph -->\n<p>x</p>\n"
                           "<!-- /wp:paragraph --></blockquote>\n<!-- /wp:quote -->")
    assert quote.name == "core/quote" and "<p>x</p>" in quote.inner


def test_our_publish_marker_is_dropped_and_its_uid_found() -> None:
    content = "<p>Text</p>\n<!-- sr-editor:abc123:def -->\n"
    assert to_markdown(content).markdown == "Text\n" and marker_uid(content) == "abc123"


def test_an_image_block_becomes_an_image_with_its_caption_and_local_name() -> None:
    content = ('<!-- wp:image {"id":5} -->\n<figure class="wp-block-image"><img src="https://s/up/a-1024x768.jpg" '
               'alt="A crowd" class="wp-image-5"/><figcaption class="wp-element-caption">Port-au-Prince</figcaption>'
               "</figure>\n<!-- /wp:image -->")
    converted = to_markdown(content, {"https://s/up/a.jpg": "a.jpg"})
    assert converted.markdown == '![A crowd](a.jpg "Port-au-Prince")\n'
    assert find_images(content)[0].media_id == 5 and original_url("https://s/up/a-1024x768.jpg").endswith("/a.jpg")


def test_an_empty_alt_is_missing_unless_the_image_was_decorative_here() -> None:
    content = '<figure class="wp-block-image"><img src="https://s/o.png" alt=""/></figure>'
    assert to_markdown(content, {"https://s/o.png": "o.png"}).markdown == "![](o.png)\n"
    assert to_markdown(content, {"https://s/o.png": "o.png"}, {"o.png"}).markdown == "![](o.png){.decorative}\n"


def test_footnotes_survive_kses_rewriting_their_links() -> None:
    content = ('<p>Claim.<sup id="fnref:1"><a class="footnote-ref" href="1">1</a></sup></p>\n<div class="footnote">'
               '<hr /><ol><li id="fn:1"><p>Source.&#160;<a class="footnote-backref" href="1">&#8617;</a></p></li>'
               "</ol></div>")
    assert to_markdown(content).markdown == "Claim.[^1]\n\n[^1]: Source.\n"


def test_a_block_without_a_markdown_form_is_kept_as_a_unit_verbatim_and_named() -> None:
    content = ('<!-- wp:columns -->\n<div class="wp-block-columns"><div class="wp-block-column"><p>Left</p></div>'
               "</div>\n<!-- /wp:columns -->")
    converted = to_markdown(content)
    assert converted.markdown == content + "\n"
    assert converted.units == ["core/columns"] and converted.raw == [] and converted.lossy == []
    assert render_body(converted.markdown) == content


def test_an_html_block_our_renderer_would_change_is_kept_as_a_unit() -> None:
    content = '<!-- wp:html -->\n<iframe src="https://video.example/x"></iframe>\n<!-- /wp:html -->'
    converted = to_markdown(content)
    assert converted.markdown == content + "\n" and converted.units == ["core/html"]
    assert render_body(converted.markdown) == content


def test_a_table_without_a_header_row_stays_html() -> None:
    converted = to_markdown('<figure class="wp-block-table"><table><tbody><tr><td>a</td></tr></tbody></table></figure>')
    assert converted.markdown.startswith("<table>") and converted.raw == ["<table>"]


def test_classic_content_paragraphs_come_from_blank_lines() -> None:
    assert to_markdown("First line\n\nSecond <em>one</em>").markdown == "First line\n\nSecond *one*\n"


def test_text_that_looks_like_markdown_is_escaped_so_it_renders_as_written() -> None:
    content = "<p># not a heading</p><p>a * b and _x_ and [y] &lt;b&gt;</p>"
    md = to_markdown(content).markdown
    assert rendered_text(md) == "# not a heading\na * b and _x_ and [y] <b>"
    assert "<h1" not in render_body(md) and "<em>" not in render_body(md)


def test_inline_elements_without_markdown_form_are_kept_as_tags() -> None:
    assert to_markdown("<p>H<sub>2</sub>O is <mark>wet</mark></p>").markdown == "H<sub>2</sub>O is <mark>wet</mark>\n"


def test_footnotes_with_dash_ids_and_the_marker_in_block_attributes_are_read() -> None:
    content = ('<!-- wp:paragraph {"srEditor":"sr-editor:abc123:tok"} -->\n<p>Claim.<sup id="fnref-n1"><a '
               'class="footnote-ref" href="#fn-n1">1</a></sup></p>\n<!-- /wp:paragraph -->\n\n<!-- wp:html -->\n'
               '<div class="footnote"><hr /><ol><li id="fn-n1"><p>Source.&#160;<a class="footnote-backref" '
               'href="#fnref-n1">&#8617;</a></p></li></ol></div>\n<!-- /wp:html -->')
    assert to_markdown(content).markdown == "Claim.[^n1]\n\n[^n1]: Source.\n" and marker_uid(content) == "abc123"


def test_an_html_block_holding_only_our_marker_leaves_nothing() -> None:
    converted = to_markdown("<!-- wp:html -->\n<!-- sr-editor:abc:tok -->\n<!-- /wp:html -->")
    assert converted.markdown == "" and converted.raw == [] and converted.lossy == []


def test_images_of_blocks_that_are_always_units_can_be_left_out() -> None:
    gallery = ('<!-- wp:gallery -->\n<figure class="wp-block-gallery"><!-- wp:image {"id":3} -->\n'
               '<figure class="wp-block-image"><img src="https://s/g.jpg" alt="G" class="wp-image-3"/></figure>\n'
               '<!-- /wp:image --></figure>\n<!-- /wp:gallery -->\n\n<!-- wp:image {"id":4} -->\n'
               '<figure class="wp-block-image"><img src="https://s/i.jpg" alt="I" class="wp-image-4"/></figure>\n'
               "<!-- /wp:image -->")
    assert [i.src for i in find_images(gallery)] == ["https://s/g.jpg", "https://s/i.jpg"]
    assert [i.src for i in find_images(gallery, in_units=False)] == ["https://s/i.jpg"]


def test_a_quote_as_the_67_editor_saves_it_is_markdown() -> None:
    content = ('<!-- wp:quote -->\n<blockquote class="wp-block-quote is-layout-flow wp-block-quote-is-layout-flow">'
               "<!-- wp:paragraph -->\n<p>Words.</p>\n<!-- /wp:paragraph --></blockquote>\n<!-- /wp:quote -->")
    assert to_markdown(content).markdown == "> Words.\n"
