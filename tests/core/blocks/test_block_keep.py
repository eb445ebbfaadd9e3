"""Which blocks a publish sends as the site had them, and where the retry marker goes."""

from __future__ import annotations

from sr_editor.core.blocks.keep import SiteBase, keep_site_blocks
from sr_editor.core.blocks.parse import split_blocks
from sr_editor.core.render.render import render_body

MARKER = "sr-editor:abc:def"
SITE = ('<!-- wp:paragraph -->\n<p>One.</p>\n<!-- /wp:paragraph -->\n\n'
        '<!-- wp:heading {"textAlign":"center"} -->\n<h2 class="has-text-align-center">Two</h2>\n<!-- /wp:heading -->')


def send(new: str, base: str, site: SiteBase) -> list[str]:
    return [b.outer for b in split_blocks(keep_site_blocks(render_body(new), render_body(base), site, MARKER).content)]


def test_an_unchanged_block_goes_back_as_the_site_wrote_it_and_the_marker_into_the_changed_one() -> None:
    sent = send("One!\n\n## Two\n", "One.\n\n## Two\n", SiteBase(SITE, (0, 1)))
    assert sent[1] == split_blocks(SITE)[1].outer
    assert MARKER in sent[0] and "One!" in sent[0]


def test_a_synced_version_that_does_not_line_up_with_the_site_sends_our_rendering_whole() -> None:
    sent = send("One.\n\n## Two\n", "One.\n\n## Two\n", SiteBase(SITE, (0,)))  # one source for two blocks
    assert sent[1] == split_blocks(render_body("## Two\n"))[0].outer


def test_sources_pointing_outside_the_site_content_pair_nothing() -> None:
    sent = send("One.\n", "One.\n", SiteBase(SITE, (5,)))
    assert "srEditor" in sent[0] and "<p>One.</p>" in sent[0]


def test_a_block_of_the_site_keeps_its_older_marker_and_the_new_one_goes_into_the_changed_block() -> None:
    ours = '<!-- wp:paragraph {"srEditor":"sr-editor:abc:old"} -->\n<p>One.</p>\n<!-- /wp:paragraph -->'
    sent = send("One.\n\nNew.\n", "One.\n", SiteBase(ours))
    assert sent[0] == ours and MARKER in sent[1]


def test_with_no_block_rendered_anew_the_block_that_carried_the_marker_carries_the_new_one() -> None:
    ours = '<!-- wp:paragraph {"srEditor":"sr-editor:abc:old"} -->\n<p>One.</p>\n<!-- /wp:paragraph -->'
    two = f"{SITE.split(chr(10) * 2)[0]}\n\n{ours.replace('One.', 'Two.')}"
    sent = send("Two.\n", "One.\n\nTwo.\n", SiteBase(two))  # a block deleted, none changed
    assert sent == [ours.replace("One.", "Two.").replace("sr-editor:abc:old", MARKER)]


def test_repeated_blocks_pair_in_order() -> None:
    site = SITE.split("\n\n")[0]
    twice = f"{site}\n\n{site.replace('<p>', '<p> ')}"
    sent = send("One.\n\nOne.\n\nThree.\n", "One.\n\nOne.\n", SiteBase(twice, (0, 1)))
    assert sent[:2] == [b.outer for b in split_blocks(twice)]


def test_a_heading_edited_in_a_post_whose_headings_carry_no_anchor_gets_none_either() -> None:
    sent = send("One.\n\n## Two fixed\n", "One.\n\n## Two\n", SiteBase(SITE, (0, 1)))
    assert sent[0] == split_blocks(SITE)[0].outer
    assert "Two fixed</h2>" in sent[1] and " id=" not in sent[1]


def test_a_heading_edited_in_a_post_whose_headings_carry_anchors_keeps_ours() -> None:
    site = SITE.replace('<h2 class="has-text-align-center">', '<h2 class="has-text-align-center" id="two">')
    sent = send("One.\n\n## Two fixed\n", "One.\n\n## Two\n", SiteBase(site, (0, 1)))
    assert 'id="two-fixed"' in sent[1]


def test_a_paragraph_rendered_anew_keeps_an_id_its_html_wrote() -> None:
    site = '<!-- wp:paragraph -->\n<p>One.</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:heading -->\n<h2>T</h2>\n' \
           '<!-- /wp:heading -->'
    sent = send('One.\n\n<p id="keep">Raw</p>\n\n## T\n', "One.\n\n## T\n", SiteBase(site, (0, 1)))
    assert any('id="keep"' in block for block in sent)
