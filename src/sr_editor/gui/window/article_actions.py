"""Article actions of the window: new, duplicate, rename, trash, history, and inserting images into the text.

Dialogs come from the context's `Dialogs`, which tests replace with scripted answers.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox

from sr_editor.core.errors import SrEditorError
from sr_editor.gui.window.main_window import MainWindow


class ArticleActions(QObject):
    """Acts on whole articles of the workspace; the list is refreshed and the result opened through the controller."""

    def __init__(
        self, window: MainWindow, refresh_list: Callable[[], None], open_article: Callable[[Path], None]
    ) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = window.context
        self.refresh_list = refresh_list
        self.open_article = open_article

    def _ask_text(self, title: str, label: str, text: str = "") -> str | None:
        value, ok = QInputDialog.getText(self.window, title, label, QLineEdit.EchoMode.Normal, text)
        value = value.strip()
        return value if ok and value else None

    def _run(self, action: Any, *args: Any) -> Any:
        try:
            return action(*args)
        except (OSError, SrEditorError) as error:
            QMessageBox.warning(self.window, self.tr("sr-editor"), str(error))
            return None

    def new_article(self) -> None:
        chosen = self.ctx.dialogs.ask_new_article(self.window, self.ctx.vocabulary)
        if chosen is not None:
            bundle = self._run(self.ctx.workspace.create_article, chosen.title, chosen.regions, chosen.tags)
            if bundle is not None:
                self.refresh_list()
                self.open_article(Path(bundle))

    def duplicate_article(self, bundle: Path) -> None:
        self.ctx.autosave.save_now()
        copy = self._run(self.ctx.workspace.duplicate, bundle)
        if copy is not None:
            self.refresh_list()
            self.open_article(Path(copy))

    def rename_article(self, bundle: Path) -> None:
        slug = self._ask_text(self.tr("Rename article"), self.tr("Folder name (slug):"), bundle.name)
        if not slug or slug == bundle.name:
            return
        was_open = bundle == self.ctx.document.bundle
        if was_open:
            self.ctx.session.close()
        renamed = self._run(self.ctx.workspace.rename, bundle, slug)
        self.refresh_list()
        if was_open:
            self.open_article(Path(renamed) if renamed is not None else bundle)

    def trash_article(self, bundle: Path) -> None:
        if bundle == self.ctx.document.bundle:
            self.ctx.session.close()
        if self._run(self.ctx.workspace.trash, bundle) is not None:
            self.window.statusBar().showMessage(self.tr("Moved to the trash; restore it from File ▸ Trash."), 8000)
        self.refresh_list()

    def show_trash(self) -> None:
        self.ctx.dialogs.show_trash(self.window, self.ctx.workspace)
        self.refresh_list()

    def show_history(self) -> None:
        bundle = self.ctx.document.bundle
        if bundle is None:
            return
        self.ctx.autosave.save_now()
        if self.ctx.dialogs.show_history(self.window, self.ctx.workspace, bundle):
            self.ctx.session.reload()

    def show_screen_reader(self) -> None:
        """The open article as a screen reader announces it (View > Read as a screen reader); not modal."""
        if self.ctx.document.bundle is None:
            return
        self.ctx.dialogs.show_screen_reader(self.window, self.ctx.document.article, self.ctx.workspace.root)


class ImageInsertion(QObject):
    """Puts an image into the open article: chosen, dropped or pasted, copied into the bundle, alt text asked."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = window.context

    def choose_image(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Insert image"), str(Path.home()),
            self.tr("Images (*.jpg *.jpeg *.png *.gif *.webp *.tif *.tiff)"))
        if path:
            self.insert_image(Path(path))

    def insert_images(self, sources: list[Path]) -> None:
        for source in sources:
            self.insert_image(source)

    def insert_image(self, source: Path) -> None:
        doc = self.ctx.document
        if doc.bundle is None or doc.read_only:
            return
        markdown = self.ctx.dialogs.ask_insert_image(self.window, doc.bundle, source, self.ctx.settings.max_image_width)
        if markdown:
            self.window.editor.insert_block(markdown)

    def insert_pasted_image(self, image: QImage) -> None:
        with tempfile.TemporaryDirectory(prefix="sr-editor-paste-") as folder:
            path = Path(folder) / "pasted-image.png"
            if image.save(str(path), b"PNG"):
                self.insert_image(path)
