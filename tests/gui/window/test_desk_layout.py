"""The window on the screen: it fits, Reset layout brings the docks back, the toolbar, outline and full screen."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QDockWidget, QToolBar

from sr_editor.gui.editor.outline import headings
from sr_editor.gui.window.desk_layout import DeskLayout


def test_the_first_window_fits_the_screen(make_window: Any, sample_workspace: Path) -> None:
    window = make_window(sample_workspace)
    area = window.screen().availableGeometry()
    assert window.width() <= area.width() and window.height() <= area.height()


def test_the_images_panel_shows_the_decorative_box_without_scrolling(
    make_window: Any, workspace_dir: Path, article_writer: Any, qtbot: Any
) -> None:
    article_writer(workspace_dir, "aaa", "Pictured", "![A march](march.jpg)\n")
    window = make_window(workspace_dir)
    window.resize(1366, 740)
    window.findChild(DeskLayout).apply_default_layout()
    window.images_dock.raise_()
    qtbot.waitUntil(lambda: window.images_panel.findChild(QCheckBox) is not None)
    check = window.images_panel.findChild(QCheckBox)
    qtbot.waitUntil(check.isVisible)
    top_left = check.mapTo(window.images_dock, check.rect().topLeft())
    assert top_left.y() >= 0 and top_left.y() + check.height() <= window.images_dock.height()


def test_reset_layout_brings_back_closed_and_floating_docks(make_window: Any, sample_workspace: Path) -> None:
    window = make_window(sample_workspace)
    window.problems_dock.close()
    window.metadata_dock.setFloating(True)
    window.findChild(QToolBar, "mainToolbar").hide()
    window.commands["reset_layout"].trigger()
    assert window.problems_dock.isVisible() and not window.metadata_dock.isFloating()
    assert window.images_dock in window.tabifiedDockWidgets(window.metadata_dock)
    assert window.findChild(QToolBar, "mainToolbar").isVisible()


def test_the_dock_layout_is_remembered_across_windows(make_window: Any, sample_workspace: Path) -> None:
    window = make_window(sample_workspace)
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, window.problems_dock)
    window.close()  # saves the window state
    again = make_window(sample_workspace)
    assert again.dockWidgetArea(again.problems_dock) == Qt.DockWidgetArea.LeftDockWidgetArea


def test_the_toolbar_holds_the_common_actions_with_icons(make_window: Any, sample_workspace: Path) -> None:
    window = make_window(sample_workspace)
    bar = window.findChild(QToolBar, "mainToolbar")
    actions = [a for a in bar.actions() if not a.isSeparator()]
    names = {a.objectName() for a in actions}
    assert {"action_new", "action_save", "action_bold", "action_italic", "action_link", "action_insert_image",
            "action_find", "action_toggle_preview"} <= names
    assert any(name.endswith("publish") for name in names)
    assert all(not a.icon().isNull() for a in actions)
    assert not window.windowIcon().isNull()


def test_headings_outside_code_make_the_outline() -> None:
    text = "# Title\ntext\n```\n# not a heading\n```\n## Second ##\n#nospace\n"
    assert headings(text) == [(1, 1, "Title"), (6, 2, "Second")]


def test_clicking_a_heading_in_the_outline_moves_the_editor_there(
    make_window: Any, workspace_dir: Path, article_writer: Any
) -> None:
    article_writer(workspace_dir, "aaa", "Outlined", "Intro.\n\n## First\n\nText.\n\n## Second\n\nMore.\n")
    window = make_window(workspace_dir)
    desk = window.findChild(DeskLayout)
    desk.outline_dock.show()
    desk.outline_dock.raise_()  # a tab behind another dock builds its list only when shown
    outline = desk.outline
    assert [outline.item(i).text().strip() for i in range(outline.count())] == ["First", "Second"]
    outline.itemClicked.emit(outline.item(1))
    assert window.editor.textCursor().blockNumber() == 6


def test_distraction_free_shows_only_the_text_and_comes_back(make_window: Any, sample_workspace: Path) -> None:
    window = make_window(sample_workspace)
    window.commands["distraction_free"].trigger()
    assert window.isFullScreen()
    assert not any(d.isVisible() for d in window.findChildren(QDockWidget))
    assert not window.preview.isVisible() and not window.article_list.isVisible()
    assert window.editor.isVisible()
    window.findChild(DeskLayout).leave_focus_mode()
    assert not window.isFullScreen()
    assert window.metadata_dock.isVisible() and window.article_list.isVisible()


def test_preview_tables_get_the_sites_cell_padding_and_borders(qtbot: Any) -> None:
    from PySide6.QtGui import QTextTable

    from sr_editor import app
    from sr_editor.gui.preview.preview import PreviewView

    preview = PreviewView(app.load_stylesheet())
    qtbot.addWidget(preview)
    preview.setHtml("<table><thead><tr><th>Country</th></tr></thead><tbody><tr><td>Haiti</td></tr></tbody></table>"
                    "<table class='quote'><tr><td class='quotebar'></td><td class='quote'>q</td></tr></table>")
    tables = [f for f in preview.document().rootFrame().childFrames() if isinstance(f, QTextTable)]
    cell = tables[0].cellAt(1, 0).format().toTableCellFormat()
    assert cell.leftPadding() == 10 and cell.topPadding() == 6
    assert cell.leftBorder() == 1 and cell.bottomBorder() == 1
    quote = tables[1].cellAt(0, 1).format().toTableCellFormat()
    assert quote.leftBorder() == 0  # the blockquote rewrite keeps its one red bar, no grid


def _chars_a_line(window: Any) -> int:
    from PySide6.QtGui import QFontMetricsF

    return int(window.editor.viewport().width() / QFontMetricsF(window.editor.font()).horizontalAdvance("x"))


def test_the_editor_keeps_sixty_characters_beside_the_preview_at_1366x768(
    make_window: Any, sample_workspace: Path, qtbot: Any
) -> None:
    window = make_window(sample_workspace)
    window.resize(1366, 740)
    window.findChild(DeskLayout).reset_layout()
    qtbot.waitUntil(lambda: window.preview.isVisible() and _chars_a_line(window) >= 60)
    assert window.preview.width() >= 300


def test_at_800x600_the_docks_fold_then_the_preview_hides_before_the_editor_drops_below_forty_characters(
    make_window: Any, sample_workspace: Path, qtbot: Any
) -> None:
    window = make_window(sample_workspace)
    window.resize(800, 572)
    qtbot.waitUntil(lambda: not window.preview.isVisible())
    qtbot.waitUntil(lambda: _chars_a_line(window) >= 40)
    assert window.dockWidgetArea(window.metadata_dock) == Qt.DockWidgetArea.BottomDockWidgetArea
    assert window.context.settings.preview_visible  # the writer's choice is kept for a wider window
    assert not window.commands["toggle_preview"].isChecked()


def test_a_preview_hidden_for_room_comes_back_when_the_window_grows(
    make_window: Any, sample_workspace: Path, qtbot: Any
) -> None:
    window = make_window(sample_workspace)
    window.resize(800, 572)
    qtbot.waitUntil(lambda: not window.preview.isVisible())
    window.resize(1366, 740)
    qtbot.waitUntil(window.preview.isVisible)
    assert _chars_a_line(window) >= 60


def test_the_sentence_that_the_preview_is_hidden_goes_when_it_comes_back(
    make_window: Any, sample_workspace: Path, qtbot: Any
) -> None:
    window = make_window(sample_workspace)
    window.resize(800, 572)
    qtbot.waitUntil(lambda: "preview is hidden" in window.statusBar().currentMessage())
    window.resize(1366, 740)
    qtbot.waitUntil(window.preview.isVisible)
    assert "preview is hidden" not in window.statusBar().currentMessage()


def test_the_plan_folds_the_docks_before_the_preview() -> None:
    from sr_editor.gui.window.writing_room import plan_room

    assert plan_room(1920, True, 600, 400).docks_right
    narrow = plan_room(1366, True, 600, 400, list_min=320)
    assert not narrow.docks_right and narrow.preview and narrow.sizes[1] >= 600
    half = plan_room(800, True, 600, 400, list_min=320)
    assert not half.preview and half.sizes[1] >= 400
