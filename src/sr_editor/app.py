"""The composition root: builds settings, vocabulary, workspace, services and the window, and wires them.

Nothing is built at import time; tests call `build_context` / `build_window` with their own workspace so they
exercise exactly the wiring the real program uses.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sr_editor import paths
from sr_editor.core.article import Article


def renderer_factory() -> Callable[[str, Any], list[str]]:
    """Called inside the preview render process: the incremental renderer (same HTML as render_body, fast
    after small edits), giving pieces so the preview patches only those that changed; real shortcode blocks,
    which only the site can run, show as labelled placeholders."""
    from sr_editor.core.blocks_text import preview_placeholders
    from sr_editor.core.render_incremental import IncrementalRenderer

    render = IncrementalRenderer().render_pieces

    def render_preview(body: str, resolve_image: Any = None) -> list[str]:
        return [preview_placeholders(piece) for piece in render(body, resolve_image)]

    return render_preview


def make_checker(vocabulary: Any) -> Callable[[Article, Path], list[Any]]:
    """The checks bound to the vocabulary; core.lint (it pulls in the renderer, ~0.2 s) is imported on first use,
    in the worker thread that runs the checks, not before the window is shown."""

    def check(article: Article, bundle: Path) -> list[Any]:
        from sr_editor.core.lint import check_article

        return check_article(article, bundle, vocabulary)

    return check


def load_stylesheet() -> str:
    try:
        return (paths.resources_dir() / "preview.css").read_text(encoding="utf-8")
    except OSError:
        return ""


def build_context(
    workspace: Any,
    vocabulary: Any,
    config_dir: Path | None = None,
    render_factory: Callable[[], Callable[[str, Callable[[str], object]], Any]] = renderer_factory,
    render_in_process: bool = True,
    checker: Callable[[Article, Path], list[Any]] | None = None,
    settings: Any = None,
) -> Any:
    """All services for one workspace; the window is built from this."""
    from sr_editor.gui.window.main_window import WindowContext
    from sr_editor.gui.window.settings import Settings, WindowState
    from sr_editor.services.autosave import AutosaveService
    from sr_editor.services.checks import ChecksRunner
    from sr_editor.services.document import ArticleDocument
    from sr_editor.services.file_watch import FileWatchService
    from sr_editor.services.preview_worker import PreviewPipeline
    from sr_editor.services.session import ArticleSession

    settings = settings or Settings(config_dir)
    document = ArticleDocument()
    autosave = AutosaveService(
        document, workspace.store, getattr(workspace, "recovery", None), settings.autosave_delay_ms,
        settings.autosave_enabled,
    )
    return WindowContext(
        settings=settings,
        window_state=WindowState(config_dir),
        workspace=workspace,
        vocabulary=vocabulary,
        document=document,
        session=ArticleSession(document, workspace.store, autosave),
        autosave=autosave,
        preview=PreviewPipeline(render_factory, in_process=render_in_process),
        checks=ChecksRunner(document, checker or make_checker(vocabulary)),
        watcher=FileWatchService(document, workspace.store.disk_hash, Path(workspace.root)),
        stylesheet=load_stylesheet(),
    )


def build_window(context: Any, restore: bool = True, publishing: bool = True, list_now: bool = True) -> Any:
    """The main window with its controller; lists the workspace now unless `list_now` is False (then
    `list_in_background` fills the list after the window is shown)."""
    from sr_editor.gui.window.controller import WindowController
    from sr_editor.gui.window.main_window import MainWindow

    window = MainWindow(context)
    window.controller = WindowController(window)  # type: ignore[attr-defined]
    if publishing:
        install_publishing(window)
    if restore:
        window.restore_state()
    if list_now:
        window.controller.refresh_list()  # type: ignore[attr-defined]
    return window


def list_in_background(window: Any, on_listed: Callable[[], None] | None = None) -> Any:
    """Fill the window's list from a worker thread (progress in the status bar), then check the articles not
    checked yet in the background and update their badges. Returns the ListingService."""
    from PySide6.QtWidgets import QApplication

    from sr_editor.services.listing import ListingService

    listing = ListingService(window.context.workspace, window)
    panel, status = window.article_list, window.statusBar()

    def listed(summaries: list[Any]) -> None:
        panel.set_articles(summaries, keep=window.context.document.bundle)
        status.clearMessage()
        if on_listed is not None:
            on_listed()

    listing.progress.connect(lambda done, total: status.showMessage(
        window.tr("Listing articles… {0:,} of {1:,}").format(done, total)))
    listing.listed.connect(listed)
    listing.checked.connect(panel.model.update_many)
    listing.failed.connect(lambda message: status.showMessage(message, 8000))
    window.closing.connect(listing.shutdown)
    app = QApplication.instance()
    if app is not None:  # quitting without closing the window must not destroy a running thread
        app.aboutToQuit.connect(listing.shutdown)
    window.listing = listing
    listing.refresh()
    return listing


def install_publishing(window: Any) -> None:
    """The Publish menu and dialogs; their imports (requests, the WordPress client) cost ~300 ms."""
    from sr_editor.gui.publish.publish_ui import install_publish_ui

    window.publish_ui = install_publish_ui(window)
    install_alt_queue(window)


def install_alt_queue(window: Any) -> None:
    """Tools ▸ Alt-text queue; uses the publishing session's sites and keyring, so it comes right after it."""
    from sr_editor.gui.queue.queue_ui import install_queue_ui

    window.queue_ui = install_queue_ui(window)


