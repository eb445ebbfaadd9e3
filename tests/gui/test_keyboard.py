"""Keyboard: Tab walks each form top to bottom, F6 moves between the window's areas, every dialog is walked in
screen order with its buttons last."""

from __future__ import annotations

import itertools
import sys
from pathlib import Path
from typing import Any

import pytest
from a11y_walk import unreachable_inputs
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget

sys.path.insert(0, str(Path(__file__).parent))  # the tour helpers of test_accessible_names.py
from test_accessible_names import DIALOGS, image_workspace, open_queue

ARTICLE_PANEL = ["titleEdit", "slugEdit", "excerptEdit", "statusCombo", "authorEdit", "regionList", "tagEdit",
                 "featuredImageButton", "featuredRemoveButton", "featuredAltEdit", "featuredDecorativeCheck",
                 "featuredCaptionEdit", "featuredCreditEdit"]


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard"
    return widget


def press(qtbot: Any, key: Qt.Key, times: int = 1,
          modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> list[QWidget]:
    """Press KEY TIMES times on whatever has the focus; the widgets that had it after each press."""
    seen = []
    for _ in range(times):
        qtbot.keyClick(focused(), key, modifier)
        seen.append(focused())
    return seen


def focus_on(qtbot: Any, widget: QWidget) -> None:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=2000)


@pytest.fixture
def window(make_window: Any, tmp_path: Path, qtbot: Any) -> Any:
    window = make_window(image_workspace(tmp_path / "ws"))
    qtbot.waitUntil(lambda: "Crowds" in window.preview.toPlainText(), timeout=5000)
    qtbot.waitUntil(lambda: window.findChild(QWidget, "imageAltEdit0") is not None, timeout=5000)
    window.activateWindow()
    qtbot.waitActive(window)
    return window


def test_every_input_of_the_main_window_is_reachable_by_tab(window: Any) -> None:
    problems = unreachable_inputs(window)
    assert not problems, "\n".join(problems)


def test_every_input_of_the_alt_text_queue_is_reachable_by_tab(qtbot: Any, tmp_path: Path) -> None:
    problems = unreachable_inputs(open_queue(qtbot, tmp_path))
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("name", sorted(DIALOGS))
def test_every_input_of_each_dialog_is_reachable_by_tab(name: str, qtbot: Any, tmp_path: Path) -> None:
    dialog = DIALOGS[name](tmp_path)
    qtbot.addWidget(dialog)
    problems = unreachable_inputs(dialog)
    assert not problems, "\n".join(problems)


def test_tab_walks_the_article_panel_from_title_to_featured_image_credit(window: Any, qtbot: Any) -> None:
    window.metadata_dock.raise_()
    focus_on(qtbot, window.metadata_panel.titleEdit)
    seen = [focused(), *press(qtbot, Qt.Key.Key_Tab, len(ARTICLE_PANEL) - 1)]
    assert [w.objectName() for w in seen] == ARTICLE_PANEL


def test_shift_tab_walks_the_article_panel_backwards(window: Any, qtbot: Any) -> None:
    window.metadata_dock.raise_()
    focus_on(qtbot, window.metadata_panel.featuredCreditEdit)
    seen = [focused(), *press(qtbot, Qt.Key.Key_Backtab, len(ARTICLE_PANEL) - 1)]
    assert [w.objectName() for w in seen] == ARTICLE_PANEL[::-1]


def test_the_featured_image_alt_field_takes_the_keyboard_in_the_first_article_opened(window: Any) -> None:
    alt = window.metadata_panel.featuredAltEdit
    assert alt.isEnabled() and alt.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_tab_leaves_the_article_list_instead_of_walking_its_cells(window: Any, qtbot: Any) -> None:
    focus_on(qtbot, window.article_list.view)
    assert press(qtbot, Qt.Key.Key_Tab)[0].objectName() == "newArticleButton"


def test_tab_reaches_every_image_alt_field_and_decorative_box(window: Any, qtbot: Any) -> None:
    window.images_dock.raise_()
    qtbot.waitUntil(lambda: window.findChild(QWidget, "imageAltEdit0").isVisible())
    focus_on(qtbot, window.findChild(QWidget, "imageAltEdit0"))
    seen = [focused(), *press(qtbot, Qt.Key.Key_Tab, 3)]
    assert [w.objectName() for w in seen] == ["imageAltEdit0", "imageDecorativeCheck0", "imageAltEdit1",
                                              "imageDecorativeCheck1"]


