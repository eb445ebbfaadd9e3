"""Notes: threads built from the site's flat list, and the outbox that sends each note exactly once."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sr_editor.publish import errors
from sr_editor.publish.review.notes import Note, threads
from sr_editor.publish.review.outbox import NotesOutbox


def note(id: int, parent: int = 0, text: str = "t", status: str = "", date: str = "") -> Note:
    return Note(id, parent, "Ed", 2, text, "", date or f"2026-12-07T10:00:{id:02d}", status)


def test_replies_join_their_thread_and_the_last_status_decides() -> None:
    found = threads([note(1), note(2, 1, "reply"), note(3, 2, "reply to reply"), note(4, 1, "", "resolved"),
                     note(5, 1, "", "reopen"), note(6, text="second")])
    assert [t.note.id for t in found] == [1, 6]
    assert [r.text for r in found[0].replies] == ["reply", "reply to reply"]
    assert found[0].resolved is False


def test_a_resolved_thread_reads_resolved() -> None:
    assert threads([note(1), note(2, 1, "", "resolved")])[0].resolved is True


def test_a_reply_whose_parent_is_unknown_starts_its_own_thread() -> None:
    assert [t.note.id for t in threads([note(7, 99, "orphan")])] == [7]


def test_a_cycle_of_parents_does_not_hang() -> None:
    assert threads([note(1, 2), note(2, 1)]) == []


class Backend:
    def __init__(self, fail: Exception | None = None) -> None:
        self.fail = fail
        self.sent: list[tuple[int, str, str]] = []

    def list(self, post_id: int) -> list[Note]:
        return []

    def add(self, post_id: int, text: str, *, quote: str = "", parent: int = 0, status: str = "",
            client_id: str = "") -> Note:
        if self.fail is not None:
            raise self.fail
        self.sent.append((post_id, text, client_id))
        return note(len(self.sent), parent, text, status)


def test_a_queued_note_is_sent_once_and_leaves_the_outbox(workspace_dir: Path) -> None:
    outbox, backend = NotesOutbox(workspace_dir, "site"), Backend()
    outbox.queue(5, "Source?", quote="40 per cent")
    assert [n.text for n in outbox.send(backend)[0]] == ["Source?"]
    assert outbox.send(backend) == ([], []) and len(backend.sent) == 1 and outbox.pending() == []


def test_an_unreachable_site_keeps_the_note_for_next_time(workspace_dir: Path) -> None:
    outbox = NotesOutbox(workspace_dir, "site")
    outbox.queue(5, "Later.")
    assert outbox.send(Backend(errors.SiteUnreachable("site"))) == ([], [])
    assert [p.text for p in outbox.pending()] == ["Later."]


def test_a_refused_note_is_kept_with_the_sites_sentence(workspace_dir: Path) -> None:
    outbox = NotesOutbox(workspace_dir, "site")
    outbox.queue(5, "To a deleted post.")
    _sent, refused = outbox.send(Backend(errors.NotFound("site", "such post")))
    assert refused[0].text == "To a deleted post." and "no such post" in refused[0].refused
    assert outbox.pending()[0].refused  # still there, not retried blindly
    outbox.forget(refused[0].client_id)
    assert outbox.pending() == []


def test_the_client_id_travels_with_every_attempt(workspace_dir: Path) -> None:
    outbox = NotesOutbox(workspace_dir, "site")
    queued = outbox.queue(5, "Once.")
    outbox.send(Backend(errors.SiteTimeout("site", 1.0)))
    backend = Backend()
    outbox.send(backend)
    assert backend.sent == [(5, "Once.", queued.client_id)]


@pytest.mark.parametrize("content", ["{not json", json.dumps({"a": 1}), json.dumps([1, "x", {"post_id": "5"},
                                     {"post_id": 5, "text": "ok", "status": "evil"}])])
def test_a_broken_outbox_file_reads_as_empty_and_never_raises(workspace_dir: Path, content: str) -> None:
    outbox = NotesOutbox(workspace_dir, "site")
    outbox.path.parent.mkdir(parents=True)
    outbox.path.write_text(content)
    assert outbox.pending() == []


def test_site_names_never_make_the_outbox_leave_the_state_folder(workspace_dir: Path) -> None:
    outbox = NotesOutbox(workspace_dir, "../../etc/passwd\x00")
    assert outbox.path.parent == workspace_dir / ".sr-editor" / "notes"
