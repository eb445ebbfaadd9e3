"""The outline beside the editor: its list is touched only when the headings change."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from sr_editor.core.article.article import Article
from sr_editor.core.storage.store import LoadedArticle
from sr_editor.gui.editor.outline import OutlinePanel, headings
from sr_editor.services.document.document import ArticleDocument

BODY = "Intro.\n\n## First\n\nSome text here.\n\n## Second\n\nMore.\n"


def _outline(qtbot: Any, tmp_path: Path, body: str = BODY) -> tuple[OutlinePanel, ArticleDocument]:
    document = ArticleDocument()
    document.load(LoadedArticle(bundle=tmp_path / "a", article=Article(body=body), disk_hash="0" * 64))
    editor = QPlainTextEdit()
    editor.setDocument(document.text_document)
    panel = OutlinePanel(document, editor)
    qtbot.addWidget(editor)
    qtbot.addWidget(panel)
    panel.show()
    return panel, document


def _type(document: ArticleDocument, position: int, text: str) -> None:
    cursor = QTextCursor(document.text_document)
    cursor.setPosition(position)
    cursor.insertText(text)


def _lines(panel: OutlinePanel) -> list[int]:
    return [panel.item(row).data(Qt.ItemDataRole.UserRole) for row in range(panel.count())]


def test_a_keystroke_that_touches_no_heading_leaves_the_list_alone(qtbot: Any, tmp_path: Path) -> None:
    panel, document = _outline(qtbot, tmp_path)
    builds, first = panel.builds, panel.item(0)
    _type(document, document.text.live().index("text here"), "x")
    panel.refresh()
    assert panel.builds == builds and panel.item(0) is first


def test_lines_added_above_move_the_headings_without_rebuilding_the_list(qtbot: Any, tmp_path: Path) -> None:
    panel, document = _outline(qtbot, tmp_path)
    builds = panel.builds
    _type(document, 0, "A new first line.\n\n")
    panel.refresh()
    assert panel.builds == builds and _lines(panel) == [5, 9]
    assert panel.item(1).toolTip() == "Line 9"


def test_renaming_a_heading_rebuilds_the_list(qtbot: Any, tmp_path: Path) -> None:
    panel, document = _outline(qtbot, tmp_path)
    builds = panel.builds
    _type(document, document.text.live().index("Second"), "The ")
    panel.refresh()
    assert panel.builds == builds + 1 and panel.item(1).text().strip() == "The Second"


def test_a_hidden_outline_catches_up_when_shown(qtbot: Any, tmp_path: Path) -> None:
    panel, document = _outline(qtbot, tmp_path)
    panel.hide()
    _type(document, len(BODY), "\n## Third\n")
    qtbot.wait(450)  # longer than the pause after typing: a hidden outline does not refresh
    assert panel.count() == 2
    panel.show()
    assert [panel.item(row).text().strip() for row in range(panel.count())] == ["First", "Second", "Third"]


def test_headings_are_found_on_the_first_line_and_after_indented_fences() -> None:
    text = "# Top\n   ```\n# in code\n   ```\n   ### Indented heading\n    # four spaces: not one\n~~~\n"
    assert headings(text) == [(1, 1, "Top"), (5, 3, "Indented heading")]


def test_a_hidden_outline_builds_another_articles_list_only_when_shown(qtbot: Any, tmp_path: Path) -> None:
    panel, document = _outline(qtbot, tmp_path)
    panel.hide()
    builds = panel.builds
    document.load(LoadedArticle(bundle=tmp_path / "b", article=Article(body="## Other\n"), disk_hash="1" * 64))
    assert panel.builds == builds
    panel.show()
    assert _lines(panel) == [1] and panel.builds == builds + 1


def test_a_heading_not_yet_loaded_is_reached_all_the_same(qtbot: Any, tmp_path: Path) -> None:
    from sr_editor.gui.editor.editor import MarkdownEditor

    body = "## Top\n\n" + "A paragraph of the long read, one of many.\n\n" * 2000 + "## Bottom\n\nEnd.\n"
    document = ArticleDocument()
    editor = MarkdownEditor(document.text_document)
    panel = OutlinePanel(document, editor)
    qtbot.addWidget(editor)
    qtbot.addWidget(panel)
    panel.show()
    document.load(LoadedArticle(bundle=tmp_path / "long", article=Article(body=body), disk_hash="0" * 64))
    assert document.slices.active and _lines(panel) == [1, 4003]  # the outline knows the whole text already
    panel.itemActivated.emit(panel.item(1))
    assert not document.slices.active
    assert editor.textCursor().block().text() == "## Bottom"
