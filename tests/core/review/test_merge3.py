"""Three-way merge by hunks: one-sided changes are taken, two-sided ones wait for the writer's choice."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sr_editor.core.review.merge3 import Choice, merge_hunks, merged_text

BASE = "title\none\ntwo\nthree\nfour\n"


def test_changes_on_different_lines_merge_without_a_question() -> None:
    hunks = merge_hunks(BASE, "title\nONE\ntwo\nthree\nfour\n", "title\none\ntwo\nthree\nFOUR\n")
    assert not any(h.conflict for h in hunks)
    assert merged_text(hunks) == "title\nONE\ntwo\nthree\nFOUR\n"


def test_the_same_line_changed_on_both_sides_is_a_conflict_resolved_by_choice() -> None:
    hunks = merge_hunks(BASE, "title\nmine\ntwo\nthree\nfour\n", "title\ntheirs\ntwo\nthree\nfour\n")
    [conflict] = [h for h in hunks if h.conflict]
    assert merged_text(hunks) == "title\nmine\ntwo\nthree\nfour\n"  # undecided keeps mine
    conflict.choice = Choice.THEIRS
    assert merged_text(hunks) == "title\ntheirs\ntwo\nthree\nfour\n"
    conflict.choice = Choice.BOTH
    assert merged_text(hunks) == "title\nmine\ntheirs\ntwo\nthree\nfour\n"


def test_additions_at_the_end_on_both_sides_are_a_conflict() -> None:
    hunks = merge_hunks(BASE, BASE + "mine\n", BASE + "theirs\n")
    assert [h.conflict for h in hunks].count(True) == 1


LINES = st.lists(st.sampled_from(["a\n", "b\n", "c\n", "d\n"]), max_size=8).map("".join)


@settings(max_examples=200)
@given(base=LINES, mine=LINES, theirs=LINES)
def test_choosing_a_side_everywhere_gives_that_side_when_the_other_did_not_change(
    base: str, mine: str, theirs: str
) -> None:
    assert merged_text(merge_hunks(base, mine, base)) == mine
    assert merged_text(merge_hunks(base, base, theirs)) == theirs
    hunks = merge_hunks(base, mine, theirs)
    assert "".join("".join(h.base) for h in hunks) == base
    assert "".join("".join(h.mine) for h in hunks) == mine
    assert "".join("".join(h.theirs) for h in hunks) == theirs
