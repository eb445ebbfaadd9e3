"""Find and replace: the match count, whole words, case, regular expressions, replace-all as one undo step."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QPlainTextDocumentLayout

from sr_editor.gui.editor.editor import MarkdownEditor
from sr_editor.gui.editor.find_replace import FindReplaceBar


def make_bar(qtbot: Any, text: str) -> tuple[MarkdownEditor, FindReplaceBar]:
    document = QTextDocument()
    document.setDocumentLayout(QPlainTextDocumentLayout(document))
    document.setPlainText(text)
    editor = MarkdownEditor(document)
    qtbot.addWidget(editor)
    bar = FindReplaceBar(editor)
    qtbot.addWidget(bar)
    bar.open(replace=True)
    return editor, bar


def test_the_count_says_which_match_of_how_many(qtbot: Any) -> None:
    _editor, bar = make_bar(qtbot, "protest one, protest two, Protest three")
    bar.find_edit.setText("protest")
    assert bar.count_label.text() == "3 matches"
    bar.find_next()
    bar.find_next()
    assert bar.count_label.text() == "2 of 3"


def test_case_and_whole_word_narrow_the_matches(qtbot: Any) -> None:
    _editor, bar = make_bar(qtbot, "Haiti haiti Haitian")
    bar.find_edit.setText("Haiti")
    assert bar.matches()[1] == 3
    bar.word_check.setChecked(True)
    assert bar.matches()[1] == 2
    bar.case_check.setChecked(True)
    assert bar.matches()[1] == 1


def test_a_regular_expression_finds_and_replaces_with_groups(qtbot: Any) -> None:
    editor, bar = make_bar(qtbot, "On 2024-01-05 and 2023-12-31.")
    bar.regex_check.setChecked(True)
    bar.find_edit.setText(r"(\d{4})-(\d{2})-(\d{2})")
    bar.replace_edit.setText(r"\3/\2/\1")
    assert bar.replace_all() == 2
    assert editor.toPlainText() == "On 05/01/2024 and 31/12/2023."


def test_an_invalid_regular_expression_says_so_and_changes_nothing(qtbot: Any) -> None:
    editor, bar = make_bar(qtbot, "text (here")
    bar.regex_check.setChecked(True)
    bar.find_edit.setText("(here")
    assert bar.count_label.text() == "Invalid pattern"
    assert bar.replace_all() == 0 and editor.toPlainText() == "text (here"


def test_replace_all_is_one_undo_step(qtbot: Any) -> None:
    editor, bar = make_bar(qtbot, "a cat, a cat, a cat")
    bar.find_edit.setText("cat")
    bar.replace_edit.setText("dog")
    assert bar.replace_all() == 3
    assert editor.toPlainText() == "a dog, a dog, a dog"
    editor.undo()
    assert editor.toPlainText() == "a cat, a cat, a cat"


def test_replace_one_replaces_only_a_selected_match_then_moves_on(qtbot: Any) -> None:
    editor, bar = make_bar(qtbot, "cat catalogue cat")
    bar.word_check.setChecked(True)
    bar.find_edit.setText("cat")
    bar.replace_edit.setText("dog")
    bar.find_next()
    bar.replace_one()
    assert editor.toPlainText() == "dog catalogue cat"
    assert editor.textCursor().selectedText() == "cat"


def test_an_empty_match_pattern_does_not_loop(qtbot: Any) -> None:
    editor, bar = make_bar(qtbot, "ab")
    bar.regex_check.setChecked(True)
    bar.find_edit.setText("x*")
    bar.replace_edit.setText("-")
    bar.replace_all()
    assert editor.toPlainText().count("-") <= 3
