"""A note's passage is found again after edits, or said to be gone; never pinned somewhere wrong."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sr_editor.core.review.anchor import STOP_WORDS, find_passage

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


# ----- a real match, never common words alone -----------------------------------------------------------------
def test_a_paragraph_sharing_only_stop_words_does_not_carry_the_note() -> None:
    text = "It was the end of the day and the rest of the team was in the room at the time.\n\nOther things."
    assert find_passage(text, "the reform of the pension system was in the news for the whole week") is None


def test_the_same_words_in_another_order_do_not_carry_the_note() -> None:
    text = "Last year the ministry said the missing budget was found.\n\nNothing else."
    assert find_passage(text, "the budget of the ministry went missing last year, said the audit") is None


def test_a_paragraph_keeping_a_long_run_of_the_quote_carries_it() -> None:
    text = "Intro.\n\nOfficials confirmed that the water supply of the northern district was cut on Friday.\n\nEnd."
    anchor = find_passage(text, "Police said the water supply of the northern district was poisoned")
    assert anchor is not None and not anchor.exact and anchor.line(text) == 3


def test_of_two_paragraphs_the_one_keeping_more_of_the_quote_wins() -> None:
    text = ("The budget went missing, the minister said.\n\n"
            "The minister said forty per cent of the budget went missing in March.\n")
    anchor = find_passage(text, "The minister said 40 per cent of the budget went missing")
    assert anchor is not None and anchor.line(text) == 3


def test_a_short_quote_must_stand_whole() -> None:
    assert find_passage("The budget, went missing.", "budget went") is not None
    assert find_passage("The budget was found; nothing went missing.", "budget went") is None


def test_a_quote_of_only_stop_words_that_is_not_there_anchors_nowhere() -> None:
    assert find_passage("And then there were none of them in it.", "of the and to in the") is None


WORDS = st.sampled_from(["budget", "minister", "river", "council", "forty", "report", "school", "harvest",
                         "the", "of", "and", "in", "a", "to", "was"])
SENTENCES = st.lists(WORDS, min_size=1, max_size=25).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(st.lists(SENTENCES, min_size=1, max_size=6), st.data())
def test_a_quote_taken_from_the_text_is_found_exactly_where_it_is(paragraphs: list[str], data: st.DataObject) -> None:
    text = "\n\n".join(paragraphs)
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    quote = text[start:end]
    anchor = find_passage(text, quote)
    if quote.strip():
        assert anchor is not None and anchor.exact and text[anchor.start:anchor.end] == quote.strip()


@settings(max_examples=200, deadline=None)
@given(st.lists(SENTENCES, min_size=1, max_size=6), SENTENCES)
def test_an_anchor_is_inside_the_text_and_shares_a_word_that_is_not_a_stop_word(paragraphs: list[str],
                                                                               quote: str) -> None:
    text = "\n\n".join(paragraphs)
    anchor = find_passage(text, quote)
    if anchor is not None:
        assert 0 <= anchor.start < anchor.end <= len(text)
        assert anchor.exact or set(quote.split()) & set(text[anchor.start:anchor.end].split()) - STOP_WORDS


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.sampled_from(sorted(STOP_WORDS)), min_size=1, max_size=30).map(" ".join), min_size=1,
                max_size=5),
       st.lists(st.sampled_from(["budget", "minister", "river"]), min_size=1, max_size=5).map(" ".join))
def test_text_of_stop_words_never_carries_a_quote_of_other_words(paragraphs: list[str], quote: str) -> None:
    assert find_passage("\n\n".join(paragraphs), quote) is None
