"""Writing the queue's descriptions without holding up the next image.

A local description is written through the open document when its article is open in the editor (one undoable
edit, saved by autosave like any typing), else through the store on a worker (refused over an external change);
a site description goes to the outbox on disk, then out on a worker of its own (it may wait on the network).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from sr_editor.core.alt.queue import FEATURED, AltItem, apply_alt, is_local_id, parse_local_id
from sr_editor.core.alt.state import WAITING
from sr_editor.core.errors import SrEditorError
from sr_editor.publish.alt.engine import AltEngine, SetResult
from sr_editor.services.publish.worker import BackgroundCalls

if TYPE_CHECKING:
    from sr_editor.services.document.document import ArticleDocument

SAVING, SAVED = "saving", "saved"
WORK_DELAY_MS = 60

SetState = Callable[[str, str, str], None]  # item id, state, reason


class QueueWrites(QObject):
    """The writes of one queue window; each item's state and each sentence go back through `set_state` and
    `say`."""

    def __init__(self, engine: AltEngine, document: ArticleDocument | None, set_state: SetState,
                 say: Callable[[str], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine, self.document = engine, document
        self._set_state, self._say = set_state, say
        self.writes = BackgroundCalls(self, threads=1)  # article saves and the outbox: quick, disk only
        self.sends = BackgroundCalls(self, threads=1)  # descriptions to the site: may wait on the network
        self._delayed: list[Callable[[], None]] = []
        self._delay = QTimer(self)
        self._delay.setSingleShot(True)
        self._delay.setInterval(WORK_DELAY_MS)
        self._delay.timeout.connect(self._start_delayed)

    def write(self, item: AltItem, alt: str, decorative: bool) -> bool:
        """Write a checked description; False when the open article refused it (the sentence is said)."""
        if self._open_in_editor(item):
            return self._write_open_document(item, alt, decorative)
        self._set_state(item.id, SAVING, "")
        # Started after the next image is painted (a Python worker competes for the GIL with the paint);
        # `flush` starts it at once when the app quits.
        self._delayed.append(lambda: self._start_write(item.id, alt, decorative))
        self._delay.start()
        return True

    def _open_in_editor(self, item: AltItem) -> bool:
        doc = self.document
        if doc is None or doc.bundle is None or not is_local_id(item.id):
            return False
        target = parse_local_id(self.engine.store.root, item.id)
        return bool(Path(doc.bundle).resolve() == target.bundle.resolve())

    def _write_open_document(self, item: AltItem, alt: str, decorative: bool) -> bool:
        """One undoable edit in the open article (the editor's undo takes it back); autosave writes it."""
        doc = self.document
        assert doc is not None
        if doc.read_only:
            self._say(QCoreApplication.translate(  # the queue's sentences, in the catalogue under its name
                "QueueController", "The article is open read-only (it could not be read safely); "
                "fix it before describing its images."))
            return False
        target = parse_local_id(self.engine.store.root, item.id)
        try:
            changed = apply_alt(doc.article(), target.key, " ".join(alt.split()), decorative)
        except SrEditorError as error:
            self._say(str(error))
            return False
        self._set_state(item.id, SAVED, "")
        if target.key == FEATURED:  # front matter has no undo stack in the editor; autosave writes it
            doc.set_featured_image(changed.featured_image)
            self._say(QCoreApplication.translate("QueueController", "Written into the open article's featured image."))
        else:
            doc.replace_body(changed.body.replace("\r\n", "\n"))
            self._say(QCoreApplication.translate("QueueController",
                                                 "Written into the open article (Edit ▸ Undo takes it back)."))
        return True

    def _start_delayed(self) -> None:
        jobs, self._delayed = self._delayed, []
        for job in jobs:
            job()

    def _start_write(self, item_id: str, alt: str, decorative: bool) -> None:
        """Keep it first (article, or outbox on disk), then send a site description on its own worker."""
        self.writes.run(lambda: self.engine.set_alt(item_id, alt, decorative, send=False),
                        lambda result: self._written(item_id, result), lambda exc: self._write_failed(item_id, exc))

    def _written(self, item_id: str, result: object) -> None:
        assert isinstance(result, SetResult)
        if result.state == WAITING:
            self._set_state(item_id, WAITING, "")
            self.sends.run(lambda: self.engine.send_item(item_id), lambda sent: self._sent(item_id, sent),
                           lambda exc: self._write_failed(item_id, exc))
            return
        self._set_state(item_id, SAVED, "")
        self._say(" ".join(result.messages))

    def _sent(self, item_id: str, result: object) -> None:
        assert isinstance(result, SetResult)
        said = result.state in ("failed", WAITING)  # waiting after a send: a post refused it, said until it succeeds
        self._set_state(item_id, result.state, " ".join(result.messages) if said else "")
        self._say(" ".join(result.messages))

    def _write_failed(self, item_id: str, exc: BaseException) -> None:
        self._set_state(item_id, "failed", str(exc))
        self._say(str(exc))

    def flush(self, msecs: int = 10_000) -> bool:
        """Quitting: start the writes still waiting for their delay and join them, so nothing typed is lost."""
        self._delay.stop()
        self._start_delayed()
        return self.writes.wait(msecs)
