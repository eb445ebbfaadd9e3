"""The composition root: builds settings, vocabulary, workspace, services and the window, and wires them.

Nothing is built at import time; tests call `build_context` / `build_window` with their own workspace so they
exercise exactly the wiring the real program uses.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sr_editor import paths
from sr_editor.core.article.article import Article
from sr_editor.gui.window.start_up import (
    after_imports,
    freeze_start_up_objects,
    hand_back_memory_after_rebuilds,
    run_steps,
    when_exposed,
)

if TYPE_CHECKING:
    from sr_editor.gui.common.dialogs import Dialogs
    from sr_editor.gui.window.main_window import MainWindow

APP_ID = "org.sr_editor.SrEditor"  # desktop entry, AppStream id and icon name


def load_app_icon() -> Any:
    """The app icon from resources/icons (every PNG size and the SVG), else the desktop theme's."""
    from PySide6.QtGui import QIcon

    icon = QIcon()
    hicolor = paths.resources_dir() / "icons" / "hicolor"
    for file in sorted(hicolor.glob(f"*/apps/{APP_ID}.*")):
        icon.addFile(str(file))
    return icon if not icon.isNull() else QIcon.fromTheme(APP_ID)


def renderer_factory() -> Callable[[str, Any], list[str]]:
    """Called inside the preview render process: the incremental renderer (same HTML as render_body, fast
    after small edits), giving pieces so the preview patches only those that changed; real shortcode blocks,
    which only the site can run, show as labelled placeholders."""
    from sr_editor.core.blocks.text import preview_placeholders
    from sr_editor.core.render.incremental import IncrementalRenderer

    render = IncrementalRenderer().render_pieces

    def render_preview(body: str, resolve_image: Any = None) -> list[str]:
        return [preview_placeholders(piece) for piece in render(body, resolve_image)]

    return render_preview


def make_checker(vocabulary: Any) -> Callable[[Article, Path], list[Any]]:
    """The checks bound to the vocabulary; core.lint (it pulls in the renderer, ~0.2 s) is imported on first use,
    in the worker thread that runs the checks, not before the window is shown."""

    def check(article: Article, bundle: Path) -> list[Any]:
        from sr_editor.import_guard import guard

        with guard("sr_editor.core.checks.lint"):  # the list's and the open article's workers may both get here first
            from sr_editor.core.checks.lint import check_article

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
    shell: Any = None,
    dialogs: Dialogs | None = None,
) -> Any:
    """All services for one workspace; the window is built from this. `shell` (a ShellContext) gives the
    settings, window state, document and stylesheet of a window already shown, to be attached to."""
    from sr_editor.gui.common.context import WindowContext
    from sr_editor.gui.common.dialogs import lazy_dialogs
    from sr_editor.gui.common.settings import Settings, WindowState
    from sr_editor.services.document.autosave import AutosaveService
    from sr_editor.services.document.checks import ChecksRunner
    from sr_editor.services.document.document import ArticleDocument
    from sr_editor.services.document.session import ArticleSession
    from sr_editor.services.preview.worker import PreviewPipeline
    from sr_editor.services.workspace.file_watch import FileWatchService

    if shell is not None:
        settings = shell.settings
    settings = settings or Settings(config_dir)
    document = shell.document if shell is not None else ArticleDocument()
    autosave = AutosaveService(
        document, workspace.store, getattr(workspace, "recovery", None), settings.autosave_delay_ms,
        settings.autosave_enabled,
    )
    return WindowContext(
        settings=settings,
        window_state=shell.window_state if shell is not None else WindowState(config_dir),
        workspace=workspace,
        vocabulary=vocabulary,
        document=document,
        session=ArticleSession(document, workspace.store, autosave),
        autosave=autosave,
        preview=PreviewPipeline(render_factory, in_process=render_in_process),
        checks=ChecksRunner(document, checker or make_checker(vocabulary)),
        watcher=FileWatchService(
            document, workspace.store.disk_hash, Path(workspace.root), writing=lambda: autosave.writing
        ),
        stylesheet=shell.stylesheet if shell is not None else load_stylesheet(),
        dialogs=dialogs or lazy_dialogs(),
    )


