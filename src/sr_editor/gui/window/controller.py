"""What the window does: connects the list, editor, preview and panels to the session, autosave and workspace.

Dialog functions are looked up on `panel_shim` at call time so tests can replace them with scripted answers.
"""

from __future__ import annotations

import contextlib
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from sr_editor.core.errors import SrEditorError
from sr_editor.core.frontmatter import serialize_article
from sr_editor.core.store import INDEX_NAME
from sr_editor.gui.panels import panel_shim
from sr_editor.gui.window.editor import reading_minutes, word_count
from sr_editor.gui.window.main_window import MainWindow
from sr_editor.services.session import snapshot_fields


class WindowController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = window.context
        self._words_timer = QTimer(self, singleShot=True, interval=400)
        self._words_timer.timeout.connect(self._update_word_count)
        self._connect_document()
        self._connect_list()
        self._connect_actions()
        self._connect_services()

    # ----- wiring ----------------------------------------------------------------------------------
    def _connect_document(self) -> None:
        doc = self.ctx.document
        doc.loaded.connect(self._on_loaded)
        doc.bodyChanged.connect(self._on_body_changed)
        doc.metaChanged.connect(self._on_meta_changed)
        doc.dirtyChanged.connect(self._show_save_state)
        self.window.editor.verticalScrollBar().valueChanged.connect(self._follow_editor)
        self.window.editor.imageFilesOffered.connect(self.insert_images)
        self.window.editor.imagePasted.connect(self._insert_pasted_image)
        if hasattr(self.window.problems_panel, "problemActivated"):
            self.window.problems_panel.problemActivated.connect(self.jump_to_problem)

    def _connect_list(self) -> None:
        panel = self.window.article_list
        panel.articleActivated.connect(self.open_article)
        panel.newRequested.connect(self.new_article)
        panel.duplicateRequested.connect(self.duplicate_article)
        panel.renameRequested.connect(self.rename_article)
        panel.trashRequested.connect(self.trash_article)
        panel.trashShowRequested.connect(self.show_trash)

    def _connect_actions(self) -> None:
        actions = self.window.commands
        handlers = {
            "new": self.new_article,
            "duplicate": lambda: self._with_open(self.duplicate_article),
            "rename": lambda: self._with_open(self.rename_article),
            "trash": lambda: self._with_open(self.trash_article),
            "show_trash": self.show_trash,
            "save": self.save_now,
            "history": self.show_history,
            "open_in_browser": lambda: self.window.preview.open_in_browser(),
            "quit": self.window.close,
            "insert_image": self.choose_image,
        }
        for key, handler in handlers.items():
            actions[key].triggered.connect(lambda _checked=False, handler=handler: handler())

    def _with_open(self, action: Any) -> None:
        if self.ctx.document.bundle is not None:
            action(self.ctx.document.bundle)

    def _connect_services(self) -> None:
        ctx = self.ctx
        ctx.preview.htmlReady.connect(self._show_preview)
        ctx.preview.renderFailed.connect(lambda message: self.window.statusBar().showMessage(message, 8000))
        ctx.autosave.saved.connect(lambda _bundle: self._show_save_state(self.ctx.document.is_dirty))
        ctx.autosave.saveFailed.connect(self._on_save_failed)
        ctx.autosave.externalChange.connect(self.resolve_external_change)
        ctx.watcher.changedOnDisk.connect(self._on_changed_on_disk)
        ctx.watcher.workspaceChanged.connect(self.refresh_list)
        ctx.session.failed.connect(lambda message: self.window.banner.show_message(message, "error"))
        ctx.checks.checked.connect(self._on_checked)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.applicationStateChanged.connect(self._on_application_state)
        self.window.closing.connect(self.shutdown)

    # ----- list and opening ------------------------------------------------------------------------
    def refresh_list(self) -> None:
        try:
            summaries = self.ctx.workspace.list_articles()
        except (OSError, SrEditorError) as error:
            self.window.statusBar().showMessage(str(error), 8000)
            return
        self.window.article_list.set_articles(summaries, keep=self.ctx.document.bundle)

    def open_article(self, bundle: Path) -> None:
        if self.ctx.session.open(bundle):
            self.window.article_list.select(bundle, emit=False)

    def open_last_or_first(self) -> None:
        last = self.ctx.settings.last_article
        model = self.window.article_list.model
        candidates = [self.ctx.workspace.root / last] if last else []
        for bundle in candidates:
            if model.contains(bundle):
                self.open_article(bundle)
                return
        if model.rowCount():
            self.open_article(model.summary(0).bundle)

    def _on_loaded(self) -> None:
        doc, window = self.ctx.document, self.window
        window.editor.setReadOnly(doc.read_only)
        if doc.read_only:
            window.banner.show_message(
                self.tr("This article cannot be read, so it is shown read-only and will not be saved: ")
                + (doc.broken_reason or ""), "error")
        else:
            window.banner.hide()
        title = doc.meta("title") or (doc.bundle.name if doc.bundle else "")
        window.setWindowTitle(f"{title} — sr-editor" if title else "sr-editor")
        self.ctx.preview.request(doc.body(), doc.bundle, immediate=True)
        self._show_save_state(doc.is_dirty)
        QTimer.singleShot(0, self._update_word_count)  # start(0) would change the debounce for good
        if doc.bundle is not None:
            self.ctx.settings.last_article = doc.bundle.name

    def _on_body_changed(self) -> None:
        doc = self.ctx.document
        doc_length = doc.text_document.characterCount()
        self.ctx.preview.request(doc.body, doc.bundle, length=doc_length)
        self._words_timer.start()

    def _on_meta_changed(self, key: str) -> None:
        if key in ("title", ""):
            doc = self.ctx.document
            self.ctx.preview.request(doc.body, doc.bundle, length=doc.text_document.characterCount())

    def _show_preview(self, body_html: str, adapted: str) -> None:
        self.window.preview.set_article_folder(self.ctx.document.bundle)  # the only files the preview may load
        self.window.preview.show_html(body_html, adapted, str(self.ctx.document.meta("title") or ""))

    def _follow_editor(self, value: int) -> None:
        bar = self.window.editor.verticalScrollBar()
        if bar.maximum() > 0:
            self.window.preview.follow_fraction(value / bar.maximum())

    def _update_word_count(self) -> None:
        words = word_count(self.ctx.document.text_document.toPlainText())
        self.window.status_words.setText(
            self.tr("%n words", "", words) + " · " + self.tr("%n min read", "", reading_minutes(words)))

    def _show_save_state(self, dirty: bool) -> None:
        doc = self.ctx.document
        if doc.bundle is None:
            text = ""
        elif doc.read_only:
            text = self.tr("Read-only")
        elif self.ctx.autosave.blocked:
            text = self.tr("Not saved: changed on disk")
        else:
            text = self.tr("Unsaved changes") if dirty else self.tr("Saved")
        self.window.status_save.setText(text)

    def _on_checked(self, bundle: Path, problems: list[Any]) -> None:
        """The problems panel follows the document; the list's badge for this article is updated here."""
        errors = sum(1 for p in problems if str(getattr(p, "severity", "")) == "error")
        self.window.article_list.model.update_checks(bundle, errors, len(problems) - errors)

    # ----- saving and conflicts --------------------------------------------------------------------
    def save_now(self) -> None:
        if self.ctx.autosave.save_now():
            self.window.statusBar().showMessage(self.tr("Saved"), 3000)

    def _on_save_failed(self, message: str) -> None:
        self.window.banner.show_message(message, "error")
        self._show_save_state(self.ctx.document.is_dirty)

    def _on_application_state(self, state: Qt.ApplicationState) -> None:
        if state != Qt.ApplicationState.ApplicationActive:
            self.ctx.autosave.save_soon()

    def _on_changed_on_disk(self, bundle: Path) -> None:
        if bundle != self.ctx.document.bundle:
            return
        if not self.ctx.document.is_dirty:
            self.ctx.session.reload()  # nothing of ours to lose: show the new version
            self.window.statusBar().showMessage(self.tr("Reloaded: the file was changed by another program."), 8000)
            return
        self.resolve_external_change(bundle)

    def resolve_external_change(self, bundle: Path) -> None:
        doc = self.ctx.document
        if bundle != doc.bundle:
            return
        self.ctx.autosave.write_snapshot()
        self._show_save_state(True)
        self.window.banner.show_message(
            self.tr("%1 was changed by another program. Your text is not saved yet.").replace("%1", bundle.name))
        index = bundle / INDEX_NAME
        try:
            disk = index.read_text(encoding="utf-8", errors="replace")
        except OSError:
            disk = ""
        mine = serialize_article(doc.article())
        choice = panel_shim.ask_external_change(self.window, index, mine, disk)
        name = getattr(choice, "name", str(choice))
        if name == "RELOAD":
            self.ctx.session.reload()
            self.window.banner.hide()
        elif name == "KEEP_MINE" and self.ctx.autosave.save_over(self.ctx.workspace.store.disk_hash(bundle)):
            self.window.banner.hide()
        self._show_save_state(doc.is_dirty)

    def offer_recovery(self) -> None:
        recovery = getattr(self.ctx.workspace, "recovery", None)
        if recovery is None:
            return
        try:
            snapshots = list(recovery.list())
        except (OSError, SrEditorError):
            return
        if not snapshots:
            return
        chosen = panel_shim.ask_restore_snapshots(self.window, snapshots)
        restored = {snapshot_fields(s)[0] for s in chosen}
        for snapshot in chosen:
            bundle, text = snapshot_fields(snapshot)
            self.ctx.session.restore(bundle, text)  # a later successful save discards the snapshot
            self.window.article_list.select(bundle, emit=False)
        for bundle in {snapshot_fields(s)[0] for s in snapshots} - restored:
            with contextlib.suppress(OSError, SrEditorError):  # declined by the user
                recovery.discard(bundle)

    # ----- article actions -------------------------------------------------------------------------
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
        title = self._ask_text(self.tr("New article"), self.tr("Title:"))
        if title:
            bundle = self._run(self.ctx.workspace.create_article, title)
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
        panel_shim.TrashDialog(self.ctx.workspace, self.window).exec()
        self.refresh_list()

    def show_history(self) -> None:
        bundle = self.ctx.document.bundle
        if bundle is None:
            return
        self.ctx.autosave.save_now()
        dialog = panel_shim.HistoryDialog(self.ctx.workspace.history, self.ctx.workspace.store, bundle, self.window)
        if dialog.exec():
            self.ctx.session.reload()

    # ----- images and problems ---------------------------------------------------------------------
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
        markdown = panel_shim.ask_insert_image(self.window, doc.bundle, source, self.ctx.settings.max_image_width)
        if markdown:
            self.window.editor.insert_block(markdown)

    def _insert_pasted_image(self, image: QImage) -> None:
        with tempfile.TemporaryDirectory(prefix="sr-editor-paste-") as folder:
            path = Path(folder) / "pasted-image.png"
            if image.save(str(path), b"PNG"):
                self.insert_image(path)

    def jump_to_problem(self, problem: Any) -> None:
        line = getattr(problem, "line", None)
        field = getattr(problem, "field", None)
        if line:
            self.window.editor.go_to_line(int(line))
            return
        if field:
            panel = getattr(self.window, "metadata_panel", None)
            if panel is not None and hasattr(panel, "focus_field"):
                self.window.metadata_dock.show()
                self.window.metadata_dock.raise_()
                if panel.focus_field(str(field)):  # scrolls the panel to the field, then focuses it
                    return
            name = _FIELD_WIDGETS.get(str(field), _FIELD_WIDGETS.get(str(field).split(".")[0]))
            widget = self.window.findChild(QWidget, name) if name else None
            if widget is not None:
                self.window.metadata_dock.show()
                self.window.metadata_dock.raise_()
                widget.setFocus(Qt.FocusReason.OtherFocusReason)

    # ----- quit ------------------------------------------------------------------------------------
    def shutdown(self) -> None:
        """On quit: save synchronously, then stop the workers."""
        ctx = self.ctx
        ctx.watcher.shutdown()
        ctx.autosave.save_now()
        ctx.settings.sync()
        ctx.preview.shutdown()
        ctx.checks.shutdown()
        ctx.autosave.shutdown()


_FIELD_WIDGETS = {
    "title": "titleEdit", "slug": "slugEdit", "excerpt": "excerptEdit", "status": "statusCombo",
    "regions": "regionList", "tags": "tagEdit", "featured_image": "featuredImageButton",
    "featured_image.src": "featuredImageButton", "featured_image.alt": "featuredAltEdit",
    "featured_image.caption": "featuredCaptionEdit", "featured_image.credit": "featuredCreditEdit",
    "featured_image.decorative": "featuredDecorativeCheck",
}
