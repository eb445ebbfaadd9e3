"""Imports modules on a worker thread, so the GUI thread does not spend ~0.5 s compiling and executing them.

After the first paint, the window still needs the spelling, publishing, site and alt-text modules, which pull in
requests, the WordPress client, Enchant and python-markdown. Importing them on the GUI thread would freeze a
writer who starts typing at once. A worker thread imports them (the GIL passes to the GUI thread every few
milliseconds, so keys are still taken); once done, the GUI thread builds their menus from modules already in
`sys.modules`. Nothing but imports runs on the worker: the modules create no QObject at import time.
"""

from __future__ import annotations

import importlib
import logging
import threading
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Signal

from sr_editor.import_guard import guard

log = logging.getLogger(__name__)


class ImportPrefetcher(QObject):
    """`start(names)`; `finished` comes on the GUI thread when every name was tried (a failure is left for
    the GUI thread's own import to report, with its usual handling)."""

    finished = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.failed: list[str] = []
        self._thread: threading.Thread | None = None

    def start(self, names: Sequence[str], then: Callable[[], None] | None = None) -> None:
        """Import `names`, then call `then` (on the worker too: loading that needs no widget, such as a
        dictionary), then say `finished`."""
        self._thread = threading.Thread(target=self._run, args=(tuple(names), then), name="sr-editor-prefetch",
                                        daemon=True)
        self._thread.start()

    def _run(self, names: tuple[str, ...], then: Callable[[], None] | None) -> None:
        for name in names:
            try:
                with guard(name):  # a worker or the GUI thread importing the same package now would break both
                    importlib.import_module(name)
            except Exception as error:  # reported again by the GUI thread's own import, if it needs the module
                log.info("prefetching %s failed: %s", name, error)
                self.failed.append(name)
        if then is not None:
            try:
                then()
            except Exception as error:  # the GUI thread does the same work itself when it needs it
                log.info("prefetch follow-up failed: %s", error)
                self.failed.append(repr(then))
        try:
            self.finished.emit()  # queued to the GUI thread: this object lives there
        except RuntimeError:  # the window (this object's parent) was deleted meanwhile: nobody is waiting
            log.info("prefetch finished after its window was gone")

    def wait(self, timeout: float = 30.0) -> None:
        """For tests: until the imports are done."""
        if self._thread is not None:
            self._thread.join(timeout)
