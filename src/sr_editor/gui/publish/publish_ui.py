"""Adds publishing to the main window: a Publish menu (Publish…, Submit for review…, Sites…), the dialogs'
collaborators (save before, reload after, keep the site's version), and the site's categories as region choices.

`install_publish_ui(host, navigator)` is the only entry point; it touches the window through `PanelHost` and the
services in `WindowContext`, among them the publishing session (`context.publishing`, built by the composition
root and shared with the Site and alt-text features).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox

from sr_editor.core.article.status import PUBLISH_STATUSES
from sr_editor.core.errors import SrEditorError
from sr_editor.core.pacing import Progress
from sr_editor.gui.common.host import ArticleNavigator, PanelHost
from sr_editor.import_guard import guard
from sr_editor.publish.sync.session import PublishSession
from sr_editor.publish.wordpress.sites import SiteProfile
from sr_editor.services.publish.worker import BackgroundCalls

if TYPE_CHECKING:
    from sr_editor.core.article.regions import RegionVocabulary  # the dialogs are imported when first opened (~0.9 MiB)
    from sr_editor.gui.publish.publish_dialog import PublishDialog, PublishRequest
    from sr_editor.gui.publish.sites_dialog import SitesDialog
    from sr_editor.publish.sync.flow import Collaborators, PublishJob  # imported for a publish

PUBLISH_SHORTCUT = "Ctrl+Shift+U"  # Ctrl+Shift+P toggles the preview
CHECKS_FALLBACK_MS = 3000  # if the checker never answers, use the problems the document already has
PUBLISH_KEYS = ("remote", "status")  # the front matter a publish writes back: the status is the site's


class PublishUi(QObject):
    """The window's publishing behaviour; also the `PublishHooks` of the dialog it opens."""

    def __init__(
        self,
        window: PanelHost,
        navigator: ArticleNavigator | None = None,
        collaborators: Collaborators | None = None,
        open_url: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(window.window())
        self.window, self.ctx, self.navigator = window, window.context, navigator
        self.widget = window.window()  # the parent of the dialogs
        self.collaborators = collaborators  # None: the flow's defaults (core lint, render, images)
        self._open_url = open_url or (lambda url: QDesktopServices.openUrl(QUrl(url)))
        self.calls = BackgroundCalls(self, threads=1)
        self.current_site: str | None = None
        self.before_publish: Callable[[], bool] = lambda: True  # the Site UI asks first while another edits
        self.dialog: PublishDialog | None = None
        self._bundle: Path | None = None
        self._build_menu()
        window.closing.connect(self.shutdown)
        self.ctx.document.loaded.connect(self.refresh_region_choices)  # the default site follows the article

    @property
    def session(self) -> PublishSession:
        """The window's one publishing session (a test may put another one in the context)."""
        session = self.ctx.publishing
        assert session is not None, "the composition root builds the session before installing publishing"
        return session

    def _build_menu(self) -> None:
        menu = self.window.menuBar().addMenu(self.tr("&Publish"))
        menu.setObjectName("menuPublish")  # menus.menu_named: found by name in any interface language
        self.window.add_action(menu, "publish", self.tr("&Publish…"), PUBLISH_SHORTCUT, self.open_publish)
        self.window.add_action(menu, "submit_for_review", self.tr("Submit for &review…"), None,
                               lambda: self.open_publish("pending"))
        menu.addSeparator()
        self.window.add_action(menu, "sites", self.tr("&Sites…"), None, self.open_sites)

    # ----- dialogs -----------------------------------------------------------------------------------
    def open_sites(self) -> SitesDialog:
        from sr_editor.gui.publish.sites_dialog import SitesDialog

        dialog = SitesDialog(self.session, self.widget)
        dialog.termsSynced.connect(self._on_terms_synced)
        dialog.sitesChanged.connect(self.refresh_region_choices)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def open_publish(self, status: str | None = None) -> PublishDialog | None:
        from sr_editor.gui.publish.publish_dialog import PublishDialog

        doc = self.ctx.document
        if doc.bundle is None or doc.read_only:
            self.window.statusBar().showMessage(self.tr("Open an article that can be saved to publish it."), 8000)
            return None
        if not self.before_publish():
            return None
        try:
            profiles = self.session.profiles()
        except SrEditorError as error:
            QMessageBox.warning(self.widget, self.tr("Publish"), str(error))
            return None
        self._bundle = doc.bundle
        default_site = self._default_site(profiles, doc.meta("remote"))
        dialog = PublishDialog(self, str(doc.meta("title") or doc.bundle.name), profiles, default_site,
                               status or self._default_status(default_site), self.widget)
        dialog.site_statuses = _recorded_statuses(doc.meta("remote"))
        dialog.finished.connect(lambda _code: self._dialog_closed(dialog))
        dialog.problemActivated.connect(lambda problem: self._go_to_problem(dialog, problem))
        self.dialog = dialog
        self._run_checks(dialog)
        dialog.open()
        return dialog

    def _go_to_problem(self, dialog: PublishDialog, problem: Any) -> None:
        """Close the dialog and show the problem in the editor or the metadata panel, as the problems panel does."""
        dialog.reject()
        if self.navigator is not None:
            self.navigator.jump_to_problem(problem)

    def _default_site(self, profiles: list[SiteProfile], remote: object) -> str | None:
        """The site chosen last in this session, else one the article was published to, else the first."""
        names = [p.name for p in profiles]
        for site in [self.current_site, *(remote if isinstance(remote, dict) else {})]:
            if site in names:
                return str(site)
        return names[0] if names else None

    def _default_status(self, site: str | None) -> str:
        remote = self.ctx.document.meta("remote") or {}
        entry = remote.get(site) if isinstance(remote, dict) and site else None
        status = entry.get("status") if isinstance(entry, dict) else None
        return str(status) if status in PUBLISH_STATUSES else "draft"

    def _run_checks(self, dialog: PublishDialog) -> None:
        """The window's own checker, run now on the current text; its answer fills the checklist."""
        bundle = self._bundle

        def on_checked(checked_bundle: Path, problems: list[Any]) -> None:
            if checked_bundle == bundle and dialog.problems is None:
                dialog.set_problems(problems)

        self.ctx.checks.checked.connect(on_checked)
        dialog.finished.connect(lambda _code: self.ctx.checks.checked.disconnect(on_checked))
        def fallback() -> None:
            if dialog.problems is None:
                dialog.set_problems(self.ctx.document.problems)

        QTimer.singleShot(CHECKS_FALLBACK_MS, dialog, fallback)
        self.ctx.checks.run_now()

    def _dialog_closed(self, dialog: PublishDialog) -> None:
        if dialog.outcome is not None:
            self.current_site = dialog.site()
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    # ----- hooks of the publish dialog ---------------------------------------------------------------
    def prepare(self) -> str | None:
        """Save first so the file on disk is what gets published. While the job runs the writer may keep typing:
        snapshots go on, timed saves wait, and the job merges its front-matter write-backs into the file."""
        doc = self.ctx.document
        if doc.bundle is None or doc.bundle != self._bundle or doc.read_only:
            return self.tr("The article is no longer open; close this dialog and try again.")
        if not self.ctx.autosave.save_now():
            return self.tr("%1 could not be saved, so it was not published; your text is kept in a recovery "
                           "copy.").replace("%1", doc.bundle.name)
        self.ctx.watcher.blockSignals(True)  # the flow rewrites the front matter: that change is ours
        self.ctx.autosave.hold_saves()
        return None

    def make_job(self, request: PublishRequest, progress: Progress) -> PublishJob:
        """Called in the worker thread: may read the keyring and fetch the term cache."""
        with guard("sr_editor.publish.sync.flow"):  # the first publish imports it, perhaps beside the GUI thread
            from sr_editor.publish.sync.flow import PublishOptions

        assert self._bundle is not None
        options = PublishOptions(status=request.status, date=request.date, force=request.force,
                                 create_tags=request.create_tags)
        if self.collaborators is None:
            options.max_image_width = self.ctx.settings.max_image_width
        return self.session.make_job(request.site, self.ctx.workspace.store, self._bundle, options, progress,
                                     self.collaborators, overwrite_site_changes=request.overwrite)

    def finished(self) -> None:
        """Show the front matter the flow wrote (remote ids) without the "changed on disk" prompt."""
        try:
            self.reload_after_publish()
        finally:
            self.ctx.watcher.blockSignals(False)
            self.ctx.autosave.release_saves()
        if self.navigator is not None:
            self.navigator.refresh_list()
        self.refresh_region_choices()

    def reload_after_publish(self) -> None:
        """Apply the flow's front-matter change (`remote:`) to the open document instead of reloading it, so
        text typed during the publish, the cursor and the undo history stay."""
        doc, store, bundle = self.ctx.document, self.ctx.workspace.store, self._bundle
        if bundle is None or doc.bundle != bundle:
            return
        try:
            if store.disk_hash(bundle) == doc.disk_hash:
                return
            doc.adopt_front_matter(store.load(bundle), PUBLISH_KEYS)
        except (OSError, SrEditorError) as error:
            self.window.statusBar().showMessage(str(error), 8000)

    def keep_site_version(self, site: str) -> Path:
        """Worker thread: the article becomes the site's version (converted to Markdown, images downloaded); the
        local one goes to the history; nothing is sent. The dialog calls `prepare` before and `finished` after."""
        assert self._bundle is not None
        return self.session.keep_site_version(site, self.ctx.workspace.store, self._bundle)

    def ask_password(self, site: str) -> bool:
        """No password stored (or the keyring is locked): ask, and keep it in memory for this session."""
        try:
            profile = self.session.registry.get(site)
        except SrEditorError:
            return False
        password, ok = QInputDialog.getText(
            self.dialog or self.widget, self.tr("Password for %1").replace("%1", site),
            self.tr("Application Password of %1 on %2 (kept until you quit):").replace("%1", profile.username)
            .replace("%2", site), QLineEdit.EchoMode.Password)
        if not ok or not password.strip():
            return False
        self.session.remember_for_session(profile, password.strip())
        return True

    def open_url(self, url: str) -> None:
        self._open_url(url)

    # ----- region choices ----------------------------------------------------------------------------
    def _on_terms_synced(self, site: str) -> None:
        self.current_site = self.current_site or site
        self.refresh_region_choices()

    def refresh_region_choices(self) -> None:
        """Offer the site's categories as regions when its term cache exists; else the vocabulary's regions.

        Categories that are no region of the vocabulary ("Arts & Culture") are left out, since the checks would
        reject them; if the vocabulary knows none of them, all categories are offered.
        """
        panel = self.window.metadata_panel
        if not hasattr(panel, "set_region_choices"):
            return
        vocabulary = self.ctx.vocabulary
        fallback = list(getattr(vocabulary, "regions", ()))
        remote = self.ctx.document.meta("remote")

        def load() -> list[str] | None:
            site = self._default_site(self.session.profiles(), remote)
            cache = self.session.term_cache(site) if site else None
            if cache is None:
                return None
            return site_regions([t.name for t in cache.categories if t.slug != "uncategorized"], vocabulary)

        self.calls.run(load, lambda names: self._offer_regions(names or fallback), lambda _error: None)

    def _offer_regions(self, names: list[str]) -> None:
        """The panel offers these regions, and the checks ask for no region outside them (issue: a region the
        site lacks was demanded, then publishing failed)."""
        self.window.metadata_panel.set_region_choices(names)
        vocabulary = self.ctx.vocabulary
        narrow = getattr(vocabulary, "for_site", None)
        checks = getattr(self.ctx, "checks", None)
        if callable(narrow) and checks is not None and hasattr(checks, "use_vocabulary"):
            narrowed = narrow(names)
            if narrowed is not vocabulary:
                checks.use_vocabulary(narrowed)

    def shutdown(self) -> None:
        """On quit: stop a running publish between steps (each is safe to redo) and let short calls finish."""
        if self.dialog is not None and self.dialog.worker.running:
            self.dialog.worker.cancel()
            self.dialog.worker.wait(5000)
        self.calls.wait(2000)


def _recorded_statuses(remote: object) -> dict[str, str]:
    """site -> post status written back by the last publish there."""
    if not isinstance(remote, dict):
        return {}
    return {str(site): str(entry.get("status", "")) for site, entry in remote.items() if isinstance(entry, dict)}


def site_regions(categories: list[str], vocabulary: RegionVocabulary) -> list[str]:
    """The categories that the vocabulary knows as regions (all of them when it knows none), sorted."""
    canonical = getattr(vocabulary, "canonical_region", None)
    known = [name for name in categories if callable(canonical) and canonical(name)]
    return sorted(known or categories, key=str.casefold)


def install_publish_ui(
    window: PanelHost,
    navigator: ArticleNavigator | None = None,
    collaborators: Collaborators | None = None,
    open_url: Callable[[str], None] | None = None,
) -> PublishUi:
    """Add the Publish menu to `window` and offer the site's categories as regions; returns the behaviour.
    The window's context holds the publishing session (`context.publishing`)."""
    ui = PublishUi(window, navigator, collaborators, open_url)
    ui.refresh_region_choices()
    return ui
