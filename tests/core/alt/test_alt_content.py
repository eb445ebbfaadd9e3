"""Rewriting one image's alt in post content: only that attribute value changes, byte for byte."""

from __future__ import annotations

import difflib

from hypothesis import given
from hypothesis import strategies as st

from sr_editor.core.alt.content import (
    current_alts,
    media_ids_in_content,
    set_alt_in_content,
)

BLOCK = (
    '<!-- wp:image {"id":12,"sizeSlug":"large","linkDestination":"none"} -->\n'
    '<figure class="wp-block-image size-large"><img src="http://x/a.jpg" alt="" class="wp-image-12"/>'
    "<figcaption>Crowd &amp; police</figcaption></figure>\n"
    "<!-- /wp:image -->"
)


def changed_spans(old: str, new: str) -> list[tuple[str, str]]:
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    return [(old[a1:a2], new[b1:b2]) for tag, a1, a2, b1, b2 in matcher.get_opcodes() if tag != "equal"]


def test_block_image_gets_the_alt_and_nothing_else_changes() -> None:
    result = set_alt_in_content(BLOCK, 12, "Protesters face police")
    assert result.content == BLOCK.replace('alt=""', 'alt="Protesters face police"')
    assert (result.changed, result.found) == (1, 1)


def test_other_media_ids_are_left_alone() -> None:
    content = BLOCK + "\n" + BLOCK.replace("12", "13")
    result = set_alt_in_content(content, 13, "Second")
    assert result.content.count('alt="Second"') == 1
    assert result.content.split("\n<!-- wp:image", 2)[0] == content.split("\n<!-- wp:image", 2)[0]


def test_wp_image_class_matches_whole_tokens_only() -> None:
    content = '<img class="wp-image-123" alt="">'
    assert set_alt_in_content(content, 12, "x").content == content
    assert set_alt_in_content(content, 123, "x").content == '<img class="wp-image-123" alt="x">'


def test_attribute_order_and_single_quotes_are_kept() -> None:
    content = "<p>a</p><img alt='old' width=300 class='size-medium wp-image-7' src='b.jpg' />"
    result = set_alt_in_content(content, 7, "It's new")
    assert result.content == "<p>a</p><img alt='It&#039;s new' width=300 class='size-medium wp-image-7' src='b.jpg' />"


def test_unquoted_alt_value_becomes_quoted_only_there() -> None:
    content = "<img src=a.jpg alt=old class=wp-image-5>"
    assert set_alt_in_content(content, 5, "new one").content == '<img src=a.jpg alt="new one" class=wp-image-5>'


def test_special_characters_are_written_as_entities() -> None:
    result = set_alt_in_content(BLOCK, 12, 'A "quote" & <tag>')
    assert 'alt="A &quot;quote&quot; &amp; &lt;tag&gt;"' in result.content
    assert current_alts(result.content, 12) == ['A "quote" & <tag>']


def test_entities_elsewhere_in_the_tag_are_untouched() -> None:
    content = '<img title="Tom &amp; Jerry&#8217;s" src="a.jpg?x=1&amp;y=2" alt="old" class="wp-image-9">'
    result = set_alt_in_content(content, 9, "new")
    assert changed_spans(content, result.content) == [("old", "new")]


def test_missing_alt_is_added_after_src() -> None:
    content = '<img src="a.jpg" class="wp-image-4" width="10">'
    assert set_alt_in_content(content, 4, "Hi").content == '<img src="a.jpg" alt="Hi" class="wp-image-4" width="10">'


def test_missing_alt_without_src_goes_after_the_tag_name() -> None:
    assert set_alt_in_content('<IMG class="wp-image-4">', 4, "Hi").content == '<IMG alt="Hi" class="wp-image-4">'


def test_bare_alt_attribute_gets_a_value() -> None:
    assert set_alt_in_content('<img alt class="wp-image-4">', 4, "Hi").content == '<img alt="Hi" class="wp-image-4">'


def test_same_alt_already_there_changes_nothing() -> None:
    content = '<img alt="Same &amp; more" class="wp-image-4">'
    result = set_alt_in_content(content, 4, "Same & more")
    assert result.content == content and result.changed == 0 and result.found == 1


def test_uppercase_attribute_names_are_recognised() -> None:
    content = '<img SRC="a.jpg" ALT="old" CLASS="wp-image-4">'
    assert set_alt_in_content(content, 4, "new").content == '<img SRC="a.jpg" ALT="new" CLASS="wp-image-4">'


