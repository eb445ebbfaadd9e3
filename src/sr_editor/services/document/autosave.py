"""Autosave and recovery snapshots for the open article, with saves on a worker thread.

An atomic save with fsync can take longer than a frame, so idle saves run on one worker thread (one in flight,
in order). Switching article and quitting save synchronously, because data must never depend on a thread that
may not finish. A file changed on disk is never overwritten: the save stops and `externalChange` asks the window.
"""

from __future__ import annotations

import contextlib
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from sr_editor.core.article.article import Article
from sr_editor.core.article.frontmatter import serialize_article
from sr_editor.core.digest import sha256_hex
from sr_editor.core.errors import ExternalChangeError, SrEditorError
from sr_editor.core.i18n import translate
from sr_editor.core.storage.atomicfile import atomic_write_bytes
from sr_editor.core.storage.store import INDEX_NAME
from sr_editor.services.document.document import ArticleDocument, edited_text

SNAPSHOT_DELAY_MS = 1000
# While typing goes on, the idle timers keep restarting; these caps make a snapshot (and an autosave) happen
# anyway, so a crash during steady typing costs at most about SNAPSHOT_MAX_INTERVAL_MS of text.
SNAPSHOT_MAX_INTERVAL_MS = 1500
AUTOSAVE_MAX_INTERVAL_MS = 10_000


class SaveStore(Protocol):
    def save(self, bundle: Path, article: Article, expected_hash: str | None, reason: str = "save") -> str: ...


class RecoveryTarget(Protocol):
    def store(self, bundle: Path, text: str, base_hash: str | None) -> Any: ...
    def discard(self, bundle: Path) -> Any: ...


@dataclass
class _SaveJob:
    bundle: Path
    article: Article
    expected_hash: str | None
    future: Future[str] | None = None


