"""The writing area comes first: how the width of the window is shared between the article list, the editor,
the preview and the side docks.

With room, the Article, Images and Outline docks sit on the right and the editor keeps at least
`EDITOR_CHARS` characters a line beside the preview. When the window is narrower (1366x768 and below), the side
docks fold down into the bottom tabs beside Problems; narrower still (an 800-pixel half screen), the preview
hides, so the editor never drops below `EDITOR_MIN_CHARS` while anything else could give way.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFontMetricsF

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDockWidget

    from sr_editor.gui.common.host import EditorHost
    from sr_editor.gui.window.main_window import MainWindow

EDITOR_CHARS = 60  # characters a line the editor keeps beside the preview
EDITOR_MIN_CHARS = 40  # below this the preview hides rather than the editor shrinking
PREVIEW_MIN = 320  # a preview narrower than this is not worth the editor's room (pixels)
SIDE_DOCK = 340  # the Article panel's width on the right (pixels)
LIST_MIN, LIST_MAX = 200, 300  # the article list's width range (pixels)
HANDLES = 24  # splitter handles and dock separators (pixels)


@dataclass(frozen=True)
class Room:
    """One arrangement: where the side docks go, whether the preview shows, and the splitter's sizes."""

    docks_right: bool
    preview: bool
    sizes: tuple[int, int, int]


def editor_pixels(window: EditorHost, chars: int) -> int:
    """The editor's width that shows `chars` characters a line in its font (frame, margins and scroll bar in)."""
    editor = window.editor
    advance = QFontMetricsF(editor.font()).horizontalAdvance("x" * 10) / 10
    margin = 2 * editor.document().documentMargin() + 2 * editor.frameWidth()
    bar = editor.verticalScrollBar().sizeHint().width()
    return int((chars + 1) * advance + margin + bar)  # one character to spare for rounding


def plan_room(width: int, want_preview: bool, need: int, need_min: int, list_min: int = LIST_MIN) -> Room:
    """The arrangement for a window `width` pixels wide: docks right only when the editor keeps `need`
    pixels beside the preview; the preview only when the editor keeps `need_min` pixels beside it. The list
    takes about a fifth, never less than `list_min` (its buttons' width)."""
    listed = max(list_min, LIST_MIN, min(LIST_MAX, int(width * 0.18)))
    docks_right = listed + need + (PREVIEW_MIN if want_preview else 0) + SIDE_DOCK + HANDLES <= width
    centre = max(need_min, width - listed - HANDLES - (SIDE_DOCK if docks_right else 0))
    preview = want_preview and centre >= need_min + PREVIEW_MIN
    if not preview:
        return Room(docks_right, False, (listed, centre, 0))
    editor = min(max(need, centre // 2), centre - PREVIEW_MIN)
    return Room(docks_right, True, (listed, editor, centre - editor))


class WritingRoom(QObject):
    """Keeps the editor wide enough as the window is resized: folds the side docks, then the preview."""

    def __init__(self, window: MainWindow, side_docks: tuple[QDockWidget, ...]) -> None:
        super().__init__(window)
        self.window = window
        self.side_docks = side_docks
        self.preview_folded = False  # the preview was hidden here for room, not by the writer
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self.keep_room)
        window.installEventFilter(self)
        toggle = window.commands.get("toggle_preview")
        if toggle is not None:  # the writer's own choice ends a fold made here
            toggle.toggled.connect(self._chosen)

    def _chosen(self, _visible: bool) -> None:
        self.preview_folded = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Resize:
            self._pending.start()
        return False

    def plan(self) -> Room:
        w = self.window
        want = bool(w.context.settings.preview_visible) or self.preview_folded
        return plan_room(w.width(), want, editor_pixels(w, EDITOR_CHARS), editor_pixels(w, EDITOR_MIN_CHARS),
                         w.article_list.minimumSizeHint().width())

    def arrange(self) -> Room:
        """The default arrangement for the window's width (first start and View > Reset layout)."""
        room = self.plan()
        if room.docks_right:
            self._dock_right()
        else:
            self._dock_below()
        self._show_preview(room.preview)
        self.window.splitter.setSizes(list(room.sizes))
        return room

    def keep_room(self) -> None:
        """After a resize: fold the side docks, then the preview, when the editor would drop below its minimum;
        bring a preview folded here back once there is room again. Docks the writer placed stay put otherwise."""
        w = self.window
        if w.isFullScreen() or not w.isVisible():
            return
        room = self.plan()
        docks_right = any(w.dockWidgetArea(d) == Qt.DockWidgetArea.RightDockWidgetArea and d.isVisible()
                          and not d.isFloating() for d in self.side_docks)
        changed = False
        if docks_right and not room.docks_right:
            self._dock_below()
            changed = True
        previewing = w.preview.isVisibleTo(w)
        if previewing != room.preview and (previewing or self.preview_folded):
            self._show_preview(room.preview)
            changed = True
        if changed:
            w.splitter.setSizes(list(room.sizes))

    def _dock_right(self) -> None:
        w = self.window
        first = self.side_docks[0]
        for dock in self.side_docks:
            w.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        for previous, dock in zip(self.side_docks, self.side_docks[1:], strict=False):
            w.tabifyDockWidget(previous, dock)
        first.raise_()
        w.resizeDocks([first], [SIDE_DOCK], Qt.Orientation.Horizontal)

    def _dock_below(self) -> None:
        """The side docks become tabs beside Problems at the bottom; Problems stays in front."""
        w = self.window
        problems = w.problems_dock
        if w.dockWidgetArea(problems) != Qt.DockWidgetArea.BottomDockWidgetArea or problems.isFloating():
            problems.setFloating(False)
            w.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, problems)
        previous = problems
        for dock in self.side_docks:
            shown = dock.isVisible()
            w.removeDockWidget(dock)  # straight from the right: tabifying across areas leaves a stray tab bar
            w.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
            w.tabifyDockWidget(previous, dock)
            dock.setVisible(shown or not w.isVisible())
            previous = dock
        problems.raise_()
        w.resizeDocks([problems], [max(150, w.height() // 4)], Qt.Orientation.Vertical)

    def _show_preview(self, visible: bool) -> None:
        """Shows or hides the preview for room without changing the writer's setting; the View menu's tick
        follows what is on the screen."""
        w = self.window
        self.preview_folded = not visible and (self.preview_folded or w.context.settings.preview_visible)
        if visible:
            self.preview_folded = False
        w.preview.setVisible(visible)
        toggle = w.commands.get("toggle_preview")
        if toggle is not None and toggle.isChecked() != visible:
            toggle.blockSignals(True)
            toggle.setChecked(visible)
            toggle.blockSignals(False)
        folded = self.tr("The preview is hidden to leave the editor room; View › Preview shows it.")
        if not visible and self.preview_folded:
            w.statusBar().showMessage(folded, 8000)
        elif visible and w.statusBar().currentMessage() == folded:  # back: the sentence no longer holds
            w.statusBar().clearMessage()