def show_window(context: Any) -> Any:
    """What a user gets on start: the window shown and usable first; then the last article opens, the list
    fills from a worker thread and the articles are checked in the background; the publishing menu (whose
    imports cost ~300 ms) is added once the window has painted."""
    from PySide6.QtCore import QTimer

    window = build_window(context, publishing=False, list_now=False)
    window.show()

    def after_first_paint() -> None:
        start_window(window, listed=False)
        list_in_background(window, on_listed=lambda: _open_first_if_none(window))
        QTimer.singleShot(0, lambda: install_publishing(window))

    QTimer.singleShot(0, after_first_paint)
    return window


def start_window(window: Any, listed: bool = True) -> None:
    """After the window is shown: recovery first (it may open an article), else the last article (found by its
    folder, so it need not wait for the list)."""
    controller = window.controller
    controller.disk.offer_recovery()
    context = window.context
    if context.document.bundle is not None:
        return
    if listed:
        controller.open_last_or_first()
        return
    last = context.settings.last_article
    if last and (Path(context.workspace.root) / last / "index.md").is_file():
        controller.open_article(Path(context.workspace.root) / last)


def _open_first_if_none(window: Any) -> None:
    if window.context.document.bundle is None:
        window.controller.open_last_or_first()


def open_workspace(root: Path, vocabulary: Any) -> Any:
    """The workspace at `root`; one that does not exist yet is created with the sample articles (first run)."""
    from sr_editor.core.samples import create_sample_workspace
    from sr_editor.core.workspace import Workspace

    if not root.exists():
        create_sample_workspace(root)
    return Workspace(root, make_checker(vocabulary))


def choose_workspace(given: Path | None, last: Path | None) -> Path:
    """--workspace, else $SR_EDITOR_WORKSPACE, else the workspace open last time, else ~/Documents/sr-editor."""
    if given is not None:
        return given.expanduser()
    if os.environ.get("SR_EDITOR_WORKSPACE") or last is None:
        return paths.default_workspace()
    return last


def load_vocabulary() -> Any:
    from sr_editor.core.regions import load_vocabulary as load

    return load()


def run_gui(workspace_path: Path | None, argv: list[str] | None = None) -> int:
    """Open the window on `workspace_path` (else the last one, else the default) and run the event loop."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from sr_editor.core.errors import SrEditorError
    from sr_editor.gui.window.settings import Settings

    app = QApplication.instance() or QApplication(list(argv or sys.argv))
    assert isinstance(app, QApplication)
    app.setApplicationName("sr-editor")
    app.setOrganizationName("sr-editor")
    app.setApplicationDisplayName("sr-editor")
    settings = Settings()
    root = choose_workspace(workspace_path, settings.workspace_path)
    try:
        vocabulary = load_vocabulary()
        workspace = open_workspace(root, vocabulary)
    except (OSError, SrEditorError) as error:
        QMessageBox.critical(None, "sr-editor", str(error))
        return 1
    if not take_lock(workspace):
        return 1
    app.aboutToQuit.connect(workspace.lock.release)
    settings.workspace_path = root
    settings.sync()
    _window = show_window(build_context(workspace, vocabulary, settings=settings))  # kept alive while exec() runs
    return int(app.exec())


def take_lock(workspace: Any) -> bool:
    """A second window on the same workspace would save over the first one's edits: ask before sharing it."""
    from PySide6.QtWidgets import QMessageBox

    from sr_editor.core.errors import WorkspaceLockedError

    try:
        workspace.lock.acquire()
    except WorkspaceLockedError as error:
        answer = QMessageBox.warning(
            None, "sr-editor",
            f"{error}\n\nOpen it anyway? Two windows editing the same article can overwrite each other.",
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Open:
            return False
        workspace.lock.acquire(force=True)
    return True
