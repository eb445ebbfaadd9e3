"""Front matter: exact round trips of hand-written files, key order, line endings, the known-key shapes."""

from __future__ import annotations

import math

import pytest

from sr_editor.core.article.article import Article
from sr_editor.core.article.frontmatter import dump_front_matter, parse_article, serialize_article
from sr_editor.core.errors import UnwritableMetadataError

HAND_WRITTEN = (
    "---\n"
    "# a comment the writer keeps\n"
    "title: 'Haití: the fight'\n"
    "zeta: 1\n"
    "slug: haiti\n"
    "alpha: [b, a]\n"
    "---\n"
    "Body with trailing spaces   \n"
    "\n"
    "no final newline"
)


def test_an_unchanged_hand_written_file_is_reproduced_byte_for_byte() -> None:
    assert serialize_article(parse_article(HAND_WRITTEN)) == HAND_WRITTEN


def test_unknown_keys_are_kept_in_their_place_after_an_edit() -> None:
    article = parse_article(HAND_WRITTEN)
    article.title = "New"
    again = parse_article(serialize_article(article))
    assert list(again.meta) == ["title", "zeta", "slug", "alpha"]
    assert again.meta["alpha"] == ["b", "a"] and again.meta["zeta"] == 1


def test_a_new_known_key_goes_to_its_canonical_place() -> None:
    article = parse_article("---\ntitle: T\ncustom: x\ntags: [Haiti]\n---\n")
    article.status = "review"
    assert list(article.meta) == ["title", "custom", "status", "tags"]


def test_the_body_is_kept_exactly_with_crlf_and_trailing_spaces() -> None:
    text = "---\r\ntitle: T\r\n---\r\nline one  \r\nline two\r\n\r\n"
    article = parse_article(text)
    assert article.body == "line one  \r\nline two\r\n\r\n"
    article.title = "Changed"
    out = serialize_article(article)
    assert out == "---\r\ntitle: Changed\r\n---\r\nline one  \r\nline two\r\n\r\n"


def test_a_bom_is_kept() -> None:
    text = "\ufeff---\ntitle: T\n---\nbody"
    article = parse_article(text)
    assert article.title == "T"
    assert serialize_article(article) == text


def test_a_file_without_front_matter_is_an_article_with_empty_metadata() -> None:
    article = parse_article("# Just markdown\n")
    assert article.meta == {} and article.body == "# Just markdown\n"


def test_a_body_holding_a_dashes_line_is_not_taken_for_front_matter() -> None:
    article = parse_article("---\ntitle: T\n---\nabove\n---\nbelow\n")
    assert article.body == "above\n---\nbelow\n"


def test_a_form_feed_or_line_separator_in_the_front_matter_does_not_split_lines() -> None:
    article = Article(meta={"note": "a\u2028---\u2028b\x0c"}, body="x")
    assert parse_article(serialize_article(article)) == article


def test_nel_in_a_key_survives_the_round_trip() -> None:
    article = Article(meta={"\x85": "\x85"}, body="")
    assert parse_article(serialize_article(article)) == article


def test_a_hand_written_nan_does_not_make_the_article_unwritable() -> None:
    article = parse_article("---\nratio: .nan\ntitle: T\n---\n")
    article.title = "U"
    again = parse_article(serialize_article(article))
    assert math.isnan(again.meta["ratio"])


def test_a_value_yaml_cannot_write_is_refused() -> None:
    with pytest.raises(UnwritableMetadataError):
        dump_front_matter({"when": object()})


def test_dates_stay_dates() -> None:
    article = parse_article("---\ndate: 2021-01-15\n---\n")
    article.title = "T"
    assert parse_article(serialize_article(article)).meta["date"] == article.meta["date"]


def test_parsing_without_the_raw_copy_gives_the_same_article_for_reading() -> None:
    light = parse_article(HAND_WRITTEN, keep_raw=False)
    assert light == parse_article(HAND_WRITTEN)
    assert light.raw_front is None and light.raw_meta is None


def test_a_lone_dashes_line_is_front_matter_without_an_end() -> None:
    from sr_editor.core.errors import BrokenArticleError

    with pytest.raises(BrokenArticleError):
        parse_article("---")


def test_the_closing_delimiter_may_end_the_file() -> None:
    article = parse_article("---\ntitle: T\n---")
    assert article.title == "T" and article.body == ""
