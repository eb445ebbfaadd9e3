"""The newsroom loop in the window on fakes: the presence banner and lock, the Notes panel with its outbox, the
review actions of Compare and the revisions dialog's restore."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QTextEdit
from window_fixtures import write_article

from sr_editor.core.article.article import Article
from sr_editor.core.review.compare import FieldDiff
from sr_editor.gui.site.compare_dialog import CompareDialog
from sr_editor.gui.site.revisions_dialog import RevisionsDialog, SiteRevision, restored_article
from sr_editor.publish import errors
from sr_editor.publish.review.errors import CompanionMissing, PostLocked
from sr_editor.publish.review.lock import LockState
from sr_editor.publish.review.notes import Note
from sr_editor.publish.review.outbox import NotesOutbox
from sr_editor.publish.review.revisions import Revision
from sr_editor.publish.sync.session import PublishSession
from sr_editor.publish.wordpress.credentials import MemoryCredentialStore
from sr_editor.publish.wordpress.sites import SiteProfile, SiteRegistry

BODY = "Crowds filled the streets of the capital.\n\nThe second paragraph names the source.\n"


Answer = LockState | Exception | dict[bool, LockState | Exception]


class FakeLock:
    def __init__(self, log: list[str], answer: Answer, post_id: int) -> None:
        self.log, self.answer, self.post_id = log, answer, post_id

    def take(self, force: bool = False) -> LockState:
        self.log.append(f"take {self.post_id}" + (" force" if force else ""))
        found = self.answer[force] if isinstance(self.answer, dict) else self.answer  # by force: a take-over
        if isinstance(found, Exception):
            raise found
        return found

    def release(self) -> LockState:
        self.log.append(f"release {self.post_id}")
        return LockState(False)


class FakeBackend:
    def __init__(self, notes: list[Note], offline: bool = False) -> None:
        self.notes, self.offline, self.added = notes, offline, []

    def list(self, post_id: int) -> list[Note]:
        if self.offline:
            raise errors.SiteUnreachable("local")
        return list(self.notes)

    def add(self, post_id: int, text: str, *, quote: str = "", parent: int = 0, status: str = "",
            client_id: str = "") -> Note:
        if self.offline:
            raise errors.SiteUnreachable("local")
        note = Note(100 + len(self.added), parent, "Ed Itor", 2, text, quote, "2026-12-07T10:00:00", status)
        self.added.append(note)
        self.notes.append(note)
        return note


class FakeClient:
    def __init__(self, status: str = "draft") -> None:
        self.status = status

    def get_object(self, path: str, params: Any = None, what: str = "") -> dict[str, Any]:
        return {"id": 7, "status": self.status}


@pytest.fixture
def linked(make_window: Any, tmp_path: Path) -> Any:
    root = tmp_path / "ws"
    write_article(root, "linked", "Linked", BODY, remote={"local": {"post_id": 7}})
    write_article(root, "other", "Other", "Not on a site.\n")
    window = make_window(root)
    registry = SiteRegistry(tmp_path / "sites.json")
    registry.add(SiteProfile("local", "http://127.0.0.1:9", "editor"))
    window.context.publishing = PublishSession(registry, root, open_store=lambda: (MemoryCredentialStore(), None))
    window.root = root
    return window


def use_lock(window: Any, answer: Answer) -> list[str]:
    log: list[str] = []
    window.features.site_ui.review.presence._make_lock = lambda site, post_id: FakeLock(log, answer, post_id)
    return log


def use_notes(window: Any, backend: FakeBackend, status: str = "draft") -> None:
    review = window.features.site_ui.review
    review.client_for = lambda site: FakeClient(status)
    review.backend_for = lambda client: backend


def test_someone_elses_lock_shows_who_and_since_when_above_the_editor(linked: Any, qtbot: Any) -> None:
    use_lock(linked, PostLocked("local", "Ana Writer", "2026-12-07T09:30:00"))
    linked.features.controller.open_article(linked.root / "linked")
    banner = linked.features.site_ui.review.presence.banner
    qtbot.waitUntil(banner.isVisible)
    assert "Ana Writer" in banner.text() and "2026-12-07 09:30" in banner.text()


class SlowLock(FakeLock):
    """A site that answers only when the test lets it."""

    def __init__(self, log: list[str], answer: LockState | Exception, post_id: int, go: threading.Event) -> None:
        super().__init__(log, answer, post_id)
        self.go = go

    def take(self, force: bool = False) -> LockState:
        self.go.wait(10)
        return super().take(force)


def use_slow_lock(window: Any, answer: LockState | Exception) -> threading.Event:
    go = threading.Event()
    log: list[str] = []
    window.features.site_ui.review.presence._make_lock = lambda site, post_id: SlowLock(log, answer, post_id, go)
    return go


def test_the_editor_takes_no_key_until_the_lock_answer_names_the_holder(linked: Any, qtbot: Any) -> None:
    go = use_slow_lock(linked, PostLocked("local", "Ana Writer", "2026-12-07T09:30:00"))
    presence = linked.features.site_ui.review.presence
    presence.wait.setInterval(60_000)  # this test's answer is never late
    linked.features.controller.open_article(linked.root / "linked")
    editor = linked.editor
    assert editor.isReadOnly()
    qtbot.keyClicks(editor, "typed too early ")
    assert "typed too early" not in editor.toPlainText()
    go.set()
    qtbot.waitUntil(lambda: not editor.isReadOnly())
    assert presence.banner.isVisible() and "Ana Writer" in presence.banner.text()
    qtbot.keyClicks(editor, "now typed ")
    assert "now typed" in editor.toPlainText()


def test_a_slow_site_lets_the_writer_type_with_a_could_not_check_note(linked: Any, qtbot: Any) -> None:
    go = use_slow_lock(linked, PostLocked("local", "Ana Writer", "2026-12-07T09:30:00"))
    presence = linked.features.site_ui.review.presence
    presence.wait.setInterval(50)
    linked.features.controller.open_article(linked.root / "linked")
    qtbot.waitUntil(lambda: not linked.editor.isReadOnly())
    assert "Could not check" in presence.banner.text() and not presence.banner.takeOver.isVisibleTo(presence.banner)
    go.set()  # the answer comes late: the banner still names the holder
    qtbot.waitUntil(lambda: "Ana Writer" in presence.banner.text())


def test_an_article_on_no_site_is_editable_at_once(linked: Any) -> None:
    use_slow_lock(linked, LockState(True, mine=True))
    linked.features.controller.open_article(linked.root / "other")
    assert not linked.editor.isReadOnly()


def test_take_over_takes_the_lock_from_its_holder(linked: Any, qtbot: Any) -> None:
    log = use_lock(linked, {False: PostLocked("local", "Ana Writer", "2026-12-07T09:30:00"),
                            True: LockState(True, mine=True)})
    presence = linked.features.site_ui.review.presence
    linked.features.controller.open_article(linked.root / "linked")
    qtbot.waitUntil(presence.banner.isVisible)
    presence.banner.takeOver.click()
    qtbot.waitUntil(lambda: presence.held == ("local", 7))
    assert "take 7 force" in log and not presence.banner.isVisible() and presence.other is None


def test_publishing_asks_first_while_someone_else_edits(linked: Any, qtbot: Any, monkeypatch: Any) -> None:
    use_lock(linked, PostLocked("local", "Ana Writer", "2026-12-07T09:30:00"))
    linked.features.controller.open_article(linked.root / "linked")
    qtbot.waitUntil(linked.features.site_ui.review.presence.banner.isVisible)
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No)
    assert linked.features.publish_ui.open_publish() is None
    assert asked and "Ana Writer" in asked[0]


def test_the_lock_is_taken_on_open_and_given_back_on_switch(linked: Any, qtbot: Any) -> None:
    log = use_lock(linked, LockState(True, mine=True))
    presence = linked.features.site_ui.review.presence
    linked.features.controller.open_article(linked.root / "linked")
    qtbot.waitUntil(lambda: presence.held == ("local", 7))
    assert not presence.banner.isVisible() and presence.timer.isActive()
    linked.features.controller.open_article(linked.root / "other")
    presence.calls.wait(5000)
    qtbot.waitUntil(lambda: "release 7" in log)
    assert presence.held is None and not presence.timer.isActive()


def test_a_site_without_the_plugin_is_said_once(linked: Any, qtbot: Any) -> None:
    use_lock(linked, CompanionMissing("local", "showing who is editing a post"))
    said: list[str] = []
    linked.features.site_ui.review.presence._say = said.append
    for name in ("linked", "other", "linked"):
        linked.features.controller.open_article(linked.root / name)
        linked.features.site_ui.review.presence.calls.wait(5000)
        qtbot.wait(20)
    qtbot.waitUntil(lambda: bool(said))
    assert len(said) == 1 and "companion plugin" in said[0]


def test_notes_panel_threads_notes_and_says_when_a_passage_is_gone(linked: Any, qtbot: Any) -> None:
    notes = [Note(1, 0, "Ed Itor", 2, "Source for this?", "names the source", "2026-12-07T09:00:00"),
             Note(2, 1, "Ana Writer", 3, "Added it.", "", "2026-12-07T09:05:00"),
             Note(3, 0, "Ed Itor", 2, "Cut this.", "a sentence that was deleted", "2026-12-07T09:06:00")]
    use_lock(linked, LockState(True, mine=True))
    use_notes(linked, FakeBackend(notes))
    linked.features.controller.open_article(linked.root / "linked")
    review = linked.features.site_ui.review
    linked.commands["notes_panel"].trigger()
    tree = review.panel.tree
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 2)
    first, second = tree.topLevelItem(0), tree.topLevelItem(1)
    assert first.childCount() == 1 and first.child(0).text(1) == "Ana Writer"
    assert first.text(2).startswith("line 3")
    assert second.text(2).startswith("passage gone")
    assert review.changes_requested() and "Changes requested" in review.panel.summary.text()


def test_a_note_written_offline_waits_in_the_outbox_and_goes_at_the_next_refresh(linked: Any, qtbot: Any) -> None:
    use_lock(linked, LockState(True, mine=True))
    backend = FakeBackend([], offline=True)
    use_notes(linked, backend)
    linked.features.controller.open_article(linked.root / "linked")
    review = linked.features.site_ui.review
    review.ask_text = lambda _title, _label: "Source for this figure?"
    review.add_note()
    qtbot.waitUntil(lambda: "wait to be sent" in review.panel.summary.text())
    outbox = NotesOutbox(linked.root, "local")
    assert [p.text for p in outbox.pending()] == ["Source for this figure?"]
    backend.offline = False
    review.refresh_notes()
    qtbot.waitUntil(lambda: review.panel.tree.topLevelItemCount() == 1)
    assert outbox.pending() == [] and [n.text for n in backend.added] == ["Source for this figure?"]


def test_compare_offers_the_review_actions_one_click_each(qtbot: Any) -> None:
    dialog = CompareDialog([FieldDiff("Body", [("equal", "same", "same")])], "a", "local")
    qtbot.addWidget(dialog)
    dialog.offer_review(True, True)
    with qtbot.waitSignal(dialog.approveRequested):
        dialog.review_buttons["compareApprove"].click()
    assert set(dialog.review_buttons) == {"compareApprove", "compareRequestChanges", "compareTakeSite",
                                          "compareMerge"}


def test_compare_of_a_post_not_open_offers_no_take_or_merge(qtbot: Any) -> None:
    dialog = CompareDialog([], "a", "local")
    qtbot.addWidget(dialog)
    dialog.offer_review(True, False)
    assert set(dialog.review_buttons) == {"compareApprove", "compareRequestChanges"}


def test_restoring_a_revision_keeps_everything_but_title_and_body(qtbot: Any) -> None:
    local = Article(meta={"title": "Mine", "tags": ["x"], "remote": {"local": {"post_id": 7}}}, body="My text.\n")
    theirs = Article(meta={"title": "Theirs"}, body="Their text.\n")
    revision = SiteRevision(Revision(9, "Ed Itor", "2026-12-07T08:00:00", "Theirs", "<p>Their text.</p>"), theirs,
                            [FieldDiff("Body", [("replace", "My", "Their")])])
    dialog = RevisionsDialog("local", [revision])
    qtbot.addWidget(dialog)
    assert "Ed Itor" in dialog.list.item(0).text()
    dialog.restoreButton.click()
    assert dialog.restored is revision
    merged = restored_article(local, dialog.restored.article)
    assert (merged.title, merged.body, merged.tags) == ("Theirs", "Their text.\n", ["x"])
    assert merged.remote_for("local") == {"post_id": 7}


class PostingClient(FakeClient):
    def __init__(self) -> None:
        super().__init__("pending")
        self.sent: list[dict[str, Any]] = []

    def post(self, path: str, body: dict[str, Any], op: Any = None) -> dict[str, Any]:
        self.sent.append(body)
        return {"id": 7, "status": body["status"], "date_gmt": "2026-12-07T10:00:00"}


def test_request_changes_on_the_selection_sends_the_note_with_its_passage_and_drafts_the_post(
    linked: Any, qtbot: Any
) -> None:
    use_lock(linked, LockState(True, mine=True))
    backend, client = FakeBackend([]), PostingClient()
    review = linked.features.site_ui.review
    review.client_for = lambda site: client
    review.backend_for = lambda _client: backend
    linked.features.controller.open_article(linked.root / "linked")
    cursor = linked.editor.textCursor()
    start = linked.editor.toPlainText().index("names the source")
    cursor.setPosition(start)
    cursor.setPosition(start + len("names the source"), cursor.MoveMode.KeepAnchor)
    linked.editor.setTextCursor(cursor)
    review.ask_text = lambda _title, _label: "Which source?"
    linked.commands["review_request_changes"].trigger()
    qtbot.waitUntil(lambda: bool(client.sent))
    assert client.sent == [{"status": "draft"}]
    assert [(n.text, n.quote) for n in backend.added] == [("Which source?", "names the source")]


def test_request_changes_without_a_note_sends_nothing(linked: Any, qtbot: Any) -> None:
    use_lock(linked, LockState(True, mine=True))
    client = PostingClient()
    review = linked.features.site_ui.review
    review.client_for = lambda site: client
    linked.features.controller.open_article(linked.root / "linked")
    review.ask_text = lambda _title, _label: None
    review.request_changes_open()
    review.calls.wait(2000)
    assert client.sent == []


def _site_post(post_id: int, status: str) -> Any:
    from sr_editor.publish.sync.site_review import SitePost

    return SitePost(post_id, f"Post {post_id}", "Ana Writer", "2026-12-07T09:00:00", "2026-12-07T09:00:00", status,
                    (), 0, 0, "recent")


def test_the_site_panel_shows_a_draft_with_an_open_note_as_changes_requested(qtbot: Any) -> None:
    from sr_editor.gui.site.site_panel import SitePanel

    panel = SitePanel()
    qtbot.addWidget(panel)
    panel.set_posts([_site_post(7, "draft"), _site_post(8, "draft")], {7})
    shown = {panel.model.item(r, 0).text(): panel.model.item(r, 3).text() for r in range(panel.model.rowCount())}
    assert shown == {"Post 7": "Changes requested", "Post 8": "Draft"}


def test_only_drafts_with_an_open_thread_count_as_changes_requested() -> None:
    notes = [Note(1, 0, "Ed Itor", 2, "Source?", "", "2026-12-07T09:00:00")]
    from sr_editor.gui.site.review_ui import drafts_with_open_notes

    posts = [_site_post(7, "draft"), _site_post(8, "pending")]
    assert drafts_with_open_notes(lambda _client: FakeBackend(notes), FakeClient(), posts) == {7}


def test_a_note_the_site_refuses_is_kept_and_its_sentence_shown(linked: Any, qtbot: Any) -> None:
    class Refusing(FakeBackend):
        def add(self, post_id: int, text: str, **kw: Any) -> Note:
            raise errors.PublishError("The post was deleted on local.")

    use_lock(linked, LockState(True, mine=True))
    use_notes(linked, Refusing([]))
    linked.features.controller.open_article(linked.root / "linked")
    review = linked.features.site_ui.review
    review.ask_text = lambda _title, _label: "Keep me"
    review.add_note()
    qtbot.waitUntil(lambda: "refused" in review.panel.summary.text())
    assert "The post was deleted on local." in review.panel.summary.text()
    assert [p.text for p in NotesOutbox(linked.root, "local").pending()] == ["Keep me"]


def _notes_shown(linked: Any, qtbot: Any, notes: list[Note]) -> Any:
    use_lock(linked, LockState(True, mine=True))
    use_notes(linked, FakeBackend(notes))
    linked.features.controller.open_article(linked.root / "linked")
    review = linked.features.site_ui.review
    linked.commands["notes_panel"].trigger()
    threads = sum(1 for note in notes if not note.parent)
    qtbot.waitUntil(lambda: review.panel.tree.topLevelItemCount() == threads)
    return review


def test_an_open_notes_passage_is_highlighted_in_the_editor_and_a_gone_or_resolved_one_is_not(
    linked: Any, qtbot: Any
) -> None:
    notes = [Note(1, 0, "Ed Itor", 2, "Source for this?", "names the source", "2026-12-07T09:00:00"),
             Note(3, 0, "Ed Itor", 2, "Cut this.", "a sentence that was deleted", "2026-12-07T09:06:00"),
             Note(4, 0, "Ed Itor", 2, "Fine now.", "Crowds filled the streets", "2026-12-07T09:07:00"),
             Note(5, 4, "Ed Itor", 2, "", "", "2026-12-07T09:08:00", "resolved")]
    review = _notes_shown(linked, qtbot, notes)
    text = linked.editor.toPlainText()
    [(note_id, start, end)] = review.marks.marks()
    assert note_id == 1 and text[start:end] == "names the source"
    assert "passage gone" in review.panel.tree.topLevelItem(1).text(0)


def test_a_highlight_follows_its_passage_while_the_writer_types(linked: Any, qtbot: Any) -> None:
    review = _notes_shown(linked, qtbot, [Note(1, 0, "Ed Itor", 2, "Source?", "names the source",
                                               "2026-12-07T09:00:00")])
    cursor = linked.editor.textCursor()
    cursor.setPosition(0)
    linked.editor.setTextCursor(cursor)
    qtbot.keyClicks(linked.editor, "New start. ")
    [(_, start, end)] = review.marks.marks()
    assert linked.editor.toPlainText()[start:end] == "names the source"


def test_clicking_a_highlighted_passage_shows_its_note_in_the_notes_panel(linked: Any, qtbot: Any) -> None:
    notes = [Note(1, 0, "Ed Itor", 2, "Crowds?", "Crowds filled the streets", "2026-12-07T09:00:00"),
             Note(2, 0, "Ed Itor", 2, "Source for this?", "names the source", "2026-12-07T09:01:00")]
    review = _notes_shown(linked, qtbot, notes)
    review.panel.tree.setCurrentItem(review.panel.tree.topLevelItem(0))
    review.dock.hide()
    [start] = [s for note_id, s, _e in review.marks.marks() if note_id == 2]
    cursor = linked.editor.textCursor()
    cursor.setPosition(start + 3)
    point = linked.editor.cursorRect(cursor).center()
    qtbot.mouseClick(linked.editor.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert review.dock.isVisible() and review.panel.selected_note() == 2


def test_highlights_leave_other_extra_selections_alone(linked: Any, qtbot: Any) -> None:
    review = _notes_shown(linked, qtbot, [Note(1, 0, "Ed Itor", 2, "Source?", "names the source",
                                               "2026-12-07T09:00:00")])
    other = QTextEdit.ExtraSelection()
    other.cursor = linked.editor.textCursor()
    linked.editor.setExtraSelections([*linked.editor.extraSelections(), other])
    review.marks.clear()
    assert len(linked.editor.extraSelections()) == 1 and review.marks.marks() == []
