"""Text shaping only where the text needs it (it costs ~50 bytes per laid-out character): Latin, Greek and
Cyrillic go unshaped; Arabic, Hebrew, Indic scripts, combining marks and emoji switch shaping on."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QFont, QTextCursor, QTextDocument
from PySide6.QtWidgets import QPlainTextDocumentLayout

from sr_editor.gui.common.shaping import needs_shaping, with_shaping
from sr_editor.gui.editor.editor import MarkdownEditor
from sr_editor.gui.preview.preview import PreviewView

ARABIC = "\u0645\u0631\u062d\u0628\u0627"  # marhaba


def _unshaped(font: QFont) -> bool:
    return bool(font.styleStrategy() & QFont.StyleStrategy.PreferNoShaping)


@pytest.mark.parametrize("text", ["Plain ASCII.", "Élections à São Paulo, Äpfel, ß", "Ωmega Привет",
                                  "Việt Nam", "“quotes” — dashes … € ™ →", "a\u2029b", "\u2060\u200b"])
def test_latin_greek_cyrillic_and_punctuation_need_no_shaping(text: str) -> None:
    assert not needs_shaping(text)


@pytest.mark.parametrize("text", [ARABIC, "\u05e9\u05dc\u05d5\u05dd", "\u0928\u092e\u0938\u094d\u0924\u0947",
                                  "e\u0301", "\U0001f1fa\U0001f1e6", "a\u200db", "\u202eabc"])
def test_other_scripts_combining_marks_emoji_and_controls_need_shaping(text: str) -> None:
    assert needs_shaping(text)


def test_numeric_character_references_in_markup_count_as_their_characters() -> None:
    assert needs_shaping("<p>&#1605;&#x631;</p>", markup=True)
    assert not needs_shaping("<p>&#8203;&amp;&#x41;</p>", markup=True)


def test_the_font_keeps_everything_but_its_shaping() -> None:
    font = QFont("DejaVu Sans Mono", 13)
    unshaped = with_shaping(font, shaped=False)
    assert _unshaped(unshaped) and unshaped.family() == "DejaVu Sans Mono" and unshaped.pointSize() == 13
    assert not _unshaped(with_shaping(unshaped, shaped=True))


@pytest.fixture
def preview(qtbot: Any) -> PreviewView:
    view = PreviewView("p { color: #123456; }")
    qtbot.addWidget(view)
    view.show()
    return view


def test_a_latin_page_is_laid_out_without_shaping(preview: PreviewView) -> None:
    preview.show_html("<p>Élections</p>", ["<p>Élections à Berlin</p>", "<p>Привет</p>"], "Title")
    assert _unshaped(preview.document().defaultFont())


def test_arabic_anywhere_on_the_page_turns_shaping_on_and_its_removal_off_again(preview: PreviewView) -> None:
    preview.show_html("", ["<p>one</p>", "<p>two</p>"])
    preview.show_html("", ["<p>one</p>", f"<p>two {ARABIC}</p>"])
    assert not _unshaped(preview.document().defaultFont())
    assert ARABIC in preview.toPlainText()
    preview.show_html("", ["<p>one</p>", "<p>two</p>"])
    assert _unshaped(preview.document().defaultFont())


def test_an_arabic_title_or_character_reference_turns_shaping_on(preview: PreviewView) -> None:
    preview.show_html("", ["<p>one</p>"], title=ARABIC)
    assert not _unshaped(preview.document().defaultFont())
    preview.show_html("", ["<p>&#1605;</p>"])
    assert not _unshaped(preview.document().defaultFont())


def _editor(qtbot: Any, text: str) -> MarkdownEditor:
    document = QTextDocument()
    document.setDocumentLayout(QPlainTextDocumentLayout(document))
    document.setPlainText(text)
    editor = MarkdownEditor(document)
    qtbot.addWidget(editor)
    editor._keep_doc = document  # type: ignore[attr-defined]
    return editor


def test_the_editor_goes_unshaped_for_latin_text(qtbot: Any) -> None:
    editor = _editor(qtbot, "# Título\n\nUm texto em português.")
    assert _unshaped(editor.document().defaultFont())


def test_an_editor_opened_on_arabic_text_is_shaped(qtbot: Any) -> None:
    editor = _editor(qtbot, f"Name: {ARABIC}")
    assert not _unshaped(editor.document().defaultFont())


def test_typing_arabic_turns_shaping_on_and_the_next_latin_article_turns_it_off(qtbot: Any) -> None:
    editor = _editor(qtbot, "Latin text.")
    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertText(f" {ARABIC}")
    assert not _unshaped(editor.document().defaultFont())
    editor.document().setPlainText("The next article, Latin only.")
    assert _unshaped(editor.document().defaultFont())


def test_the_preference_font_keeps_the_shaping_the_text_needs(qtbot: Any) -> None:
    editor = _editor(qtbot, f"{ARABIC}")
    editor.set_editor_font("DejaVu Sans Mono", 14)
    font = editor.document().defaultFont()
    assert font.family() == "DejaVu Sans Mono" and not _unshaped(font)
    editor.document().setPlainText("Latin.")
    font = editor.document().defaultFont()
    assert font.family() == "DejaVu Sans Mono" and _unshaped(font)
