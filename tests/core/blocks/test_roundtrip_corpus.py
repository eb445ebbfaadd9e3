"""The block-preserving round trip without a site: pull (content -> Markdown), edit one word in another paragraph,
publish (the content we would send). Only the edited paragraph may differ from what the editor wrote."""

from __future__ import annotations

import pytest
from wp_editor_corpus import KEPT, LAST, all_blocks, post

from sr_editor.core.blocks.html_markdown import to_markdown
from sr_editor.core.blocks.keep import SiteBase, keep_site_blocks
from sr_editor.core.blocks.parse import split_blocks
from sr_editor.core.blocks.text import preview_placeholders
from sr_editor.core.blocks.unit_syntax import without_marker
from sr_editor.core.render.render import render_body

MARKER = "sr-editor:0123456789abcdef:fedcba987654"
ENTRIES = sorted(all_blocks())


def publish_content(site_content: str, edit: tuple[str, str] | None) -> tuple[str, str]:
    """(the Markdown the pull gives, the content a publish sends after `edit` (old, new) in that Markdown)."""
    converted = to_markdown(site_content)
    assert converted.sources is not None
    markdown = converted.markdown
    edited = markdown.replace(*edit) if edit else markdown
    assert edit is None or edited != markdown
    base = SiteBase(site_content, tuple(converted.sources))
    return markdown, keep_site_blocks(render_body(edited), render_body(markdown), base, MARKER).content


def outers(content: str) -> list[str]:
    return [block.outer for block in split_blocks(content)]


@pytest.mark.parametrize("name", ENTRIES)
def test_a_one_word_edit_in_another_paragraph_changes_only_that_paragraph(name: str) -> None:
    original = post(all_blocks()[name])
    _markdown, sent = publish_content(original, ("again in spring", "again in autumn"))
    before, after = outers(original), outers(sent)
    assert len(after) == len(before)
    assert after[:-1] == before[:-1]
    assert "again in autumn" in after[-1] and after[-1] != before[-1]


@pytest.mark.parametrize("name", ENTRIES)
def test_each_block_is_faithful_markdown_or_a_kept_unit_as_listed(name: str) -> None:
    markup = all_blocks()[name]
    markdown = to_markdown(post(markup)).markdown
    assert (markup in markdown) == (name in KEPT), markdown


@pytest.mark.parametrize("name", ENTRIES)
def test_publishing_without_an_edit_sends_the_site_blocks_unchanged(name: str) -> None:
    original = post(all_blocks()[name])
    _markdown, sent = publish_content(original, None)
    assert [without_marker(b) for b in outers(sent)] == outers(original)


def test_a_kept_unit_moved_elsewhere_is_published_unchanged_in_its_new_place() -> None:
    unit = all_blocks()["embed-youtube"]
    original = post(unit)
    markdown = to_markdown(original).markdown
    moved = markdown.replace(unit + "\n\n", "") + "\n" + unit + "\n"
    sent = render_body(moved)
    assert outers(sent)[-1] == unit


def test_a_kept_unit_keeps_its_blank_lines_tabs_and_brackets() -> None:
    unit = all_blocks()["columns"].replace("Left column.", "Left\tcolumn [x].") + "\n"
    html = render_body("Intro.\n\n" + unit + "\nAfter.\n")
    assert unit.strip() in html and "&#091;" not in html


def test_a_crlf_file_publishes_the_unit_with_the_sites_line_ends() -> None:
    unit = all_blocks()["gallery"]
    html = render_body(("Intro.\n\n" + unit + "\n").replace("\n", "\r\n"))
    assert unit in html


@pytest.mark.parametrize(("name", "old", "new", "kept"), [
    ("list-nested", "Oruro", "Tarija", "<li>Regions<!-- wp:list -->"),
    ("table-aligned", "Oruro", "Tarija", '<td class="has-text-align-right" data-align="right">800</td>'),
    ("shortcode", 'title="Contact"', 'title="Write"', '<!-- wp:shortcode -->\n[contact-form-7 id="12" title="Write"]'),
    ("list-ordered-start", "Fourth", "Last", '<ol start="3">'),
    ("paragraph-new-tab-link", "first", "now", 'target="_blank" rel="noreferrer noopener"'),
])
def test_an_edited_faithful_block_keeps_its_form(name: str, old: str, new: str, kept: str) -> None:
    original = post(all_blocks()[name])
    _markdown, sent = publish_content(original, (old, new))
    changed = without_marker(outers(sent)[1])
    assert kept in changed and new in changed


