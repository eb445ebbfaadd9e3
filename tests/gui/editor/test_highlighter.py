"""The highlighter re-highlights only what an edit touched."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QPlainTextDocumentLayout

from sr_editor.gui.editor.highlighter import IN_COMMENT, IN_FENCE, MarkdownHighlighter


def _document(text: str) -> tuple[QTextDocument, MarkdownHighlighter]:
    doc = QTextDocument()
    doc.setDocumentLayout(QPlainTextDocumentLayout(doc))
    highlighter = MarkdownHighlighter(doc)
    doc.setPlainText(text)
    return doc, highlighter


def _big_text(words: int) -> str:
    paragraph = "The **crowd** marched to the [palace](https://example.org) and *sang* loudly. " * 10
    blocks = ["# Heading", "```", "code", "```", "<!-- wp:paragraph -->", "> a quote", "- a list item"]
    parts: list[str] = []
    while sum(len(p.split()) for p in parts) < words:
        parts.extend([paragraph, *blocks])
    return "\n\n".join(parts)


def test_a_keystroke_in_a_50k_word_document_rehighlights_one_block(qapp: Any) -> None:
    doc, highlighter = _document(_big_text(50_000))
    middle = doc.findBlockByNumber(doc.blockCount() // 2)
    highlighter.blocks_highlighted = 0
    cursor = QTextCursor(middle)
    cursor.insertText("x")
    assert highlighter.blocks_highlighted <= 2


def test_opening_a_fence_rehighlights_until_the_state_settles(qapp: Any) -> None:
    doc, _highlighter = _document("one\n\ntwo\n\nthree")
    cursor = QTextCursor(doc.findBlockByNumber(0))
    cursor.insertText("```\n")
    assert doc.findBlockByNumber(1).userState() == IN_FENCE
    assert doc.lastBlock().userState() == IN_FENCE


def test_a_multiline_html_comment_carries_its_state(qapp: Any) -> None:
    doc, _ = _document("<!-- wp:image\n{\"id\":1}\n-->\nafter")
    assert doc.findBlockByNumber(0).userState() == IN_COMMENT
    assert doc.findBlockByNumber(1).userState() == IN_COMMENT
    assert doc.findBlockByNumber(2).userState() != IN_COMMENT


def test_headings_get_a_bold_format(qapp: Any) -> None:
    doc, _ = _document("## Title\n\ntext")
    formats = doc.firstBlock().layout().formats()
    assert formats and formats[0].format.fontWeight() > 400


def _fence_format_at(doc: QTextDocument, number: int) -> bool:
    formats = doc.findBlockByNumber(number).layout().formats()
    return any(f.format.fontFixedPitch() for f in formats)


def test_opening_a_long_text_highlights_one_budget_now_and_the_rest_on_later_turns(
    qapp: Any, monkeypatch: Any
) -> None:
    from sr_editor.gui.editor import highlighter as module

    monkeypatch.setattr(module, "TURN_SECONDS", 0.0)  # every turn is over budget after MIN_BLOCKS_PER_TURN
    lines = ["```", *[f"code line {i}" for i in range(2_000)], "```", "after the fence"]
    doc, highlighter = _document("\n".join(lines))
    assert highlighter.pending
    assert highlighter.blocks_highlighted <= module.MIN_BLOCKS_PER_TURN + 1
    assert not _fence_format_at(doc, 1_500)
    changed: list[int] = []
    doc.setModified(False)
    doc.contentsChanged.connect(lambda: changed.append(1))
    deadline = 500
    while highlighter.pending and deadline:
        qapp.processEvents()
        deadline -= 1
    assert not highlighter.pending
    assert _fence_format_at(doc, 1_500)  # caught up in order, so the fence state carried all the way down
    assert doc.findBlockByNumber(2_002).userState() == 0  # NORMAL after the closing fence
    assert not changed and not doc.isModified()  # formats only: the article does not turn dirty


def test_a_short_text_is_highlighted_at_once_whatever_the_machines_speed(qapp: Any, monkeypatch: Any) -> None:
    from sr_editor.gui.editor import highlighter as module

    monkeypatch.setattr(module, "TURN_SECONDS", 0.0)
    doc, highlighter = _document("\n".join(["```", *["code"] * 50, "```"]))
    assert not highlighter.pending
    assert _fence_format_at(doc, 25)


def test_rehighlight_now_highlights_a_pending_block_without_running_down_the_rest(
    qapp: Any, monkeypatch: Any
) -> None:
    from sr_editor.gui.editor import highlighter as module

    monkeypatch.setattr(module, "TURN_SECONDS", 0.0)
    doc, highlighter = _document("\n".join(f"line **{i}**" for i in range(3_000)))
    before = highlighter.blocks_highlighted
    highlighter.rehighlight_now(doc.findBlockByNumber(2_500))
    assert highlighter.blocks_highlighted - before == 1
    assert doc.findBlockByNumber(2_500).layout().formats()


def test_while_deferred_appended_blocks_wait_and_are_caught_up_in_order_afterwards(qapp: Any) -> None:
    doc, highlighter = _document("# First screen\n\nshort")
    highlighter.defer(True)
    cursor = QTextCursor(doc)
    cursor.movePosition(QTextCursor.MoveOperation.End)
    before = highlighter.blocks_highlighted
    cursor.insertText("\n\n```\ncode\n```\n\nafter the fence\n\n# Heading")
    for _ in range(20):
        qapp.processEvents()
    assert highlighter.blocks_highlighted == before  # nothing highlighted while the slices go in
    assert highlighter.pending
    highlighter.defer(False)
    deadline = 500
    while highlighter.pending and deadline:
        qapp.processEvents()
        deadline -= 1
    assert not highlighter.pending
    assert _fence_format_at(doc, 4)  # "code", inside the fence: caught up in order


def test_a_catch_up_let_start_without_room_highlights_only_a_few_blocks_per_turn(
    qapp: Any, monkeypatch: Any
) -> None:
    from sr_editor.gui.editor import highlighter as module
    from sr_editor.services.runtime.turns import TurnBudget

    monkeypatch.setattr(module, "TURN_SECONDS", 0.0)  # the first turn leaves the rest pending
    turns = TurnBudget(seconds=0.0, clock=lambda: 0.0, cpu=lambda: 0.0)  # never room: each start is a forced one
    doc = QTextDocument()
    doc.setDocumentLayout(QPlainTextDocumentLayout(doc))
    highlighter = MarkdownHighlighter(doc, turns)
    doc.setPlainText("\n".join(f"line **{i}**" for i in range(3_000)))
    for _ in range(3):
        qapp.processEvents()  # Qt's own first pass over the new text (not a catch-up): one budget of blocks
    left = 3_000 - highlighter.blocks_highlighted
    passes = 0
    while highlighter.pending and passes < 20_000:
        qapp.processEvents()
        passes += 1
    assert not highlighter.pending
    assert passes >= left / (module.MIN_BLOCKS_SHARED + 1)  # not MIN_BLOCKS_PER_TURN a turn: the turn was spent
