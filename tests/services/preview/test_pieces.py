"""What the window sends the render child: only the characters between the parts of the text that did not change."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sr_editor.services.preview import pieces
from sr_editor.services.preview.pieces import common_ends


def _one_by_one(old: str, new: str) -> tuple[int, int]:
    limit = min(len(old), len(new))
    start = 0
    while start < limit and old[start] == new[start]:
        start += 1
    end = 0
    while end < limit - start and old[len(old) - 1 - end] == new[len(new) - 1 - end]:
        end += 1
    return start, end


@pytest.mark.parametrize("stride", [1, 3, 16_384])
@given(old=st.text(alphabet="abé\n", max_size=80), new=st.text(alphabet="abé\n", max_size=80))
def test_common_ends_are_the_longest_shared_start_and_then_end(stride: int, old: str, new: str) -> None:
    saved = pieces._STRIDE
    pieces._STRIDE = stride
    try:
        assert common_ends(old, new) == _one_by_one(old, new)
    finally:
        pieces._STRIDE = saved


def test_one_key_in_a_long_text_leaves_one_character_between_the_ends() -> None:
    old = "word " * 120_000
    new = old[:300_001] + "x" + old[300_001:]
    start, end = common_ends(old, new)
    assert new[start:len(new) - end] == "x"


def test_the_shared_end_never_overlaps_the_shared_start() -> None:
    assert common_ends("aaaa", "aaaaaa") == (4, 0)
