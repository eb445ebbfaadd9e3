"""The spelling sweep re-highlights runs of consecutive blocks in one pass of Qt's, not block by block."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QPlainTextDocumentLayout

from sr_editor.gui.editor.highlighter import MarkdownHighlighter
from sr_editor.gui.spelling.spell_pass import SpellingPass
from sr_editor.gui.spelling.spell_sweep import RUN_BLOCKS, SpellSweep


def _sweep(lines: int) -> tuple[QTextDocument, MarkdownHighlighter, SpellSweep, list[tuple[int, int]]]:
    document = QTextDocument()
    document.setDocumentLayout(QPlainTextDocumentLayout(document))
    highlighter = MarkdownHighlighter(document)
    document.setPlainText("\n".join(f"line **{i}**" for i in range(lines)))
    runs: list[tuple[int, int]] = []
    original = highlighter.rehighlight_run

    def recorded(block: Any, count: int) -> int:
        runs.append((block.blockNumber(), count))
        return original(block, count)

    highlighter.rehighlight_run = recorded  # type: ignore[method-assign]
    return document, highlighter, SpellSweep(highlighter, SpellingPass(), document), runs


def test_consecutive_blocks_are_swept_in_runs(qapp: Any) -> None:
    _document, _highlighter, sweep, runs = _sweep(40)
    sweep.restart([5, 6, 7], rest=range(40))
    while sweep.active:
        sweep._slice()
    assert runs[0] == (5, 3)  # the visible blocks first, as one run
    assert all(count <= RUN_BLOCKS for _, count in runs)
    assert sum(count for _, count in runs[1:]) == 40


def test_a_run_rehighlights_its_blocks_and_stops_before_pending_ones(qapp: Any, monkeypatch: Any) -> None:
    from sr_editor.gui.editor import highlighter as module

    monkeypatch.setattr(module, "TURN_SECONDS", 0.0)
    document, highlighter, _, _ = _sweep(3_000)
    assert highlighter.pending  # most of the text waits for the catch-up
    before = highlighter.blocks_highlighted
    done = highlighter.rehighlight_run(document.findBlockByNumber(2_000), 10)
    assert done == 10
    assert highlighter.blocks_highlighted - before == 10
    assert all(document.findBlockByNumber(n).layout().formats() for n in range(2_000, 2_010))
    assert document.findBlockByNumber(2_010).userState() == module.PENDING


def test_a_slice_waits_for_a_turn_with_room_and_runs_on_the_next(qapp: Any) -> None:
    from PySide6.QtCore import QTimer

    from sr_editor.services.runtime.turns import TurnBudget

    turns = TurnBudget(clock=lambda: 0.0, cpu=lambda: 0.0)
    document = QTextDocument()
    document.setDocumentLayout(QPlainTextDocumentLayout(document))
    highlighter = MarkdownHighlighter(document, turns)
    document.setPlainText("\n".join(f"line **{i}**" for i in range(40)))
    sweep = SpellSweep(highlighter, SpellingPass(), document)
    qapp.processEvents()  # the highlighter's own first pass
    before = highlighter.blocks_highlighted
    sweep.restart([], rest=range(40))
    QTimer.singleShot(0, turns.typed)  # a key earlier in the same turn spent its room
    qapp.processEvents()
    assert highlighter.blocks_highlighted == before
    qapp.processEvents()  # the next turn
    assert highlighter.blocks_highlighted > before
