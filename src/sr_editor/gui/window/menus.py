"""Finding a menu of the window's menu bar by its title, for the parts that add their actions to it."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMenu


def menu_named(window: Any, title: str) -> QMenu:
    """The menu bar's menu titled `title` (mnemonic ampersands ignored), added when there is none."""
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu) and menu.title().replace("&", "") == title:
            return menu
    return window.menuBar().addMenu(title)  # type: ignore[no-any-return]