def build_window(context: Any, restore: bool = True, publishing: bool = True, list_now: bool = True,
                 spelling: bool = True, staged: bool = False) -> Any:
    """The main window with its controller; lists the workspace now unless `list_now` is False (then
    `list_in_background` fills the list after the window is shown). `staged` leaves the docks' panels for
    `window.build_panels()`, after the first paint."""
    from sr_editor.gui.window.controller import WindowController
    from sr_editor.gui.window.main_window import MainWindow

    window = MainWindow(context, staged=staged)
    controller = WindowController(window)
    window.features.controller = controller
    install_desk(window, spelling=spelling)
    if publishing:
        install_publishing(window)
    if restore:
        window.restore_state()
    if list_now:
        controller.refresh_list()
    return window


def install_desk(window: Any, spelling: bool = True) -> None:
    """Spelling as you type (gui/spelling; `spelling=False` leaves it for `install_spelling`, after the first
    paint), Edit > Preferences… with the theme, and the window's layout (first size, docks, toolbar, outline,
    full screen)."""
    from sr_editor.gui.window.desk_layout import install_desk_layout
    from sr_editor.gui.window.focus_cycle import install_focus_cycle
    from sr_editor.gui.window.preferences_ui import install_preferences

    if spelling:
        install_spelling(window)
    install_preferences(window, lambda: window.features.spelling)
    install_desk_layout(window)  # after every menu it arranges; before restore_state, which may override it
    install_focus_cycle(window)  # F6 / Shift+F6 between the editor, the preview and the panels


def install_spelling(window: Any, dictionaries: Any = None) -> None:
    """Underlines as you type; opening a dictionary (Enchant, Hunspell) costs ~100 ms, so `dictionaries` (a
    core.spelling.Preopened) may hand over one opened ahead on a worker thread."""
    from sr_editor.gui.spelling.spelling_ui import install_spelling as install

    window.features.spelling = install(window, dictionaries.open if dictionaries is not None else None)


def dictionaries_ahead(window: Any) -> Any:
    """A core.spelling.Preopened for the open article's language (none when spell checking is off); its
    `warm()` is meant for a worker thread."""
    from sr_editor.core.spelling.checker import Preopened, article_language

    context = window.context
    if not context.settings.spell_check_enabled:
        return Preopened()
    language = article_language(context.document.meta("lang"), Path(context.workspace.root),
                                context.settings.spelling_language)
    return Preopened([language])


