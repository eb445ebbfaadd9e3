"""The panels and dialogs the window uses, under the names the window calls them by.

One module, so the controller and session look them up at call time and tests can substitute a dialog
(`monkeypatch.setattr(panel_shim, "ask_external_change", ...)`) without a modal dialog blocking the test.
The dialogs are imported on first use (PEP 562 module `__getattr__`): their modules cost ~150 ms of start-up
that the first paint of the window does not need.
"""

from __future__ import annotations

import importlib
from typing import Any

from sr_editor.gui.panels.images_panel import ImagesPanel as images_panel
from sr_editor.gui.panels.metadata_panel import MetadataPanel as metadata_panel
from sr_editor.gui.panels.problems_panel import ProblemsPanel as problems_panel

_DIALOGS = {
    "ExternalChangeChoice": "sr_editor.gui.dialogs.conflict_dialog",
    "ask_external_change": "sr_editor.gui.dialogs.conflict_dialog",
    "HistoryDialog": "sr_editor.gui.dialogs.history_dialog",
    "ask_insert_image": "sr_editor.gui.dialogs.image_dialog",
    "ask_restore_snapshots": "sr_editor.gui.dialogs.recovery_dialog",
    "TrashDialog": "sr_editor.gui.dialogs.trash_dialog",
}

__all__ = [*_DIALOGS, "images_panel", "metadata_panel", "problems_panel"]


def __getattr__(name: str) -> Any:
    """A dialog's name: imported now, then kept as an ordinary module attribute (which a test may replace)."""
    module = _DIALOGS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