def test_same_image_twice_both_change() -> None:
    content = BLOCK + "\n<p>text</p>\n" + BLOCK
    result = set_alt_in_content(content, 12, "Twice")
    assert result.changed == 2 and result.content == content.replace('alt=""', 'alt="Twice"')


def test_classic_image_in_caption_shortcode() -> None:
    content = ('[caption id="attachment_31" align="alignnone" width="300"]<img class="size-medium wp-image-31" '
               'src="c.jpg" alt="" width="300" height="200" /> Police at the square[/caption]\n\nNext paragraph.')
    result = set_alt_in_content(content, 31, "Police line")
    assert changed_spans(content, result.content) == [("", "Police line")]


def test_block_without_class_is_found_by_the_block_id() -> None:
    content = '<!-- wp:image {"id":8} -->\n<figure class="wp-block-image"><img src="a.jpg" alt="x"/></figure>\n' \
              "<!-- /wp:image -->\n<p><img src=\"b.jpg\" alt=\"y\"></p>"
    result = set_alt_in_content(content, 8, "Found")
    assert result.changed == 1 and 'alt="y"' in result.content and 'alt="Found"' in result.content


def test_old_block_comment_alt_attribute_is_kept_in_step() -> None:
    content = '<!-- wp:image {"id":3,"alt":"old"} -->\n<figure><img src="a.jpg" alt="old" class="wp-image-3"/>' \
              "</figure>\n<!-- /wp:image -->"
    result = set_alt_in_content(content, 3, 'Says "no" -- <loud> & clear')
    assert '{"id":3,"alt":"Says \\u0022no\\u0022 \\u002d\\u002d \\u003cloud\\u003e \\u0026 clear"}' in result.content
    assert result.changed == 2


def test_images_inside_comments_and_scripts_are_not_touched() -> None:
    content = '<!-- <img class="wp-image-5" alt="c"> --><script>var s = \'<img class="wp-image-5" alt="s">\';' \
              '</script><img class="wp-image-5" alt="real">'
    result = set_alt_in_content(content, 5, "new")
    assert result.changed == 1 and result.content.endswith('alt="new">') and 'alt="c"' in result.content


def test_image_in_code_text_is_not_an_image() -> None:
    content = '<pre><code>&lt;img class="wp-image-5" alt="x"&gt;</code></pre>'
    assert set_alt_in_content(content, 5, "new").content == content


def test_malformed_html_around_the_image_survives() -> None:
    content = '<p>Unclosed <b>bold <div><img class="wp-image-6" alt="" src="a.jpg"></span></p></div'
    result = set_alt_in_content(content, 6, "ok")
    assert changed_spans(content, result.content) == [("", "ok")]


def test_truncated_tag_is_left_alone() -> None:
    content = '<p>x</p><img class="wp-image-6" alt="old'
    assert set_alt_in_content(content, 6, "new").content == content


def test_crlf_and_unicode_content_is_kept() -> None:
    content = "<p>Ünïcödé 🙂</p>\r\n<img src=\"a.jpg\" alt=\"\" class=\"wp-image-2\">\r\n<p>après</p>"
    result = set_alt_in_content(content, 2, "Décrit")
    assert result.content == content.replace('alt=""', 'alt="Décrit"')


def test_decorative_empties_the_alt() -> None:
    content = '<img src="a.jpg" alt="IMG_1234.jpg" class="wp-image-2">'
    assert set_alt_in_content(content, 2, "").content == '<img src="a.jpg" alt="" class="wp-image-2">'


def test_media_ids_are_listed_from_classes_and_blocks() -> None:
    content = BLOCK + '<img class="wp-image-40 alignleft"><!-- wp:image {"id":41} --><img src=x>'
    assert media_ids_in_content(content) == {12, 40, 41}


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40),
       st.sampled_from(["", "<p>before &amp; “quoted”</p>\n", "[caption]", "<br>\n\n"]))
def test_only_the_alt_value_ever_changes(alt: str, prefix: str) -> None:
    content = prefix + BLOCK + "\n<p>after</p>"
    result = set_alt_in_content(content, 12, alt)
    assert current_alts(result.content, 12) == [alt]
    start = content.index('alt=""') + len('alt="')
    assert result.content[:start] == content[:start]
    assert result.content.endswith(content[start + 1 :])


def test_cover_block_keeps_its_comment_alt_in_step_with_the_img() -> None:
    content = ('<!-- wp:cover {"url":"c.jpg","id":21,"alt":"","dimRatio":50} -->\n<div class="wp-block-cover">'
               '<img class="wp-block-cover__image-background wp-image-21" alt="" src="c.jpg" data-object-fit="cover"/>'
               '<div class="wp-block-cover__inner-container"><!-- wp:paragraph --><p>Hi</p><!-- /wp:paragraph -->'
               "</div></div>\n<!-- /wp:cover -->")
    result = set_alt_in_content(content, 21, "Night march")
    assert result.content == content.replace('"alt":""', '"alt":"Night march"').replace(
        'alt="" src', 'alt="Night march" src')


