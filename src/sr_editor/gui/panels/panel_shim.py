"""The panels and dialogs the window uses, under the names the window calls them by.

One module, so the controller and session look them up at call time and tests can substitute a dialog
(`monkeypatch.setattr(panel_shim, "ask_external_change", ...)`) without a modal dialog blocking the test.
"""

from __future__ import annotations

from sr_editor.gui.dialogs.conflict_dialog import ExternalChangeChoice, ask_external_change
from sr_editor.gui.dialogs.history_dialog import HistoryDialog
from sr_editor.gui.dialogs.image_dialog import ask_insert_image
from sr_editor.gui.dialogs.recovery_dialog import ask_restore_snapshots
from sr_editor.gui.dialogs.trash_dialog import TrashDialog
from sr_editor.gui.panels.images_panel import ImagesPanel as images_panel
from sr_editor.gui.panels.metadata_panel import MetadataPanel as metadata_panel
from sr_editor.gui.panels.problems_panel import ProblemsPanel as problems_panel

__all__ = [
    "ExternalChangeChoice", "HistoryDialog", "TrashDialog", "ask_external_change", "ask_insert_image",
    "ask_restore_snapshots", "images_panel", "metadata_panel", "problems_panel",
]
