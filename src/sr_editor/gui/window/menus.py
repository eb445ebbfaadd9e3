"""Finding a menu of the window's menu bar by its title, for the parts that add their actions to it."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMenu


def menu_named(window: Any, title: str) -> QMenu:
    """The menu bar's menu for the English `title` ("View"): found by its object name (`menu_view`), which stays
    the same in every interface language, else by its title (mnemonic ampersands ignored); added when there is
    none."""
    name = "menu_" + title.lower()
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu) and (menu.objectName() == name or menu.title().replace("&", "") == title):
            return menu
    menu = window.menuBar().addMenu(title)
    menu.setObjectName(name)
    return menu  # type: ignore[no-any-return]
