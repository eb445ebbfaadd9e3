"""The panels and dialogs the window uses, under the names the window calls them by.

One module, so the controller and session look them up at call time and tests can substitute a dialog
(`monkeypatch.setattr(panel_shim, "ask_external_change", ...)`) without a modal dialog blocking the test.
The dialogs and panels are imported on first use (PEP 562 module `__getattr__`): the dialogs' modules cost
~150 ms of start-up, the panels' ~50 ms, and the first paint of the window needs none of them.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # what mypy sees; at run time __getattr__ imports them on first use
    from sr_editor.gui.panels.images_panel import ImagesPanel
    from sr_editor.gui.panels.metadata_panel import MetadataPanel
    from sr_editor.gui.panels.problems_panel import ProblemsPanel

    images_panel = ImagesPanel
    metadata_panel = MetadataPanel
    problems_panel = ProblemsPanel

# name here -> (module, name there)
_LAZY = {
    "ExternalChangeChoice": ("sr_editor.gui.dialogs.conflict_dialog", "ExternalChangeChoice"),
    "ask_external_change": ("sr_editor.gui.dialogs.conflict_dialog", "ask_external_change"),
    "HistoryDialog": ("sr_editor.gui.dialogs.history_dialog", "HistoryDialog"),
    "ask_insert_image": ("sr_editor.gui.dialogs.image_dialog", "ask_insert_image"),
    "ask_new_article": ("sr_editor.gui.dialogs.new_article_dialog", "ask_new_article"),
    "ask_restore_snapshots": ("sr_editor.gui.dialogs.recovery_dialog", "ask_restore_snapshots"),
    "TrashDialog": ("sr_editor.gui.dialogs.trash_dialog", "TrashDialog"),
    "images_panel": ("sr_editor.gui.panels.images_panel", "ImagesPanel"),
    "metadata_panel": ("sr_editor.gui.panels.metadata_panel", "MetadataPanel"),
    "problems_panel": ("sr_editor.gui.panels.problems_panel", "ProblemsPanel"),
}

__all__ = list(_LAZY)


def __getattr__(name: str) -> Any:
    """A dialog's or panel's name: imported now, then kept as an ordinary module attribute (which a test may
    replace)."""
    where = _LAZY.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
