"""Tab order helpers shared by the dialogs."""

from __future__ import annotations

import itertools

from PySide6.QtWidgets import QDialogButtonBox, QWidget


def buttons_in_screen_order(box: QDialogButtonBox) -> None:
    """Tab through BOX's buttons left to right, as they are shown. QDialogButtonBox places its buttons by role
    for the platform but leaves Tab in the order they were added, so Tab jumped back and forth along the row."""
    layout = box.layout()
    if layout is None:
        return
    shown = sorted(box.buttons(), key=layout.indexOf)
    for first, second in itertools.pairwise(shown):
        QWidget.setTabOrder(first, second)
