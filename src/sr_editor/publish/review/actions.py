"""The editor's review actions on a post: approve (publish now or at a time) and request changes (a note to the
writer, and the post back to draft). Both are one request each to core REST, plus the note."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sr_editor.core.i18n import translate
from sr_editor.publish import errors
from sr_editor.publish.review.notes import Note, NotesBackend
from sr_editor.publish.review.outbox import NotesOutbox
from sr_editor.publish.wordpress.client import WordPressClient

SCHEDULE_MARGIN = timedelta(seconds=60)  # WordPress publishes at once a `future` post dated less than this ahead


@dataclass(frozen=True)
class ReviewResult:
    post_id: int
    status: str
    date_gmt: str
    note: Note | None = None


def _status_of(answer: dict[str, object], post_id: int, client: WordPressClient) -> ReviewResult:
    status, date = answer.get("status"), answer.get("date_gmt")
    if not isinstance(status, str):
        raise errors.UnexpectedAnswer(client.site_name, translate("UnexpectedAnswer", "the updated post"),
                                      translate("UnexpectedAnswer", "a post with a status"))
    return ReviewResult(post_id, status, date if isinstance(date, str) else "")


def approve(client: WordPressClient, post_id: int, at: datetime | None = None) -> ReviewResult:
    """Publish now, or schedule for `at` (an aware time; one less than a minute ahead publishes now)."""
    body: dict[str, object] = {"status": "publish"}
    if at is not None:
        if at.tzinfo is None:
            raise errors.PublishError(translate("Review", "The time {0} has no time zone; add one, e.g. +01:00.")
                                      .format(at.isoformat()))
        when = at.astimezone(UTC)
        if when > datetime.now(UTC) + SCHEDULE_MARGIN:
            body = {"status": "future", "date_gmt": when.strftime("%Y-%m-%dT%H:%M:%S")}
    answer = client.post(f"/wp/v2/posts/{int(post_id)}", body, op=errors.Operation.UPDATE_POST)
    return _status_of(answer, post_id, client)


def request_changes(client: WordPressClient, backend: NotesBackend | None, outbox: NotesOutbox, post_id: int,
                    text: str, quote: str = "") -> ReviewResult:
    """The note goes to the writer (queued first, so a cut connection loses nothing), then the post goes back to
    draft. Without any place for notes on the site the post still goes back, and the note waits in the outbox."""
    if not text.strip():
        raise errors.PublishError(translate("Review", "Requesting changes needs a note saying which."))
    outbox.queue(post_id, text.strip(), quote=quote)
    sent: list[Note] = []
    if backend is not None:
        sent, _refused = outbox.send(backend)
    answer = client.post(f"/wp/v2/posts/{int(post_id)}", {"status": "draft"}, op=errors.Operation.UPDATE_POST)
    result = _status_of(answer, post_id, client)
    mine = [note for note in sent if note.text == text.strip()]
    return ReviewResult(result.post_id, result.status, result.date_gmt, mine[-1] if mine else None)
