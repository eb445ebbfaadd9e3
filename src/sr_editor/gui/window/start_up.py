"""The start-up sequence's mechanics: waiting for the window's first expose, one step per event-loop turn,
imports done ahead on a worker thread, and what start-up leaves behind for the garbage collector and the C heap.
What the steps are is the composition root's business (`sr_editor.app.start_up`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Qt is imported inside the functions: importing sr_editor.app loads no Qt
    from PySide6.QtCore import QObject, QTimer
    from PySide6.QtWidgets import QWidget

    from sr_editor.gui.window.main_window import MainWindow
    from sr_editor.services.runtime.prefetch import ImportPrefetcher


SWITCH_INTERVAL_S = 0.001  # Python's default is 0.005


def hand_the_interpreter_over_sooner() -> None:
    """A thread waiting for Python's interpreter lock gets it once the holder has run a switch interval. The GUI
    thread asks for it each time Qt calls into Python, dozens of times per event-loop turn; while a worker runs
    Python without pause (the checks rendering a long article) each ask waited up to 5 ms, and a 30 ms turn took
    100-200 ms. At 1 ms the asks cost a fifth; the workers hand the lock over more often, a few microseconds each."""
    import sys

    sys.setswitchinterval(SWITCH_INTERVAL_S)


def freeze_start_up_objects(cpu: Callable[[], float] | None = None) -> None:
    """Python's full garbage collection walks every object: with 10,000 articles listed it takes 60-70 ms on the
    GUI thread, and it comes at random while the writer types. What start-up built (modules, widgets' wrappers,
    the list) lives as long as the window; frozen, the collector skips it (0 ms), and newer objects are still
    collected. Called after the start-up steps and again once the list has arrived; then the C heap's pages
    that start-up freed go back to the system once the process is quiet (release_memory_once_quiet), after
    the garbage frozen with them is collected (collect_frozen_garbage)."""
    import gc

    from PySide6.QtCore import QCoreApplication

    from sr_editor.services.runtime.memory import release_free_memory

    gc.freeze()
    app = QCoreApplication.instance()
    if app is not None:
        trim = release_free_memory()

        def collect_then_trim() -> None:
            collect_frozen_garbage()
            trim()

        # the collection is a block of the GUI thread (~40 ms at 50k words, 120-150 at 100k): only when nothing at
        # all happens (typing's few ms a key are more than this), and never at the end of the wait (then only a trim)
        release_memory_once_quiet(app, cpu, release=collect_then_trim, quiet_share=COLLECT_QUIET_SHARE,
                                  tired=trim)


def collect_frozen_garbage() -> None:
    """Cycles that start-up had already dropped but the collector had not reached yet (the open article's first
    checks leave an HTML tree whose nodes point at their parents: ~25,000 objects, 3-5 MiB) are frozen with what
    lives on, for the life of the window. Once the process is quiet they are collected: one full walk (~40 ms,
    once), then everything left is frozen again."""
    import gc

    gc.unfreeze()
    gc.collect()
    gc.freeze()


QUIET_TRIM_NAME = "sr-editor-quiet-trim"
COLLECT_QUIET_SHARE = 0.005  # of a CPU in a second: an idle window; a writer typing uses more


def release_memory_once_quiet(owner: QObject, cpu: Callable[[], float] | None = None,
                              release: Callable[[], object] | None = None, interval_ms: int = 1000,
                              quiet_share: float = 0.05, max_checks: int = 60,
                              tired: Callable[[], object] | None = None) -> QTimer:
    """Hand the C heap's free pages back (malloc_trim) in the first `interval_ms` in which the process used less
    than `quiet_share` of a CPU, within `max_checks` intervals. Start-up's tail (the list's checks, the spelling
    sweep, the imports ahead) frees 5-6 MiB of temporaries in the seconds after the last start-up step, and glibc
    keeps those pages: trimmed once it is all over, the window's process stays that much smaller. `tired`, when
    given, is called instead of `release` if no quiet interval came within `max_checks`. A second call starts the
    wait anew (one timer per owner)."""
    import time

    from PySide6.QtCore import QTimer

    from sr_editor.services.runtime.memory import release_free_memory

    old = owner.findChild(QTimer, QUIET_TRIM_NAME)
    if old is not None:
        old.stop()
        old.deleteLater()
    clock = cpu or time.process_time
    trim = release or release_free_memory()
    timer = QTimer(owner, interval=interval_ms)
    timer.setObjectName(QUIET_TRIM_NAME)
    state = {"cpu": clock(), "checks": 0}

    def check() -> None:
        now, state["checks"] = clock(), state["checks"] + 1
        quiet = now - state["cpu"] < quiet_share * interval_ms / 1000
        state["cpu"] = now
        if quiet or state["checks"] >= max_checks:
            timer.stop()
            timer.deleteLater()
            (trim if quiet or tired is None else tired)()

    timer.timeout.connect(check)
    timer.start()
    return timer


def hand_back_memory_after_rebuilds(window: MainWindow) -> None:
    """Once a new article's preview is complete, the C heap's freed pages go back to the system, on the next
    event-loop turn (after the paint): building a long page frees megabytes of HTML that glibc would keep."""
    from PySide6.QtCore import QTimer

    from sr_editor.services.runtime.memory import release_free_memory

    release = release_free_memory()
    window.preview.rebuilt.connect(lambda: QTimer.singleShot(0, window, release))


def after_imports(owner: QObject, names: Sequence[str], then: Callable[[], None], timeout_ms: int = 15_000,
                  warm: Callable[[], None] | None = None) -> ImportPrefetcher:
    """Import `names` (then run `warm`) on a worker thread, then call `then` on the GUI thread (at the latest
    after `timeout_ms`: a stuck import must not keep the menus away; `then` imports what is still missing)."""
    from PySide6.QtCore import QTimer

    from sr_editor.services.runtime.prefetch import ImportPrefetcher

    done: list[bool] = []

    def once() -> None:
        if not done:
            done.append(True)
            then()

    prefetcher = ImportPrefetcher(owner)  # a child of `owner`: it lives as long as the window
    prefetcher.finished.connect(once)
    QTimer.singleShot(timeout_ms, owner, once)
    prefetcher.start(names, warm)
    return prefetcher


def when_exposed(window: QWidget, then: Callable[[], None], fallback_ms: int = 1000) -> None:
    """Call `then` once, on the event-loop turn after the window's first expose (the window is painted by
    then), or after `fallback_ms` if the window system never says so."""
    from sr_editor.gui.common.first_expose import ExposeWatch

    ExposeWatch(window, then, fallback_ms)


def after_first_preview(window: MainWindow, then: Callable[[], None], timeout_ms: int = 4_000) -> None:
    """Call `then` once, when the article opened at start is whole in the preview (`PreviewView.rebuilt`): at
    once when no article is open or the preview is hidden, and at the latest after `timeout_ms` (a render that
    failed). What waits for it (the checks, the imports ahead) would share the machine's two cores with the
    first render and the editor's slices."""
    from PySide6.QtCore import QTimer

    done: list[bool] = []

    def once() -> None:
        if not done:
            done.append(True)
            window.preview.rebuilt.disconnect(once)
            then()

    window.preview.rebuilt.connect(once)
    if window.context.document.bundle is None or not window.preview.isVisibleTo(window):
        once()
        return
    QTimer.singleShot(timeout_ms, window, once)


def run_steps(owner: QObject, steps: list[Callable[[], object]]) -> None:
    """Run `steps` in order, one per event-loop turn (input and paints are handled between them); the rest
    is dropped when `owner` (a QObject) is destroyed."""
    from PySide6.QtCore import QTimer

    if steps:
        steps[0]()
        rest = steps[1:]
        QTimer.singleShot(0, owner, lambda: run_steps(owner, rest))