def list_in_background(window: Any, on_listed: Callable[[], None] | None = None) -> Any:
    """Fill the window's list from a worker thread (progress in the status bar), then check the articles not
    checked yet in the background and update their badges. Returns the ListingService."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from sr_editor.services.workspace.listing import ListingService

    listing = ListingService(window.context.workspace, window)
    panel, status = window.article_list, window.statusBar()

    def listed(summaries: list[Any]) -> None:
        panel.set_articles(summaries, keep=window.context.document.bundle)
        status.clearMessage()
        if on_listed is not None:
            on_listed()

    listing.progress.connect(lambda done, total: status.showMessage(
        QCoreApplication.translate("App", "Listing articles… {0:,} of {1:,}").format(done, total)))
    listing.listed.connect(listed)
    listing.checked.connect(panel.model.update_many)
    listing.failed.connect(lambda message: status.showMessage(message, 8000))
    window.closing.connect(listing.shutdown)
    app = QApplication.instance()
    if app is not None:  # quitting without closing the window must not destroy a running thread
        app.aboutToQuit.connect(listing.shutdown)
    window.context.listing = listing
    listing.refresh()
    return listing


def install_publishing(window: MainWindow) -> None:
    """The publishing session (the one of this window: the Publish and Site menus and the alt-text queue share
    it), then those menus and their dialogs; their imports (requests, the WordPress client) cost ~300 ms."""
    from sr_editor.gui.alt.queue_ui import default_engine, install_queue_ui
    from sr_editor.gui.publish.publish_ui import install_publish_ui
    from sr_editor.gui.site.site_ui import install_site_ui
    from sr_editor.publish.sync.session import PublishSession
    from sr_editor.publish.wordpress.sites import SiteRegistry

    context, features = window.context, window.features
    navigator = features.controller
    assert navigator is not None, "the controller is built before publishing"
    context.publishing = PublishSession(SiteRegistry.default(), Path(context.workspace.root))
    context.alt_engine = default_engine(context.workspace, lambda: context.publishing)
    publish_ui = install_publish_ui(window, navigator)
    features.publish_ui = publish_ui
    features.site_ui = install_site_ui(window, navigator, publish_ui.open_publish)
    features.queue_ui = install_queue_ui(window)  # Tools ▸ Alt-text queue


def show_window(context: Any, open_bundle: Path | None = None) -> Any:
    """What a user gets on a workspace switch: the window shown and painted first, with nothing in it that costs
    more than its first paint needs. Once the window system has exposed it (not merely been asked to map it: on
    X11 that comes a few event-loop turns later), `start_up_steps` follow, one per event-loop turn."""
    window = build_window(context, publishing=False, list_now=False, spelling=False, staged=True)
    window.show()
    when_exposed(window, lambda: run_steps(window, start_up_steps(window, open_bundle)))
    hand_back_memory_after_rebuilds(window)
    return window


def show_shell(settings: Any) -> Any:
    """The program's first window, built from the settings alone (a ShellContext) and shown at once: menus,
    toolbar, the empty list, editor, preview and docks, in the saved layout. No workspace, vocabulary or service
    is opened or imported before it; `attach_window` gives it them once it is painted. Its editor takes no
    typing until then: the article opened at start would replace it."""
    from sr_editor.gui.common.context import ShellContext
    from sr_editor.gui.common.settings import WindowState
    from sr_editor.gui.window.main_window import MainWindow
    from sr_editor.services.document.document import ArticleDocument

    window = MainWindow(ShellContext(settings, WindowState(), ArticleDocument(), load_stylesheet()), staged=True)
    install_desk(window, spelling=False)
    window.restore_state()
    window.editor.setReadOnly(True)
    window.show()
    return window


def attach_window(window: Any, context: Any, open_bundle: Path | None = None) -> Any:
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


def start_up_steps(window: Any, open_bundle: Path | None) -> list[Callable[[], object]]:
    """After the first paint: the docks' panels (before any article can reach them), recovery and the article
    asked for (or the last one), the list from a worker thread (checks after it, in the background), spelling,
    then the publishing menus (~300 ms of imports, done ahead on a worker thread)."""

    def imports_then_menus() -> None:  # after start_window: the open article's dictionary is opened ahead
        dictionaries = dictionaries_ahead(window)
        later: list[Callable[[], object]] = [lambda: install_spelling(window, dictionaries),
                                             lambda: install_publishing(window), freeze_start_up_objects]
        after_imports(window, PREFETCHED, lambda: run_steps(window, later), warm=dictionaries.warm)

    return [
        window.build_panels,
        lambda: start_window(window, open_bundle, listed=False),
        lambda: list_in_background(window, on_listed=lambda: _after_listing(window)),
        imports_then_menus,
    ]


# What the steps after the first paint import: ~0.5 s of compiling and executing, done on a worker thread.
PREFETCHED = (
    "enchant", "sr_editor.gui.spelling.spelling_ui", "markdown", "sr_editor.core.checks.lint",
    "sr_editor.core.render.render",
    "sr_editor.gui.publish.publish_ui", "sr_editor.gui.site.site_ui", "sr_editor.gui.alt.queue_ui",
)


def start_window(window: Any, open_bundle: Path | None = None, listed: bool = True) -> None:
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


def _after_listing(window: Any) -> None:
    _open_first_if_none(window)
    freeze_start_up_objects()


def _open_first_if_none(window: Any) -> None:
    controller = window.features.controller
    if window.context.document.bundle is None and controller is not None:
        controller.open_last_or_first()


def open_workspace(root: Path, vocabulary: Any) -> Any:
    """The workspace at `root`; one that does not exist yet is created with the sample articles (first run)."""
    from sr_editor.core.storage.atomicfile import remove_stale_state_temp_files
    from sr_editor.core.storage.workspace import Workspace

    if not root.exists():
        from sr_editor.core.storage.samples import create_sample_workspace  # Pillow (~100 ms): only on a first run

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
    from sr_editor.core.article.regions import load_vocabulary as load

    return load()


def run_gui(workspace_path: Path | None, argv: list[str] | None = None, open_bundle: Path | None = None) -> int:
    """Open the window on `workspace_path` (else the last one, else the default), showing `open_bundle` when
    given, and run the event loop. The window is shown first, from the settings alone (`show_shell`); the
    workspace is opened once it is painted."""
    import gc

    from PySide6.QtWidgets import QApplication

    from sr_editor.gui.common.settings import Settings

    app = QApplication.instance() or QApplication(list(argv or sys.argv))
    assert isinstance(app, QApplication)
    app.setApplicationName("sr-editor")
    app.setOrganizationName("sr-editor")
    app.setApplicationDisplayName("sr-editor")
    app.setDesktopFileName(APP_ID)  # Wayland matches the window to packaging/org.sr_editor.SrEditor.desktop
    gc.disable()  # until the first paint: start-up allocates ~50,000 objects, ~6 ms of collections on the way
    settings = Settings()
    from sr_editor.gui.common.translations import install_translators

    app.translators = install_translators(app, settings.interface_language)  # type: ignore[attr-defined]
    from sr_editor.gui.common.theme import apply_theme

    apply_theme(app, settings.theme)  # before any widget exists: none has to be polished twice
    root = choose_workspace(workspace_path, settings.workspace_path)
    window = show_shell(settings)
    held: list[WorkspaceSwitcher] = []  # holds the switcher, and through it the window, while exec() runs

    def open_first() -> None:
        from sr_editor.gui.window.termination import close_windows_on_termination

        gc.enable()
        app.termination = close_windows_on_termination(app)  # type: ignore[attr-defined]  # kill, logout: save first
        app.setWindowIcon(load_app_icon())  # dialogs' icon; the window has its own (desk_layout)
        if not _open_first_workspace(window, settings, root, open_bundle, held):
            _give_up(window)

    when_exposed(window, open_first)
    return int(app.exec())


def _open_first_workspace(window: Any, settings: Any, root: Path, open_bundle: Path | None,
                          held: list[WorkspaceSwitcher]) -> bool:
    """Once the first window is painted: the vocabulary, the workspace and its lock, then the window gets its
    context. False, after saying why over the window, when the vocabulary is broken, the workspace cannot be
    opened or its lock is not taken over: the program then ends (`_give_up`)."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from sr_editor.core.errors import SrEditorError

    try:
        vocabulary = load_vocabulary()
    except (OSError, SrEditorError) as error:
        QMessageBox.critical(window, "sr-editor", str(error))
        return False
    switcher = WorkspaceSwitcher(settings, vocabulary, open_bundle=open_bundle, shell=window)
    try:
        opened = switcher.open(root)
    except Exception as error:  # a bug: said and ended, not a window left with no workspace behind it
        logging.getLogger(__name__).exception("opening the workspace %s failed", root)
        switcher.release()
        QMessageBox.critical(window, "sr-editor", f"{root}: {error}")
        return False
    if not opened:
        return False
    held.append(switcher)
    app = QApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(switcher.release)
    return True


