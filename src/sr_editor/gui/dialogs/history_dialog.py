"""The history dialog: earlier versions of one article, a diff against the current file, and restore.

Restoring saves the old text through the store (LocalHistory.restore) like any edit, so the version being
replaced lands in history too and the restore can itself be undone.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from sr_editor.core.errors import SrEditorError
from sr_editor.core.storage.history import ArticleSaver
from sr_editor.core.storage.store import INDEX_NAME
from sr_editor.gui.common.shown_words import reason_text
from sr_editor.gui.common.tab_order import buttons_in_screen_order
from sr_editor.gui.dialogs.diff_view import DiffView
from sr_editor.gui.panels.field_widgets import MUTED_COLOUR

if TYPE_CHECKING:
    from sr_editor.core.storage.history import HistoryVersion

VERSION_ROLE = Qt.ItemDataRole.UserRole + 1


class History(Protocol):
    """What the dialog needs of core.storage.history."""

    def versions(self, bundle: Path) -> list[HistoryVersion]: ...  # newest first
    def read(self, bundle: Path, version_id: str) -> bytes: ...
    def restore(self, store: ArticleSaver, bundle: Path, version_id: str, expected_hash: str | None) -> str: ...


class Store(ArticleSaver, Protocol):
    """The article store as the dialog uses it: the hash on disk, and the guarded save a restore goes through."""

    def disk_hash(self, bundle: Path) -> str | None: ...


def format_time(value: Any) -> str:
    if isinstance(value, int | float):
        value = datetime.fromtimestamp(value)
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone()  # history keeps UTC; writers think in local time
        return str(value.strftime("%Y-%m-%d %H:%M:%S"))
    return str(value)


def format_size(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / 1024 / 1024:.1f} MB"


def _decode(data: bytes) -> str:
    return data.decode("utf-8", errors="replace")


class HistoryDialog(QDialog):
    """Lists earlier versions (time, reason, size) with a diff against the file; Restore writes one back and
    closes the dialog as accepted (Close rejects), so `if dialog.exec(): reload()` is all a caller needs."""

    restored = Signal(Path)  # the bundle, so the window reloads it

    def __init__(self, history: History, store: Store, bundle: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.setWindowTitle(self.tr("History of {0}").format(bundle.name))
        self.history, self.store, self.bundle = history, store, bundle
        self._build()
        self.reload()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.versionList = QListWidget()
        self.versionList.setObjectName("historyList")
        self.versionList.setAccessibleName(self.tr("Earlier versions"))
        self.versionList.setAccessibleDescription(
            self.tr("The saved versions of the article, newest first; choose one to see what changed since."))
        self.versionList.currentItemChanged.connect(self._show_selected)
        self.diffView = DiffView()
        self.diffView.setAccessibleName(self.tr("Changes from the selected version to the current file"))
        self.diffView.setAccessibleDescription(
            self.tr("The lines that changed from the selected version to the file as it is now."))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.versionList)
        splitter.addWidget(self.diffView)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([240, 620])
        layout.addWidget(splitter, 1)
        self.statusLabel = QLabel()
        self.statusLabel.setStyleSheet(f"color: {MUTED_COLOUR};")
        layout.addWidget(self.statusLabel)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restoreButton = QPushButton(self.tr("&Restore this version"))
        self.restoreButton.setObjectName("restoreButton")
        self.restoreButton.clicked.connect(self.restore_selected)
        buttons.addButton(self.restoreButton, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        buttons_in_screen_order(buttons)
        self.resize(900, 520)

    def reload(self) -> None:
        self.versionList.clear()
        try:
            versions = self.history.versions(self.bundle)
        except SrEditorError as exc:
            versions = []
            self.statusLabel.setText(str(exc))
        except OSError as exc:
            versions = []
            self.statusLabel.setText(
                self.tr("The history of {0} cannot be read ({1}).").format(self.bundle.name, exc.strerror or exc)
            )
        for version in versions:
            text = f"{format_time(version.time)}\n{reason_text(version.reason)} · {format_size(int(version.size))}"
            item = QListWidgetItem(text)
            item.setData(VERSION_ROLE, version)
            self.versionList.addItem(item)
        if not versions:
            self.diffView.setHtml(self.tr("<p>No earlier versions of this article yet.</p>"))
        else:
            self.versionList.setCurrentRow(0)
        self.restoreButton.setEnabled(bool(versions))

    def _current_text(self) -> str:
        try:
            return _decode((self.bundle / INDEX_NAME).read_bytes())
        except OSError:
            return ""

    def _show_selected(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        version = item.data(VERSION_ROLE)
        try:
            old = _decode(self.history.read(self.bundle, version.id))
        except (SrEditorError, OSError) as exc:
            self.diffView.setPlainText(str(exc))
            return
        self.diffView.show_diff(old, self._current_text(), format_time(version.time), self.tr("current file"))

    def restore_selected(self) -> None:
        """Save the selected version through the store; the window reloads on `restored`."""
        item = self.versionList.currentItem()
        if item is None:
            return
        version = item.data(VERSION_ROLE)
        try:
            self.history.restore(self.store, self.bundle, version.id, self.store.disk_hash(self.bundle))
        except (SrEditorError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Version not restored"), str(exc))
            return
        self.restored.emit(self.bundle)
        self.accept()  # exec() returns Accepted: the caller reloads the article
