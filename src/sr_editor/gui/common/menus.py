"""Finding a menu of the window's menu bar, for the parts that add their actions to it."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QMenu, QMenuBar


class HasMenuBar(Protocol):
    """A main window, or a test's stand-in: anything with a menu bar."""

    def menuBar(self) -> QMenuBar: ...


def menu_named(window: HasMenuBar, name: str, title: str | None = None) -> QMenu:
    """The menu bar's menu whose object name is `menu<name>` ("Edit" -> "menuEdit": the same in every
    interface language, unlike its title), added with `title` (default `name`) when there is none."""
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu) and menu.objectName() == f"menu{name}":
            return menu
    menu = window.menuBar().addMenu(title or name)
    menu.setObjectName(f"menu{name}")
    return menu
