"""The preview document is patched piece by piece, and always lays out as setHtml of the whole page would."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QTextDocument

from sr_editor.core.render.incremental import IncrementalRenderer
from sr_editor.gui.preview.patch import DocumentPatcher, changed_range
from sr_editor.gui.preview.preview import ANCHOR, PreviewView
from sr_editor.services.preview.html import adapt_pieces

CSS = "p { color: #123456; } h2 { margin-top: 20px; }"
PARAGRAPH = "Words of a *long* paragraph with a [link](https://example.org) and **more** words. " * 30
BLOCKS = [
    "## A section", PARAGRAPH, PARAGRAPH, "> A quote that becomes a one-cell table", "- one\n- two",
    "| a | b |\n|---|---|\n| 1 | 2 |", '![A crowd](crowd.png "The march")', "Cited note[^n1] here.", "***",
    "Text with CO<sub>2</sub> and <b>bold</b> inline.", "```\ncode\n```",
]


def _pieces(renderer: IncrementalRenderer, body: str) -> list[str]:
    return ['<h1 class="entry-title">Title</h1>', *adapt_pieces(renderer.render_pieces(body, None))]


def _reference_html(pieces: list[str]) -> str:
    document = QTextDocument()
    document.setDefaultStyleSheet(CSS)
    document.setHtml("\n".join(pieces))
    return document.toHtml()


def _article(blocks: list[str], notes: bool) -> str:
    body = "\n\n".join(blocks) + "\n"
    cited = "[^n1]" in body
    return body + ("\n[^n1]: The note.\n" if cited and notes else "")


@pytest.fixture
def preview(qtbot: Any) -> PreviewView:
    view = PreviewView(CSS)
    view.resize(500, 300)
    qtbot.addWidget(view)
    view.show()
    return view


def test_changed_range_keeps_the_common_prefix_and_suffix() -> None:
    assert changed_range(["a", "b", "c", "d"], ["a", "x", "y", "d"]) == (1, 3, 3)
    assert changed_range(["a", "b"], ["a", "b", "c"]) == (2, 2, 3)


def test_a_one_block_edit_patches_the_document_instead_of_replacing_it(preview: PreviewView) -> None:
    renderer = IncrementalRenderer()
    blocks = [f"## Section {i}\n\n{PARAGRAPH}" for i in range(12)]
    preview.show_html("", _pieces(renderer, "\n\n".join(blocks)), "")
    preview._patcher.finish()  # the first show is a rebuild: how much of it a turn lays out depends on the clock
    document = preview.document()
    untouched = document.lastBlock().previous()
    untouched.setUserState(4242)  # setHtml would build new blocks and lose this mark
    first = document.firstBlock()
    first.setUserState(4343)
    builds = preview._patcher.full_builds
    blocks[6] = blocks[6] + " One more sentence."
    preview.show_html("", _pieces(renderer, "\n\n".join(blocks)), "")
    assert preview.document() is document
    assert preview._patcher.full_builds == builds and preview._patcher.patches == 1
    assert document.lastBlock().previous().userState() == 4242
    assert document.firstBlock().userState() == 4343
    assert "One more sentence." in document.toPlainText()


def test_a_patched_preview_equals_set_html_of_the_whole_page(preview: PreviewView) -> None:
    renderer = IncrementalRenderer()
    blocks = [PARAGRAPH, *BLOCKS, PARAGRAPH, *BLOCKS]
    for edit in range(len(blocks)):
        blocks[edit] = blocks[edit] + " edited"
        pieces = _pieces(renderer, _article(blocks, notes=True))
        preview.show_html("", pieces, "")
        preview._patcher.finish()  # an edit at the top rebuilds, laying out what a turn allows now
        assert preview.document().toHtml() == _reference_html([ANCHOR, *pieces])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(BLOCKS), min_size=2, max_size=12), st.data())
def test_any_sequence_of_edits_lays_out_like_a_full_set_html(blocks: list[str], data: st.DataObject) -> None:
    document = QTextDocument()
    document.setDefaultStyleSheet(CSS)
    patcher = DocumentPatcher(document)
    renderer = IncrementalRenderer(min_chunk_chars=1)
    for _ in range(4):
        pieces = _pieces(renderer, _article(blocks, notes=data.draw(st.booleans())))
        patcher.show(pieces)
        patcher.finish()  # a rebuild of more than MIN_PIECES_NOW pieces appends the rest on later turns
        assert document.toHtml() == _reference_html(pieces)
        index = data.draw(st.integers(0, len(blocks) - 1))
        action = data.draw(st.sampled_from(["edit", "insert", "delete"]))
        if action == "edit":
            blocks[index] += " changed"
        elif action == "insert":
            blocks.insert(index, data.draw(st.sampled_from(BLOCKS)))
        elif len(blocks) > 1:
            del blocks[index]


def test_adapted_pieces_are_kept_for_the_last_render_only() -> None:
    cache: dict[str, str] = {}
    quote = "<blockquote><p>q</p></blockquote>"
    first = adapt_pieces(["<p>a</p>", quote], cache)
    assert first[1].startswith('<table class="quote"') and set(cache) == {"<p>a</p>", quote}
    adapt_pieces(["<p>a</p>", "<p>b</p>"], cache)
    assert set(cache) == {"<p>a</p>", "<p>b</p>"}  # never grows past one article's pieces


def _many_pieces(count: int, tag: str = "") -> list[str]:
    return [f"<p>Paragraph {i}{tag} with <b>bold</b> words.</p>" if i % 7 else f"<h2>Section {i}</h2>"
            for i in range(count)]


def _long_rebuild() -> tuple[QTextDocument, DocumentPatcher, list[str]]:
    """A patcher in the middle of rebuilding many more than MIN_PIECES_NOW pieces (more than one turn lays out)."""
    from sr_editor.gui.preview.patch import MIN_PIECES_NOW

    document = QTextDocument()
    document.setDefaultStyleSheet(CSS)
    patcher = DocumentPatcher(document)
    pieces = _many_pieces(max(MIN_PIECES_NOW * 8, 1000))
    patcher.show(pieces)
    return document, patcher, pieces


def test_a_long_rebuild_shows_the_start_at_once_and_appends_the_rest_on_later_turns(qapp: Any) -> None:
    from sr_editor.gui.preview.patch import MIN_PIECES_NOW

    document, patcher, pieces = _long_rebuild()
    assert not patcher.complete
    assert MIN_PIECES_NOW <= len(patcher.pieces) < len(pieces)
    turns = 0
    while not patcher.complete and turns < 10_000:
        qapp.processEvents()
        turns += 1
    assert patcher.complete and turns > 0
    assert document.toHtml() == _reference_html(pieces)


def test_an_update_during_a_long_rebuild_patches_what_is_shown_and_queues_the_rest(qapp: Any) -> None:
    document, patcher, pieces = _long_rebuild()
    shown = len(patcher.pieces)
    edited = list(pieces)
    edited[shown // 2] = "<p>An edit in the part already shown.</p>"
    edited[-3] = "<p>An edit in the part still queued.</p>"
    assert patcher.show(edited)  # patched, not rebuilt
    patcher.finish()
    assert document.toHtml() == _reference_html(edited)


def test_a_new_article_during_a_long_rebuild_replaces_the_queue(qapp: Any) -> None:
    from sr_editor.gui.preview.patch import MIN_PIECES_NOW

    document, patcher, _ = _long_rebuild()
    other = ["<h2>Another article</h2>", *_many_pieces(MIN_PIECES_NOW * 3, " of the other")]
    patcher.show(other)
    patcher.finish()
    assert document.toHtml() == _reference_html(other)


def test_a_rebuild_says_rebuilt_once_after_its_last_piece_and_a_patch_never(qapp: Any) -> None:
    _document, patcher, pieces = _long_rebuild()
    said: list[int] = []
    patcher.rebuilt = lambda: said.append(len(patcher.pieces))
    turns = 0
    while not patcher.complete and turns < 10_000:
        qapp.processEvents()
        turns += 1
    assert said == [len(pieces)]
    edited = list(pieces)
    edited[5] = "<p>One paragraph edited.</p>"
    assert patcher.show(edited)
    assert said == [len(pieces)]


def test_a_short_rebuild_says_rebuilt_at_once(qapp: Any) -> None:
    patcher = DocumentPatcher(QTextDocument())
    said: list[bool] = []
    patcher.rebuilt = lambda: said.append(True)
    patcher.show(["<p>Short.</p>", "<p>Article.</p>"])
    assert said == [True]


def test_a_long_page_after_a_short_one_is_rebuilt_turn_by_turn_not_inserted_at_once(qapp: Any) -> None:
    from sr_editor.gui.preview.patch import MIN_PIECES_NOW

    document = QTextDocument()
    document.setDefaultStyleSheet(CSS)
    patcher = DocumentPatcher(document)
    short = _many_pieces(3)
    patcher.show(short)
    long = [short[0], *_many_pieces(max(MIN_PIECES_NOW * 8, 1000), "b")[1:]]  # only the first piece is the same
    patcher.show(long)
    assert not patcher.complete and len(patcher.pieces) < len(long)
    while not patcher.complete:
        qapp.processEvents()
    assert document.toHtml() == _reference_html(long)


class _Clock:
    now = 0.0

    def __call__(self) -> float:
        return self.now


def test_an_append_slice_waits_for_a_turn_with_room_and_runs_on_the_next(qapp: Any) -> None:
    from PySide6.QtCore import QTimer

    from sr_editor.services.runtime.turns import TurnBudget

    turns = TurnBudget(clock=_Clock(), cpu=_Clock())
    document = QTextDocument()
    patcher = DocumentPatcher(document, turns)
    patcher.show(_many_pieces(1000))
    shown = len(patcher.pieces)
    QTimer.singleShot(0, turns.typed)  # a key earlier in the same turn spends its room
    qapp.processEvents()
    assert len(patcher.pieces) == shown
    qapp.processEvents()  # the next turn
    assert len(patcher.pieces) > shown


def test_an_append_slice_started_without_room_appends_one_piece(qapp: Any) -> None:
    from sr_editor.services.runtime.turns import TurnBudget

    turns = TurnBudget(seconds=0.0, clock=_Clock(), cpu=_Clock())  # never any room: it starts for want of it
    document = QTextDocument()
    patcher = DocumentPatcher(document, turns)
    patcher.show(_many_pieces(1000))
    shown = len(patcher.pieces)
    for _ in range(20):
        before = len(patcher.pieces)
        qapp.processEvents()
        assert len(patcher.pieces) - before <= 1
    assert len(patcher.pieces) > shown
