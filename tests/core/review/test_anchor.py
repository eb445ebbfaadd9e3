"""A note's passage is found again after edits, or said to be gone; never pinned somewhere wrong."""

from __future__ import annotations

from sr_editor.core.review.anchor import find_passage

TEXT = "First paragraph.\n\nThe minister said 40 per cent of the budget went missing.\n\nLast words."


def test_an_unchanged_passage_is_found_where_it_stands() -> None:
    anchor = find_passage(TEXT, "40 per cent")
    assert anchor is not None and anchor.exact and TEXT[anchor.start:anchor.end] == "40 per cent"
    assert anchor.line(TEXT) == 3


def test_a_passage_rewrapped_or_recased_is_still_exact() -> None:
    anchor = find_passage(TEXT.replace("said 40", "said\n40"), "MINISTER said 40  per cent")
    assert anchor is not None and anchor.exact


def test_an_edited_passage_points_at_the_paragraph_that_keeps_most_of_it() -> None:
    edited = TEXT.replace("40 per cent", "forty per cent")
    anchor = find_passage(edited, "The minister said 40 per cent of the budget went missing")
    assert anchor is not None and not anchor.exact and anchor.line(edited) == 3


def test_a_passage_that_is_gone_is_not_found() -> None:
    assert find_passage(TEXT, "an entirely different sentence about the harvest") is None


def test_an_empty_quote_anchors_nowhere() -> None:
    assert find_passage(TEXT, "   ") is None


def test_a_huge_paragraph_is_matched_exactly_only() -> None:
    text = "word " * 100_000
    assert find_passage(text, "x" * 2000) is None
    assert find_passage(text + "needle", "needle") is not None
