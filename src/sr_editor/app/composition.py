"""The composition root: builds the settings' window context (every service of one workspace, once), the window,
and installs each feature on it with what it uses.

Nothing is built at import time; tests call `build_context` / `build_window` with their own workspace so they
exercise exactly the wiring the real program uses.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from sr_editor import paths
from sr_editor.services.preview.renderer import RendererFactory, RenderIn, preview_renderer

if TYPE_CHECKING:  # the services are imported by the function that builds them, after the first paint
    from PySide6.QtGui import QIcon

    from sr_editor.core.article.article import Article
    from sr_editor.core.article.regions import RegionVocabulary
    from sr_editor.core.checks.lint import Problem
    from sr_editor.core.spelling.checker import Preopened
    from sr_editor.core.storage.workspace import Workspace
    from sr_editor.gui.common.context import ShellContext, WindowContext
    from sr_editor.gui.common.dialogs import Dialogs
    from sr_editor.gui.common.settings import Settings
    from sr_editor.gui.window.main_window import MainWindow
    from sr_editor.services.workspace.listing import ListingService

APP_ID = "org.sr_editor.SrEditor"  # desktop entry, AppStream id and icon name

class Checker(Protocol):
    """The standard checks of one article; `pause` is called between steps (naps, or the end of stale work)."""

    def __call__(self, article: Article, bundle: Path, pause: Callable[[], None] | None = None) -> list[Problem]: ...


def load_app_icon() -> QIcon:
    """The app icon from resources/icons (every PNG size and the SVG), else the desktop theme's."""
    from PySide6.QtGui import QIcon

    icon = QIcon()
    hicolor = paths.resources_dir() / "icons" / "hicolor"
    for file in sorted(hicolor.glob(f"*/apps/{APP_ID}.*")):
        icon.addFile(str(file))
    return icon if not icon.isNull() else QIcon.fromTheme(APP_ID)


def make_checker(vocabulary: RegionVocabulary) -> Checker:
    """The checks bound to the vocabulary; core.checks.lint (it pulls in the renderer, ~0.2 s) is imported on first
    use, in the worker thread that runs the checks, not before the window is shown."""

    def check(article: Article, bundle: Path, pause: Callable[[], None] | None = None) -> list[Problem]:
        from sr_editor.import_guard import guard

        with guard("sr_editor.core.checks.lint"):  # the list's and the open article's workers may both get here first
            from sr_editor.core.checks.lint import check_article

        from sr_editor.core.pacing import Breather

        return check_article(article, bundle, vocabulary, pause or Breather())  # naps: typing never waits on them

    return check


def load_stylesheet() -> str:
    try:
        return (paths.resources_dir() / "preview.css").read_text(encoding="utf-8")
    except OSError:
        return ""


def load_vocabulary() -> RegionVocabulary:
    from sr_editor.core.article.regions import load_vocabulary as load

    return load()


def open_workspace(root: Path, vocabulary: RegionVocabulary) -> Workspace:
    """The workspace at `root`; one that does not exist yet is created with the sample articles (first run)."""
    from sr_editor.core.storage.atomicfile import remove_stale_state_temp_files
    from sr_editor.core.storage.workspace import Workspace

    if not root.exists():
        from sr_editor.core.storage.samples import create_sample_workspace  # Pillow (~100 ms): only on a first run

        create_sample_workspace(root)
    workspace = Workspace(root, make_checker(vocabulary), standard_checks=True)  # the list may check in processes
    remove_stale_state_temp_files(workspace.state_dir)  # crash leftovers of history, recovery, caches
    return workspace