def test_other_blocks_with_another_id_are_not_touched() -> None:
    content = '<!-- wp:cover {"id":22,"alt":"keep"} --><img class="wp-image-22" alt="keep"><!-- /wp:cover -->'
    assert set_alt_in_content(content, 21, "x").content == content


def test_image_block_id_does_not_leak_past_its_end() -> None:
    content = '<!-- wp:image {"id":8} --><img src="a.jpg" alt="a"><!-- /wp:image --><p><img src="b.jpg" alt="b"></p>'
    result = set_alt_in_content(content, 8, "new")
    assert result.content.endswith('<img src="b.jpg" alt="b"></p>') and result.changed == 1


def test_unclosed_comment_hides_the_images_after_it_as_a_browser_does() -> None:
    content = "<p>a</p><!-- note " + '<img class="wp-image-5" alt="">'
    assert set_alt_in_content(content, 5, "x").content == content
    assert media_ids_in_content("<!--" * 1000 + '<img class="wp-image-5">') == set()


def test_deeply_nested_block_json_is_ignored_not_a_crash() -> None:
    content = "<!-- wp:image " + '{"a":' * 5000 + "1" + "}" * 5000 + ' -->\n<img class="wp-image-5" alt="">'
    assert set_alt_in_content(content, 5, "x").content.endswith('<img class="wp-image-5" alt="x">')


def test_alt_in_a_nested_object_of_the_block_comment_is_left_alone() -> None:
    comment = '<!-- wp:image {"id":5,"plugin":{"alt":"theirs"},"alt":"old"} -->'
    content = comment + '\n<figure><img class="wp-image-5" alt="old"/></figure>\n<!-- /wp:image -->'
    result = set_alt_in_content(content, 5, "new")
    assert '{"alt":"theirs"}' in result.content
    assert '"alt":"new"} -->' in result.content
    only_nested = '<!-- wp:image {"id":5,"plugin":{"alt":"theirs"}} -->'
    assert set_alt_in_content(only_nested, 5, "new").content == only_nested


def test_a_megabyte_of_broken_markup_is_scanned_and_left_as_it_is() -> None:
    for content in ("<img" * 250_000, "<img\n" * 200_000, "<" * 1_000_000, "<!--" * 250_000):
        assert set_alt_in_content(content, 5, "x").content == content


def test_tag_with_a_quote_inside_an_attribute_name_is_not_edited() -> None:
    content = '<img a"b class="wp-image-5" alt="old">'
    assert set_alt_in_content(content, 5, "x").content == content


def test_img_inside_script_or_after_unclosed_tag_is_not_an_image() -> None:
    script = '<script>var s = \'<img class="wp-image-5" alt="">\';</script>'
    assert set_alt_in_content(script, 5, "x").content == script
    unclosed = '<img class="wp-image-5" alt="a'
    assert set_alt_in_content(unclosed, 5, "x").content == unclosed


def test_gt_in_values_uppercase_alt_and_data_alt_are_read_as_a_browser_does() -> None:
    content = '<IMG data-alt="keep" title="a > b" ALT="old" class="wp-image-5" srcset="x-wp-image-6.jpg 2x">'
    result = set_alt_in_content(content, 5, "new")
    assert result.content == content.replace('ALT="old"', 'ALT="new"')
    assert set_alt_in_content(content, 6, "new").found == 0


def test_duplicate_alt_changes_the_first_one_which_is_the_one_browsers_use() -> None:
    content = '<img class="wp-image-5" alt="one" alt="two">'
    assert set_alt_in_content(content, 5, "new").content == '<img class="wp-image-5" alt="new" alt="two">'
    assert current_alts(set_alt_in_content(content, 5, "new").content, 5) == ["new"]


def test_hostile_alt_text_round_trips_in_tag_and_block_comment() -> None:
    alt = 'a "q" & <b> --> \n\u200f' + "x" * 10_000
    content = '<!-- wp:image {"id":5,"alt":""} -->\n<img class="wp-image-5" alt="">\n<!-- /wp:image -->'
    result = set_alt_in_content(content, 5, alt)
    assert current_alts(result.content, 5) == [alt]
    assert result.content.count("-->") == 2
    assert media_ids_in_content(result.content) == {5}
