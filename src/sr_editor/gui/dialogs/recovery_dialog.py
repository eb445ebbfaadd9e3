"""The recovery dialog: unsaved work found after a crash; the writer restores or discards each piece."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sr_editor.gui.dialogs.history_dialog import format_size

SNAPSHOT_ROLE = Qt.ItemDataRole.UserRole + 1
PREVIEW_CHARS = 20_000


class RecoveryDialog(QDialog):
    """One row per snapshot: ticked means restore, unticked means discard; a preview shows the text."""

    def __init__(self, snapshots: list[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryDialog")
        self.setWindowTitle(self.tr("Recover unsaved work"))
        self.snapshots = list(snapshots)
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("sr-editor did not close normally. This text had not been saved yet. "
                    "Ticked articles are restored into the editor; untick what you want to throw away.")
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.snapshotList = QTreeWidget()
        self.snapshotList.setObjectName("recoveryList")
        self.snapshotList.setAccessibleName(self.tr("Unsaved articles"))
        self.snapshotList.setAccessibleDescription(
            self.tr("Articles with text that was not saved when sr-editor stopped; choose one to see its text."))
        self.snapshotList.setHeaderLabels([self.tr("Article"), self.tr("Saved"), self.tr("Size")])
        self.snapshotList.setRootIsDecorated(False)
        self._fill_list()
        self.snapshotList.currentItemChanged.connect(self._show_preview)
        self.preview = QPlainTextEdit()
        self.preview.setObjectName("recoveryPreview")
        self.preview.setAccessibleName(self.tr("Text of the selected unsaved article"))
        self.preview.setAccessibleDescription(
            self.tr("The unsaved text of the selected article, read-only."))
        self.preview.setReadOnly(True)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.snapshotList)
        splitter.addWidget(self.preview)
        splitter.setSizes([140, 260])
        layout.addWidget(splitter, 1)
        buttons = QDialogButtonBox()
        self.restoreButton = QPushButton(self.tr("&Restore ticked, discard the rest"))
        self.restoreButton.setObjectName("restoreButton")
        self.restoreButton.setDefault(True)
        buttons.addButton(self.restoreButton, QDialogButtonBox.ButtonRole.AcceptRole)
        self.restoreButton.clicked.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(640, 480)
        if (first := self.snapshotList.topLevelItem(0)) is not None:
            self.snapshotList.setCurrentItem(first)

    def _fill_list(self) -> None:
        for snapshot in self.snapshots:
            when = datetime.fromtimestamp(snapshot.saved_at).strftime("%Y-%m-%d %H:%M:%S")
            size = format_size(len(snapshot.text.encode("utf-8")))
            item = QTreeWidgetItem([snapshot.bundle.name, when, size])
            item.setData(0, SNAPSHOT_ROLE, snapshot)
            item.setCheckState(0, Qt.CheckState.Checked)
            item.setToolTip(0, str(snapshot.bundle))
            self.snapshotList.addTopLevelItem(item)
        for column in range(3):
            self.snapshotList.resizeColumnToContents(column)

    def _show_preview(self, item: QTreeWidgetItem | None) -> None:
        if item is None:
            self.preview.clear()
            return
        text = item.data(0, SNAPSHOT_ROLE).text
        self.preview.setPlainText(text[:PREVIEW_CHARS] + ("\n…" if len(text) > PREVIEW_CHARS else ""))

    def _items(self) -> list[QTreeWidgetItem]:
        items = (self.snapshotList.topLevelItem(i) for i in range(self.snapshotList.topLevelItemCount()))
        return [item for item in items if item is not None]

    def set_restore(self, index: int, restore: bool) -> None:
        state = Qt.CheckState.Checked if restore else Qt.CheckState.Unchecked
        self._items()[index].setCheckState(0, state)

    def chosen(self) -> list[Any]:
        """Snapshots to restore: the ticked ones, or all of them when the dialog was closed without choosing
        (nothing is thrown away without an explicit untick)."""
        if self.result() != QDialog.DialogCode.Accepted:
            return list(self.snapshots)
        return [i.data(0, SNAPSHOT_ROLE) for i in self._items() if i.checkState(0) == Qt.CheckState.Checked]

    def discarded(self) -> list[Any]:
        """Snapshots the writer unticked and confirmed; empty when the dialog was closed without choosing."""
        if self.result() != QDialog.DialogCode.Accepted:
            return []
        return [i.data(0, SNAPSHOT_ROLE) for i in self._items() if i.checkState(0) != Qt.CheckState.Checked]


def ask_restore_snapshots(parent: QWidget | None, snapshots: list[Any]) -> list[Any]:
    """The snapshots to restore; the caller may discard the others. Closing the dialog (Esc) restores all."""
    dialog = RecoveryDialog(snapshots, parent)
    dialog.exec()
    chosen = dialog.chosen()
    dialog.deleteLater()
    return chosen