def test_two_lists_of_the_site_stay_two_lists() -> None:
    lists = all_blocks()["list"] + "\n\n" + all_blocks()["list-ordered-start"].replace(
        '<!-- wp:list {"ordered":true,"start":3} -->\n<ol start="3">', "<!-- wp:list -->\n<ul>").replace(
        "</ol>", "</ul>")
    original = post(lists)
    _markdown, sent = publish_content(original, ("again in spring", "again in autumn"))
    assert outers(sent)[:-1] == outers(original)[:-1]


def test_the_last_paragraph_is_what_the_edit_targets() -> None:
    assert "again in spring" in LAST


@pytest.mark.parametrize(("name", "label"), [("gallery", "gallery"), ("more", "more"), ("spacer", "spacer"),
                                             ("html-iframe", "html"), ("cover", "cover"), ("file", "file"),
                                             ("latest-posts", "latest-posts")])
def test_the_preview_shows_a_unit_it_cannot_show_as_a_labelled_box(name: str, label: str) -> None:
    shown = preview_placeholders(render_body(to_markdown(post(all_blocks()[name])).markdown))
    [box] = [b for b in outers(shown) if "sr-kept-unit" in b]
    assert f"Kept as on the site: {label}</strong>" in box
    assert "<iframe" not in shown and "<audio" not in shown


def test_the_preview_shows_the_saved_html_of_a_unit_the_policy_allows() -> None:
    shown = preview_placeholders(render_body(to_markdown(post(all_blocks()["columns"])).markdown))
    assert '<div class="wp-block-columns">' in shown and "sr-kept-unit" not in shown and "Left column." in shown


def test_the_corpus_and_what_publish_sends_after_an_edit_are_valid_blocks_in_both_editor_lines() -> None:
    """The corpus is the editor's own form (Gutenberg's validator under Node, WordPress 6.1 and 6.7 lines), and
    the content a publish sends after a one-word edit opens in both editors without an invalid block."""
    import validator_run

    validator_run.require_validator()
    docs: dict[str, str] = {}
    for name in ENTRIES:
        original = post(all_blocks()[name])
        docs[name] = original
        docs[f"{name}@sent"] = publish_content(original, ("again in spring", "again in autumn"))[1]
    unknown = {"wp61": {"third-party", "details", "footnotes"}, "npm": {"third-party"}}
    for line in validator_run.LINES:
        for doc, blocks in validator_run.validate(line, docs).items():
            found = list(validator_run.problems(blocks))
            if doc.split("@")[0] in unknown[line]:
                assert all(p.startswith("core/missing") for p in found), (line, doc, found)
            else:
                assert found == [], (line, doc, found)


def test_what_our_renderer_publishes_comes_back_as_markdown_not_as_units() -> None:
    """Posts first written by this app keep their Markdown: only block HTML typed inside a list item (which the
    checks already warn about) has no Markdown form to come back to."""
    from block_corpus import FORMS, corpus_bodies, uploaded

    from sr_editor.core.blocks.text import attach_marker

    for name, body in corpus_bodies().items():
        for version in FORMS.values():
            converted = to_markdown(attach_marker(render_body(body, uploaded, site_version=version), MARKER))
            expected = ["core/list"] if name.endswith("block-html-in-sentences.md") else []
            assert converted.units == expected, (name, version)


def test_the_preview_boxes_a_paragraph_unit_holding_styles_or_scripts() -> None:
    unit = ('<!-- wp:paragraph {"style":{"color":{"text":"#f00"}}} -->\n<p style="color:#f00" onclick="x()">Red'
            "</p>\n<!-- /wp:paragraph -->")
    shown = preview_placeholders(render_body(f"Intro.\n\n{unit}\n"))
    assert "onclick" not in shown and "Kept as on the site: paragraph" in shown
