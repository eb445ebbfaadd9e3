"""Opening a long article in the window: typing is possible at once and lands where the writer put the cursor."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

LINE = "Crowds filled the streets of the capital while police watched from the corners.\n\n"


def _long_article(root: Path, article_writer: Any) -> Path:
    return article_writer(root, "long-read", "A long read", "# A long read\n\n" + LINE * 1500)  # ~20k words


def _open_long(window: Any, bundle: Path, qtbot: Any) -> None:
    """Open the long article from another one, once the window's start-up is over."""
    qtbot.waitUntil(lambda: window.context.document.bundle is not None and not window.context.document.slices.active,
                    timeout=20_000)
    window.features.controller.open_article(bundle.parent / "kenya-elections")
    window.features.controller.open_article(bundle)


@pytest.fixture
def loading(make_window: Any, sample_workspace: Path, article_writer: Any, qtbot: Any) -> tuple[Any, Path]:
    """A window that has just begun to open a ~20k-word article, slice by slice: (window, the article's bundle)."""
    bundle = _long_article(sample_workspace, article_writer)
    window = make_window(sample_workspace)
    _open_long(window, bundle, qtbot)
    return window, bundle


def test_keys_typed_while_a_long_article_loads_land_at_the_cursor(
    loading: tuple[Any, Path], sample_workspace: Path, qtbot: Any
) -> None:
    window, _bundle = loading
    document, editor = window.context.document, window.editor
    assert document.slices.active and editor.holding_keys
    cursor = editor.textCursor()
    cursor.setPosition(len("# A long read"))
    editor.setTextCursor(cursor)
    qtbot.keyClicks(editor, ", part one")
    assert not document.is_dirty  # held: nothing typed into the half-loaded text
    qtbot.waitUntil(lambda: not document.slices.active, timeout=20_000)
    assert document.body() == "# A long read, part one\n\n" + LINE * 1500
    assert document.is_dirty and not editor.holding_keys


def test_the_word_count_is_the_whole_articles_once_loaded(
    loading: tuple[Any, Path], sample_workspace: Path, qtbot: Any
) -> None:
    window, _bundle = loading
    qtbot.wait(1)
    if window.context.document.slices.active:
        assert window.status_words.text() == ""  # never the count of a part
    words = len(("# A long read\n\n" + LINE * 1500).split())
    qtbot.waitUntil(lambda: window.status_words.text().startswith(f"{words} words"), timeout=20_000)
    assert not window.context.document.is_dirty


def test_switching_article_while_keys_are_held_saves_them_into_the_first(
    loading: tuple[Any, Path], sample_workspace: Path, qtbot: Any
) -> None:
    window, bundle = loading
    window.editor.moveCursor(QTextCursor.MoveOperation.Start)
    qtbot.keyClicks(window.editor, "Intro. ")
    qtbot.keyClick(window.editor, Qt.Key.Key_Home)
    window.features.controller.open_article(sample_workspace / "brazil-forest")
    assert window.context.document.bundle == sample_workspace / "brazil-forest"
    assert "Intro. # A long read\n\n" + LINE in (bundle / "index.md").read_text(encoding="utf-8")
    assert not window.editor.holding_keys


def test_switching_article_while_loading_without_keys_does_not_wait_for_the_rest(
    loading: tuple[Any, Path], sample_workspace: Path, qtbot: Any
) -> None:
    window, _bundle = loading
    finished: list[int] = []
    window.context.document.slices.finished.connect(lambda: finished.append(1))
    window.features.controller.open_article(sample_workspace / "brazil-forest")
    assert finished == [] and window.context.document.text_document.toPlainText() == "The Amazon burns.\n"
    assert not window.editor.holding_keys and not window.context.document.is_dirty


def test_a_problem_further_down_than_loaded_is_reached_all_the_same(
    make_window: Any, sample_workspace: Path, article_writer: Any, qtbot: Any
) -> None:
    from types import SimpleNamespace

    bundle = _long_article(sample_workspace, article_writer)
    window = make_window(sample_workspace)
    _open_long(window, bundle, qtbot)
    assert window.context.document.slices.active
    window.features.controller.jump_to_problem(SimpleNamespace(line=2999, field=None))
    assert not window.context.document.slices.active
    assert window.editor.textCursor().blockNumber() == 2998


def test_replace_all_while_loading_replaces_in_the_whole_article(
    loading: tuple[Any, Path], sample_workspace: Path, qtbot: Any
) -> None:
    window, _bundle = loading
    assert window.context.document.slices.active
    bar = window.find_bar
    bar.open(True)
    bar.find_edit.setText("police")
    bar.replace_edit.setText("soldiers")
    assert bar.replace_all() == 1500
    assert "police" not in window.context.document.body()
