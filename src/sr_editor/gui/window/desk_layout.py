"""How the window sits on the screen: a first size that fits (1366x768 and up), the default dock layout and
View > Reset layout, the toolbar, the outline dock, distraction-free full screen, and the app icon.

Installed by the composition root after the window is built and before its saved state is restored, so the
saved layout (docks, toolbar, splitter) wins and the default stays available for Reset layout.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QObject, QSize, Qt
from PySide6.QtGui import QAction, QGuiApplication, QIcon, QKeySequence, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QDockWidget, QStyle, QToolBar

from sr_editor import paths
from sr_editor.gui.common.menus import menu_named
from sr_editor.gui.editor.outline import OutlinePanel
from sr_editor.gui.window.writing_room import WritingRoom

if TYPE_CHECKING:
    from sr_editor.gui.window.main_window import MainWindow

PREFERRED = QSize(1440, 900)
# toolbar entry: (command key of window.commands, theme icon name, fallback style icon)
TOOLBAR = (
    ("new", "document-new", QStyle.StandardPixmap.SP_FileIcon),
    ("save", "document-save", QStyle.StandardPixmap.SP_DialogSaveButton),
    (None, None, None),
    ("bold", "format-text-bold", None),
    ("italic", "format-text-italic", None),
    ("link", "insert-link", None),
    ("insert_image", "insert-image", None),
    (None, None, None),
    ("find", "edit-find", QStyle.StandardPixmap.SP_FileDialogContentsView),
    ("toggle_preview", "view-preview", None),
    ("publish", "document-send", QStyle.StandardPixmap.SP_ArrowForward),
)


SHIPPED_STROKE = "#5b6470"


def icon(name: str, fallback: QStyle.StandardPixmap | None = None) -> QIcon:
    """The desktop theme's icon, else ours (resources/icons/NAME.svg, drawn in a colour that reads on the current
    palette), else the style's."""
    shipped = paths.resources_dir() / "icons" / f"{name}.svg"
    themed = QIcon.fromTheme(name)
    if not themed.isNull():
        return themed
    if shipped.is_file():
        try:
            svg = shipped.read_text(encoding="utf-8")
        except OSError:
            return QIcon()
        window = QApplication.palette().color(QPalette.ColorRole.Window)
        stroke = "#c9ced6" if window.lightness() < 128 else SHIPPED_STROKE
        pixmap = QPixmap()
        pixmap.loadFromData(svg.replace(SHIPPED_STROKE, stroke).encode("utf-8"), "SVG")
        return QIcon(pixmap)
    style = QApplication.style()
    return style.standardIcon(fallback) if fallback is not None and style is not None else QIcon()


