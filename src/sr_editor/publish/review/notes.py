"""Notes between editor and writer on a post, threaded, tied to a passage, resolved and reopened.

Stored on the site so editors in wp-admin see them: through the companion plugin (any site), else WordPress 6.9's
own Notes (comments of type `note`, read and written through `wp/v2/comments`). Both keep a reply as a child note
and a resolve or reopen as a child note whose `_wp_note_status` is `resolved` or `reopen`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Protocol

from sr_editor.core.i18n import translate
from sr_editor.publish import errors
from sr_editor.publish.review.companion import NAMESPACE, companion_status
from sr_editor.publish.review.errors import NotesUnavailable
from sr_editor.publish.wordpress import answers
from sr_editor.publish.wordpress.client import WordPressClient

STATUSES = ("resolved", "reopen")
KINDS = ("", "changes_requested", "approved")
_QUOTE_LINE = re.compile(r"\A> ([^\n]*)\n\n")  # how a quote travels in the text of a core Note (no meta there)


@dataclass(frozen=True)
class Note:
    id: int
    parent: int
    author: str
    author_id: int
    text: str
    quote: str = ""
    date_gmt: str = ""
    status: str = ""  # "", "resolved" or "reopen": a status change, not words


@dataclass
class Thread:
    note: Note
    replies: list[Note] = field(default_factory=list)
    resolved: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.note.id, "author": self.note.author, "text": self.note.text, "quote": self.note.quote,
            "date_gmt": self.note.date_gmt, "resolved": self.resolved,
            "replies": [{"id": r.id, "author": r.author, "text": r.text, "date_gmt": r.date_gmt}
                        for r in self.replies],
        }


def _object(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _int(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def threads(notes: list[Note]) -> list[Thread]:
    """Notes as threads in the order they were written; a reply to a reply joins its thread, and the last status
    change decides whether a thread is resolved. Notes whose parent is unknown start their own thread."""
    by_id = {note.id: note for note in notes}
    roots: dict[int, Thread] = {}
    ordered = sorted(notes, key=lambda n: (n.date_gmt, n.id))
    for note in ordered:
        if note.parent == 0 or note.parent not in by_id:
            roots[note.id] = Thread(note)
    for note in ordered:
        if note.id in roots:
            continue
        top, seen = note, set()
        while top.parent in by_id and top.parent not in seen and top.id not in roots:
            seen.add(top.id)
            top = by_id[top.parent]
        thread = roots.get(top.id)
        if thread is None:
            continue
        if note.status in STATUSES:
            thread.resolved = note.status == "resolved"
        elif note.text:
            thread.replies.append(note)
    return list(roots.values())


class NotesBackend(Protocol):
    def list(self, post_id: int) -> list[Note]: ...

    def add(self, post_id: int, text: str, *, quote: str = "", parent: int = 0, status: str = "",
            client_id: str = "") -> Note: ...


class CompanionNotes:
    """Notes through the companion plugin; a client id makes a resent note land once."""

    def __init__(self, client: WordPressClient) -> None:
        self.client = client

    def _note(self, data: Any) -> Note:
        if not isinstance(data, dict):
            raise errors.UnexpectedAnswer(self.client.site_name, translate("UnexpectedAnswer", "a note"),
                                          translate("UnexpectedAnswer", "an object"))
        author = _object(data.get("author"))
        name = _text(author.get("name")) or translate("Notes", "a user who no longer exists")
        status = _text(data.get("status"))
        return Note(_int(data.get("id")), _int(data.get("parent")), name, _int(author.get("id")),
                    _text(data.get("content")), _text(data.get("quote")), _text(data.get("date_gmt")),
                    status if status in STATUSES else "")

    def list(self, post_id: int) -> list[Note]:
        found = self.client.get(f"{NAMESPACE}/posts/{int(post_id)}/notes", op=errors.Operation.UPDATE_POST)
        listed = answers.expect_objects(found, translate("Notes", "the notes"), self.client.site_name)
        return [self._note(item) for item in listed]

    def add(self, post_id: int, text: str, *, quote: str = "", parent: int = 0, status: str = "",
            client_id: str = "") -> Note:
        body = {"content": text, "quote": quote, "parent": parent, "status": status, "client_id": client_id}
        made = self.client.post(f"{NAMESPACE}/posts/{int(post_id)}/notes", body, op=errors.Operation.UPDATE_POST)
        return self._note(made)


class CoreNotes:
    """WordPress 6.9's own Notes. Core keeps no quote and no client id: the quote travels as the text's first line,
    and a note already on the site with the same author, parent and text is not sent again."""

    def __init__(self, client: WordPressClient) -> None:
        self.client = client

    def _note(self, data: dict[str, Any]) -> Note:
        content = _object(data.get("content"))
        raw = _text(content.get("raw")) or _text(content.get("rendered"))
        quoted = _QUOTE_LINE.match(raw)
        meta = _object(data.get("meta"))
        status = _text(meta.get("_wp_note_status"))
        return Note(_int(data.get("id")), _int(data.get("parent")), _text(data.get("author_name")),
                    _int(data.get("author")), raw[quoted.end():] if quoted else raw,
                    quoted.group(1) if quoted else "", _text(data.get("date_gmt")),
                    status if status in STATUSES else "")

    def list(self, post_id: int) -> list[Note]:
        params = {"post": int(post_id), "type": "note", "status": "all", "context": "edit", "per_page": 100}
        return [self._note(item) for item in self.client.get_list("/wp/v2/comments", params,
                                                                   what=translate("Notes", "the notes"))]

    def add(self, post_id: int, text: str, *, quote: str = "", parent: int = 0, status: str = "",
            client_id: str = "") -> Note:
        content = f"> {' '.join(quote.split())}\n\n{text}" if quote and not parent else text
        mine = self.client.user_id()
        for note in self.list(post_id):
            if note.author_id == mine and note.parent == parent and note.status == status and note.text == text:
                return note  # sent before a cut connection: the site already has it
        body: dict[str, Any] = {"post": int(post_id), "content": content, "type": "note", "parent": parent}
        if status:
            body["meta"] = {"_wp_note_status": status}
        return self._note(self.client.post("/wp/v2/comments", body, op=errors.Operation.UPDATE_POST))


def _version_at_least(version: str, wanted: tuple[int, int]) -> bool:
    numbers = [int(n) for n in re.findall(r"\d+", version)[:2]]
    return len(numbers) == 2 and (numbers[0], numbers[1]) >= wanted


def notes_backend(client: WordPressClient, wp_version: str = "") -> NotesBackend:
    """The companion plugin when the site has it, else 6.9's Notes; `NotesUnavailable` when neither."""
    info = companion_status(client)
    if info is not None and info.supported():
        return CompanionNotes(client)
    if not wp_version:
        from sr_editor.publish.wordpress.doctor import detect_wp_version

        wp_version = detect_wp_version(client)
    if _version_at_least(wp_version, (6, 9)):
        return CoreNotes(client)
    raise NotesUnavailable(client.site_name)