def _give_up(window: Any) -> None:
    """End the program with status 1. The window is hidden, not closed: it never held a workspace, and closing
    would save its layout and quit with status 0."""
    window.hide()
    _exit_event_loop(1)


def _exit_event_loop(status: int) -> None:
    from PySide6.QtWidgets import QApplication

    QApplication.exit(status)


def take_lock(workspace: Any) -> bool:
    """A second window on the same workspace would save over the first one's edits: ask before sharing it."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from sr_editor.core.errors import WorkspaceLockedError

    try:
        workspace.lock.acquire()
    except WorkspaceLockedError as error:
        question = QCoreApplication.translate(
            "App", "Open it anyway? Two windows editing the same article can overwrite each other.")
        answer = QMessageBox.warning(
            None, "sr-editor", f"{error}\n\n{question}",
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Open:
            return False
        workspace.lock.acquire(force=True)
    return True


class WorkspaceSwitcher:
    """The workspace that is open and its window. Opening another one builds a new context and window for it,
    then closes the old window (which saves) and releases the old workspace's lock; a refused lock changes nothing.
    """

    def __init__(self, settings: Any, vocabulary: Any, lock: Callable[[Any], bool] | None = None,
                 show: Callable[[Any], Any] | None = None, open_bundle: Path | None = None,
                 shell: Any = None) -> None:
        self.settings = settings
        self.vocabulary = vocabulary
        self.lock = lock or take_lock
        self.show = show or self._show_window
        self.open_bundle = open_bundle  # the article given on the command line, shown in the first window only
        self.shell = shell  # the program's first window, shown before any workspace: the first open attaches it
        self.workspace: Any = None
        self.window: Any = None

    def recent(self) -> list[Path]:
        return list(self.settings.recent_workspaces)

    def open(self, root: Path) -> bool:
        """Switch to the workspace at `root`; False (and a message) when it cannot be opened or locked."""
        from sr_editor.core.errors import SrEditorError

        root = Path(root).expanduser()
        if self.workspace is not None and Path(self.workspace.root).resolve() == root.resolve():
            return True
        try:
            workspace = open_workspace(root, self.vocabulary)
        except (OSError, SrEditorError) as error:
            _tell(self.window or self.shell, str(error))
            return False
        if not self.lock(workspace):
            return False
        old_window, old_workspace = self.window, self.workspace
        self.workspace = workspace
        self.settings.remember_workspace(root)
        self.settings.sync()
        shell = self.shell.context if self.shell is not None else None
        self.window = self.show(build_context(workspace, self.vocabulary, settings=self.settings, shell=shell))
        install_workspace_ui(self.window, self)
        if old_window is not None:
            _retire(old_window)
        if old_workspace is not None:
            old_workspace.lock.release()
        return True

    def create(self, root: Path, with_samples: bool) -> bool:
        """A new workspace at `root` (empty, or with the sample articles), then open it."""
        from PySide6.QtCore import QCoreApplication

        from sr_editor.core.storage.samples import create_sample_workspace

        try:
            if with_samples:
                create_sample_workspace(root)
            else:
                (root / ".sr-editor").mkdir(parents=True, exist_ok=True)
        except OSError as error:
            _tell(self.window, QCoreApplication.translate("App", "Could not create the workspace {0}: {1}.").format(
                root, error.strerror or error))
            return False
        return self.open(root)

    def _show_window(self, context: Any) -> Any:
        bundle, self.open_bundle = self.open_bundle, None
        if self.shell is not None:
            window, self.shell = self.shell, None
            return attach_window(window, context, bundle)
        return show_window(context, bundle)

    def release(self) -> None:
        if self.workspace is not None:
            self.workspace.lock.release()


def install_workspace_ui(window: Any, switcher: WorkspaceSwitcher) -> None:
    from sr_editor.gui.workspace.workspace_menu import install_workspace_menu

    window.features.workspace_menu = install_workspace_menu(window, switcher)


def _retire(window: Any) -> None:
    """Close a window whose workspace is left: its controller saves and stops the workers; then the window and
    its services are deleted, so no timer or application signal reaches a stopped service. What start-up froze
    out of the garbage collector's walks is given back to it, or the old window's cycles would never be freed
    (the new window's start-up freezes again)."""
    import gc

    from PySide6.QtCore import QObject

    gc.unfreeze()

    window.close()
    for service in vars(window.context).values():
        if isinstance(service, QObject):
            service.deleteLater()
    window.deleteLater()


def _tell(parent: Any, message: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.warning(parent, "sr-editor", message)
