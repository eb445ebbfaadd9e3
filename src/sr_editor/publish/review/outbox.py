"""Notes written offline: queued in the workspace's state folder, sent in order when the site answers, each
exactly once (a client id the site remembers). A refusal (a deleted post, a withdrawn right) is kept with its
sentence, never dropped, so the writer can see it and copy the text elsewhere."""

from __future__ import annotations

import contextlib
import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from sr_editor.core.digest import sha256_hex
from sr_editor.core.storage.atomicfile import atomic_write_bytes
from sr_editor.core.storage.store import STATE_DIR
from sr_editor.publish import errors
from sr_editor.publish.review.notes import STATUSES, Note, NotesBackend

OFFLINE = (errors.SiteUnreachable, errors.SiteTimeout, errors.RequestCancelled, errors.ServerError)


@dataclass
class PendingNote:
    post_id: int
    text: str
    quote: str = ""
    parent: int = 0
    status: str = ""
    client_id: str = ""
    refused: str = ""  # the site's refusal, as a sentence; "" while it may still be sent

    @classmethod
    def from_json(cls, data: Any) -> PendingNote | None:
        if not isinstance(data, dict):
            return None
        values = {
            "post_id": data.get("post_id"), "text": data.get("text"), "quote": data.get("quote", ""),
            "parent": data.get("parent", 0), "status": data.get("status", ""),
            "client_id": data.get("client_id", ""), "refused": data.get("refused", ""),
        }
        ints = ("post_id", "parent")
        if any(type(values[k]) is not int for k in ints) or any(not isinstance(values[k], str)
                                                                 for k in values if k not in ints):
            return None
        pending = cls(**values)  # type: ignore[arg-type]
        return pending if pending.post_id > 0 and pending.status in ("", *STATUSES) else None


class NotesOutbox:
    """One site's queue of notes in `<workspace>/.sr-editor/notes/outbox-<hash of the site name>.json`."""

    def __init__(self, workspace: Path, site: str) -> None:
        name = sha256_hex(site.encode("utf-8", "surrogatepass"))[:16]
        self.path = workspace / STATE_DIR / "notes" / f"outbox-{name}.json"

    def pending(self) -> list[PendingNote]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return []
        except (OSError, ValueError):
            return []  # a broken file is not ours to guess at; it is replaced by the next write
        items = data if isinstance(data, list) else []
        return [p for p in (PendingNote.from_json(item) for item in items) if p is not None]

    def _write(self, items: list[PendingNote]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        data = json.dumps([asdict(item) for item in items], ensure_ascii=False, indent=1).encode("utf-8")
        atomic_write_bytes(self.path, data)

    def queue(self, post_id: int, text: str, *, quote: str = "", parent: int = 0, status: str = "") -> PendingNote:
        import uuid  # for a note written offline, not with the Site panel at start-up

        item = PendingNote(post_id, text, quote, parent, status, str(uuid.uuid4()))
        self._write([*self.pending(), item])
        return item

    def send(self, backend: NotesBackend) -> tuple[list[Note], list[PendingNote]]:
        """Send what may be sent, in order; stops at the first sign the site is out of reach. Answers what landed
        and what the site refused (kept, with the sentence)."""
        items = self.pending()
        sent: list[Note] = []
        for item in list(items):
            if item.refused:
                continue
            try:
                note = backend.add(item.post_id, item.text, quote=item.quote, parent=item.parent,
                                   status=item.status, client_id=item.client_id)
            except OFFLINE:
                break
            except errors.PublishError as exc:
                item.refused = str(exc)
                self._write(items)
                continue
            sent.append(note)
            items.remove(item)
            self._write(items)
        return sent, [item for item in items if item.refused]

    def forget(self, client_id: str) -> None:
        """Drop one refused note, once the writer has read its sentence."""
        with contextlib.suppress(OSError):
            self._write([item for item in self.pending() if item.client_id != client_id])
