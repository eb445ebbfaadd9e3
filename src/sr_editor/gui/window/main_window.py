"""The main window: lays out the list, editor, preview and docks, and owns the menus. Behaviour lives in
`gui/window/controller.py`; the services it uses are built by the composition root (`sr_editor.app`) and handed
in through `WindowContext`; what is installed on it afterwards is listed in `features` (`WindowFeatures`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, cast

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QStatusBar,
    QVBoxLayout,
    QWidget,
)

from sr_editor.core.article.article import STATUSES
from sr_editor.gui.common.context import ShellContext, WindowContext
from sr_editor.gui.editor.editor import MarkdownEditor
from sr_editor.gui.editor.find_replace import FindReplaceBar
from sr_editor.gui.preview.preview import PreviewView
from sr_editor.gui.window.features import WindowFeatures
from sr_editor.gui.workspace.article_list import ArticleListPanel


class Banner(QLabel):
    """A coloured strip above the editor for read-only and conflict states."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setContentsMargins(10, 6, 10, 6)
        self.hide()

    def show_message(self, text: str, kind: str = "warning") -> None:
        colours = {"warning": ("#fff3cd", "#664d03"), "error": ("#f8d7da", "#842029")}
        background, foreground = colours.get(kind, colours["warning"])
        self.setStyleSheet(f"QLabel#banner {{ background: {background}; color: {foreground}; }}")
        self.setText(text)
        self.show()


