"""File > Open workspace…, New workspace… and Recent workspaces.

The menu only asks; opening is the composition root's job (app.WorkspaceSwitcher), passed in as `WorkspaceOpener`,
because switching replaces the window and its services.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from sr_editor.gui.common.host import WindowHost
from sr_editor.gui.common.menus import menu_named


class WorkspaceOpener(Protocol):
    def open(self, root: Path) -> bool: ...
    def create(self, root: Path, with_samples: bool) -> bool: ...
    def recent(self) -> list[Path]: ...


class WorkspaceMenu(QObject):
    """The workspace items of the File menu of one window."""

    def __init__(self, window: WindowHost, opener: WorkspaceOpener) -> None:
        super().__init__(window.window())
        self.window = window
        self.opener = opener
        file_menu = _file_menu(window)
        first = file_menu.actions()[0] if file_menu.actions() else file_menu.addSeparator()
        self.openAction = window.add_action(file_menu, "open_workspace", self.tr("Open &workspace…"),
                                            "Ctrl+Shift+O", self.choose_and_open)
        self.newAction = window.add_action(file_menu, "new_workspace", self.tr("New wor&kspace…"), None,
                                           self.choose_and_create)
        self.recentMenu = QMenu(self.tr("Re&cent workspaces"), file_menu)
        self.recentMenu.setObjectName("recentWorkspacesMenu")
        self.recentMenu.aboutToShow.connect(self.fill_recent)
        for action in (self.openAction, self.newAction):
            file_menu.removeAction(action)
            file_menu.insertAction(first, action)
        file_menu.insertMenu(first, self.recentMenu)
        file_menu.insertSeparator(first)
        self.fill_recent()

    def fill_recent(self) -> None:
        self.recentMenu.clear()
        current = Path(self.window.context.workspace.root)
        for root in self.opener.recent():
            action = self.recentMenu.addAction(f"{root.name}  ({root.parent})")
            action.setToolTip(str(root))
            action.setEnabled(root != current)
            action.triggered.connect(lambda _c=False, root=root: self.opener.open(root))
        self.recentMenu.setEnabled(bool(self.recentMenu.actions()))

    def choose_and_open(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.window.window(), self.tr("Open a workspace folder"),
                                                  str(Path.home()))
        if folder:
            self.opener.open(Path(folder))

    def choose_and_create(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self.window.window(), self.tr("Choose an empty folder for the new workspace"), str(Path.home()))
        if not folder:
            return
        answer = QMessageBox.question(
            self.window.window(), self.tr("New workspace"),
            self.tr("Add the sample articles to the new workspace? They show how articles, images and regions "
                    "look; you can delete them later."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Cancel:
            self.opener.create(Path(folder), answer == QMessageBox.StandardButton.Yes)


def _file_menu(window: WindowHost) -> QMenu:
    return menu_named(window, "File")  # by object name: the title is "Archivo" in Spanish


def install_workspace_menu(window: WindowHost, opener: WorkspaceOpener) -> WorkspaceMenu:
    menu = WorkspaceMenu(window, opener)
    if window.windowTitle() == "sr-editor":  # no article open yet: the controller names both once one is
        window.setWindowTitle(f"{Path(window.context.workspace.root).name} — sr-editor")
    return menu
