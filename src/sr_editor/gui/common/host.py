"""The main window as the features installed on it see it: small protocols instead of the whole window.

A feature (publishing, the site, the alt-text queue, spelling, the workspace menu) gets the `WindowHost` it is
installed on and, passed in by the composition root, the services and the `ArticleNavigator` it uses; it never
looks anything up on the window by name. `MainWindow` satisfies every protocol here; tests may pass a fake.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMenu, QMenuBar, QStatusBar, QWidget

if TYPE_CHECKING:
    from sr_editor.gui.common.context import WindowContext
    from sr_editor.gui.editor.editor import MarkdownEditor
    from sr_editor.gui.panels.metadata_panel import MetadataPanel
    from sr_editor.gui.preview.preview import PreviewView

Shortcut = QKeySequence | str | QKeySequence.StandardKey | None


class WindowHost(Protocol):
    """Menus, status bar, the window's context, and the signal sent as it closes (to stop workers)."""

    @property
    def context(self) -> WindowContext: ...

    @property
    def commands(self) -> dict[str, QAction]: ...

    @property
    def closing(self) -> SignalInstance: ...

    def window(self) -> QWidget:
        """The window as a widget: the parent of a feature's objects and dialogs (Qt's own `QWidget.window`)."""
        ...

    def menuBar(self) -> QMenuBar: ...

    def statusBar(self) -> QStatusBar: ...

    def windowTitle(self) -> str: ...

    def setWindowTitle(self, title: str, /) -> None: ...

    def add_action(self, menu: QMenu, key: str, text: str, shortcut: Shortcut = None,
                   slot: Callable[[], Any] | None = None, checkable: bool = False) -> QAction: ...


class EditorHost(WindowHost, Protocol):
    """A window with the Markdown editor (spelling underlines it)."""

    @property
    def editor(self) -> MarkdownEditor: ...


class PreviewHost(EditorHost, Protocol):
    """A window with the editor and the live preview (the theme colours both)."""

    @property
    def preview(self) -> PreviewView: ...


class PanelHost(WindowHost, Protocol):
    """A window whose Article panel takes region choices (publishing offers the site's categories)."""

    @property
    def metadata_panel(self) -> MetadataPanel: ...


class DockHost(WindowHost, Protocol):
    """A window that takes another dock, tabbed with the Problems panel (the Site panel)."""

    @property
    def problems_dock(self) -> QDockWidget: ...

    @property
    def metadata_dock(self) -> QDockWidget: ...

    def addDockWidget(self, area: Qt.DockWidgetArea, dockwidget: QDockWidget, /) -> None: ...

    def tabifyDockWidget(self, first: QDockWidget, second: QDockWidget, /) -> None: ...

    def tabifiedDockWidgets(self, dockwidget: QDockWidget, /) -> list[QDockWidget]: ...

    def resizeDocks(self, docks: Sequence[QDockWidget], sizes: Sequence[int], orientation: Qt.Orientation, /
                    ) -> None: ...


class SiteHost(DockHost, EditorHost, Protocol):
    """A window with the editor that takes docks: the Site panel, and its review (notes beside the passage, who
    is editing the post) which reads and guards the editor."""


class ArticleNavigator(Protocol):
    """What features ask of the window's controller: list, open, show a problem, offer recovery."""

    def refresh_list(self) -> None: ...

    def open_article(self, bundle: Path) -> None: ...

    def open_last_or_first(self) -> None: ...

    def jump_to_problem(self, problem: Any) -> None: ...

    def offer_recovery(self) -> None: ...
