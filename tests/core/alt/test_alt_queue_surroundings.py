"""The alt-text queue knows each image's surroundings (the sentence before and after, the caption), and its lint
warns when a description repeats them."""

from __future__ import annotations

from pathlib import Path

import pytest

from sr_editor.core.alt.queue import alt_problems, local_items, sentences_around
from sr_editor.core.storage.store import ArticleStore

ARTICLE = """---
title: Water
---
The river dried up in 2019. Farmers queued at the **only well** in [Petorca](https://example.org/p).

![Farmers queued at the only well in Petorca](well.jpg "The well, March 2026")

A tanker now comes twice a week. It is not enough.

![A tanker truck parked beside a dusty road](tanker.jpg)

It is not enough for the goats either.
"""


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    folder = tmp_path / "ws" / "water"
    folder.mkdir(parents=True)
    (folder / "index.md").write_text(ARTICLE, encoding="utf-8")
    for name in ("well.jpg", "tanker.jpg"):
        (folder / name).write_bytes(b"\xff\xd8")
    return folder


def test_each_usage_carries_the_sentence_before_and_after_the_image(bundle: Path) -> None:
    [item] = local_items(ArticleStore(bundle.parent, keep_history=False), [bundle])
    usage = item.used_in[0]
    assert usage.sentence_before == "Farmers queued at the only well in Petorca."
    assert usage.sentence_after == "A tanker now comes twice a week."
    assert item.caption == "The well, March 2026"


def test_an_alt_that_repeats_the_sentence_before_is_queued_with_its_rule(bundle: Path) -> None:
    [item] = local_items(ArticleStore(bundle.parent, keep_history=False), [bundle])
    assert item.id == "local:water/well.jpg" and item.problem == "alt-repeats-text"
    assert "well.jpg" in item.message


def test_the_live_lint_warns_when_a_typed_description_repeats_a_nearby_sentence() -> None:
    nearby = ["Farmers queued at the only well in Petorca.", "A tanker now comes twice a week."]
    [problem] = alt_problems("a tanker now comes twice a week", False, "", "x.jpg", nearby)
    assert problem.rule == "alt-repeats-text"
    assert alt_problems("A man fills two plastic drums from a tanker", False, "", "x.jpg", nearby) == []


def test_sentences_around_leave_markdown_marks_and_link_targets_out() -> None:
    before, after = sentences_around("One. Two [three](https://x.org) **four**.", "> Five six. Seven.")
    assert (before, after) == ("Two three four.", "Five six.")
