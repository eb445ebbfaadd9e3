"""Adds the alt-text queue to the main window: Tools ▸ Alt-text queue (Ctrl+Shift+A).

`install_queue_ui(host)` is the only entry point; it uses the window through `WindowHost`, and the alt-text engine
and publishing session of its context (the engine is built with `default_engine` when the queue is first opened, on
the same site registry and keyring as publishing: the engine and the queue's model are ~2.5 MiB of modules a writer
may never need).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMenu

from sr_editor.core.errors import SrEditorError
from sr_editor.gui.common.host import WindowHost
from sr_editor.import_guard import guard

if TYPE_CHECKING:
    from sr_editor.core.storage.workspace import Workspace
    from sr_editor.gui.alt.queue_window import QueueWindow
    from sr_editor.publish.alt.engine import AltEngine
    from sr_editor.publish.sync.session import PublishSession
    from sr_editor.publish.wordpress.client import (
        WordPressClient,  # the queue's window is imported when it is first opened (~0.7 MiB)
    )

QUEUE_SHORTCUT = "Ctrl+Shift+A"


def tools_menu(window: WindowHost) -> QMenu:
    """The window's Tools menu, created the first time something needs it."""
    for action in window.menuBar().actions():
        found = action.menu()
        if isinstance(found, QMenu) and found.objectName() == "menu_tools":
            return found
    menu = QMenu(QCoreApplication.translate("QueueUi", "&Tools"), window.window())
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
    def __init__(self, window: WindowHost, engine: Callable[[], AltEngine], sites: Callable[[], list[str]]) -> None:
        """`engine()` gives the alt-text engine, asked for when the queue first needs it."""
        super().__init__(window.window())
        self.window, self._make_engine, self._sites = window, engine, sites
        self._engine: AltEngine | None = None
        self.queue: QueueWindow | None = None
        window.add_action(tools_menu(window), "alt_queue", self.tr("&Alt-text queue…"), QUEUE_SHORTCUT, self.open)
        window.closing.connect(self.shutdown)

    @property
    def engine(self) -> AltEngine:
        if self._engine is None:
            self._engine = self._make_engine()
        return self._engine

    def open(self) -> QueueWindow:
        from sr_editor.gui.alt.queue_controller import QueueController
        from sr_editor.gui.alt.queue_window import QueueWindow

        if self.queue is None:
            controller = QueueController(self.engine, self.window.context.document, self)
            self.queue = QueueWindow(controller, self._site_names(), self.window.window())
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


def default_engine(workspace: Workspace, session: Callable[[], PublishSession | None]) -> AltEngine:
    """The engine on the workspace; site clients come from the publishing session (keyring) at the time of the
    call, so a session put in later is the one used."""
    with guard("sr_editor.publish.alt.engine"):  # the prefetch thread may be importing beside the GUI thread
        from sr_editor.publish.alt.engine import AltEngine, Connect

    def bundles() -> list[Path]:
        return [s.bundle for s in workspace.list_articles() if not s.broken]

    def connect(site: str) -> WordPressClient:
        from sr_editor.publish.sync.session import client_for

        current = session()
        assert current is not None, "the composition root builds the session before the engine"
        profile = current.registry.get(site)
        return client_for(profile, current.password_for(profile))

    linked: Connect = connect
    return AltEngine(Path(workspace.root), workspace.store, bundles, linked)


def install_queue_ui(window: WindowHost) -> QueueUi:
    """Tools ▸ Alt-text queue on the engine of the window's context; its sites are the publishing session's and
    those the engine has cached."""
    ctx = window.context

    def engine() -> AltEngine:
        if ctx.alt_engine is None:
            ctx.alt_engine = default_engine(ctx.workspace, lambda: ctx.publishing)
        return ctx.alt_engine

    def sites() -> list[str]:
        session = ctx.publishing
        return [p.name for p in session.profiles()] if session is not None else engine().cached_sites()

    return QueueUi(window, engine, lambda: sorted(set(sites()) | set(engine().cached_sites())))
