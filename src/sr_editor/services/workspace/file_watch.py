"""Notices when the open article's file or the workspace folder changes on disk (another editor, git pull).

Our own atomic saves replace the file too, so a change only counts when the file's hash differs from the one
the document was loaded or saved with. While our own save is being written (its new hash not yet known to the
document), the check waits for it: otherwise our autosave would be reported as another program's change.
The watcher forgets a path once the file is replaced; we re-add it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal, Slot

from sr_editor.core.storage.store import INDEX_NAME
from sr_editor.services.document.document import ArticleDocument

HashOf = Callable[[Path], "str | None"]  # bundle -> sha256 of index.md on disk, None when missing


class FileWatchService(QObject):
    changedOnDisk = Signal(object)  # bundle Path; its file no longer matches what we loaded
    workspaceChanged = Signal()  # folders added or removed (debounced)

    def __init__(
        self, document: ArticleDocument, hash_of: HashOf, root: Path | None, parent: QObject | None = None,
        writing: Callable[[], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self._document, self._hash_of = document, hash_of
        self._writing = writing or (lambda: False)  # True while our own save of the open article is under way
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._on_file_changed)
        self._watcher.directoryChanged.connect(self._on_directory_changed)
        self._settle = QTimer(self, singleShot=True, interval=150)  # editors write in several steps
        self._settle.timeout.connect(self.check_now)
        self._dir_settle = QTimer(self, singleShot=True, interval=400)
        self._dir_settle.timeout.connect(self.workspaceChanged)
        self._reported: str | None = None
        if root is not None and root.is_dir():
            self._watcher.addPath(str(root))
        document.loaded.connect(self._follow_document)

    @Slot()
    def _follow_document(self) -> None:
        files = self._watcher.files()
        if files:
            self._watcher.removePaths(files)
        self._reported = None
        bundle = self._document.bundle
        if bundle is not None and (bundle / INDEX_NAME).exists():
            self._watcher.addPath(str(bundle / INDEX_NAME))

    @Slot(str)
    def _on_file_changed(self, _path: str) -> None:
        self._settle.start()

    @Slot(str)
    def _on_directory_changed(self, _path: str) -> None:
        self._dir_settle.start()

    @Slot()
    def check_now(self) -> None:
        """Compare the disk with the document; report a foreign change once per distinct disk version."""
        bundle = self._document.bundle
        if bundle is None:
            return
        if self._writing():  # our own save: look again once its hash is known
            self._settle.start()
            return
        index = bundle / INDEX_NAME
        if index.exists() and str(index) not in self._watcher.files():
            self._watcher.addPath(str(index))
        try:
            on_disk = self._hash_of(bundle)
        except OSError:
            return
        if on_disk == self._document.disk_hash or on_disk == self._reported:
            return
        if self._document.read_only and self._document.disk_hash is None:
            return  # a broken file is shown read-only; reopening it is the user's choice
        self._reported = on_disk
        self.changedOnDisk.emit(bundle)

    def shutdown(self) -> None:
        """Stop reporting: the window is closing and must not ask anything any more."""
        self._settle.stop()
        self._dir_settle.stop()
        paths = self._watcher.files() + self._watcher.directories()
        if paths:
            self._watcher.removePaths(paths)
        self._document.loaded.disconnect(self._follow_document)