def test_f6_moves_from_the_editor_through_preview_and_panels_back_to_the_editor(window: Any, qtbot: Any) -> None:
    focus_on(qtbot, window.editor)
    seen = press(qtbot, Qt.Key.Key_F6, 7)
    assert [w.objectName() for w in seen] == ["preview", "titleEdit", "imageAltEdit0", "outline", "problemsList",
                                              "articleFilter", "editor"]


def test_f6_stops_on_an_open_panel_without_controls_and_a_screen_reader_names_it(
        make_window: Any, sample_workspace: Path, qtbot: Any) -> None:
    window = make_window(sample_workspace)  # articles without images: the Images panel has no fields
    qtbot.waitUntil(lambda: window.context.document.bundle is not None, timeout=5000)
    window.activateWindow()
    qtbot.waitActive(window)
    focus_on(qtbot, window.editor)
    seen = press(qtbot, Qt.Key.Key_F6, 4)
    assert [w.objectName() for w in seen] == ["preview", "titleEdit", "imagesPanel", "outline"]
    assert seen[2].accessibleName() == "Images in the article"


def test_shift_f6_goes_back_from_the_editor_to_the_article_list(window: Any, qtbot: Any) -> None:
    focus_on(qtbot, window.editor)
    seen = press(qtbot, Qt.Key.Key_F6, 2, Qt.KeyboardModifier.ShiftModifier)
    assert [w.objectName() for w in seen] == ["articleFilter", "problemsList"]


def test_f6_skips_the_preview_when_it_is_hidden(window: Any, qtbot: Any) -> None:
    window.set_preview_visible(False)
    focus_on(qtbot, window.editor)
    assert press(qtbot, Qt.Key.Key_F6)[0].objectName() == "titleEdit"


def test_f6_is_listed_in_the_view_menu(window: Any) -> None:
    keys = [a.shortcut().toString() for menu in window.menuBar().findChildren(type(window.menuBar().addMenu("x")))
            for a in menu.actions()]
    assert "F6" in keys and "Shift+F6" in keys


def screen_position(widget: QWidget, dialog: QWidget) -> QPoint:
    return widget.mapTo(dialog, QPoint(0, 0))


def tab_ring(dialog: QWidget, qtbot: Any) -> list[QWidget]:
    """The widgets Tab visits, once round, starting from the top-left one."""
    if QApplication.focusWidget() is None:
        dialog.focusNextChild()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=2000)
    start, ring = focused(), [focused()]
    for _ in range(40):
        widget = press(qtbot, Qt.Key.Key_Tab)[0]
        if widget is start:
            break
        ring.append(widget)
    first = min(range(len(ring)), key=lambda i: (screen_position(ring[i], dialog).y(),
                                                   screen_position(ring[i], dialog).x()))
    return ring[first:] + ring[:first]


def reads_before(a: QPoint, b: QPoint) -> bool:
    """Tab may go down (the next row) or right (along a row, or up into the next column), never back left on
    the same row nor up and left."""
    return b.y() > a.y() + 8 or b.x() > a.x()


def out_of_screen_order(ring: list[QWidget], window: QWidget) -> list[str]:
    where = [(w.objectName() or type(w).__name__, screen_position(w, window)) for w in ring]
    return [f"{a[0]} then {b[0]}" for a, b in itertools.pairwise(where) if not reads_before(a[1], b[1])]


def test_tab_walks_the_alt_text_queue_from_the_filters_to_its_buttons(qtbot: Any, tmp_path: Path) -> None:
    queue = open_queue(qtbot, tmp_path)
    queue.activateWindow()
    qtbot.waitActive(queue)
    ring = tab_ring(queue, qtbot)
    assert ring[0].objectName() == "queueSourceFilter"
    assert queue.findChild(QWidget, "queueAltEdit") in ring
    assert {queue.save_button, queue.skip_button, queue.decorative_button, queue.back_button} <= set(ring)
    assert out_of_screen_order(ring, queue) == []


@pytest.mark.parametrize("name", sorted(DIALOGS))
def test_tab_walks_each_dialog_in_screen_order(name: str, qtbot: Any, tmp_path: Path) -> None:
    dialog: QDialog = DIALOGS[name](tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    ring = tab_ring(dialog, qtbot)
    out_of_order = out_of_screen_order(ring, dialog)
    assert not out_of_order, f"Tab order of the {name} dialog: {[w.objectName() for w in ring]}"
