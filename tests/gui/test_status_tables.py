"""The GUI's per-status tables (words, colours, publish choices) name exactly the statuses of the one list in
core/article/status.py: a status added or renamed there shows up here as a failing table, not a blank cell."""

from __future__ import annotations

from sr_editor.core.article.status import PUBLISH_STATUSES, STATUSES
from sr_editor.gui.common import shown_words
from sr_editor.gui.publish import publish_dialog
from sr_editor.gui.workspace import article_list


def test_the_article_list_has_a_word_and_a_colour_for_every_status() -> None:
    assert set(shown_words._SHORT_STATUSES) == set(STATUSES)
    assert set(article_list._STATUS_COLOURS) == set(article_list._STATUS_COLOURS_DARK) == set(STATUSES)


def test_the_publish_dialog_offers_every_status_a_publish_may_ask_for() -> None:
    offered = [key for key, *_texts in publish_dialog.STATUS_CHOICES]
    assert sorted(offered) == sorted(PUBLISH_STATUSES)
    assert set(publish_dialog.OUTCOME_VERBS) == set(PUBLISH_STATUSES)