class MainWindow(QMainWindow):
    """`staged`: the docks start empty and `build_panels()` fills them once the window is painted (the panels'
    imports and widgets are ~100 ms the first paint does not need: no article is open yet)."""

    closing = Signal()
    panelsBuilt = Signal()

    def __init__(self, context: WindowContext | ShellContext, staged: bool = False) -> None:
        """From a `ShellContext`, only the widgets: `context` is that shell until `attach` (the composition root
        attaches before anything else can use the window)."""
        super().__init__()
        self.setObjectName("mainWindow")
        # made here and kept: `statusBar()` making it lazily in C++ could hand back a stale wrapper of another type
        # (shiboken maps by address; a QWidget freed at that address left its wrapper), seen as "'QWidget' object
        # has no attribute 'addPermanentWidget'" in about one start in fifteen
        self._status_bar = QStatusBar(self)
        self._status_bar.setObjectName("statusBar")
        self.setStatusBar(self._status_bar)
        self.context = cast(WindowContext, context)
        self.setWindowTitle("sr-editor")
        self.resize(1440, 900)
        regions = getattr(getattr(context, "vocabulary", None), "regions", ())
        self.article_list = ArticleListPanel(STATUSES, regions, self)
        self.editor = MarkdownEditor(context.document.text_document, self, context.turns)
        self.editor.set_editor_font(context.settings.editor_font_family, context.settings.editor_font_size)
        self.find_bar = FindReplaceBar(self.editor, self)
        self.banner = Banner(self)
        self.preview = PreviewView(context.stylesheet, self, context.turns)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self._build_centre()
        self.metadata_dock = self.add_dock("metadataDock", self.tr("Article"), QWidget(),
                                        Qt.DockWidgetArea.RightDockWidgetArea)
        self.images_dock = self.add_dock("imagesDock", self.tr("Images"), QWidget(),
                                      Qt.DockWidgetArea.BottomDockWidgetArea)
        self.problems_dock = self.add_dock("problemsDock", self.tr("Problems"), QWidget(),
                                        Qt.DockWidgetArea.BottomDockWidgetArea)
        self.tabifyDockWidget(self.problems_dock, self.images_dock)
        self.problems_dock.raise_()
        self.resizeDocks([self.problems_dock], [150], Qt.Orientation.Vertical)
        self.resizeDocks([self.metadata_dock], [360], Qt.Orientation.Horizontal)
        self.status_words = QLabel()
        self.status_words.setObjectName("wordCount")
        self.status_save = QLabel()
        self.status_save.setObjectName("saveState")
        self.statusBar().addPermanentWidget(self.status_save)
        self.statusBar().addPermanentWidget(self.status_words)
        self.commands: dict[str, QAction] = {}
        self.features = WindowFeatures()  # filled by the composition root as it installs each feature
        self._build_menus()
        self.panels_built = False
        if not staged:
            self.build_panels()

    def statusBar(self) -> QStatusBar:  # the one made in __init__, never a wrapper looked up by address
        return self._status_bar

    def attach(self, context: WindowContext) -> None:
        """The whole context, for a window built from a `ShellContext` with the same settings and document."""
        self.context = context
        self.article_list.set_regions(getattr(context.vocabulary, "regions", ()))

    def build_panels(self) -> None:
        """The Article, Images and Problems panels into their docks (once), and the clear buttons of the
        search fields (the first one costs ~20 ms looking up the icon theme); then `panelsBuilt`."""
        if self.panels_built:
            return
        context = self.context
        dialogs = context.dialogs
        self.metadata_panel = dialogs.metadata_panel(context.document, context.vocabulary)
        self.images_panel = dialogs.images_panel(context.document)
        self.problems_panel = dialogs.problems_panel(context.document)
        for dock, panel in ((self.metadata_dock, self.metadata_panel), (self.images_dock, self.images_panel),
                            (self.problems_dock, self.problems_panel)):
            placeholder = dock.widget()
            dock.setWidget(panel)
            if placeholder is not None:
                placeholder.deleteLater()
        for edit in (self.article_list.filter_edit, self.find_bar.find_edit, self.find_bar.replace_edit):
            edit.setClearButtonEnabled(True)
        self.panels_built = True
        self.panelsBuilt.emit()

    # ----- layout ----------------------------------------------------------------------------------
    def _build_centre(self) -> None:
        middle = QWidget(self)
        middle.setObjectName("editorArea")
        column = QVBoxLayout(middle)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        column.addWidget(self.editor, 1)
        column.addWidget(self.find_bar)
        self.splitter.addWidget(self.article_list)
        self.splitter.addWidget(middle)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 3)
        self.splitter.setSizes([320, 540, 540])
        self.setCentralWidget(self.splitter)
        self.preview.setVisible(self.context.settings.preview_visible)

    def add_dock(self, name: str, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable | QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        self.addDockWidget(area, dock)
        return dock

    # ----- menus -----------------------------------------------------------------------------------
    def add_action(
        self, menu: QMenu, key: str, text: str, shortcut: QKeySequence | str | QKeySequence.StandardKey | None = None,
        slot: Callable[[], Any] | None = None, checkable: bool = False,
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(f"action_{key}")
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setCheckable(checkable)
        if slot is not None:
            action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        self.commands[key] = action
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.setObjectName("menuFile")  # menus.menu_named finds menus by these names, in any language
        for key, text, shortcut in (
            ("new", self.tr("&New article"), QKeySequence.StandardKey.New),
            ("duplicate", self.tr("&Duplicate article"), None),
            ("rename", self.tr("&Rename article…"), "F2"),
            ("trash", self.tr("Move to &trash"), None),
            ("show_trash", self.tr("Tr&ash…"), None),
            ("save", self.tr("&Save"), QKeySequence.StandardKey.Save),
            ("history", self.tr("&History…"), "Ctrl+Shift+H"),
            ("open_in_browser", self.tr("Open preview in &browser"), "Ctrl+Shift+B"),
            ("quit", self.tr("&Quit"), QKeySequence.StandardKey.Quit),
        ):
            self.add_action(file_menu, key, text, shortcut)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.setObjectName("menuEdit")
        self.add_action(edit_menu, "undo", self.tr("&Undo"), QKeySequence.StandardKey.Undo, self.editor.undo)
        self.add_action(edit_menu, "redo", self.tr("&Redo"), QKeySequence.StandardKey.Redo, self.editor.redo)
        edit_menu.addSeparator()
        self.add_action(edit_menu, "find", self.tr("&Find…"), "Ctrl+F", lambda: self.find_bar.open(False))
        self.add_action(edit_menu, "replace", self.tr("Find and r&eplace…"), "Ctrl+H", lambda: self.find_bar.open(True))
        format_menu = bar.addMenu(self.tr("F&ormat"))
        format_menu.setObjectName("menuFormat")
        self._build_format_menu(format_menu)
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.setObjectName("menuView")
        toggle = self.add_action(view_menu, "toggle_preview", self.tr("&Preview"), "Ctrl+Shift+P",
                                 None, checkable=True)
        toggle.setChecked(self.preview.isVisibleTo(self) or self.context.settings.preview_visible)
        toggle.toggled.connect(self.set_preview_visible)
        self.add_action(view_menu, "screen_reader", self.tr("Read as a &screen reader…"), "Ctrl+Alt+R")
        view_menu.addSeparator()
        for dock in (self.metadata_dock, self.images_dock, self.problems_dock):
            view_menu.addAction(dock.toggleViewAction())

    def _build_format_menu(self, menu: QMenu) -> None:
        editor = self.editor
        self.add_action(menu, "bold", self.tr("&Bold"), "Ctrl+B", editor.make_bold)
        self.add_action(menu, "italic", self.tr("&Italic"), "Ctrl+I", editor.make_italic)
        self.add_action(menu, "link", self.tr("&Link"), "Ctrl+K", editor.insert_link)
        headings = menu.addMenu(self.tr("&Heading"))
        for level in range(1, 7):
            self.add_action(headings, f"heading{level}", self.tr("Heading %n", "", level), f"Ctrl+{level}",
                            lambda level=level: editor.set_heading(level))  # type: ignore[misc]
        self.add_action(headings, "heading0", self.tr("Paragraph"), "Ctrl+0", lambda: editor.set_heading(0))
        self.add_action(menu, "quote", self.tr("&Quote"), "Ctrl+Shift+Q", editor.make_quote)
        self.add_action(menu, "list", self.tr("B&ulleted list"), "Ctrl+Shift+L", editor.make_list)
        menu.addSeparator()
        self.add_action(menu, "insert_image", self.tr("Insert i&mage…"), "Ctrl+Shift+I")

    def set_preview_visible(self, visible: bool) -> None:
        self.preview.setVisible(visible)
        self.context.settings.preview_visible = visible
        if self.commands["toggle_preview"].isChecked() != visible:
            self.commands["toggle_preview"].setChecked(visible)

    # ----- state -----------------------------------------------------------------------------------
    def restore_state(self) -> None:
        state = self.context.window_state
        geometry = state.load("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        dock_state = state.load("state")
        if dock_state is not None:
            self.restoreState(dock_state)
        sizes = state.load("splitter")
        if sizes is not None:
            self.splitter.restoreState(sizes)
        self.preview.setVisible(self.context.settings.preview_visible)

    def save_state(self) -> None:
        state = self.context.window_state
        state.save("geometry", QByteArray(self.saveGeometry()))
        state.save("state", QByteArray(self.saveState()))
        state.save("splitter", QByteArray(self.splitter.saveState()))
        state.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closing.emit()
        self.save_state()
        event.accept()
