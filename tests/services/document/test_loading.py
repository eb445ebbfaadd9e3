"""Opening a long article: the body goes into the document a slice per event-loop turn, and nothing can tell."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication, QPlainTextDocumentLayout

from sr_editor.core.article.article import Article
from sr_editor.core.storage.store import LoadedArticle
from sr_editor.services.document.body_text import document_text
from sr_editor.services.document.document import ArticleDocument
from sr_editor.services.document.loading import FIRST_SLICE, plain_text

LINE = "A line of the article with *emphasis*, an é and a no-break\u00a0space.\n"


def _long_body(lines: int = 3000, line: str = LINE) -> str:
    return "# Title\n\n" + "".join(f"{n} {line}" for n in range(lines))


def _loaded(body: str, name: str = "long") -> LoadedArticle:
    return LoadedArticle(Path("/ws") / name, Article(meta={"title": name}, body=body), "hash-" + name)


def _set_plain_text(body: str) -> str:
    reference = QTextDocument()
    reference.setDocumentLayout(QPlainTextDocumentLayout(reference))
    reference.setPlainText(body)
    return str(document_text(reference))


def _until_loaded(document: ArticleDocument, qtbot: Any) -> None:
    qtbot.waitUntil(lambda: not document.slices.active, timeout=20_000)


def test_a_long_body_goes_in_over_several_turns_and_ends_as_set_plain_text_would(qapp: Any, qtbot: Any) -> None:
    body = _long_body(line="Mixed line ends\r\nand a lone\rcarriage return, a\u2028line separator.\n")
    document = ArticleDocument()
    document.load(_loaded(body))
    assert document.slices.active
    assert document.text_document.characterCount() < len(body) // 2  # only the first slice so far
    _until_loaded(document, qtbot)
    assert document.slices.slices > 2
    assert document_text(document.text_document) == _set_plain_text(body)
    assert document.text.exact() == _set_plain_text(body)


def test_a_short_body_goes_in_at_once(qapp: Any) -> None:
    document = ArticleDocument()
    document.load(_loaded("# Short\n\nOne paragraph.\n"))
    assert not document.slices.active
    assert document_text(document.text_document) == "# Short\n\nOne paragraph.\n"


def test_plain_text_is_what_the_document_gives_back() -> None:
    tricky = "a\r\nb\rc\nd\u2029e\u2028f\u00a0g\ufdd0h\ufdd1i\t\U0001f600 end"
    QApplication.instance() or QApplication([])
    assert plain_text(tricky) == _set_plain_text(tricky)


def test_readers_see_the_whole_text_while_it_loads(qapp: Any) -> None:
    body = _long_body()
    document = ArticleDocument()
    document.load(_loaded(body))
    assert document.slices.active
    assert document.text.exact() == document.text.live() == plain_text(body)
    assert document.body() == document.display_body() == body
    assert document.article().body == body


def test_opening_is_not_undoable_nor_an_edit(qapp: Any, qtbot: Any) -> None:
    document = ArticleDocument()
    dirty: list[bool] = []
    changed: list[int] = []
    document.dirtyChanged.connect(dirty.append)
    document.bodyChanged.connect(lambda: changed.append(1))
    document.load(_loaded(_long_body()))
    _until_loaded(document, qtbot)
    assert not document.text_document.isUndoAvailable()
    assert not document.text_document.isModified()
    assert not document.is_dirty and dirty == []
    assert changed == [1]  # the one of the load itself, none per slice


def test_undo_works_again_once_loaded(qapp: Any, qtbot: Any) -> None:
    document = ArticleDocument()
    document.load(_loaded(_long_body()))
    _until_loaded(document, qtbot)
    QTextCursor(document.text_document).insertText("New start. ")
    assert document.text_document.isUndoAvailable()
    document.text_document.undo()
    assert document.text.exact() == plain_text(_long_body())


def test_an_edit_while_loading_finishes_the_load_first_and_is_kept(qapp: Any, qtbot: Any) -> None:
    body = _long_body()
    document = ArticleDocument()
    document.load(_loaded(body))
    QTextCursor(document.text_document).insertText("Edited. ")  # a command, not a key (the editor holds keys)
    assert not document.slices.active
    assert document.is_dirty
    assert document.body() == "Edited. " + body  # no-break spaces kept
    assert document.text.live() == document.text.exact() == document_text(document.text_document)


def test_replacing_the_body_while_loading_edits_the_whole_text(qapp: Any) -> None:
    body = _long_body()
    document = ArticleDocument()
    document.load(_loaded(body))
    whole = document.text.exact()
    document.replace_body(whole.replace("2999 A line", "2999 The last line"))
    assert document_text(document.text_document) == whole.replace("2999 A line", "2999 The last line")
    assert document.is_dirty


def test_another_article_opened_while_loading_replaces_it_entirely(qapp: Any, qtbot: Any) -> None:
    document = ArticleDocument()
    document.load(_loaded(_long_body(), "first"))
    second = _long_body(2500, "Another article's line.\n")
    document.load(_loaded(second, "second"))
    _until_loaded(document, qtbot)
    assert document_text(document.text_document) == second
    assert document.bundle == Path("/ws/second")


def test_closing_while_loading_leaves_an_empty_document(qapp: Any, qtbot: Any) -> None:
    document = ArticleDocument()
    document.load(_loaded(_long_body()))
    document.close()
    qtbot.wait(50)
    assert document_text(document.text_document) == "" and not document.slices.active


def test_a_recovered_text_replaces_the_whole_loaded_body(qapp: Any) -> None:
    body = _long_body()
    document = ArticleDocument()
    recovered = Article(meta={"title": "long"}, body="Recovered text only.\n")
    document.load_recovered(_loaded(body), recovered)
    assert document_text(document.text_document) == "Recovered text only.\n"
    assert document.is_dirty and not document.slices.active


@pytest.mark.parametrize("cut", [FIRST_SLICE - 1, FIRST_SLICE, FIRST_SLICE + 1])
def test_no_slice_splits_a_crlf(qapp: Any, qtbot: Any, cut: int) -> None:
    body = "x" * cut + "\r\n" + ("y" * 70 + "\r\n") * 2000
    document = ArticleDocument()
    document.load(_loaded(body))
    _until_loaded(document, qtbot)
    assert document_text(document.text_document) == _set_plain_text(body)
    assert document.body() == body  # unmodified: the file's own text, CRLF and all


def test_a_slice_waits_for_a_turn_with_room_and_goes_in_on_the_next(qapp: Any) -> None:
    from PySide6.QtCore import QTimer

    from sr_editor.services.runtime.turns import TurnBudget

    turns = TurnBudget(clock=lambda: 0.0, cpu=lambda: 0.0)
    document = ArticleDocument(turns=turns)
    document.load(_loaded(_long_body()))
    in_now = document.text_document.characterCount()
    QTimer.singleShot(0, turns.typed)  # something earlier in the same turn spent its room
    qapp.processEvents()
    assert document.text_document.characterCount() == in_now
    qapp.processEvents()  # the next turn
    assert document.text_document.characterCount() > in_now
