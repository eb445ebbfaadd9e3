"""What the queue window does, without widgets: the list, the filter, moving on, syncing; the writes, which
never hold up the next image, are `QueueWrites`' (queue_writes.py).
"""

from __future__ import annotations

import threading
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from sr_editor.core.alt.queue import AltItem, BadAltTextError, QueueFilter, check_typed_alt, is_local_id
from sr_editor.gui.alt.queue_writes import SAVED, SAVING, QueueWrites
from sr_editor.publish.alt.engine import AltEngine, SyncSummary
from sr_editor.services.publish.worker import BackgroundCalls

if TYPE_CHECKING:
    from sr_editor.services.document.document import ArticleDocument

SKIPPED = "skipped"


class QueueController(QObject):
    currentChanged = Signal()
    listChanged = Signal()
    itemStateChanged = Signal(str)  # item id
    message = Signal(str)
    progress = Signal(str, int, int)
    syncingChanged = Signal(bool)
    pictureReady = Signal(str)  # item id whose picture was just fetched

    def __init__(self, engine: AltEngine, document: ArticleDocument | None = None, parent: QObject | None = None
                 ) -> None:
        super().__init__(parent)
        self.engine = engine
        self.document = document  # the main window's, if any: an article open there is written through it
        self.writer = QueueWrites(engine, document, self._set_state, self.message.emit, self)
        self.writes = self.writer.writes  # the list is read on the writes' worker too (disk only)
        self.syncs = BackgroundCalls(self, threads=1)
        self.pictures = BackgroundCalls(self, threads=2)  # site images without a kept picture, fetched when shown
        self._asked: set[str] = set()
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

        def failed(exc: BaseException) -> None:
            self.loading = False
            self.message.emit(str(exc))

        self.writes.run(self.engine.items, self.set_items, failed)

    def set_items(self, items: list[AltItem]) -> None:
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

    def _picture_ready(self, item_id: str, path: object) -> None:
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
        if not self.writer.write(item, alt, decorative):
            return False
        self.skip()
        return True

    def _set_state(self, item_id: str, state: str, reason: str = "") -> None:
        self.states[item_id], self.reasons[item_id] = state, reason
        self.itemStateChanged.emit(item_id)

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

    def _synced(self, summaries: list[SyncSummary]) -> None:
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
        return self.writer.flush(msecs)

    def wait(self, msecs: int = 30_000) -> bool:
        """Tests: every write and send started and finished (their answers arrive through the event loop)."""
        from PySide6.QtCore import QCoreApplication

        self.flush(msecs)
        QCoreApplication.processEvents()  # a write's answer may start a send
        return self.writes.wait(msecs) and self.writer.sends.wait(msecs) and self.syncs.wait(msecs)
