"""Imports the panels and dialogs built on the `panels` branch, with stand-ins while they are not merged yet.

The window only talks to these names, so swapping a stand-in for the real widget needs no change elsewhere.
"""

from __future__ import annotations

import enum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QVBoxLayout, QWidget


class _Placeholder(QWidget):
    problemActivated = Signal(object)

    def __init__(self, name: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        layout = QVBoxLayout(self)
        label = QLabel(text)
        label.setWordWrap(True)
        layout.addWidget(label)
        layout.addStretch(1)


def _metadata_stub(document: QObject, vocabulary: Any, parent: QWidget | None = None) -> QWidget:
    return _Placeholder("metadataPanel", "Metadata panel not available in this build.", parent)


def _images_stub(document: QObject, parent: QWidget | None = None) -> QWidget:
    return _Placeholder("imagesPanel", "Images panel not available in this build.", parent)


def _problems_stub(document: QObject, parent: QWidget | None = None) -> QWidget:
    return _Placeholder("problemsPanel", "Problems panel not available in this build.", parent)


class _Choice(enum.Enum):
    RELOAD = "reload"
    KEEP_MINE = "keep_mine"
    CANCEL = "cancel"


def _ask_external_change_stub(parent: QWidget | None, path: Path, mine: str, disk: str) -> Any:
    box = QMessageBox(parent)
    box.setWindowTitle("File changed on disk")
    box.setText(f"{path} was changed by another program.")
    reload_button = box.addButton("Reload from disk", QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton("Keep my version", QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    if box.clickedButton() is reload_button:
        return _Choice.RELOAD
    return _Choice.KEEP_MINE if box.clickedButton() is keep else _Choice.CANCEL


def _ask_restore_stub(parent: QWidget | None, snapshots: list[Any]) -> list[Any]:
    names = "\n".join(str(getattr(s, "bundle", s)) for s in snapshots)
    answer = QMessageBox.question(parent, "Recover unsaved text", f"Unsaved text was found for:\n{names}\nRestore?")
    return list(snapshots) if answer == QMessageBox.StandardButton.Yes else []


try:
    from sr_editor.gui.metadata_panel import MetadataPanel as metadata_panel
except ImportError:
    metadata_panel = _metadata_stub  # type: ignore[assignment,misc]
try:
    from sr_editor.gui.images_panel import ImagesPanel as images_panel
except ImportError:
    images_panel = _images_stub  # type: ignore[assignment,misc]
try:
    from sr_editor.gui.problems_panel import ProblemsPanel as problems_panel
except ImportError:
    problems_panel = _problems_stub  # type: ignore[assignment,misc]
try:
    from sr_editor.gui.conflict_dialog import ExternalChangeChoice, ask_external_change
except ImportError:
    ExternalChangeChoice = _Choice  # type: ignore[misc,assignment]
    ask_external_change = _ask_external_change_stub
try:
    from sr_editor.gui.recovery_dialog import ask_restore_snapshots
except ImportError:
    ask_restore_snapshots = _ask_restore_stub
try:
    from sr_editor.gui.image_dialog import ask_insert_image
except ImportError:
    ask_insert_image = None  # type: ignore[assignment]
try:
    from sr_editor.gui.history_dialog import HistoryDialog
except ImportError:
    HistoryDialog = None  # type: ignore[assignment,misc]
try:
    from sr_editor.gui.trash_dialog import TrashDialog
except ImportError:
    TrashDialog = None  # type: ignore[assignment,misc]

__all__ = [
    "ExternalChangeChoice", "HistoryDialog", "TrashDialog", "ask_external_change", "ask_insert_image",
    "ask_restore_snapshots", "images_panel", "metadata_panel", "problems_panel",
]
