"""BodyText: one exact copy of the body per revision for every reader, and a live copy that follows the edits."""

from __future__ import annotations

import random
from typing import Any

from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QPlainTextDocumentLayout

from sr_editor.services.document.body_text import BodyText, document_text

PIECES = ["word", " ", "\n", "\n\n", "é", "\u00a0", "\u2028", "![alt](a.png)", "`code`", "x" * 300]


def _document(text: str = "") -> QTextDocument:
    document = QTextDocument()
    document.setDocumentLayout(QPlainTextDocumentLayout(document))
    document.setPlainText(text)
    return document


def _random_edit(document: QTextDocument, rng: random.Random, caret: QTextCursor) -> None:
    cursor = QTextCursor(document)
    end = document.characterCount() - 1
    kind = rng.randrange(9)
    if kind >= 7:  # typing at a caret that moves on: a letter, a space, a line break, or a backspace
        if rng.random() < 0.25:
            caret.deletePreviousChar()
        else:
            caret.insertText(rng.choice("abc \n\u00a0"))
    elif kind == 0 and document.isUndoAvailable():
        document.undo()
    elif kind == 1 and document.isRedoAvailable():
        document.redo()
    elif kind == 2:  # several changes in one edit block (one undo step, one contentsChange)
        cursor.beginEditBlock()
        for _ in range(3):
            cursor.setPosition(rng.randint(0, document.characterCount() - 1))
            cursor.insertText(rng.choice(PIECES))
        cursor.endEditBlock()
    elif kind == 3:  # the whole text replaced, as a paste over a select-all does
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText("".join(rng.choice(PIECES) for _ in range(rng.randint(0, 20))))
    else:  # a selection (maybe empty, maybe up to the end) replaced by a piece or by nothing
        start = rng.randint(0, end)
        cursor.setPosition(start)
        cursor.setPosition(rng.randint(start, min(end, start + 40)), QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(rng.choice(PIECES) if rng.random() < 0.7 else "")


def test_live_text_equals_to_plain_text_after_every_kind_of_edit(qapp: Any) -> None:
    rng = random.Random(12)
    document = _document("# Title\n\nFirst paragraph.\n\nSecond one.")
    text = BodyText(document)
    text.exact()
    caret = QTextCursor(document)
    caret.setPosition(9)
    for _ in range(3000):
        _random_edit(document, rng, caret)
        if rng.random() < 0.3:  # read now and then: the splices noted meanwhile are applied (merged) then
            assert text.live() == document_text(document)
    assert text.live() == document_text(document)
    assert text.drifts == 0 and text.exact_copies == 1  # followed edit by edit, never copied again


def test_live_text_stays_exact_around_characters_qt_counts_twice(qapp: Any) -> None:
    """Qt counts positions in UTF-16 units: an emoji is two of them and one Python character."""
    document = _document("Plain text.")
    text = BodyText(document)
    text.exact()
    cursor = QTextCursor(document)
    for piece in ("💥", " boom", "\n🇭🇹 flag", "x"):
        cursor.insertText(piece)
        assert text.live() == document_text(document)
    cursor.setPosition(0)
    cursor.setPosition(3, QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText("")
    assert text.live() == document_text(document) and text.drifts == 0


def test_every_reader_of_one_revision_shares_one_copy(qapp: Any) -> None:
    document = _document("Some text.\n\nMore text.")
    text = BodyText(document)
    first = text.exact()
    assert text.exact() is first and text.live() is first
    assert text.exact_copies == 1


def test_a_keystroke_is_followed_without_copying_the_whole_text(qapp: Any) -> None:
    document = _document("Some text.\n\nMore text.")
    text = BodyText(document)
    text.exact()
    cursor = QTextCursor(document)
    cursor.setPosition(4)
    cursor.insertText("!")
    assert text.live() == "Some! text.\n\nMore text."
    assert text.exact_copies == 1


def test_an_edit_changes_the_revision(qapp: Any) -> None:
    document = _document("Some text.")
    text = BodyText(document)
    before = text.revision
    QTextCursor(document).insertText("x")
    assert text.revision != before


def test_an_edit_the_live_text_missed_is_put_right_by_the_next_exact_copy(qapp: Any) -> None:
    document = _document("Some text.")
    text = BodyText(document)
    text.exact()
    document.blockSignals(True)  # an edit nobody is told about (the app never does this with the text)
    QTextCursor(document).insertText("Unseen. ")
    document.blockSignals(False)
    assert text.exact() == "Unseen. Some text."
    assert text.drifts == 1 and text.live() == "Unseen. Some text."


def test_no_break_spaces_are_kept_in_the_text_that_is_saved(qapp: Any) -> None:
    document = _document("10\u00a0000 votos\n\nPort-au-Prince\u00a0: calme")
    text = BodyText(document)
    QTextCursor(document).insertText("Ya ")
    assert text.exact() == "Ya 10\u00a0000 votos\n\nPort-au-Prince\u00a0: calme" == text.live()
