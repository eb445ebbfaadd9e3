"""Workspace switching: which workspace is open, its lock, and its window. Opening another builds a new context
and window (the composition root's), then retires the old ones."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from sr_editor import paths
from sr_editor.app.composition import build_context, open_workspace
from sr_editor.app.start_up import attach_window, show_window

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from sr_editor.core.article.regions import RegionVocabulary
    from sr_editor.core.storage.workspace import Workspace
    from sr_editor.gui.common.context import WindowContext
    from sr_editor.gui.common.settings import Settings
    from sr_editor.gui.window.main_window import MainWindow


def choose_workspace(given: Path | None, last: Path | None) -> Path:
    """--workspace, else $SR_EDITOR_WORKSPACE, else the workspace open last time, else ~/Documents/sr-editor."""
    if given is not None:
        return given.expanduser()
    if os.environ.get("SR_EDITOR_WORKSPACE") or last is None:
        return paths.default_workspace()
    return last


def take_lock(workspace: Workspace) -> bool:
    """A second window on the same workspace would save over the first one's edits: ask before sharing it."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from sr_editor.core.errors import WorkspaceLockedError

    try:
        workspace.lock.acquire()
    except WorkspaceLockedError as error:
        question = QCoreApplication.translate(
            "App", "Open it anyway? Two windows editing the same article can overwrite each other.")
        answer = QMessageBox.warning(
            None, "sr-editor", f"{error}\n\n{question}",
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Open:
            return False
        workspace.lock.acquire(force=True)
    return True


class WorkspaceSwitcher:
    """The workspace that is open and its window. Opening another one builds a new context and window for it,
    then closes the old window (which saves) and releases the old workspace's lock; a refused lock changes nothing.
    """

    def __init__(self, settings: Settings, vocabulary: RegionVocabulary,
                 lock: Callable[[Workspace], bool] | None = None,
                 show: Callable[[WindowContext], MainWindow] | None = None, open_bundle: Path | None = None,
                 shell: MainWindow | None = None) -> None:
        self.settings = settings
        self.vocabulary = vocabulary
        self.lock = lock or take_lock
        self.show = show or self._show_window
        self.open_bundle = open_bundle  # the article given on the command line, shown in the first window only
        self.shell = shell  # the program's first window, shown before any workspace: the first open attaches it
        self.workspace: Workspace | None = None
        self.window: MainWindow | None = None

    def recent(self) -> list[Path]:
        return list(self.settings.recent_workspaces)

    def open(self, root: Path) -> bool:
        """Switch to the workspace at `root`; False (and a message) when it cannot be opened or locked."""
        from sr_editor.core.errors import SrEditorError

        root = Path(root).expanduser()
        if self.workspace is not None and Path(self.workspace.root).resolve() == root.resolve():
            return True
        try:
            workspace = open_workspace(root, self.vocabulary)
        except (OSError, SrEditorError) as error:
            _tell(self.window or self.shell, str(error))
            return False
        if not self.lock(workspace):
            return False
        old_window, old_workspace = self.window, self.workspace
        self.workspace = workspace
        self.settings.remember_workspace(root)
        self.settings.sync()
        shell = self.shell.context if self.shell is not None else None
        window = self.show(build_context(workspace, self.vocabulary, settings=self.settings, shell=shell))
        self.window = window
        install_workspace_ui(window, self)
        if old_window is not None:
            _retire(old_window)
        if old_workspace is not None:
            old_workspace.lock.release()
        return True

    def create(self, root: Path, with_samples: bool) -> bool:
        """A new workspace at `root` (empty, or with the sample articles), then open it."""
        from PySide6.QtCore import QCoreApplication

        from sr_editor.core.storage.samples import create_sample_workspace

        try:
            if with_samples:
                create_sample_workspace(root)
            else:
                (root / ".sr-editor").mkdir(parents=True, exist_ok=True)
        except OSError as error:
            _tell(self.window, QCoreApplication.translate("App", "Could not create the workspace {0}: {1}.").format(
                root, error.strerror or error))
            return False
        return self.open(root)

    def _show_window(self, context: WindowContext) -> MainWindow:
        bundle, self.open_bundle = self.open_bundle, None
        if self.shell is not None:
            window, self.shell = self.shell, None
            return attach_window(window, context, bundle)
        return show_window(context, bundle)

    def release(self) -> None:
        if self.workspace is not None:
            self.workspace.lock.release()


def install_workspace_ui(window: MainWindow, switcher: WorkspaceSwitcher) -> None:
    from sr_editor.gui.workspace.workspace_menu import install_workspace_menu

    window.features.workspace_menu = install_workspace_menu(window, switcher)


def _retire(window: MainWindow) -> None:
    """Close a window whose workspace is left: its controller saves and stops the workers; then the window and
    its services are deleted, so no timer or application signal reaches a stopped service. What start-up froze
    out of the garbage collector's walks is given back to it, or the old window's cycles would never be freed
    (the new window's start-up freezes again)."""
    import gc

    from PySide6.QtCore import QObject

    gc.unfreeze()

    window.close()
    for service in vars(window.context).values():
        if isinstance(service, QObject):
            service.deleteLater()
    window.deleteLater()


def _tell(parent: QWidget | None, message: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.warning(parent, "sr-editor", message)
