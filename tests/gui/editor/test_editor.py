"""Editor commands: formatting shortcuts, find/replace, word count, image drops."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, Qt, QUrl
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QPlainTextDocumentLayout

from sr_editor.gui.editor.editor import FindBar, MarkdownEditor, reading_minutes, word_count


def _editor(qtbot: Any, text: str) -> MarkdownEditor:
    doc = QTextDocument()
    doc.setDocumentLayout(QPlainTextDocumentLayout(doc))
    doc.setPlainText(text)
    editor = MarkdownEditor(doc)
    qtbot.addWidget(editor)
    editor._keep_doc = doc  # type: ignore[attr-defined]
    return editor


def _select(editor: MarkdownEditor, start: int, end: int) -> None:
    cursor = editor.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)


def test_bold_wraps_the_selection(qtbot: Any) -> None:
    editor = _editor(qtbot, "make this strong")
    _select(editor, 10, 16)
    editor.make_bold()
    assert editor.toPlainText() == "make this **strong**"


def test_bold_without_selection_selects_a_placeholder_to_type_over(qtbot: Any) -> None:
    editor = _editor(qtbot, "")
    editor.make_bold()
    qtbot.keyClicks(editor, "loud")
    assert editor.toPlainText() == "**loud**"


def test_link_selects_the_url_for_typing(qtbot: Any) -> None:
    editor = _editor(qtbot, "site")
    _select(editor, 0, 4)
    editor.insert_link()
    qtbot.keyClicks(editor, "example.org")
    assert editor.toPlainText() == "[site](example.org)"


def test_heading_level_replaces_an_existing_level(qtbot: Any) -> None:
    editor = _editor(qtbot, "## Old heading")
    editor.set_heading(3)
    assert editor.toPlainText() == "### Old heading"
    editor.set_heading(0)
    assert editor.toPlainText() == "Old heading"


def test_list_toggles_on_every_selected_line(qtbot: Any) -> None:
    editor = _editor(qtbot, "one\ntwo")
    _select(editor, 0, 7)
    editor.make_list()
    assert editor.toPlainText() == "- one\n- two"
    _select(editor, 0, 11)
    editor.make_list()
    assert editor.toPlainText() == "one\ntwo"


def test_quote_is_one_undo_step(qtbot: Any) -> None:
    editor = _editor(qtbot, "a\nb")
    _select(editor, 0, 3)
    editor.make_quote()
    assert editor.toPlainText() == "> a\n> b"
    editor.undo()
    assert editor.toPlainText() == "a\nb"


def test_replace_all_replaces_every_match_as_one_undo_step(qtbot: Any) -> None:
    editor = _editor(qtbot, "Haiti, haiti, HAITI")
    bar = FindBar(editor)
    bar.find_edit.setText("haiti")
    bar.replace_edit.setText("Ayiti")
    assert bar.replace_all() == 3
    assert editor.toPlainText() == "Ayiti, Ayiti, Ayiti"
    editor.undo()
    assert editor.toPlainText() == "Haiti, haiti, HAITI"


def test_find_wraps_around(qtbot: Any) -> None:
    editor = _editor(qtbot, "needle hay")
    editor.moveCursor(QTextCursor.MoveOperation.End)
    bar = FindBar(editor)
    bar.find_edit.setText("needle")
    assert bar.find_next()
    assert editor.textCursor().selectedText() == "needle"


def test_word_count_and_reading_time() -> None:
    assert word_count("one two\nthree") == 3
    assert reading_minutes(0) == 0
    assert reading_minutes(1100) == 5


def test_dropped_image_files_are_offered_not_inserted(qtbot: Any, tmp_path: Path) -> None:
    editor = _editor(qtbot, "text")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "photo.JPG")), QUrl.fromLocalFile(str(tmp_path / "a.txt"))])
    with qtbot.waitSignal(editor.imageFilesOffered) as signal:
        editor.insertFromMimeData(mime)
    assert signal.args == [[tmp_path / "photo.JPG"]]
    assert editor.toPlainText() == "text"


def test_shortcuts_reach_the_editor_in_the_window(make_window: Any, sample_workspace: Path, qtbot: Any) -> None:
    window = make_window(sample_workspace)
    editor = window.editor
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.Start)
    editor.moveCursor(QTextCursor.MoveOperation.EndOfWord, QTextCursor.MoveMode.KeepAnchor)
    word = editor.textCursor().selectedText()
    window.commands["bold"].trigger()
    assert editor.toPlainText().startswith(f"**{word}**")
    assert window.commands["bold"].shortcut().toString() == "Ctrl+B"
    assert window.commands["heading2"].shortcut().toString() == "Ctrl+2"


def _select_next_word(qtbot: Any, editor: MarkdownEditor) -> None:
    """Ctrl+Shift+Right from the start: the word and the space after it, as a writer selects it."""
    from PySide6.QtCore import Qt

    editor.moveCursor(QTextCursor.MoveOperation.Start)
    qtbot.keyClick(editor, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)


def test_bold_on_a_word_selected_with_its_trailing_space_wraps_only_the_word(qtbot: Any) -> None:
    editor = _editor(qtbot, "When the polls closed")
    _select_next_word(qtbot, editor)
    assert editor.textCursor().selectedText() == "When "
    editor.make_bold()
    assert editor.toPlainText() == "**When** the polls closed"


def test_italic_code_and_link_also_leave_surrounding_spaces_outside(qtbot: Any) -> None:
    editor = _editor(qtbot, "When the polls closed")
    _select(editor, 4, 10)  # " the p"... then trimmed to "the p"
    editor.make_italic()
    assert editor.toPlainText() == "When *the p*olls closed"
    editor = _editor(qtbot, "call  now ")
    _select(editor, 4, 10)
    editor.make_code()
    assert editor.toPlainText() == "call  `now` "
    editor = _editor(qtbot, "see the site here")
    _select(editor, 8, 13)
    editor.insert_link("https://example.org")
    assert editor.toPlainText() == "see the [site](https://example.org) here"


def test_inserting_an_image_never_replaces_the_selected_text(qtbot: Any) -> None:
    editor = _editor(qtbot, "# Elections in Kenya\n\nBody.")
    _select(editor, 2, 11)  # a leftover find selection inside the heading
    editor.insert_block("![Voters](voters.jpg)")
    assert editor.toPlainText() == "# Elections in Kenya\n\n![Voters](voters.jpg)\n\n\nBody."


def test_keys_held_while_loading_are_typed_in_order_once_released(qtbot: Any) -> None:
    editor = _editor(qtbot, "start")
    editor.moveCursor(QTextCursor.MoveOperation.End)
    editor.hold_keys(True)
    qtbot.keyClicks(editor, " more")
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    assert editor.toPlainText() == "start" and editor.holding_keys and editor.keys_waiting
    editor.hold_keys(False)
    assert editor.toPlainText() == "start mor" and not editor.holding_keys and not editor.keys_waiting


def test_releasing_keys_that_were_never_held_types_nothing(qtbot: Any) -> None:
    editor = _editor(qtbot, "start")
    editor.hold_keys(False)
    qtbot.keyClicks(editor, "x")
    assert editor.toPlainText() == "xstart"


def test_a_key_typed_spends_the_rest_of_its_turn(qtbot: Any) -> None:
    from PySide6.QtTest import QTest

    from sr_editor.services.runtime.turns import TurnBudget

    doc = QTextDocument()
    doc.setDocumentLayout(QPlainTextDocumentLayout(doc))
    turns = TurnBudget(clock=lambda: 0.0, cpu=lambda: 0.0)
    editor = MarkdownEditor(doc, turns=turns)
    qtbot.addWidget(editor)
    assert not turns.spent()
    QTest.keyClick(editor, Qt.Key.Key_A)
    assert turns.spent() and turns.typing
    assert doc.toPlainText() == "a"


def test_a_key_held_while_the_text_goes_in_leaves_the_turn_to_the_slices(qtbot: Any) -> None:
    from PySide6.QtTest import QTest

    from sr_editor.services.runtime.turns import TurnBudget

    doc = QTextDocument()
    doc.setDocumentLayout(QPlainTextDocumentLayout(doc))
    turns = TurnBudget(clock=lambda: 0.0, cpu=lambda: 0.0)
    editor = MarkdownEditor(doc, turns=turns)
    qtbot.addWidget(editor)
    editor.hold_keys(True)
    QTest.keyClick(editor, Qt.Key.Key_A)
    assert editor.keys_waiting
    assert not turns.spent() and not turns.typing
