"""Adds the alt-text queue to the main window: Tools ▸ Alt-text queue (Ctrl+Shift+A).

`install_queue_ui(window)` is the only entry point; it uses the window's public parts (`menuBar`, `add_action`,
`context`, `closing`) and builds the engine with the same site registry and keyring as publishing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMenu

from sr_editor.core.errors import SrEditorError
from sr_editor.core.storage.store import ArticleStore
from sr_editor.publish.alt.engine import AltEngine, Connect

if TYPE_CHECKING:  # the queue's window is imported when it is first opened (~0.7 MiB)
    from sr_editor.gui.alt.queue_window import QueueWindow

QUEUE_SHORTCUT = "Ctrl+Shift+A"


def tools_menu(window: Any) -> QMenu:
    """The window's Tools menu, created the first time something needs it."""
    for action in window.menuBar().actions():
        found = action.menu()
        if isinstance(found, QMenu) and found.objectName() == "menu_tools":
            return found
    menu = QMenu(QCoreApplication.translate("QueueUi", "&Tools"), window)
    menu.setObjectName("menu_tools")
    window.menuBar().addMenu(menu)
    return menu


def online() -> bool:
    """False only when the system says the network is down (no backend to ask: try, a failed sync says so)."""
    from PySide6.QtNetwork import QNetworkInformation

    if not QNetworkInformation.loadDefaultBackend() or QNetworkInformation.instance() is None:
        return True
    return QNetworkInformation.instance().reachability() != QNetworkInformation.Reachability.Disconnected


class QueueUi(QObject):
    def __init__(self, window: Any, engine: AltEngine, sites: Callable[[], list[str]]) -> None:
        super().__init__(window)
        self.window, self.engine, self._sites = window, engine, sites
        self.queue: QueueWindow | None = None
        window.add_action(tools_menu(window), "alt_queue", self.tr("&Alt-text queue…"), QUEUE_SHORTCUT, self.open)
        window.closing.connect(self.shutdown)

    def open(self) -> QueueWindow:
        from sr_editor.gui.alt.queue_controller import QueueController
        from sr_editor.gui.alt.queue_window import QueueWindow

        if self.queue is None:
            controller = QueueController(self.engine, self.window.context.document, self)
            self.queue = QueueWindow(controller, self._site_names(), self.window)
            controller.reload()
            if self.queue.sites and online():  # the site's images too, without a press of Sync
                self.queue.sync()
        self.queue.show()
        self.queue.raise_()
        self.queue.activateWindow()
        return self.queue

    def _site_names(self) -> list[str]:
        try:
            return self._sites()
        except (SrEditorError, OSError):  # a broken sites.json must not keep the queue closed; Sites… says why
            return []

    def shutdown(self) -> None:
        """The app is quitting: descriptions typed a moment ago are written before it goes."""
        if self.queue is not None:
            self.queue.controller.cancel_sync()
            self.queue.controller.flush()
            self.queue.close()


def default_engine(window: Any, session: Any = None) -> AltEngine:
    """The engine on the window's workspace; site clients come from the publishing session (keyring)."""
    workspace = window.context.workspace
    root = Path(workspace.root)

    def bundles() -> list[Path]:
        return [s.bundle for s in workspace.list_articles() if not getattr(s, "broken", False)]

    connect: Connect | None = None
    if session is not None:
        def connect(site: str) -> Any:
            from sr_editor.publish.sync.session import client_for

            profile = session.registry.get(site)
            return client_for(profile, session.password_for(profile))

    store = getattr(workspace, "store", None)
    return AltEngine(root, store if isinstance(store, ArticleStore) else ArticleStore(root), bundles, connect)


def install_queue_ui(window: Any, engine: AltEngine | None = None) -> QueueUi:
    publish_ui = getattr(window, "publish_ui", None)
    session = getattr(publish_ui, "session", None)
    engine = engine or default_engine(window, session)

    def sites() -> list[str]:
        return [p.name for p in session.profiles()] if session is not None else engine.cached_sites()

    return QueueUi(window, engine, lambda: sorted(set(sites()) | set(engine.cached_sites())))
