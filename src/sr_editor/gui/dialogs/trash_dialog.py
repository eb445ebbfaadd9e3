"""The trash dialog: articles deleted from the workspace, restorable one by one or several at once."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sr_editor.core.article.frontmatter import read_article_file
from sr_editor.core.errors import SrEditorError
from sr_editor.core.storage.store import INDEX_NAME
from sr_editor.gui.common.tab_order import buttons_in_screen_order
from sr_editor.gui.panels.field_widgets import MUTED_COLOUR

if TYPE_CHECKING:
    from sr_editor.core.storage.workspace import TrashEntry

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


class TrashWorkspace(Protocol):
    """What the dialog needs of core.storage.workspace.Workspace."""

    def list_trash(self) -> list[TrashEntry]: ...  # newest first
    def restore(self, entry: TrashEntry) -> Path: ...


def _title_of(folder: Path) -> str:
    """The trashed article's title, or '' when its file cannot be read (it is still restorable)."""
    try:
        article, _ = read_article_file(folder / INDEX_NAME)
    except (SrEditorError, OSError):
        return ""
    return article.title


class TrashDialog(QDialog):
    """Lists trashed articles (title, folder, when); Restore moves the selected ones back."""

    restored = Signal(Path)  # the bundle as restored (its name may differ when the old one was taken)

    def __init__(self, workspace: TrashWorkspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trashDialog")
        self.setWindowTitle(self.tr("Trash"))
        self.workspace = workspace
        self._build()
        self.reload()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.entryList = QTreeWidget()
        self.entryList.setObjectName("trashList")
        self.entryList.setAccessibleName(self.tr("Deleted articles"))
        self.entryList.setAccessibleDescription(
            self.tr("Articles moved to the trash; choose one and restore it."))
        self.entryList.setHeaderLabels([self.tr("Title"), self.tr("Folder"), self.tr("Deleted")])
        self.entryList.setRootIsDecorated(False)
        self.entryList.setAlternatingRowColors(True)
        self.entryList.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.entryList.itemSelectionChanged.connect(self._update_buttons)
        self.entryList.itemActivated.connect(lambda *_: self.restore_selected())
        layout.addWidget(self.entryList, 1)
        self.statusLabel = QLabel()
        self.statusLabel.setStyleSheet(f"color: {MUTED_COLOUR};")
        layout.addWidget(self.statusLabel)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restoreButton = QPushButton(self.tr("&Restore"))
        self.restoreButton.setObjectName("restoreButton")
        self.restoreButton.clicked.connect(self.restore_selected)
        buttons.addButton(self.restoreButton, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        buttons_in_screen_order(buttons)
        self.resize(640, 360)

    def reload(self) -> None:
        self.entryList.clear()
        error = ""
        try:
            entries = self.workspace.list_trash()
        except SrEditorError as exc:
            entries, error = [], str(exc)
        except OSError as exc:
            entries = []
            error = self.tr("The trash folder cannot be read ({0}).").format(exc.strerror or exc)
        for entry in entries:
            when = datetime.fromtimestamp(entry.trashed_at).strftime("%Y-%m-%d %H:%M")
            title = _title_of(entry.path) or self.tr("(untitled)")
            item = QTreeWidgetItem([title, entry.slug, when])
            item.setData(0, ENTRY_ROLE, entry)
            self.entryList.addTopLevelItem(item)
        for column in range(2):
            self.entryList.resizeColumnToContents(column)
        if error or not entries:
            self.statusLabel.setText(error or self.tr("The trash is empty."))
        elif (first := self.entryList.topLevelItem(0)) is not None:
            self.entryList.setCurrentItem(first)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.restoreButton.setEnabled(bool(self.entryList.selectedItems()))

    def restore_selected(self) -> None:
        restored: list[Path] = []
        for item in self.entryList.selectedItems():
            try:
                restored.append(self.workspace.restore(item.data(0, ENTRY_ROLE)))
            except (SrEditorError, OSError) as exc:
                QMessageBox.warning(self, self.tr("Article not restored"), str(exc))
                break
        self.reload()
        if restored:
            names = ", ".join(path.name for path in restored)
            self.statusLabel.setText(self.tr("Restored: {0}").format(names))
        for path in restored:
            self.restored.emit(path)
