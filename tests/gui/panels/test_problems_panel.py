"""ProblemsPanel: lists document.problems, summarises them, and emits problemActivated."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from sr_editor.core.checks.lint import Problem, Severity
from sr_editor.gui.panels.problems_panel import ProblemsPanel, location_text
from sr_editor.services.document.document import ArticleDocument

PROBLEMS = [
    Problem("teaser-long", Severity.WARNING, "The teaser is over 300 characters.", field="excerpt"),
    Problem("alt-missing", Severity.ERROR, "Describe the image.", line=7, image="missing.jpg"),
    Problem("region-missing", Severity.ERROR, "Tick at least one region.", field="regions"),
    Problem("heading-skip", Severity.WARNING, "A heading level is skipped.", line=12),
    Problem("credit-missing", Severity.WARNING, "Credit the featured image.", field="featured_image.credit"),
]


def make_panel(qtbot: Any, document: ArticleDocument) -> ProblemsPanel:
    panel = ProblemsPanel(document)
    qtbot.addWidget(panel)
    panel.show()
    return panel


def test_summary_counts_errors_and_warnings(qtbot: Any, document: ArticleDocument) -> None:
    panel = make_panel(qtbot, document)
    document.set_problems(PROBLEMS)
    assert panel.summary.text() == "2 errors, 3 warnings"
    assert panel.list.count() == 5


def test_errors_come_first(qtbot: Any, document: ArticleDocument) -> None:
    panel = make_panel(qtbot, document)
    document.set_problems(PROBLEMS)
    assert panel.problem_at(0).severity == Severity.ERROR
    assert panel.problem_at(1).severity == Severity.ERROR


def test_no_problems_says_so(qtbot: Any, document: ArticleDocument) -> None:
    panel = make_panel(qtbot, document)
    document.set_problems([])
    assert panel.summary.text() == "No problems"


def test_location_names_field_line_and_image() -> None:
    assert location_text(PROBLEMS[1]) == "line 7 · missing.jpg"
    assert location_text(PROBLEMS[0]) == "Teaser"


def test_enter_emits_problem_activated(qtbot: Any, document: ArticleDocument) -> None:
    panel = make_panel(qtbot, document)
    document.set_problems(PROBLEMS)
    panel.list.setFocus()
    panel.list.setCurrentRow(1)
    with qtbot.waitSignal(panel.problemActivated) as blocker:
        qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert blocker.args[0] is panel.problem_at(1)


def test_click_emits_problem_activated(qtbot: Any, document: ArticleDocument) -> None:
    panel = make_panel(qtbot, document)
    document.set_problems(PROBLEMS)
    rect = panel.list.visualItemRect(panel.list.item(0))
    with qtbot.waitSignal(panel.problemActivated) as blocker:
        qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args[0].rule in ("alt-missing", "region-missing")


def test_empty_list_says_nothing_to_fix_and_clicking_it_emits_nothing(
    qtbot: Any, document: ArticleDocument
) -> None:
    panel = make_panel(qtbot, document)
    document.set_problems([])
    assert panel.list.count() == 1 and panel.problem_at(0) is None
    emitted: list[object] = []
    panel.problemActivated.connect(emitted.append)
    panel.list.itemClicked.emit(panel.list.item(0))
    assert emitted == []


def test_a_sentence_that_names_its_line_is_not_followed_by_the_line_again(
        qtbot: Any, document: ArticleDocument) -> None:
    panel = make_panel(qtbot, document)
    document.set_problems([Problem("heading-skipped-level", Severity.WARNING,
                                   "Line 9: the heading jumps from level 2 to level 4.", line=9),
                           Problem("alt-missing", Severity.ERROR, "Line 3 of the table: no alt.", line=3)])
    texts = [panel.list.item(i).text() for i in range(panel.list.count())]
    assert "Line 9: the heading jumps from level 2 to level 4." in texts
    assert any(text.endswith("\nline 3") for text in texts)  # a sentence that only mentions a line keeps it
