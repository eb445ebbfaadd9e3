"""What the queue window does, without widgets: the list, the filter, moving on, writing, syncing.

Writes never hold up the next image: a site description goes to the outbox (and out, when online) on a worker;
a local one is written through the open document when the article is open in the editor (one undoable edit,
saved by autosave like any typing), else through the store on a worker (refused over an external change).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from sr_editor.core.alt.queue import (
    FEATURED,
    AltItem,
    BadAltTextError,
    QueueFilter,
    apply_alt,
    check_typed_alt,
    is_local_id,
    parse_local_id,
)
from sr_editor.core.alt.state import WAITING
from sr_editor.core.errors import SrEditorError
from sr_editor.publish.alt.engine import AltEngine, SetResult, SyncSummary
from sr_editor.services.publish.worker import BackgroundCalls

SAVING, SAVED, SKIPPED = "saving", "saved", "skipped"
WORK_DELAY_MS = 60


class QueueController(QObject):
    currentChanged = Signal()
    listChanged = Signal()
    itemStateChanged = Signal(str)  # item id
    message = Signal(str)
    progress = Signal(str, int, int)
    syncingChanged = Signal(bool)
    pictureReady = Signal(str)  # item id whose picture was just fetched

    def __init__(self, engine: AltEngine, document: Any = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.document = document  # services.document.ArticleDocument of the main window, if any
        self.writes = BackgroundCalls(self, threads=1)  # article saves and the outbox: quick, disk only
        self.sends = BackgroundCalls(self, threads=1)  # descriptions to the site: may wait on the network
        self.syncs = BackgroundCalls(self, threads=1)
        self.pictures = BackgroundCalls(self, threads=2)  # site images without a kept picture, fetched when shown
        self._asked: set[str] = set()
        self._delayed: list[Callable[[], None]] = []
        self._delay = QTimer(self)
        self._delay.setSingleShot(True)
        self._delay.setInterval(WORK_DELAY_MS)
        self._delay.timeout.connect(self._start_delayed)
        self.items: list[AltItem] = []
        self.visible: list[AltItem] = []
        self.filter = QueueFilter()
        self.position = 0
        self.history: list[int] = []
        self.states: dict[str, str] = {}  # item id -> SAVING, SAVED, waiting, sent, failed
        self.reasons: dict[str, str] = {}
        self._cancel = threading.Event()
        self.loading = False

    # ----- the list -----------------------------------------------------------------------------------------------
    def reload(self) -> None:
        self.loading = True
        self.writes.run(self.engine.items, self._loaded, self._failed)

    def set_items(self, items: list[AltItem]) -> None:
        self._loaded(items)

    def _loaded(self, items: Any) -> None:
        keep = self.current()
        self.loading = False
        self.items = list(items)
        for item in self.items:
            if item.state and item.id not in self.states:
                self.states[item.id], self.reasons[item.id] = item.state, item.state_reason
        self._refilter(keep.id if keep else None)

    def set_filter(self, queue_filter: QueueFilter) -> None:
        keep = self.current()
        self.filter = queue_filter
        self._refilter(keep.id if keep else None)

    def _refilter(self, keep_id: str | None) -> None:
        self.visible = [i for i in self.items if self.filter.accepts(i)]
        ids = [i.id for i in self.visible]
        self.position = ids.index(keep_id) if keep_id in ids else self._next_open(-1)
        self.history.clear()
        self.listChanged.emit()
        self.currentChanged.emit()

    def current(self) -> AltItem | None:
        return self.visible[self.position] if 0 <= self.position < len(self.visible) else None

    def upcoming(self, count: int = 3) -> list[AltItem]:
        found: list[AltItem] = []
        index = self.position
        while len(found) < count:
            index = self._next_open(index)
            if index >= len(self.visible):
                break
            found.append(self.visible[index])
        return found

    def is_open(self, item: AltItem) -> bool:
        return self.states.get(item.id) not in (SAVING, SAVED, "waiting", "sent")

    def left(self) -> int:
        return sum(1 for i in self.visible if self.is_open(i))

    def total(self) -> int:
        return len(self.visible)

    def _next_open(self, index: int) -> int:
        for candidate in range(index + 1, len(self.visible)):
            if self.is_open(self.visible[candidate]):
                return candidate
        return len(self.visible)

    def fetch_pictures(self, items: list[AltItem]) -> None:
        """Site images shown (or about to be) without a kept picture: fetch them when online."""
        for item in items:
            if item.image or item.media_id is None or item.id in self._asked or is_local_id(item.id):
                continue
            self._asked.add(item.id)
            self._fetch_picture(item.id, item.source, item.media_id)

    def _fetch_picture(self, item_id: str, site: str, media_id: int) -> None:
        self.pictures.run(lambda: self.engine.picture(site, media_id),
                          lambda path: self._picture_ready(item_id, path),
                          lambda _exc: self._asked.discard(item_id))  # offline: asked again when shown again

    def _picture_ready(self, item_id: str, path: Any) -> None:
        if not path:
            return
        self.items = [replace(i, image=str(path)) if i.id == item_id else i for i in self.items]
        self.visible = [replace(i, image=str(path)) if i.id == item_id else i for i in self.visible]
        self.pictureReady.emit(item_id)

    # ----- moving -------------------------------------------------------------------------------------------------
    def skip(self) -> None:
        item = self.current()
        if item is None:
            return
        self.history.append(self.position)
        self.position = self._next_open(self.position)
        self.currentChanged.emit()

    def back(self) -> None:
        if self.history:
            self.position = self.history.pop()
            self.currentChanged.emit()

    # ----- writing ------------------------------------------------------------------------------------------------
    def save(self, alt: str, decorative: bool = False) -> bool:
        """Write the description (or the decorative mark) and move on; False when nothing could be written."""
        item = self.current()
        if item is None:
            return False
        if not decorative and not alt.strip():
            self.message.emit(self.tr("Type a description, or mark the image decorative (Ctrl+D)."))
            return False
        if not item.fixable:
            self.message.emit(item.reason)
            return False
        try:
            check_typed_alt("" if decorative else alt)
        except BadAltTextError as error:  # refused before anything is written; the text stays in the field
            self.message.emit(str(error))
            return False
        if self._open_in_editor(item):
            if not self._write_open_document(item, alt, decorative):
                return False
        else:
            self._set_state(item.id, SAVING)
            # Started after the next image is painted (a Python worker competes for the GIL with the paint);
            # `flush` starts it at once when the app quits.
            self._delayed.append(lambda: self._start_write(item.id, alt, decorative))
            self._delay.start()
        self.skip()
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
        if doc.read_only:
            self.message.emit(self.tr("The article is open read-only (it could not be read safely); "
                                      "fix it before describing its images."))
            return False
        target = parse_local_id(self.engine.store.root, item.id)
        try:
            changed = apply_alt(doc.article(), target.key, " ".join(alt.split()), decorative)
        except SrEditorError as error:
            self.message.emit(str(error))
            return False
        self._set_state(item.id, SAVED)
        if target.key == FEATURED:  # front matter has no undo stack in the editor; autosave writes it
            doc.set_featured_image(changed.featured_image)
            self.message.emit(self.tr("Written into the open article's featured image."))
        else:
            doc.replace_body(changed.body.replace("\r\n", "\n"))
            self.message.emit(self.tr("Written into the open article (Edit ▸ Undo takes it back)."))
        return True

    def _start_delayed(self) -> None:
        jobs, self._delayed = self._delayed, []
        for job in jobs:
            job()

    def _start_write(self, item_id: str, alt: str, decorative: bool) -> None:
        """Keep it first (article, or outbox on disk), then send a site description on its own worker."""
        self.writes.run(lambda: self.engine.set_alt(item_id, alt, decorative, send=False),
                        lambda result: self._written(item_id, result), lambda exc: self._write_failed(item_id, exc))

    def _written(self, item_id: str, result: Any) -> None:
        assert isinstance(result, SetResult)
        if result.state == WAITING:
            self._set_state(item_id, WAITING)
            self.sends.run(lambda: self.engine.send_item(item_id), lambda sent: self._sent(item_id, sent),
                           lambda exc: self._write_failed(item_id, exc))
            return
        self._set_state(item_id, SAVED)
        self.message.emit(" ".join(result.messages))

    def _sent(self, item_id: str, result: Any) -> None:
        assert isinstance(result, SetResult)
        said = result.state in ("failed", WAITING)  # waiting after a send: a post refused it, said until it succeeds
        self._set_state(item_id, result.state, " ".join(result.messages) if said else "")
        self.message.emit(" ".join(result.messages))

    def _write_failed(self, item_id: str, exc: BaseException) -> None:
        self._set_state(item_id, "failed", str(exc))
        self.message.emit(str(exc))

    def _set_state(self, item_id: str, state: str, reason: str = "") -> None:
        self.states[item_id], self.reasons[item_id] = state, reason
        self.itemStateChanged.emit(item_id)

    def _failed(self, exc: BaseException) -> None:
        self.loading = False
        self.message.emit(str(exc))

    # ----- syncing ------------------------------------------------------------------------------------------------
    def sync(self, sites: list[str]) -> None:
        if self.syncs.busy or not sites:
            return
        self._cancel.clear()
        self.syncingChanged.emit(True)

        def work() -> list[SyncSummary]:
            return [self.engine.sync(site, self.progress.emit, self._cancel.is_set) for site in sites]

        self.syncs.run(work, self._synced, self._sync_failed)

    def cancel_sync(self) -> None:
        self._cancel.set()

    def _synced(self, summaries: Any) -> None:
        self.syncingChanged.emit(False)
        parts = [self.tr("%1: %2 sent, %3 failed").replace("%1", s.site).replace("%2", str(len(s.sent)))
                 .replace("%3", str(len(s.failed))) for s in summaries]
        for summary in summaries:
            for entry in summary.sent:
                self.states[entry.item_id] = "sent"
        self.message.emit("; ".join(parts))
        self.reload()

    def _sync_failed(self, exc: BaseException) -> None:
        self.syncingChanged.emit(False)
        self.message.emit(str(exc))
        self.reload()

    def flush(self, msecs: int = 10_000) -> bool:
        """Quitting: start the writes still waiting for their delay and join them, so nothing typed is lost."""
        self._delay.stop()
        self._start_delayed()
        return self.writes.wait(msecs)

    def wait(self, msecs: int = 30_000) -> bool:
        """Tests: every write and send started and finished (their answers arrive through the event loop)."""
        from PySide6.QtCore import QCoreApplication

        self.flush(msecs)
        QCoreApplication.processEvents()  # a write's answer may start a send
        return self.writes.wait(msecs) and self.sends.wait(msecs) and self.syncs.wait(msecs)
