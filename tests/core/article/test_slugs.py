"""Slugs: accents folded, ASCII lowercase with dashes, bounded length, never empty, unique."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sr_editor.core.article.slugs import MAX_SLUG_LENGTH, is_valid_slug, slugify, unique_slug


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Moïse", "moise"),
        ("Piñera", "pinera"),
        ("Haití: the Fight", "haiti-the-fight"),
        ("São Paulo — Brasil", "sao-paulo-brasil"),
        ("Straße", "strasse"),
        ("Łódź", "lodz"),
        ("  --Already-- slug  ", "already-slug"),
        ("2024: Año 1", "2024-ano-1"),
    ],
)
def test_titles_become_folded_ascii_slugs(title: str, slug: str) -> None:
    assert slugify(title) == slug


@pytest.mark.parametrize("title", ["", "   ", "!!!", "中文标题", "🙂"])
def test_a_title_without_latin_letters_falls_back_to_article(title: str) -> None:
    assert slugify(title) == "article"


def test_a_long_title_is_cut_on_a_word_boundary() -> None:
    slug = slugify("The despotic President of Haiti is refusing to step down after the end of his mandate")
    assert len(slug) <= MAX_SLUG_LENGTH
    assert slug == "the-despotic-president-of-haiti-is-refusing-to-step-down-after-the-end-of-his"


def test_a_single_overlong_word_is_cut_hard() -> None:
    assert slugify("a" * 200) == "a" * MAX_SLUG_LENGTH


def test_unique_slug_counts_up_from_2() -> None:
    assert unique_slug("story", set()) == "story"
    assert unique_slug("story", {"story"}) == "story-2"
    assert unique_slug("story", {"story", "story-2"}) == "story-3"


def test_unique_slug_stays_within_the_length_limit() -> None:
    base = slugify("word " * 40)
    assert len(unique_slug(base, {base})) <= MAX_SLUG_LENGTH


@given(st.text(max_size=200))
def test_every_slug_is_valid_and_bounded(title: str) -> None:
    assert is_valid_slug(slugify(title))