def build_context(
    workspace: Workspace,
    vocabulary: RegionVocabulary,
    config_dir: Path | None = None,
    render_factory: RendererFactory = preview_renderer,
    render_in: RenderIn = RenderIn.CHILD_PROCESS,
    checker: Checker | None = None,
    settings: Settings | None = None,
    shell: ShellContext | WindowContext | None = None,
    dialogs: Dialogs | None = None,
) -> WindowContext:
    """All services for one workspace; the window is built from this. The preview renders with `render_factory`
    (module-level: the render child imports it by name) in a child process unless `render_in` says otherwise.
    `shell` gives the settings, window state, document and stylesheet of a window already shown, to be attached
    to."""
    from sr_editor.gui.common.context import WindowContext
    from sr_editor.gui.common.dialogs import lazy_dialogs
    from sr_editor.gui.common.settings import Settings, WindowState
    from sr_editor.services.document.autosave import AutosaveService
    from sr_editor.services.document.checks import ChecksRunner
    from sr_editor.services.document.document import ArticleDocument
    from sr_editor.services.document.session import ArticleSession
    from sr_editor.services.preview.worker import PreviewPipeline
    from sr_editor.services.runtime.turns import TurnBudget
    from sr_editor.services.workspace.file_watch import FileWatchService

    if shell is not None:
        settings = shell.settings
    settings = settings or Settings(config_dir)
    turns = shell.turns if shell is not None else TurnBudget()
    document = shell.document if shell is not None else ArticleDocument(turns=turns)
    autosave = AutosaveService(
        document, workspace.store, workspace.recovery, settings.autosave_delay_ms, settings.autosave_enabled,
    )
    return WindowContext(
        settings=settings,
        window_state=shell.window_state if shell is not None else WindowState(config_dir),
        workspace=workspace,
        vocabulary=vocabulary,
        document=document,
        session=ArticleSession(document, workspace.store, autosave),
        autosave=autosave,
        preview=PreviewPipeline(render_factory, render_in=render_in),
        checks=ChecksRunner(document, checker or make_checker(vocabulary)),
        watcher=FileWatchService(
            document, workspace.store.disk_hash, Path(workspace.root), writing=lambda: autosave.writing
        ),
        stylesheet=shell.stylesheet if shell is not None else load_stylesheet(),
        turns=turns,
        dialogs=dialogs or lazy_dialogs(),
    )


def build_window(context: WindowContext, restore: bool = True, publishing: bool = True, list_now: bool = True,
                 spelling: bool = True, staged: bool = False) -> MainWindow:
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


def install_desk(window: MainWindow, spelling: bool = True) -> None:
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


def install_spelling(window: MainWindow, dictionaries: Preopened | None = None) -> None:
    """Underlines as you type; opening a dictionary (Enchant, Hunspell) costs ~100 ms, so `dictionaries` may hand
    over one opened ahead on a worker thread."""
    from sr_editor.gui.spelling.spelling_ui import install_spelling as install

    window.features.spelling = install(window, dictionaries.open if dictionaries is not None else None)


def dictionaries_ahead(window: MainWindow) -> Preopened:
    """The dictionaries for the open article's language (none when spell checking is off); its `warm()` is meant
    for a worker thread."""
    from sr_editor.core.spelling.checker import Preopened, article_language

    context = window.context
    if not context.settings.spell_check_enabled:
        return Preopened()
    language = article_language(context.document.meta("lang"), Path(context.workspace.root),
                                context.settings.spelling_language)
    return Preopened([language])


def list_in_background(window: MainWindow, on_listed: Callable[[], None] | None = None) -> ListingService:
    """Fill the window's list from a worker thread (progress in the status bar), then check the articles not
    checked yet in the background and update their badges. The service goes into the context (the controller
    relists through it)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from sr_editor.core.article.summary import ArticleSummary
    from sr_editor.services.workspace.listing import ListingService

    listing = ListingService(window.context.workspace, window)
    panel, status = window.article_list, window.statusBar()

    def listed(summaries: list[ArticleSummary]) -> None:
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
    from sr_editor.gui.alt.queue_ui import install_queue_ui
    from sr_editor.gui.publish.publish_ui import install_publish_ui
    from sr_editor.gui.site.site_ui import install_site_ui
    from sr_editor.publish.sync.session import PublishSession
    from sr_editor.publish.wordpress.sites import SiteRegistry

    context, features = window.context, window.features
    navigator = features.controller
    assert navigator is not None, "the controller is built before publishing"
    context.publishing = PublishSession(SiteRegistry.default(), Path(context.workspace.root))
    publish_ui = install_publish_ui(window, navigator)
    features.publish_ui = publish_ui
    features.site_ui = install_site_ui(window, navigator, publish_ui.open_publish)
    site_ui = features.site_ui  # publishing asks first while someone else holds the post's lock
    publish_ui.before_publish = lambda: site_ui.review.presence.confirm_publish(window)
    features.queue_ui = install_queue_ui(window)  # Tools ▸ Alt-text queue; its engine is built when first opened
