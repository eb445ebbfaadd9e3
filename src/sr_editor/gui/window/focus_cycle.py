"""F6 / Shift+F6: move the keyboard between the main areas of the window, as in browsers and mature editors.

The editor keeps Tab for itself (it indents), so without this a keyboard user could not leave it. The cycle is
editor → preview → the open panels (Article, Images, Outline, Problems, Site, then any other dock) → article list,
and round again. A panel tabbed behind another is raised when it gets the keyboard; closed panels and a hidden
preview are skipped. Each area gets the focus on its first control that Tab would reach; an open panel without
one (the Images panel of an article without images) takes the focus itself, so a screen reader names it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDockWidget, QMenu, QWidget

if TYPE_CHECKING:
    from sr_editor.gui.window.main_window import MainWindow

DOCK_ORDER = ("metadataDock", "imagesDock", "outlineDock", "problemsDock", "siteDock")


def accepts_tab(widget: QWidget) -> bool:
    return (widget.isVisible() and widget.isEnabled()
            and bool(widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value))


def first_focusable(area: QWidget) -> QWidget | None:
    """The first control inside AREA (or AREA itself) in Tab order."""
    if accepts_tab(area):
        return area
    widget = area.nextInFocusChain()
    for _ in range(5000):  # the chain is a ring; a bound keeps a broken ring from hanging the window
        if widget is None or widget is area:
            return None
        if area.isAncestorOf(widget) and accepts_tab(widget):
            return widget
        widget = widget.nextInFocusChain()
    return None


class FocusCycle(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.nextAction = self._action("focus_next_area", self.tr("Next area"), "F6", lambda: self.move(1))
        self.previousAction = self._action("focus_previous_area", self.tr("Previous area"), "Shift+F6",
                                           lambda: self.move(-1))
        view = view_menu(window)
        if view is not None:  # listed there so the keys can be found
            view.addSeparator()
            view.addActions([self.nextAction, self.previousAction])

    def _action(self, key: str, text: str, keys: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(f"action_{key}")
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)  # works with the menu bar hidden (distraction-free writing)
        self.window.commands[key] = action
        return action

    def areas(self) -> list[QWidget]:
        """The areas in cycle order: the preview only when shown, docks only when open."""
        w = self.window
        docks = {dock.objectName(): dock for dock in w.findChildren(QDockWidget) if dock.parent() is w}
        ordered = [docks.pop(name) for name in DOCK_ORDER if name in docks]
        ordered += sorted(docks.values(), key=lambda dock: dock.objectName())
        areas: list[QWidget] = [w.editor]
        if w.preview.isVisibleTo(w):
            areas.append(w.preview)
        areas += [dock for dock in ordered if dock.toggleViewAction().isChecked()]
        if w.article_list.isVisibleTo(w):
            areas.append(w.article_list)
        return areas

    def current_index(self, areas: list[QWidget]) -> int:
        focus = QApplication.focusWidget()
        for index, area in enumerate(areas):
            if focus is not None and (focus is area or area.isAncestorOf(focus)):
                return index
        return -1

    def move(self, step: int) -> None:
        areas = self.areas()
        index = self.current_index(areas)
        if index < 0 and step < 0:
            index = 0
        for offset in range(1, len(areas) + 1):
            area = areas[(index + step * offset) % len(areas)]
            if isinstance(area, QDockWidget):
                area.raise_()  # tabbed behind another panel: bring it to the front first
            target = first_focusable(area)
            if target is not None:
                target.setFocus(Qt.FocusReason.OtherFocusReason)
                return
            panel = area.widget() if isinstance(area, QDockWidget) else None
            if panel is not None and panel.isVisible():
                # a panel may build its controls when first shown (the Images panel, a turn later): the panel
                # holds the keyboard (a screen reader names it), then its first control takes it
                panel.setFocus(Qt.FocusReason.OtherFocusReason)
                QTimer.singleShot(0, lambda panel=panel: self._settle(panel))
                return

    def _settle(self, panel: QWidget) -> None:
        if QApplication.focusWidget() is panel:
            target = first_focusable(panel)
            if target is not None:
                target.setFocus(Qt.FocusReason.OtherFocusReason)


def view_menu(window: MainWindow) -> QMenu | None:
    """The menu holding View > Preview, whatever the interface language calls it."""
    toggle = window.commands.get("toggle_preview")
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu) and toggle in menu.actions():
            return menu
    return None


def install_focus_cycle(window: MainWindow) -> FocusCycle:
    """Installed on `window` as its child (`window.findChild(FocusCycle)`)."""
    return FocusCycle(window)
