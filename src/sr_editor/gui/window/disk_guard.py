"""The open article against the disk: a change made by another program, and unsaved text left by a crash.

Dialogs come from the context's `Dialogs`, which tests replace with scripted answers.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject

from sr_editor.core.article.frontmatter import serialize_article
from sr_editor.core.errors import SrEditorError
from sr_editor.core.storage.store import INDEX_NAME
from sr_editor.gui.window.main_window import MainWindow
from sr_editor.services.document.session import snapshot_base_hash, snapshot_fields


class DiskGuard(QObject):
    def __init__(self, window: MainWindow, show_save_state: Callable[[bool], None]) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = window.context
        self._show_save_state = show_save_state
        self._prompting: set[Path] = set()  # files whose external-change prompt is open

    def on_changed_on_disk(self, bundle: Path) -> None:
        if bundle != self.ctx.document.bundle:
            return
        if bundle in self._prompting:
            return  # the open prompt already asks about this file
        if not self.ctx.document.is_dirty:
            self.ctx.session.reload()  # nothing of ours to lose: show the new version
            self.window.statusBar().showMessage(self.tr("Reloaded: the file was changed by another program."), 8000)
            return
        self.resolve_external_change(bundle)

    def resolve_external_change(self, bundle: Path) -> None:
        """Ask once per file: while the prompt is open (it runs its own event loop) autosave and snapshots are
        paused, and a second trigger (the watcher, an autosave already under way) does not open another."""
        doc = self.ctx.document
        if bundle != doc.bundle or bundle in self._prompting:
            return
        self._prompting.add(bundle)
        self.ctx.autosave.write_snapshot()
        self.ctx.autosave.pause()
        try:
            self._show_save_state(True)
            self.window.banner.show_message(
                self.tr("%1 was changed by another program. Your text is not saved yet.").replace("%1", bundle.name))
            index = bundle / INDEX_NAME
            try:
                disk = index.read_text(encoding="utf-8", errors="replace")
            except OSError:
                disk = ""
            choice = self.ctx.dialogs.ask_external_change(self.window, index, serialize_article(doc.article()), disk)
        finally:
            self._prompting.discard(bundle)
            self.ctx.autosave.resume()
        if bundle != doc.bundle:  # another article was opened while the prompt was up
            return
        self._apply_choice(bundle, getattr(choice, "name", str(choice)))

    def _apply_choice(self, bundle: Path, name: str) -> None:
        if name == "RELOAD":
            self.ctx.session.reload()
            self.window.banner.hide()
        elif name == "KEEP_MINE" and self.ctx.autosave.save_over(self.ctx.workspace.store.disk_hash(bundle)):
            self.window.banner.hide()
        elif name not in ("RELOAD", "KEEP_MINE"):  # decide later: asked again on the next save or disk change
            self.ctx.autosave.waiting_for = bundle  # "Decide later": no timed save of it until then
            self.window.banner.show_message(self.tr(
                "%1 was changed by another program. Your text is kept but not saved: save (Ctrl+S) to choose which "
                "version to keep.").replace("%1", bundle.name))
        self._show_save_state(self.ctx.document.is_dirty)

    def offer_recovery(self) -> None:
        recovery = getattr(self.ctx.workspace, "recovery", None)
        if recovery is None:
            return
        try:
            snapshots = list(recovery.list())
        except (OSError, SrEditorError):
            return
        if not snapshots:
            return
        chosen = self.ctx.dialogs.ask_restore_snapshots(self.window, snapshots)
        restored = {snapshot_fields(s)[0] for s in chosen}
        for snapshot in chosen:
            bundle, text = snapshot_fields(snapshot)
            base = snapshot_base_hash(snapshot)
            # A later successful save discards the snapshot; a file changed since the snapshot's edit began
            # goes through the external-change prompt, as for any save.
            if self.ctx.session.restore(bundle, text, base) and self.ctx.workspace.store.disk_hash(bundle) != base:
                self.resolve_external_change(bundle)
            self.window.article_list.select(bundle, emit=False)
        for bundle in {snapshot_fields(s)[0] for s in snapshots} - restored:
            with contextlib.suppress(OSError, SrEditorError):  # declined by the user
                recovery.discard(bundle)
