"""What the publishing dialogs share: their status colours and the object-name helper their tests find widgets by.

Its own module so the publish dialog and the dialogs it opens (site conflict, sites) import it without importing
one another.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QWidget

ERROR_COLOUR, WARNING_COLOUR, OK_COLOUR, MUTED = "#b3261e", "#8a5a00", "#1e6b32", "#5f6368"

W = TypeVar("W", bound=QWidget)


def named(widget: W, name: str) -> W:
    """The widget, with its object name set (for tests and style sheets)."""
    widget.setObjectName(name)
    return widget
