"""The program's start-up sequence: the first window is shown from the settings alone, then, one event-loop turn
at a time after its first paint, the workspace, the article, the list, spelling and publishing come in.

The mechanics (waiting for the first expose, one step per turn, imports ahead on a worker thread) are in
`gui/window/start_up.py`; which steps there are, and in what order, is decided here.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from sr_editor.app.composition import (
    build_window,
    dictionaries_ahead,
    install_desk,
    install_publishing,
    install_spelling,
    list_in_background,
    load_stylesheet,
)
from sr_editor.gui.window.start_up import (
    after_first_preview,
    after_imports,
    freeze_start_up_objects,
    hand_back_memory_after_rebuilds,
    run_steps,
    when_exposed,
)

if TYPE_CHECKING:
    from sr_editor.gui.common.context import WindowContext
    from sr_editor.gui.common.settings import Settings
    from sr_editor.gui.window.main_window import MainWindow

# What the steps after the first paint import: ~0.5 s of compiling and executing, done on a worker thread.
PREFETCHED = (
    "enchant", "sr_editor.gui.spelling.spelling_ui", "markdown", "sr_editor.core.checks.lint",
    "sr_editor.core.render.render",
    "sr_editor.gui.publish.publish_ui", "sr_editor.gui.site.site_ui", "sr_editor.gui.alt.queue_ui",
)


def show_window(context: WindowContext, open_bundle: Path | None = None) -> MainWindow:
    """What a user gets on a workspace switch: the window shown and painted first, with nothing in it that costs
    more than its first paint needs. Once the window system has exposed it (not merely been asked to map it: on
    X11 that comes a few event-loop turns later), `start_up_steps` follow, one per event-loop turn."""
    window = build_window(context, publishing=False, list_now=False, spelling=False, staged=True)
    window.show()
    when_exposed(window, lambda: run_steps(window, start_up_steps(window, open_bundle)))
    hand_back_memory_after_rebuilds(window)
    return window


def show_shell(settings: Settings) -> MainWindow:
    """The program's first window, built from the settings alone (a ShellContext) and shown at once: menus,
    toolbar, the empty list, editor, preview and docks, in the saved layout. No workspace, vocabulary or service
    is opened or imported before it; `attach_window` gives it them once it is painted. Its editor takes no
    typing until then: the article opened at start would replace it."""
    from sr_editor.gui.common.context import ShellContext
    from sr_editor.gui.common.settings import WindowState
    from sr_editor.gui.window.main_window import MainWindow
    from sr_editor.services.document.document import ArticleDocument
    from sr_editor.services.runtime.turns import TurnBudget

    turns = TurnBudget()
    shell = ShellContext(settings, WindowState(), ArticleDocument(turns=turns), load_stylesheet(), turns)
    window = MainWindow(shell, staged=True)
    install_desk(window, spelling=False)
    window.restore_state()
    window.editor.setReadOnly(True)
    window.show()
    return window


def attach_window(window: MainWindow, context: WindowContext, open_bundle: Path | None = None) -> MainWindow:
    """The shown first window gets its workspace's context (built with `shell=` the window's own context): the
    controller, then `start_up_steps`, one per event-loop turn."""
    from PySide6.QtCore import QTimer

    from sr_editor.gui.window.controller import WindowController

    window.attach(context)
    window.editor.setReadOnly(False)
    window.features.controller = WindowController(window)
    hand_back_memory_after_rebuilds(window)
    QTimer.singleShot(0, window, lambda: run_steps(window, start_up_steps(window, open_bundle)))
    return window


def start_up_steps(window: MainWindow, open_bundle: Path | None) -> list[Callable[[], object]]:
    """After the first paint: the docks' panels (before any article can reach them), recovery and the article
    asked for (or the last one), the list from a worker thread (checks after it, in the background); once the
    article is whole in the preview, its checks, spelling, then the publishing menus (~300 ms of imports, done
    ahead on a worker thread): until then the first render has the machine's CPU to itself."""
    checks = window.context.checks
    checks.hold()

    def imports_then_menus() -> None:  # after start_window: the open article's dictionary is opened ahead
        checks.release()
        dictionaries = dictionaries_ahead(window)
        later: list[Callable[[], object]] = [lambda: install_spelling(window, dictionaries),
                                             lambda: install_publishing(window), freeze_start_up_objects]
        after_imports(window, PREFETCHED, lambda: run_steps(window, later), warm=dictionaries.warm)

    return [
        window.build_panels,
        lambda: start_window(window, open_bundle, listed=False),
        lambda: list_in_background(window, on_listed=lambda: _after_listing(window)),
        lambda: after_first_preview(window, imports_then_menus),
    ]


def start_window(window: MainWindow, open_bundle: Path | None = None, listed: bool = True) -> None:
    """After the window is shown: recovery first (it may open an article), then the article asked for on the
    command line (a file manager's "Open with"), else the last article (found by its folder, so it need not
    wait for the list)."""
    controller = window.features.controller
    assert controller is not None, "the controller is built with the window"
    controller.offer_recovery()
    context = window.context
    if open_bundle is not None:
        controller.open_article(open_bundle)
        window.article_list.select(open_bundle, emit=False)
        return
    if context.document.bundle is not None:
        return
    if listed:
        controller.open_last_or_first()
        return
    last = context.settings.last_article
    if last and (Path(context.workspace.root) / last / "index.md").is_file():
        controller.open_article(Path(context.workspace.root) / last)


def _after_listing(window: MainWindow) -> None:
    controller = window.features.controller
    if window.context.document.bundle is None and controller is not None:
        controller.open_last_or_first()
    freeze_start_up_objects()
