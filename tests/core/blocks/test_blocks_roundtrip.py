"""Our block markup on the real WordPress, on each line (6.1.9 and the 6.7 pre-release): parse/serialize keeps
every byte, `the_content` adds no `<p>` or `<br>` inside figures, lists, tables, code or quotes, shortcode-looking
text stays text, and what Administrator, Editor and Author accounts save comes back (context=edit) as we sent it."""

from __future__ import annotations

from collections import Counter
from html.parser import HTMLParser
from typing import Any

import pytest
import wp_fixture
import wpsite
from block_corpus import corpus_bodies  # tests/support/block_corpus.py
from wp_php import run_wp_php

from sr_editor.core.render.render import render_body
from sr_editor.publish.errors import Operation

# Every test here runs on each WordPress line (Debian's 6.1.9 and the 6.7 pre-release), one site per line.
pytestmark = [pytest.mark.wordpress,
              pytest.mark.parametrize("wordpress", wp_fixture.LINE_PARAMS, indirect=True)]

CONTAINERS = ("figure", "ul", "ol", "table", "pre", "code", "blockquote")

ROUND_TRIP_PHP = r"""
$out = [];
foreach ($input as $name => $content) {
    $out[$name] = [
        'same' => serialize_blocks(parse_blocks($content)) === $content,
        'rendered' => apply_filters('the_content', $content),
        'top' => array_values(array_filter(array_map(function ($b) { return $b['blockName']; },
            parse_blocks($content)))),
        'freeform' => count(array_filter(parse_blocks($content), function ($b) {
            return $b['blockName'] === null && trim($b['innerHTML']) !== ''; })),
    ];
}
echo json_encode($out);
"""


class _Inside(HTMLParser):
    """Counts <p> and <br> start tags that sit inside each container element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[str] = []
        self.found: Counter[str] = Counter()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("p", "br"):
            for container in set(self.open):
                self.found[f"{tag} in {container}"] += 1
        if tag in CONTAINERS:
            self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in CONTAINERS and tag in self.open:
            del self.open[len(self.open) - 1 - self.open[::-1].index(tag)]


def inside_counts(markup: str) -> Counter[str]:
    parser = _Inside()
    parser.feed(markup)
    return parser.found


def rendered_corpus(site: wpsite.WordPressSite) -> dict[str, str]:
    """Each corpus file in the form for an unknown version (what every line accepts), keyed by file name, and in the
    site's own form when that differs ("NAME@site")."""
    docs = {name: render_body(body) for name, body in corpus_bodies().items()}
    for name, body in corpus_bodies().items():
        own = render_body(body, site_version=site.version)
        if own != docs[name]:
            docs[f"{name}@site"] = own
    return docs


@pytest.fixture(scope="module")
def php_results(wordpress: wpsite.WordPressSite) -> dict[str, dict[str, Any]]:
    result: dict[str, dict[str, Any]] = run_wp_php(wordpress, ROUND_TRIP_PHP, rendered_corpus(wordpress))
    return result


def test_the_site_form_is_tested_where_it_differs(wordpress: wpsite.WordPressSite) -> None:
    """On 6.7 our 6.7 markup (wp-block-heading, wp-block-list...) is sent too, so both forms meet the real site."""
    own = [name for name in rendered_corpus(wordpress) if name.endswith("@site")]
    assert bool(own) == wordpress.version.startswith("6.7")


def test_parse_then_serialize_blocks_gives_back_the_same_bytes(php_results: dict[str, dict[str, Any]]) -> None:
    assert {name for name, r in php_results.items() if not r["same"]} == set()


def test_nothing_sits_outside_a_block_for_php(php_results: dict[str, dict[str, Any]]) -> None:
    assert {name: r["freeform"] for name, r in php_results.items() if r["freeform"]} == {}


def test_the_content_adds_no_paragraph_or_break_inside_figures_lists_tables_code_or_quotes(
    php_results: dict[str, dict[str, Any]], wordpress: wpsite.WordPressSite,
) -> None:
    sent = rendered_corpus(wordpress)
    for name, result in php_results.items():
        assert inside_counts(result["rendered"]) == inside_counts(sent[name]), name


def test_shortcode_looking_text_is_shown_literally_and_a_shortcode_block_runs(
    php_results: dict[str, dict[str, Any]],
) -> None:
    page = php_results["footnotes-and-shortcodes.md"]["rendered"]
    assert "&#091;gallery]" in page and "&#091;caption id=" in page and "&#091;embed]" in page
    assert "gallery-1" not in page and "wp-caption" not in page  # nothing was executed
    assert "https:&#047;&#047;www.youtube.com" in page  # the isolated URL in code is not turned into an embed
    assert "wp-audio-shortcode" in page  # the real shortcode block ran


@pytest.mark.parametrize("role", ["administrator", "editor", "author"])
def test_content_saved_by_each_role_comes_back_as_sent(
    client_as: Any, unique: str, role: str, wordpress: wpsite.WordPressSite,
) -> None:
    client = client_as(role)
    for name, content in rendered_corpus(wordpress).items():
        created = client.post("/wp/v2/posts", {"title": f"{name} {unique}", "content": content, "status": "draft"},
                              {"context": "edit", "_fields": "id,content"}, op=Operation.CREATE_POST)
        assert created["content"]["raw"] == content, f"{name} as {role}"


def test_footnote_links_survive_the_html_filter_for_authors(client_as: Any, unique: str) -> None:
    content = render_body("A claim[^1].\n\n[^1]: The source.")
    created = client_as("author").post("/wp/v2/posts", {"title": unique, "content": content, "status": "draft"},
                                       {"context": "edit", "_fields": "id,content"}, op=Operation.CREATE_POST)
    raw = created["content"]["raw"]
    assert 'href="#fn-1"' in raw and 'href="#fnref-1"' in raw and 'id="fn-1"' in raw


def test_site_check_finds_the_wordpress_version_of_the_real_site(
    client_as: Any, wordpress: wpsite.WordPressSite,
) -> None:
    from sr_editor.publish.wordpress.doctor import diagnose

    shown = {"6.1.9": "6.1.9", "6.7-alpha-58716": "6.7"}[wordpress.version]  # the feed's generator: x.y[.z]
    form = "6.7" if shown.startswith("6.7") else "6.1"
    report = diagnose(client_as("author"))
    assert report.wp_version == shown
    assert any(f"WordPress {shown}: posts use the block markup of WordPress {form}" in line for _, line in report.lines)
