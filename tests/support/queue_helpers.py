"""The alt-text queue window over an engine, stepped (Ctrl+Enter, as a volunteer would) to one media item."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from sr_editor.gui.alt.queue_controller import QueueController
from sr_editor.gui.alt.queue_window import QueueWindow
from sr_editor.publish.alt.engine import AltEngine


def queue_at(engine: AltEngine, qtbot: Any, media_id: int, site: str = "local") -> tuple[QueueController,
                                                                                             QueueWindow]:
    """The queue window shown, its current item the media item `media_id` of `site` (or the last one reached)."""
    controller = QueueController(engine)
    window = QueueWindow(controller, [site])
    qtbot.addWidget(window)
    window.show()
    controller.reload()
    qtbot.waitUntil(lambda: controller.current() is not None, timeout=10_000)
    wanted = f"{site}:media:{media_id}"
    for _ in range(len(controller.visible)):
        if controller.current() is None or controller.current().id == wanted:  # type: ignore[union-attr]
            break
        qtbot.keyClick(window.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    return controller, window
