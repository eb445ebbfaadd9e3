"""The highlighter re-highlights only what an edit touched."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QPlainTextDocumentLayout

from sr_editor.gui.window.highlighter import IN_COMMENT, IN_FENCE, MarkdownHighlighter


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
