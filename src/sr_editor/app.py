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

APP_ID = "org.sr_editor.SrEditor"  # desktop entry, AppStream id and icon name


def load_app_icon() -> Any:
    """The app icon from resources/icons (every PNG size and the SVG), else the desktop theme's."""
    from PySide6.QtGui import QIcon

    icon = QIcon()
    hicolor = paths.resources_dir() / "icons" / "hicolor"
    for file in sorted(hicolor.glob(f"*/apps/{APP_ID}.*")):
        icon.addFile(str(file))
    return icon if not icon.isNull() else QIcon.fromTheme(APP_ID)


def renderer_factory() -> Callable[[str, Any], str]:
    """Called inside the preview render process: the incremental renderer (same HTML as render_body, fast
    after small edits); real shortcode blocks, which only the site can run, show as labelled placeholders."""
    from sr_editor.core.blocks_text import preview_placeholders
    from sr_editor.core.render_incremental import IncrementalRenderer

    render = IncrementalRenderer().render

    def render_preview(body: str, resolve_image: Any = None) -> str:
        return preview_placeholders(render(body, resolve_image))

    return render_preview


def make_checker(vocabulary: Any) -> Callable[[Article, Path], list[Any]]:
    from sr_editor.core.lint import check_article

    def check(article: Article, bundle: Path) -> list[Any]:
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
    render_factory: Callable[[], Callable[[str, Callable[[str], object]], str]] = renderer_factory,
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


def build_window(context: Any, restore: bool = True, publishing: bool = True) -> Any:
    """The main window with its controller; lists the workspace, offers recovery, reopens the last article."""
    from sr_editor.gui.window.controller import WindowController
    from sr_editor.gui.window.main_window import MainWindow

    window = MainWindow(context)
    window.controller = WindowController(window)  # type: ignore[attr-defined]
    if publishing:
        install_publishing(window)
    if restore:
        window.restore_state()
    window.controller.refresh_list()  # type: ignore[attr-defined]
    return window


def install_publishing(window: Any) -> None:
    """The Publish and Site menus and their dialogs; their imports (requests, the WordPress client) cost ~300 ms."""
    from sr_editor.gui.publish.publish_ui import install_publish_ui

    window.publish_ui = install_publish_ui(window)
    from sr_editor.gui.site.site_ui import install_site_ui

    window.site_ui = install_site_ui(window)
    install_alt_queue(window)


def install_alt_queue(window: Any) -> None:
    """Tools ▸ Alt-text queue; uses the publishing session's sites and keyring, so it comes right after it."""
    from sr_editor.gui.queue.queue_ui import install_queue_ui

    window.queue_ui = install_queue_ui(window)


def show_window(context: Any, open_bundle: Path | None = None) -> Any:
    """What a user gets on start: the window usable first, the publishing menu added right after it paints."""
    from PySide6.QtCore import QTimer

    window = build_window(context, publishing=False)
    window.show()
    start_window(window, open_bundle)
    QTimer.singleShot(0, lambda: install_publishing(window))
    return window


def start_window(window: Any, open_bundle: Path | None = None) -> None:
    """After the window is shown: recovery first (it may open an article), then the article asked for on the
    command line (a file manager's "Open with"), else the last article."""
    controller = window.controller
    controller.disk.offer_recovery()
    if open_bundle is not None:
        controller.open_article(open_bundle)
        window.article_list.select(open_bundle, emit=False)
    elif window.context.document.bundle is None:
        controller.open_last_or_first()


def open_workspace(root: Path, vocabulary: Any) -> Any:
    """The workspace at `root`; one that does not exist yet is created with the sample articles (first run)."""
    from sr_editor.core.atomicfile import remove_stale_state_temp_files
    from sr_editor.core.samples import create_sample_workspace
    from sr_editor.core.workspace import Workspace

    if not root.exists():
        create_sample_workspace(root)
    workspace = Workspace(root, make_checker(vocabulary))
    remove_stale_state_temp_files(workspace.state_dir)  # crash leftovers of history, recovery, caches
    return workspace


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


def run_gui(workspace_path: Path | None, argv: list[str] | None = None, open_bundle: Path | None = None) -> int:
    """Open the window on `workspace_path` (else the last one, else the default), showing `open_bundle` when
    given, and run the event loop."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from sr_editor.core.errors import SrEditorError
    from sr_editor.gui.window.settings import Settings

    app = QApplication.instance() or QApplication(list(argv or sys.argv))
    assert isinstance(app, QApplication)
    app.setApplicationName("sr-editor")
    app.setOrganizationName("sr-editor")
    app.setApplicationDisplayName("sr-editor")
    app.setDesktopFileName(APP_ID)  # Wayland matches the window to packaging/org.sr_editor.SrEditor.desktop
    app.setWindowIcon(load_app_icon())
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
    context = build_context(workspace, vocabulary, settings=settings)
    _window = show_window(context, open_bundle)  # kept alive while exec() runs
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
