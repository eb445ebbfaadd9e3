"""What the window does: connects the list, editor, preview and panels to the session, autosave and workspace.

Acting on articles (`article_actions`) and guarding the open article against the disk (`disk_guard`) live apart.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from sr_editor.core.errors import SrEditorError
from sr_editor.gui.editor.editor import reading_minutes
from sr_editor.gui.editor.word_counter import WordCounter
from sr_editor.gui.window.article_actions import ArticleActions, ImageInsertion
from sr_editor.gui.window.disk_guard import DiskGuard
from sr_editor.gui.window.main_window import MainWindow
from sr_editor.services.document.document import ArticleDocument
from sr_editor.services.preview.renderer import PreviewResult

# A long article's checks render the whole text in Python too: they wait until its preview is whole (at most this
# long), so that they take neither the CPU from its render nor the interpreter lock from its slices and patches.
CHECKS_AFTER_PREVIEW_MS = 4_000


class WindowController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = window.context
        self.words = WordCounter(self.ctx.document.text_document, self)
        self._words_timer = QTimer(self, singleShot=True, interval=400)
        self._words_timer.timeout.connect(self._update_word_count)
        self.articles = ArticleActions(window, self.refresh_list, self.open_article)
        self.images = ImageInsertion(window)
        self.disk = DiskGuard(window, self._show_save_state)
        self._connect_document()
        self._connect_list()
        self._connect_actions()
        self._connect_services()

    # ----- wiring ----------------------------------------------------------------------------------
    def _connect_document(self) -> None:
        doc = self.ctx.document
        doc.loaded.connect(self._on_loaded)
        doc.slices.finished.connect(self._on_all_loaded)
        self.window.editor.load_rest = doc.slices.finish
        doc.bodyChanged.connect(self._on_body_changed)
        doc.metaChanged.connect(self._on_meta_changed)
        doc.dirtyChanged.connect(self._show_save_state)
        self.window.editor.verticalScrollBar().valueChanged.connect(self._follow_editor)
        self.window.editor.imageFilesOffered.connect(self.images.insert_images)
        self.window.editor.imagePasted.connect(self.images.insert_pasted_image)
        if self.window.panels_built:
            self._connect_panels()
        else:
            self.window.panelsBuilt.connect(self._connect_panels)

    def _connect_panels(self) -> None:
        if hasattr(self.window.problems_panel, "problemActivated"):
            self.window.problems_panel.problemActivated.connect(self.jump_to_problem)

    def _connect_list(self) -> None:
        panel = self.window.article_list
        panel.articleActivated.connect(self.open_article)
        articles = self.articles
        panel.newRequested.connect(articles.new_article)
        panel.duplicateRequested.connect(articles.duplicate_article)
        panel.renameRequested.connect(articles.rename_article)
        panel.trashRequested.connect(articles.trash_article)
        panel.trashShowRequested.connect(articles.show_trash)

    def _connect_actions(self) -> None:
        actions = self.window.commands
        articles = self.articles
        handlers = {
            "new": articles.new_article,
            "duplicate": lambda: self._with_open(articles.duplicate_article),
            "rename": lambda: self._with_open(articles.rename_article),
            "trash": lambda: self._with_open(articles.trash_article),
            "show_trash": articles.show_trash,
            "save": self.save_now,
            "history": articles.show_history,
            "screen_reader": articles.show_screen_reader,
            "open_in_browser": lambda: self.window.preview.open_in_browser(),
            "quit": self.window.close,
            "insert_image": self.images.choose_image,
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
        ctx.autosave.externalChange.connect(self.disk.resolve_external_change)
        ctx.watcher.changedOnDisk.connect(self.disk.on_changed_on_disk)
        ctx.watcher.workspaceChanged.connect(self.refresh_list)
        ctx.session.failed.connect(lambda message: self.window.banner.show_message(message, "error"))
        ctx.checks.checked.connect(self._on_checked)
        self.window.preview.rebuilt.connect(ctx.checks.release)  # a long article's checks waited for its preview
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.applicationStateChanged.connect(self._on_application_state)
        self.window.closing.connect(self.shutdown)

    # ----- list and opening ------------------------------------------------------------------------
    def refresh_list(self) -> None:
        listing = self.ctx.listing
        if listing is not None:  # started by the start-up sequence: relist off the GUI thread too
            listing.refresh()
            return
        try:
            summaries = self.ctx.workspace.list_articles()
        except (OSError, SrEditorError) as error:
            self.window.statusBar().showMessage(str(error), 8000)
            return
        self.window.article_list.set_articles(summaries, keep=self.ctx.document.bundle)

    def open_article(self, bundle: Path) -> None:
        if self.window.editor.keys_waiting:  # keys typed into the article still loading go into it first
            self.ctx.document.slices.finish()
        if self.ctx.session.open(bundle):
            self.window.article_list.select(bundle, emit=False)

    def offer_recovery(self) -> None:
        """Recovery copies left by a crash: offered once, at start."""
        self.disk.offer_recovery()

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
        window.editor.setReadOnly(False)  # a broken article's raw file is there to be fixed
        if doc.read_only:
            window.banner.show_message(
                self.tr("This article cannot be read: %1. The whole file is shown: fix it here and save (Ctrl+S) "
                        "to read it again.").replace("%1", what_is_broken(doc)),
                "error")
        else:
            window.banner.hide()
        title = doc.meta("title") or (doc.bundle.name if doc.bundle else "")
        workspace = Path(getattr(self.ctx.workspace, "root", "")).name
        parts = [part for part in (title, workspace) if part and part.casefold() != "sr-editor"]  # said once, last
        window.setWindowTitle(" — ".join([*parts, "sr-editor"]))
        self.ctx.preview.request(doc.body(), doc.bundle, immediate=True)
        self._show_save_state(doc.is_dirty)
        QTimer.singleShot(0, self._update_word_count)  # start(0) would change the debounce for good
        window.editor.hold_keys(doc.slices.active)  # a long text goes in a slice per turn: keys wait for it
        if doc.slices.active and window.preview.isVisibleTo(window):  # its checks render it too: after the preview
            self.ctx.checks.hold(CHECKS_AFTER_PREVIEW_MS)
        if doc.bundle is not None:
            self.ctx.settings.last_article = doc.bundle.name

    def _on_all_loaded(self) -> None:
        """The last slice of a long article is in: the keys typed meanwhile go in, the count is whole."""
        self.window.editor.hold_keys(False)
        self._update_word_count()

    def _on_body_changed(self) -> None:
        doc = self.ctx.document
        doc_length = doc.text_document.characterCount()
        self.ctx.preview.request(doc.display_body, doc.bundle, length=doc_length)
        self._words_timer.start()

    def _on_meta_changed(self, key: str) -> None:
        if key in ("title", ""):
            doc = self.ctx.document
            self.ctx.preview.request(doc.display_body, doc.bundle, length=doc.text_document.characterCount())

    def _show_preview(self, result: PreviewResult) -> None:
        self.window.preview.set_article_folder(self.ctx.document.bundle)  # the only files the preview may load
        if self.ctx.document.read_only:  # not the raw file rendered as text: what is wrong with it
            body_html = adapted = "<p><b>{}</b></p><p>{}</p>".format(
                html.escape(self.tr("This article cannot be read, so there is nothing to preview.")),
                html.escape(what_is_broken(self.ctx.document)))
            self.window.preview.show_html(body_html, adapted, "")
            return
        self.window.preview.show_html(result.html, result.pieces, str(self.ctx.document.meta("title") or ""))

    def _follow_editor(self, value: int) -> None:
        bar = self.window.editor.verticalScrollBar()
        if bar.maximum() > 0:
            self.window.preview.follow_fraction(value / bar.maximum())

    def _update_word_count(self) -> None:
        if self.ctx.document.slices.active:  # a part of a long article: the whole count once it is all in
            self.window.status_words.clear()
            return
        words = self.words.total
        self.window.status_words.setText(
            (self.tr("1 word") if words == 1 else self.tr("{0} words").format(words))  # "1 words" without a catalogue
            + " · " + self.tr("{0} min read").format(reading_minutes(words)))

    def _show_save_state(self, dirty: bool) -> None:
        doc = self.ctx.document
        if doc.bundle is None:
            text = ""
        elif doc.read_only and not dirty:
            text = self.tr("Cannot be read")
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
        bundle = self.ctx.document.bundle
        if self.ctx.autosave.blocked and bundle is not None:  # "Decide later" waited for this save: ask now
            self.disk.resolve_external_change(bundle)
            return
        if self.ctx.autosave.save_now():
            self.window.statusBar().showMessage(self.tr("Saved"), 3000)

    def _on_save_failed(self, message: str) -> None:
        self.window.banner.show_message(message, "error")
        self._show_save_state(self.ctx.document.is_dirty)

    def _on_application_state(self, state: Qt.ApplicationState) -> None:
        if state != Qt.ApplicationState.ApplicationActive:
            self.ctx.autosave.save_soon()

    # ----- problems -------------------------------------------------------------------------------
    def jump_to_problem(self, problem: Any) -> None:
        line = getattr(problem, "line", None)
        field = getattr(problem, "field", None)
        if line:
            self.ctx.document.slices.finish()  # a line further down than a long article has loaded so far
            self.window.editor.go_to_line(int(line))
            return
        if field:
            panel = self.window.metadata_panel if self.window.panels_built else None
            if panel is not None:
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


def what_is_broken(doc: ArticleDocument) -> str:
    """'line 3: the front matter is not valid YAML (…)': the file is the one shown, so no path."""
    detail = doc.broken_detail or doc.broken_reason or ""
    return QCoreApplication.translate("WindowController", "line %1: %2").replace(
        "%1", str(doc.broken_line)).replace("%2", detail) if doc.broken_line else detail