class AutosaveService(QObject):
    """Saves the document after an idle pause, on demand and synchronously on switch/quit."""

    saved = Signal(object)  # bundle Path
    saveFailed = Signal(str)  # one sentence for the status bar / banner
    externalChange = Signal(object)  # bundle Path whose file changed on disk; saving is paused
    _job_finished = Signal()
    _snapshot_failed = Signal(object, object)  # bundle Path, the error (from the worker thread)

    def __init__(
        self,
        document: ArticleDocument,
        store: SaveStore,
        recovery: RecoveryTarget | None,
        delay_ms: int = 1000,
        enabled: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._document, self._store, self._recovery = document, store, recovery
        self.enabled = enabled
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="autosave")
        self._job: _SaveJob | None = None
        self._again = False
        # the bundle whose save hit an external change ("Decide later"): no timed save of it until the writer saves,
        # the file changes again, or it is reloaded or overwritten knowingly
        self.waiting_for: Path | None = None
        self._paused = 0  # > 0 while the window asks the writer something about this file
        self._held = False  # timed saves held while a publish writes the front matter
        self._idle = QTimer(self, singleShot=True, interval=delay_ms)
        self._idle.timeout.connect(self.save_soon)
        self._idle_cap = QTimer(self, singleShot=True, interval=max(delay_ms, AUTOSAVE_MAX_INTERVAL_MS))
        self._idle_cap.timeout.connect(self.save_soon)
        self._snapshot = QTimer(self, singleShot=True, interval=SNAPSHOT_DELAY_MS)
        self._snapshot.timeout.connect(self.snapshot_soon)
        self._snapshot_cap = QTimer(self, singleShot=True, interval=SNAPSHOT_MAX_INTERVAL_MS)
        self._snapshot_cap.timeout.connect(self.snapshot_soon)
        # queued even when emitted on this thread (a save already done when its callback is added): the job
        # is collected on the next event-loop turn, never in the middle of save_soon
        self._job_finished.connect(self._on_job_finished, Qt.ConnectionType.QueuedConnection)
        self._snapshot_failed.connect(self._on_snapshot_failed)
        document.bodyChanged.connect(self._on_edit)
        document.metaChanged.connect(self._on_edit)
        document.loaded.connect(self._on_loaded)

    @property
    def writing(self) -> bool:
        """True from the moment a save is handed to the worker until its result reaches the document."""
        return self._job is not None

    # ----- configuration ---------------------------------------------------------------------------
    def set_delay(self, delay_ms: int) -> None:
        self._idle.setInterval(max(100, delay_ms))
        self._idle_cap.setInterval(max(100, delay_ms, AUTOSAVE_MAX_INTERVAL_MS))

    def pause(self) -> None:
        """Stop timed saves and snapshots (nested calls count) while a prompt about the file is open: a timer
        firing inside the prompt's event loop would otherwise save, fail again and open a second prompt."""
        self._paused += 1
        for timer in (self._idle, self._idle_cap, self._snapshot, self._snapshot_cap):
            timer.stop()

    def resume(self) -> None:
        """Undo one `pause`; edits made meanwhile get their snapshot and autosave scheduled now."""
        self._paused = max(0, self._paused - 1)
        if not self._paused:
            self._on_edit()

    @property
    def paused(self) -> bool:
        return self._paused > 0

    def hold_saves(self) -> None:
        """No timed saves (snapshots go on, so typing stays safe) while another writer of this file, our own
        publish, rewrites its front matter; `release_saves` after the document adopted that change."""
        self._held = True
        self._idle.stop()
        self._idle_cap.stop()

    def release_saves(self) -> None:
        self._held = False
        if self.enabled and self._document.is_dirty and not self._document.read_only:
            _restart_capped(self._idle, self._idle_cap)

    @property
    def blocked(self) -> bool:
        return self.waiting_for is not None and self.waiting_for == self._document.bundle

    def _savable(self) -> bool:
        doc = self._document
        return doc.bundle is not None and not doc.read_only and doc.is_dirty and not self.blocked

    # ----- triggers --------------------------------------------------------------------------------
    @Slot()
    def _on_edit(self, *_: object) -> None:
        if not self._document.is_dirty or self._document.read_only or self._paused:
            return
        _restart_capped(self._snapshot, self._snapshot_cap)
        if self.enabled and not self._held:
            _restart_capped(self._idle, self._idle_cap)

    @Slot()
    def _on_loaded(self) -> None:
        for timer in (self._idle, self._idle_cap, self._snapshot, self._snapshot_cap):
            timer.stop()
        self.waiting_for = None

    @Slot()
    def save_soon(self) -> None:
        """Save on the worker thread (idle pause, focus loss, or the cap while typing goes on)."""
        self._idle.stop()
        self._idle_cap.stop()
        if not self._savable() or self._paused or self._held:
            return
        if self._job is not None:
            self._again = True
            return
        job = self._make_job()
        self._job = job  # before the callback can run: a save done before add_done_callback calls it at once
        job.future = self._executor.submit(
            self._store.save, job.bundle, job.article, job.expected_hash, reason="autosave"
        )
        job.future.add_done_callback(lambda _f: self._job_finished.emit())

    def save_now(self) -> bool:
        """Save synchronously (switching article, quitting, Ctrl+S). True when nothing unsaved is left."""
        self._idle.stop()
        self._idle_cap.stop()
        self._wait_for_job()
        if self._document.read_only and self._document.is_dirty and not self.blocked:
            return self._save_raw()
        if self._savable():
            job = self._make_job()
            try:
                new_hash = self._store.save(job.bundle, job.article, job.expected_hash)
            except Exception as error:
                self._handle_error(job, error)
            else:
                self._handle_saved(job, new_hash)
        if self._document.is_dirty and not self._document.read_only and self._document.bundle is not None:
            self.write_snapshot()  # not saved (conflict, disk full): the snapshot keeps the text safe
            return False
        return True

    def _save_raw(self) -> bool:
        """The writer saves the raw text of a broken article (fixing its front matter): written as it is, never
        over a file another program changed since; `saved` then has the session read it again."""
        doc = self._document
        bundle = doc.bundle
        assert bundle is not None
        index = bundle / INDEX_NAME
        data = edited_text(doc).encode("utf-8")
        try:
            on_disk = sha256_hex(index.read_bytes()) if index.exists() else None
            if on_disk != doc.disk_hash:
                raise ExternalChangeError(index)
            atomic_write_bytes(index, data)
        except ExternalChangeError:
            self.waiting_for = bundle
            self.externalChange.emit(bundle)
            return False
        except OSError as error:
            self.saveFailed.emit(translate("AutosaveService", "Could not save {0}/index.md: {1}").format(
                bundle.name, error.strerror or error))
            return False
        doc.mark_raw_saved(sha256_hex(data))
        self.saved.emit(bundle)
        return True

    def save_over(self, disk_hash: str | None) -> bool:
        """"Keep mine" after an external change: overwrite the version now on disk, knowingly."""
        self.waiting_for = None
        self._document.adopt_disk_hash(disk_hash)
        return self.save_now()

    # ----- snapshots -------------------------------------------------------------------------------
    @Slot()
    def write_snapshot(self) -> None:
        """Write the snapshot now, synchronously (a save failed, a prompt opens): it is on disk on return."""
        self._snapshot.stop()
        self._snapshot_cap.stop()
        doc = self._document
        if self._recovery is None or doc.bundle is None or not doc.is_dirty or doc.read_only:
            return
        try:
            self._recovery.store(doc.bundle, serialize_article(doc.article()), doc.disk_hash)
        except (OSError, SrEditorError) as error:
            self._on_snapshot_failed(doc.bundle, error)

    @Slot()
    def snapshot_soon(self) -> None:
        """Timed snapshot while typing: the durable write (20-40 ms) runs on the save thread, in order with the
        saves, so typing does not stutter every 1.5 s; only serializing stays on the GUI thread."""
        self._snapshot.stop()
        self._snapshot_cap.stop()
        doc, recovery = self._document, self._recovery
        if recovery is None or doc.bundle is None or not doc.is_dirty or doc.read_only:
            return
        bundle, text, base = doc.bundle, serialize_article(doc.article()), doc.disk_hash

        def write() -> None:
            try:
                recovery.store(bundle, text, base)
            except (OSError, SrEditorError) as error:
                self._snapshot_failed.emit(bundle, error)

        self._executor.submit(write)

    def _on_snapshot_failed(self, bundle: Path, error: BaseException) -> None:
        self.saveFailed.emit(translate("AutosaveService", "Could not write the recovery copy of {0}: {1}").format(
            bundle.name, error))

    # ----- internals -------------------------------------------------------------------------------
    def _make_job(self) -> _SaveJob:
        doc = self._document
        assert doc.bundle is not None
        return _SaveJob(doc.bundle, doc.article(), doc.disk_hash)

    def _wait_for_job(self) -> None:
        job, self._job = self._job, None
        if job is None or job.future is None:
            return
        try:
            new_hash = job.future.result()
        except Exception as error:
            self._handle_error(job, error)
        else:
            self._handle_saved(job, new_hash)

    @Slot()
    def _on_job_finished(self) -> None:
        if self._job is None or self._job.future is None or not self._job.future.done():
            return  # already collected by save_now
        self._wait_for_job()
        if self._again:
            self._again = False
            self.save_soon()

    def _handle_saved(self, job: _SaveJob, new_hash: str) -> None:
        if job.bundle != self._document.bundle:
            return
        self._document.mark_saved(job.article, new_hash)
        if not self._document.is_dirty and self._recovery is not None:
            self._snapshot.stop()
            self._snapshot_cap.stop()
            self._executor.submit(lambda: None).result()  # a snapshot queued behind the save lands first
            with contextlib.suppress(OSError, SrEditorError):  # a stale snapshot is only offered, never applied
                self._recovery.discard(job.bundle)
        self.saved.emit(job.bundle)

    def _handle_error(self, job: _SaveJob, error: BaseException) -> None:
        if isinstance(error, ExternalChangeError):
            self.waiting_for = job.bundle
            self.externalChange.emit(job.bundle)
        elif isinstance(error, (OSError, SrEditorError)):
            self.saveFailed.emit(str(error) if isinstance(error, SrEditorError) else translate(
                "AutosaveService", "Could not save {0}/index.md: {1}").format(job.bundle.name, error.strerror or error))
        else:
            self.saveFailed.emit(translate("AutosaveService", "Could not save {0}/index.md: {1}").format(
                job.bundle.name, error))

    def shutdown(self) -> None:
        for timer in (self._idle, self._idle_cap, self._snapshot, self._snapshot_cap):
            timer.stop()
        self._wait_for_job()
        self._executor.shutdown(wait=True)


def _restart_capped(idle: QTimer, cap: QTimer) -> None:
    """Restart the idle timer on every edit, but start the cap only once per burst of typing."""
    idle.start()
    if not cap.isActive():
        cap.start()