class DeskLayout(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        window.setWindowIcon(icon("sr-editor"))
        self.outline = OutlinePanel(window.context.document, window.editor)
        self.outline_dock = window.add_dock("outlineDock", self.tr("Outline"), self.outline,
                                         Qt.DockWidgetArea.RightDockWidgetArea)
        self.toolbar = self._build_toolbar()
        self._build_view_actions()
        self._hidden_for_focus: list[Any] = []
        self._state_before_focus: QByteArray | None = None
        self.room = WritingRoom(window, (window.metadata_dock, window.images_dock, self.outline_dock))
        self.apply_default_layout()
        self.default_state = QByteArray(window.saveState())

    # ----- layout ------------------------------------------------------------------------------------
    def apply_default_layout(self) -> None:
        """Article, Images and Outline as tabs on the right (full height: nothing cut off) when the editor keeps
        60 characters a line beside the preview; otherwise as tabs beside Problems below (see writing_room)."""
        w = self.window
        for dock in (w.metadata_dock, w.images_dock, self.outline_dock, w.problems_dock):
            dock.setFloating(False)
            dock.show()
        w.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, w.problems_dock)
        self.toolbar.show()
        self.fit_to_screen()
        self.room.arrange()
        w.resizeDocks([w.problems_dock], [110 if self.room.plan().docks_right else max(150, w.height() // 4)],
                      Qt.Orientation.Vertical)

    def fit_to_screen(self) -> None:
        """The preferred size, shrunk to the screen's free area (1366x768 leaves ~1366x740), placed inside it."""
        screen = self.window.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        area = screen.availableGeometry()
        frame = self.window.frameGeometry().size() - self.window.geometry().size()
        size = QSize(min(PREFERRED.width(), area.width() - frame.width()),
                     min(PREFERRED.height(), area.height() - frame.height()))
        self.window.resize(size)
        self.window.move(area.topLeft())

    def reset_layout(self) -> None:
        """View > Reset layout: the first-start layout, whatever was moved, closed or floated."""
        self.leave_focus_mode()
        self.window.restoreState(self.default_state)
        self.window.set_preview_visible(True)
        self.apply_default_layout()

    # ----- toolbar and view menu ---------------------------------------------------------------------
    def retint(self) -> None:
        """Icons again for the current palette (after a theme change)."""
        icons = {key: (name, fallback) for key, name, fallback in TOOLBAR if key is not None and name is not None}
        for action in self.toolbar.actions():
            key = action.objectName().removeprefix("action_").removeprefix("toolbar_")
            if key in icons:
                action.setIcon(icon(*icons[key]))

    def _build_toolbar(self) -> QToolBar:
        bar = QToolBar(self.tr("Toolbar"), self.window)
        bar.setObjectName("mainToolbar")
        bar.setIconSize(QSize(20, 20))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        for key, name, fallback in TOOLBAR:
            if key is None or name is None:
                bar.addSeparator()
                continue
            action = self.window.commands.get(key)
            if action is None:  # publishing installs its menu later: the button finds it when pressed
                action = QAction(self.tr("Publish…"), bar)
                action.setObjectName(f"toolbar_{key}")
                action.triggered.connect(lambda _c=False, key=key: self._trigger_later(key))
            action.setIcon(icon(name, fallback))
            bar.addAction(action)
            self._describe_button(bar, action)
        self.window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        return bar

    def _describe_button(self, bar: QToolBar, action: QAction) -> None:
        """An icon-only button tells a screen reader where the same command is reachable by keyboard."""
        button = bar.widgetForAction(action)
        if button is None:
            return
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if keys:
            button.setAccessibleDescription(self.tr("Toolbar button; also in the menus, shortcut {0}.").format(keys))
        else:
            button.setAccessibleDescription(self.tr("Toolbar button; also in the menus."))

    def _trigger_later(self, key: str) -> None:
        action = self.window.commands.get(key)
        if action is not None:
            action.trigger()
        else:
            self.window.statusBar().showMessage(self.tr("Publishing is not ready yet; try again in a moment."), 5000)

    def _build_view_actions(self) -> None:
        w = self.window
        view = menu_named(w, "View")
        view.addAction(self.outline_dock.toggleViewAction())
        view.addAction(self.toolbar.toggleViewAction())
        view.addSeparator()
        self.focusAction = w.add_action(view, "distraction_free", self.tr("&Distraction-free writing"), "F11",
                                        self.toggle_focus_mode, checkable=True)
        w.addAction(self.focusAction)  # F11 works with the menu bar hidden
        w.add_action(view, "reset_layout", self.tr("&Reset layout"), None, self.reset_layout)
        leave = QAction(w)
        leave.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        leave.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        leave.triggered.connect(self.leave_focus_mode)
        w.addAction(leave)
        self._leave_action = leave

    # ----- distraction-free --------------------------------------------------------------------------
    @property
    def in_focus_mode(self) -> bool:
        return self._state_before_focus is not None

    def toggle_focus_mode(self) -> None:
        if self.in_focus_mode:
            self.leave_focus_mode()
        else:
            self.enter_focus_mode()

    def enter_focus_mode(self) -> None:
        """Only the text: docks, list, preview, toolbar, menus and status bar hidden; full screen."""
        w = self.window
        self._state_before_focus = QByteArray(w.saveState())
        self._hidden_for_focus = [x for x in (w.article_list, w.preview, w.menuBar(), w.statusBar(), self.toolbar,
                                              *w.findChildren(QDockWidget)) if x.isVisible()]
        for widget in self._hidden_for_focus:
            widget.hide()
        margin = max(0, (w.width() - 900) // 2)
        w.editor.setViewportMargins(margin, 24, margin, 24)
        w.showFullScreen()
        self.focusAction.setChecked(True)
        w.editor.setFocus()

    def leave_focus_mode(self) -> None:
        w = self.window
        if self._state_before_focus is None:
            return
        w.editor.setViewportMargins(0, 0, 0, 0)
        w.showNormal()
        for widget in self._hidden_for_focus:
            widget.show()
        w.restoreState(self._state_before_focus)
        self._state_before_focus = None
        self._hidden_for_focus = []
        self.focusAction.setChecked(False)



def install_desk_layout(window: MainWindow) -> DeskLayout:
    """Installed on `window` as its child (`window.findChild(DeskLayout)`)."""
    return DeskLayout(window)
