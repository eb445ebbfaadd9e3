"""The word count follows every edit block by block and always equals a count of the whole text."""

from __future__ import annotations

import random
from typing import Any

from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QPlainTextDocumentLayout

from sr_editor.gui.editor.word_counter import WordCounter

PIECES = ["word ", "two words ", "\n", "\n\n", "  ", "Piñera\u00a0said ", "x", "-- ", "\t", "line\nbreak "]


def _document(text: str) -> QTextDocument:
    document = QTextDocument()
    document.setDocumentLayout(QPlainTextDocumentLayout(document))
    document.setPlainText(text)
    return document


def test_the_count_matches_the_whole_text_after_random_edits_undo_and_redo(qapp: Any) -> None:
    rng = random.Random(7)
    document = _document("Start of the text.\n\nSecond paragraph here.")
    counter = WordCounter(document)
    for step in range(600):
        cursor = QTextCursor(document)
        size = document.characterCount() - 1
        cursor.setPosition(rng.randint(0, size))
        action = rng.random()
        if action < 0.55:
            cursor.insertText(rng.choice(PIECES))
        elif action < 0.8:
            cursor.setPosition(min(size, cursor.position() + rng.randint(1, 30)), QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
        elif action < 0.9:
            document.undo()
        else:
            document.redo()
        assert counter.total == len(document.toPlainText().split()), f"step {step}"


def test_replacing_the_whole_text_counts_the_new_one(qapp: Any) -> None:
    document = _document("one two three")
    counter = WordCounter(document)
    document.setPlainText("four five\n\nsix seven eight")
    assert counter.total == 5
    document.setPlainText("")
    assert counter.total == 0


def test_a_keystroke_recounts_one_block_not_the_text(qapp: Any, monkeypatch: Any) -> None:
    document = _document("\n".join(f"paragraph {i} has five words" for i in range(2_000)))
    counter = WordCounter(document)
    counted: list[int] = []
    real = counter.recount
    monkeypatch.setattr(counter, "recount", lambda: (counted.append(1), real()))
    cursor = QTextCursor(document.findBlockByNumber(1_000))
    cursor.insertText("new ")
    assert counter.total == 10_001
    assert counted == []


def test_the_status_bar_shows_the_open_articles_count(qtbot: Any, make_window: Any, sample_workspace: Any) -> None:
    window = make_window(sample_workspace)
    qtbot.waitUntil(lambda: window.context.document.bundle is not None, timeout=10_000)
    words = len(window.context.document.text_document.toPlainText().split())
    qtbot.waitUntil(lambda: window.status_words.text().startswith(f"{words} words"), timeout=5_000)
    window.editor.moveCursor(QTextCursor.MoveOperation.End)
    window.editor.insertPlainText(" two more")
    qtbot.waitUntil(lambda: window.status_words.text().startswith(f"{words + 2} words"), timeout=5_000)
