"""The newsroom loop in the window: Approve and Request changes (from the open article, the Site panel and
Compare), the Notes panel, presence (the post lock and its banner) and the site's revisions.

`ReviewUi(site_ui)` is made by SiteUi; it touches the window only through `site_ui` and a few public parts
(`menuBar` via the Site menu, `addDockWidget`, `editor`, `closing`). Every network call runs in a background call;
the answers touch widgets on the GUI thread. Notes always go through the workspace's outbox first, so a note
written offline is kept and sent at the next refresh.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QDateTime, QObject, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QInputDialog,
    QLabel,
    QMenu,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from sr_editor.core.errors import SrEditorError
from sr_editor.gui.common.context import WindowContext
from sr_editor.gui.common.host import SiteHost
from sr_editor.gui.site.note_marks import NoteMarks
from sr_editor.gui.site.notes_panel import NotesPanel
from sr_editor.gui.site.presence import Presence, attach_banner
from sr_editor.gui.site.site_panel import SitePanel
from sr_editor.publish.review import actions
from sr_editor.publish.review.lock import PostLock
from sr_editor.publish.review.notes import NotesBackend, Thread, notes_backend, threads
from sr_editor.publish.review.outbox import OFFLINE, NotesOutbox
from sr_editor.publish.sync.session import PublishSession
from sr_editor.services.publish.worker import BackgroundCalls

MAX_DRAFTS_CHECKED = 20  # one request each: the Site panel asks about the newest drafts only


@dataclass(frozen=True)
class NotesView:
    threads: list[Thread]
    status: str  # the post's status on the site ("" when unknown)
    pending: int  # notes still in the outbox
    offline: bool
    refused: tuple[str, ...] = ()  # the site's sentences for notes it would not take (kept in the outbox)


class ApproveDialog(QDialog):
    """Publish now, or at a time."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("approveDialog")
        self.setWindowTitle(self.tr("Approve"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Approve <b>%1</b> and publish it:").replace("%1", title)))
        self.now = QRadioButton(self.tr("&Now"))
        self.now.setChecked(True)
        self.later = QRadioButton(self.tr("&At"))
        self.when = QDateTimeEdit(QDateTime.currentDateTime().addSecs(3600))
        self.when.setObjectName("approveWhen")
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setToolTip(self.tr("In this computer's time zone."))
        self.when.setEnabled(False)
        self.later.toggled.connect(self.when.setEnabled)
        for widget in (self.now, self.later, self.when):
            layout.addWidget(widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Approve"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def at(self) -> datetime | None:
        if self.now.isChecked():
            return None
        chosen = datetime.fromtimestamp(self.when.dateTime().toSecsSinceEpoch()).astimezone()
        return chosen


def drafts_with_open_notes(backend_for: Callable[[Any], NotesBackend], client: Any, posts: Sequence[Any]) -> set[int]:
    """On a worker thread: which drafts have an open note ("changes requested"). A site without notes, or one
    that refuses a post's notes, marks none of them; only the first MAX_DRAFTS_CHECKED drafts are asked about."""
    drafts = [post.post_id for post in posts if post.status == "draft"][:MAX_DRAFTS_CHECKED]
    if not drafts:
        return set()
    try:
        backend = backend_for(client)
    except SrEditorError:
        return set()
    found = set()
    for post_id in drafts:
        try:
            if any(not thread.resolved for thread in threads(backend.list(post_id))):
                found.add(post_id)
        except SrEditorError:
            continue
    return found


def show_note(dock: QDockWidget, panel: NotesPanel, note_id: int) -> None:
    """A highlighted passage was clicked in the editor: its note in the Notes panel."""
    dock.show()
    dock.raise_()
    panel.select_note(note_id)


def ask_text(parent: QWidget, title: str, label: str) -> str | None:
    text, ok = QInputDialog.getMultiLineText(parent, title, label)
    return text.strip() if ok and text.strip() else None


class SiteFeature(Protocol):
    """What the review asks of the Site feature that makes it (SiteUi): its window and context, the publishing
    session, the Site panel, a line in the status bar, and the post the open article stands for."""

    @property
    def window(self) -> SiteHost: ...

    @property
    def ctx(self) -> WindowContext: ...

    @property
    def session(self) -> PublishSession: ...

    @property
    def panel(self) -> SitePanel: ...

    def refresh(self, site: str) -> None: ...

    def _say(self, text: str) -> None: ...

    def _open_site_entry(self) -> tuple[str, int] | None: ...


class ReviewUi(QObject):
    def __init__(self, site_ui: SiteFeature) -> None:
        super().__init__(site_ui.window.window())  # lives as long as the window, as the Site feature does
        self.site_ui, self.window = site_ui, site_ui.window
        self.calls = BackgroundCalls(self, threads=1)
        # Seams for tests: a client for a site (worker thread) and the notes backend for a client.
        self.client_for: Callable[[str], Any] = lambda site: self.site_ui.session.client(site)
        self.backend_for: Callable[[Any], NotesBackend] = notes_backend
        self.ask_text: Callable[[str, str], str | None] = lambda title, label: ask_text(self.window.window(), title,
                                                                                        label)
        self.presence = Presence(self, lambda site, post: PostLock(self.client_for(site), post), self.linked,
                                 self.site_ui._say)
        attach_banner(self.window, self.presence.banner)
        self.presence.guard(self.window.editor)
        self.panel = NotesPanel()
        self.dock = QDockWidget(self.tr("Notes"), self.window.window())
        self.dock.setObjectName("notesDock")
        self.dock.setWidget(self.panel)
        self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self.view: NotesView | None = None
        self.panel.refreshRequested.connect(self.refresh_notes)
        self.panel.addRequested.connect(self.add_note)
        self.panel.replyRequested.connect(self.reply)
        self.panel.statusRequested.connect(self.set_status)
        self.panel.passageActivated.connect(self._select)
        self.marks = NoteMarks(self.window.editor)
        self.marks.noteClicked.connect(lambda note_id: show_note(self.dock, self.panel, note_id))
        self.site_ui.ctx.session.opened.connect(lambda _bundle: self.article_opened())
        self.window.closing.connect(self.shutdown)

    def build_menu(self, menu: QMenu) -> None:
        menu.addSeparator()
        toggle = self.dock.toggleViewAction()
        toggle.setText(self.tr("&Notes Panel"))
        toggle.setObjectName("action_notes_panel")
        toggle.setShortcut("Ctrl+Alt+N")
        toggle.toggled.connect(lambda shown: self._panel_shown() if shown else None)
        menu.addAction(toggle)
        self.window.commands["notes_panel"] = toggle
        add = self.window.add_action
        add(menu, "review_approve", self.tr("&Approve…"), "Ctrl+Alt+A", self.approve_open)
        add(menu, "review_request_changes", self.tr("&Request Changes…"), "Ctrl+Alt+C", self.request_changes_open)
        add(menu, "note_on_selection", self.tr("Add a N&ote on the Selection…"), "Ctrl+Alt+M", self.add_note)
        add(menu, "site_revisions", self.tr("Site Re&visions…"), None, self.revisions_open)

    def _panel_shown(self) -> None:
        """A tab beside the Article panel (full height: threads need it), then the notes of the open article."""
        article = self.window.metadata_dock
        if not article.isHidden() and article not in self.window.tabifiedDockWidgets(
                self.dock):
            self.window.tabifyDockWidget(article, self.dock)
            self.dock.show()
        self.dock.raise_()
        self.refresh_notes()

    # ----- the open article --------------------------------------------------------------------------
    def linked(self) -> tuple[str, int] | None:
        if self.site_ui.ctx.document.bundle is None:
            return None
        try:
            return self.site_ui._open_site_entry()  # type: ignore[no-any-return]
        except SrEditorError:
            return None

    def article_opened(self) -> None:
        self.presence.article_opened()
        self.view = None
        self.marks.clear()
        if not self.dock.isHidden():
            self.refresh_notes()

    def shutdown(self) -> None:
        self.presence.shutdown()
        self.calls.wait(2000)

    def _outbox(self, site: str) -> NotesOutbox:
        return NotesOutbox(Path(self.site_ui.ctx.workspace.root), site)

    def _text(self) -> str:
        return str(self.window.editor.toPlainText())

    def _selection(self) -> str:
        return str(self.window.editor.textCursor().selectedText()).replace("\u2029", "\n")

    def _select(self, start: int, end: int) -> None:
        cursor = self.window.editor.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.window.editor.setTextCursor(cursor)
        self.window.editor.setFocus()

    # ----- notes -------------------------------------------------------------------------------------
    def refresh_notes(self) -> None:
        target = self.linked()
        if target is None:
            self.panel.set_threads([], "")
            self.panel.set_message(self.tr("The open article is not on any site yet: it has no notes."))
            return
        site, post_id = target
        outbox = self._outbox(site)
        self.panel.set_message(self.tr("Reading the notes on %1…").replace("%1", site))
        what = self.tr("the post")  # for a sentence about a broken answer; translated here, on the GUI thread

        def work() -> NotesView:
            try:
                client = self.client_for(site)
                backend = self.backend_for(client)
                outbox.send(backend)
                found = threads(backend.list(post_id))
                post = client.get_object(f"/wp/v2/posts/{post_id}", {"context": "edit"}, what=what)
            except OFFLINE:
                waiting = [p for p in outbox.pending() if p.post_id == post_id and not p.refused]
                return NotesView([], "", len(waiting), True)
            mine = [p for p in outbox.pending() if p.post_id == post_id]
            status = post.get("status") if isinstance(post, dict) else ""
            return NotesView(found, status if isinstance(status, str) else "", sum(1 for p in mine if not p.refused),
                             False, tuple(p.refused for p in mine if p.refused))

        self.calls.run(work, lambda view: self._show_notes(site, view), self._notes_failed)

    def _notes_failed(self, error: BaseException) -> None:
        self.panel.set_message(str(error))

    def _show_notes(self, site: str, view: NotesView) -> None:
        self.view = view
        if view.offline:
            self.panel.set_message(self.tr("%1 cannot be reached; %2 notes wait to be sent at the next refresh.")
                                   .replace("%1", site).replace("%2", str(view.pending)))
            return
        self.panel.set_threads(view.threads, self._text(), view.pending)
        self.marks.show_marks(self.panel.passages())
        if self.changes_requested():
            self.panel.set_message(self.tr("Changes requested: %1").replace("%1", self.panel.summary.text()))
        if view.refused:
            self.panel.set_message(self.panel.summary.text() + "\n" + self.tr(
                "%1 notes were refused by the site and are kept in the outbox: %2").replace(
                    "%1", str(len(view.refused))).replace("%2", view.refused[0]))

    def changes_requested(self) -> bool:
        """A draft with an open note: the editor sent it back to the writer."""
        view = self.view
        return view is not None and view.status == "draft" and any(not t.resolved for t in view.threads)

    def _queue(self, text: str, quote: str = "", parent: int = 0, status: str = "") -> None:
        target = self.linked()
        if target is None:
            self.site_ui._say(self.tr("The open article is not on any site yet: notes need a post."))
            return
        try:
            self._outbox(target[0]).queue(target[1], text, quote=quote, parent=parent, status=status)
        except OSError as error:
            self.site_ui._say(str(error))
            return
        self.dock.show()
        self.refresh_notes()

    def add_note(self) -> None:
        quote = self._selection().strip()
        text = self.ask_text(self.tr("Note"), self.tr("Note on “%1”:").replace("%1", quote[:60]) if quote
                             else self.tr("Note on the article:"))
        if text:
            self._queue(text, quote=quote)

    def reply(self, note_id: int) -> None:
        text = self.ask_text(self.tr("Reply"), self.tr("Your reply:"))
        if text:
            self._queue(text, parent=note_id)

    def set_status(self, note_id: int, status: str) -> None:
        self._queue("", parent=note_id, status=status)

    # ----- review actions ----------------------------------------------------------------------------
    def approve_open(self) -> None:
        target = self.linked()
        if target is None:
            self.site_ui._say(self.tr("The open article is not on any site yet: there is nothing to approve."))
            return
        self.approve(*target)

    def approve(self, site: str, post_id: int) -> None:
        dialog = ApproveDialog(self.tr("post %1 on %2").replace("%1", str(post_id)).replace("%2", site),
                               self.window.window())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        at = dialog.at()
        self.site_ui._say(self.tr("Approving post %1…").replace("%1", str(post_id)))
        self.calls.run(lambda: actions.approve(self.client_for(site), post_id, at),
                       lambda result: self._reviewed(site, result), lambda e: self.site_ui._say(str(e)))

    def request_changes_open(self) -> None:
        target = self.linked()
        if target is None:
            self.site_ui._say(self.tr("The open article is not on any site yet: there is nothing to review."))
            return
        self.request_changes(*target, quote=self._selection().strip())

    def request_changes(self, site: str, post_id: int, quote: str = "") -> None:
        label = (self.tr("What should change in “%1”?").replace("%1", quote[:60]) if quote
                 else self.tr("What should change? The post goes back to its writer as a draft."))
        text = self.ask_text(self.tr("Request Changes"), label)
        if not text:
            return
        outbox = self._outbox(site)

        def work() -> actions.ReviewResult:
            client = self.client_for(site)
            try:
                backend: NotesBackend | None = self.backend_for(client)
            except SrEditorError:
                backend = None  # the note waits in the outbox; the post still goes back
            return actions.request_changes(client, backend, outbox, post_id, text, quote)

        self.site_ui._say(self.tr("Sending post %1 back with a note…").replace("%1", str(post_id)))
        self.calls.run(work, lambda result: self._reviewed(site, result), lambda e: self.site_ui._say(str(e)))

    def _reviewed(self, site: str, result: actions.ReviewResult) -> None:
        texts = {"publish": self.tr("published"), "future": self.tr("scheduled for %1 UTC"),
                 "draft": self.tr("sent back to its writer as a draft")}
        state = texts.get(result.status, result.status).replace("%1", result.date_gmt.replace("T", " "))
        self.site_ui._say(self.tr("Post %1 on %2: %3.").replace("%1", str(result.post_id)).replace("%2", site)
                          .replace("%3", state))
        if self.site_ui.panel.siteCombo.count():
            self.site_ui.refresh(self.site_ui.panel.site())
        if not self.dock.isHidden():
            self.refresh_notes()

    # ----- revisions ---------------------------------------------------------------------------------
    def revisions_open(self) -> None:
        target = self.linked()
        if target is None:
            self.site_ui._say(self.tr("The open article is not on any site yet: it has no site revisions."))
            return
        from sr_editor.gui.site.revisions_dialog import open_revisions

        open_revisions(self, *target)
