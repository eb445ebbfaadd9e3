"""The Site panel, Compare dialog and merge dialog as widgets (the real-site flows are in test_gui_site.py)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from sr_editor.core.article.article import Article
from sr_editor.core.review.compare import compare_articles
from sr_editor.core.review.merge3 import Choice, merge_hunks
from sr_editor.gui.site.compare_dialog import CompareDialog
from sr_editor.gui.site.merge_dialog import MergeDialog
from sr_editor.gui.site.site_panel import SitePanel
from sr_editor.publish.sync.site_review import SitePost

POSTS = [
    SitePost(1, "Haiti strike", "Ana", "2026-11-02T10:00:00", "", "pending", ("Latin America",), 1, 2, "pending"),
    SitePost(2, "Kenya votes", "Ben", "2026-11-05T10:00:00", "", "future", ("Africa",), 0, 0, "future"),
    SitePost(3, "Chile water", "Ana", "2026-11-04T10:00:00", "", "publish", ("Latin America",), 0, 1, "recent"),
]


def titles(panel: SitePanel) -> list[str]:
    return [str(panel.proxy.data(panel.proxy.index(r, 0))) for r in range(panel.proxy.rowCount())]


def test_panel_lists_newest_first_and_filters_by_words_and_kind(qtbot: Any) -> None:
    panel = SitePanel()
    qtbot.addWidget(panel)
    panel.set_posts(POSTS)
    assert titles(panel) == ["Kenya votes", "Chile water", "Haiti strike"]
    assert "3 posts, 1 awaiting review" in panel.statusLabel.text()
    panel.searchEdit.setText("ana latin")
    assert titles(panel) == ["Chile water", "Haiti strike"]
    panel.kindFilter.setCurrentIndex(panel.kindFilter.findData("pending"))
    assert titles(panel) == ["Haiti strike"]


def test_panel_sorts_by_problem_count(qtbot: Any) -> None:
    panel = SitePanel()
    qtbot.addWidget(panel)
    panel.set_posts(POSTS)
    panel.table.sortByColumn(5, Qt.SortOrder.DescendingOrder)
    assert titles(panel)[0] == "Haiti strike"
    assert panel.proxy.data(panel.proxy.index(0, 5)) == "1 E, 2 W"


def test_open_asks_for_the_selected_post_of_the_chosen_site(qtbot: Any) -> None:
    panel = SitePanel()
    qtbot.addWidget(panel)
    panel.set_sites(["production", "staging"], "staging")
    panel.set_posts(POSTS)
    panel.openButton.click()
    assert panel.statusLabel.text() == "Choose a post first."
    panel.table.selectRow(titles(panel).index("Chile water"))
    with qtbot.waitSignal(panel.openRequested) as signal:
        panel.openButton.click()
    assert signal.args == ["staging", 3]


def test_compare_dialog_shows_changed_words_only_where_they_differ(qtbot: Any) -> None:
    local = Article(meta={"title": "Strike in Haiti", "excerpt": "Same teaser."}, body="Teachers march today.\n")
    site = Article(meta={"title": "Strike in Haiti", "excerpt": "Same teaser."}, body="Teachers march on Monday.\n")
    dialog = CompareDialog(compare_articles(local, site), "haiti", "production")
    qtbot.addWidget(dialog)
    text = dialog.view.toPlainText()
    assert "Body (changed)" in text and "Title (same)" in text
    assert "today." in text and "on Monday." in text
    assert "differ in: Body." in dialog.findChild(QLabel, "compareSummary").text()


def test_merge_dialog_result_follows_each_choice(qtbot: Any) -> None:
    hunks = merge_hunks("a\nb\nc\n", "a\nmine\nc\n", "a\ntheirs\nc\n")
    dialog = MergeDialog(hunks, "production")
    qtbot.addWidget(dialog)
    assert dialog.merged() == "a\nmine\nc\n" and dialog.resultView.toPlainText() == "a\nmine\nc\n"
    dialog.choosers[0].setCurrentIndex(dialog.choosers[0].findData(Choice.BOTH))
    assert dialog.resultView.toPlainText() == "a\nmine\ntheirs\nc\n"


def test_the_site_conflict_dialog_shows_the_readable_comparison(qtbot: Any) -> None:
    from sr_editor.gui.publish.site_conflict_dialog import SiteConflictDialog
    from sr_editor.publish.errors import ConflictError, ConflictInfo

    local = Article(meta={"title": "Strike in Haiti"}, body="Teachers march today.\n")
    site = Article(meta={"title": "Strike in Haiti"}, body="Teachers march on Monday.\n")
    info = ConflictInfo("Ana", "2026-11-24T11:00:00", "-<p>x</p>\n+<p>y</p>", tuple(compare_articles(local, site)))
    dialog = SiteConflictDialog(ConflictError("haiti/index.md", "production", info), "production")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.compareView.isVisible() and not dialog.diffView.isVisible()
    text = dialog.compareView.toPlainText()
    assert "Body (changed)" in text and "on Monday." in text and "<p>" not in text


def test_site_text_with_escapes_and_bidi_overrides_is_shown_not_obeyed(qtbot) -> None:  # type: ignore[no-untyped-def]
    from sr_editor.gui.site.site_panel import _row
    from sr_editor.publish.sync.site_review import SitePost

    post = SitePost(post_id=7, title="Fine \x1b[2J\u202eevil", author="ana\x07", date="2026-12-01",
                    modified="2026-12-01", status="pending", regions=("Africa\u2066",), errors=0, warnings=0,
                    kind="pending")
    texts = [item.text() for item in _row(post)] + [_row(post)[0].toolTip()]
    assert all("\x1b" not in t and "\u202e" not in t and "\x07" not in t and "\u2066" not in t for t in texts)
    assert "\\x1b[2J" in texts[0]
