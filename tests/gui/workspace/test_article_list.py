"""The article list: model, filters, keyboard navigation and the article actions."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QInputDialog, QLineEdit, QTableView

from sr_editor.core.storage.workspace import ArticleSummary
from sr_editor.gui.workspace.article_list import ArticleListPanel


def _summary(slug: str, title: str, status: str = "draft", regions: tuple[str, ...] = (), errors: int = 0,
             excerpt: str = "") -> ArticleSummary:
    return ArticleSummary(Path("/ws"), slug, title, excerpt, status, regions, (), 0.0, errors, 0, None)


@pytest.fixture
def panel(qtbot: Any) -> ArticleListPanel:
    widget = ArticleListPanel(("draft", "review", "ready", "published"), ("Africa", "Latin America"))
    qtbot.addWidget(widget)
    widget.set_articles([
        _summary("haiti", "Haiti protests", "review", ("Latin America",), excerpt="Crowds in the capital"),
        _summary("kenya", "Kenya votes", "draft", ("Africa",), errors=2),
        _summary("brazil", "Brazil forest", "ready", ("Latin America",)),
    ])
    return widget


def test_text_filter_matches_title_and_teaser_words(panel: ArticleListPanel) -> None:
    panel.findChild(QLineEdit, "articleFilter").setText("capital crowds")
    assert panel.visible_titles() == ["Haiti protests"]


def test_status_filter(panel: ArticleListPanel) -> None:
    combo = panel.findChild(QComboBox, "articleStatusFilter")
    combo.setCurrentIndex(combo.findData("ready"))
    assert panel.visible_titles() == ["Brazil forest"]


def test_region_filter(panel: ArticleListPanel) -> None:
    combo = panel.findChild(QComboBox, "articleRegionFilter")
    combo.setCurrentIndex(combo.findData("Latin America"))
    assert sorted(panel.visible_titles()) == ["Brazil forest", "Haiti protests"]


def test_problems_filter(panel: ArticleListPanel) -> None:
    panel.findChild(QCheckBox, "articleProblemsFilter").setChecked(True)
    assert panel.visible_titles() == ["Kenya votes"]


def test_problem_badge_and_status_are_shown(panel: ArticleListPanel) -> None:
    row = panel.model.row_of(Path("/ws/kenya"))
    assert panel.model.index(row, 4).data() == "● 2"
    assert panel.model.index(row, 1).data() == "Draft"  # the status in words, as the Article panel names it


def test_arrow_keys_walk_the_list_and_open_articles(panel: ArticleListPanel, qtbot: Any) -> None:
    view = panel.findChild(QTableView, "articleList")
    view.setFocus()
    panel.select(Path("/ws/haiti"), emit=False)
    with qtbot.waitSignal(panel.articleActivated) as opened:
        qtbot.keyClick(view, Qt.Key.Key_Down)
    assert opened.args[0] != Path("/ws/haiti")


def test_every_input_has_an_accessible_name(panel: ArticleListPanel) -> None:
    for kind in (QLineEdit, QComboBox, QCheckBox, QTableView):
        for widget in panel.findChildren(kind):
            assert widget.accessibleName(), widget.objectName()


def test_new_article_is_created_listed_and_opened(
    make_window: Any, sample_workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(sample_workspace)
    from sr_editor.gui.dialogs.new_article_dialog import NewArticle

    monkeypatch.setattr(window.context.dialogs, "ask_new_article",
                        lambda *args: NewArticle("Chile elects", ("Latin America",), ("Chile",)))
    window.commands["new"].trigger()
    assert window.context.document.meta("title") == "Chile elects"
    assert "Chile elects" in window.article_list.visible_titles()


def test_delete_moves_to_the_trash_and_closes_the_article(make_window: Any, sample_workspace: Path) -> None:
    window = make_window(sample_workspace)
    bundle = sample_workspace / "kenya-elections"
    window.features.controller.open_article(bundle)
    window.features.controller.articles.trash_article(bundle)
    assert not bundle.exists()
    assert window.context.document.bundle is None
    assert "Kenya votes" not in window.article_list.visible_titles()


def test_rename_keeps_the_article_open_under_its_new_name(
    make_window: Any, sample_workspace: Path, monkeypatch: pytest.MonkeyPatch, qtbot: Any
) -> None:
    window = make_window(sample_workspace)
    bundle = sample_workspace / "kenya-elections"
    window.features.controller.open_article(bundle)
    qtbot.keyClicks(window.editor, "Edited before rename. ")
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("kenya-2027", True))
    window.features.controller.articles.rename_article(bundle)
    assert window.context.document.bundle == sample_workspace / "kenya-2027"
    assert "Edited before rename." in (sample_workspace / "kenya-2027" / "index.md").read_text()


def test_the_badge_follows_the_checks_of_the_open_article(panel: ArticleListPanel) -> None:
    panel.model.update_checks(Path("/ws/kenya"), 0, 1)
    row = panel.model.row_of(Path("/ws/kenya"))
    assert panel.model.index(row, 4).data() == "○ 1"


def test_the_search_keys_are_built_on_the_first_search_and_only_while_one_is_active(panel: ArticleListPanel) -> None:
    assert panel.model._search is None  # 1.3 MiB at 10,000 articles that a user who never searches never pays
    search = panel.findChild(QLineEdit, "articleFilter")
    search.setText("forest")
    assert panel.visible_titles() == ["Brazil forest"] and panel.model._search is not None
    panel.model.set_articles([_summary("chile", "Chile forest fires"), _summary("peru", "Peru mines")])
    assert panel.visible_titles() == ["Chile forest fires"]  # the keys of the new list, built for the filter
    search.setText("")
    panel.model.set_articles([_summary("chile", "Chile forest fires")])
    assert panel.model._search is None


def _contrast(a: Any, b: Any) -> float:
    def luminance(colour: Any) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
        return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("status", ["draft", "pending", "future", "publish", "private"])
def test_every_status_word_is_readable_on_the_dark_theme(panel: ArticleListPanel, status: str) -> None:
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    from sr_editor.gui.common.theme import dark_palette
    from sr_editor.gui.workspace.article_list import STATUS

    app = QApplication.instance()
    before = app.palette()
    app.setPalette(dark_palette())
    try:
        panel.set_articles([_summary("kenya", "Kenya votes", status, ("Africa",))])
        model = panel.model
        colour = model.data(model.index(0, STATUS), Qt.ItemDataRole.ForegroundRole)
        assert _contrast(colour, dark_palette().color(QPalette.ColorRole.Base)) >= 4.5
    finally:
        app.setPalette(before)


def test_a_body_the_checks_found_broken_replaces_the_listed_row(panel: ArticleListPanel) -> None:
    broken = ArticleSummary(Path("/ws"), "kenya", "", "", "", (), (), 0.0, 0, 0, "line 9: not UTF-8 text")
    panel.model.update_many([broken])
    assert "Kenya votes" not in panel.visible_titles()
    assert any(s.broken == "line 9: not UTF-8 text" for s in panel.model._all)


def test_fresh_counts_repaint_only_the_rows_that_changed(qtbot: Any) -> None:
    widget = ArticleListPanel(("draft",), ("Africa",))
    qtbot.addWidget(widget)
    widget.set_articles([_summary(f"story-{i:03d}", f"Story {i}", errors=-1) for i in range(300)])
    changed: list[tuple[int, int]] = []
    widget.model.dataChanged.connect(lambda first, last, *_: changed.append((first.row(), last.row())))
    rows = {widget.model.summary(row).slug: row for row in range(widget.model.rowCount())}
    widget.model.update_many([_summary("story-100", "Story 100", errors=2), _summary("story-102", "Story 102",
                                                                                     errors=0)])
    assert changed == [(min(rows["story-100"], rows["story-102"]), max(rows["story-100"], rows["story-102"]))]
