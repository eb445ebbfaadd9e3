"""core.md_source: where images are in the Markdown source, outside code."""

from __future__ import annotations

import itertools

from sr_editor.core.images.in_source import code_ranges, find_images


def test_an_image_in_a_code_span_that_encloses_a_fence_is_not_an_image() -> None:
    body = "Before `span start\n```\nfenced\n```\n![not an image](a.png) span end` after ![real](b.png)\n"
    assert [ref.src for ref in find_images(body)] == ["b.png"]


def test_code_ranges_are_sorted_and_disjoint() -> None:
    body = "`a` and ``b `c` b`` then\n```\ncode `x`\n```\n`d`\n"
    ranges = code_ranges(body)
    assert ranges == sorted(ranges)
    assert all(end <= start for (_, end), (start, _) in itertools.pairwise(ranges))


def test_a_reference_image_uses_the_definition_found_on_a_line_holding_it() -> None:
    body = "![alt][photo]\n\nText.\n\n  [photo]: pics/a.png\n    \"The caption\"\n"
    refs = find_images(body)
    assert [(ref.src, ref.caption) for ref in refs] == [("pics/a.png", "The caption")]


def test_a_definition_inside_a_fence_does_not_count() -> None:
    body = "![alt][photo]\n\n```\n[photo]: pics/a.png\n```\n"
    assert find_images(body) == []


def test_unmatched_backtick_runs_leave_the_images_after_them() -> None:
    body = "`` " * 500 + "` ![a](x.png)"
    assert [ref.src for ref in find_images(body)] == ["x.png"]
