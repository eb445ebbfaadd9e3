"""Adds the editor's site commands to the main window: a "Site" menu, the Site panel (a dock), "Compare with the
site" and "Merge the site's version".

`install_site_ui(host, navigator, open_checklist)` is the only entry point (called by the composition root next to
the publishing UI); it touches the window through `SiteHost`, and uses the publishing session of its context.
Network and disk work runs in background calls; only their answers touch widgets, on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog, QDockWidget, QMessageBox

from sr_editor.core.article.article import Article
from sr_editor.core.article.frontmatter import parse_article, serialize_article
from sr_editor.core.errors import SrEditorError
from sr_editor.gui.common.host import ArticleNavigator, SiteHost
from sr_editor.gui.common.shown_words import outcome_text
from sr_editor.gui.site.site_panel import SitePanel
from sr_editor.import_guard import guard
from sr_editor.publish.sync import synced
from sr_editor.publish.sync.session import PublishSession
from sr_editor.services.publish.worker import BackgroundCalls

if TYPE_CHECKING:  # the dialogs, the comparison and the site's posts are imported on first use (~4 MiB, bs4 too)
    from sr_editor.gui.site.merge_dialog import MergeDialog


class SiteUi(QObject):
    """The window's site behaviour: list, open (pull + open), compare, merge."""

    def __init__(self, window: SiteHost, navigator: ArticleNavigator,
                 open_checklist: Callable[[], object] | None = None) -> None:
        super().__init__(window.window())
        self.window, self.ctx, self.navigator = window, window.context, navigator
        self.widget = window.window()  # the parent of the dialogs
        self._open_checklist = open_checklist  # the publish dialog's checklist, shown for a post just opened
        self.calls = BackgroundCalls(self, threads=1)
        self.panel = SitePanel()
        self.dock = QDockWidget(self.tr("Site"), self.widget)
        self.dock.setObjectName("siteDock")
        self.dock.setWidget(self.panel)
        # Below the editor, beside Problems: a wide table there leaves the list, editor and preview their width
        # (at the left it squeezed the editor and preview into slivers at 1366 pixels).
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        self.dock.hide()
        self.dialog: QDialog | None = None  # the compare or merge dialog last shown (tests look at it)
        # An opened post shows the pre-publish checklist first (the publish dialog; nothing is sent until asked).
        self.checklist_on_open = True
        from sr_editor.gui.site.review_ui import ReviewUi

        self.review = ReviewUi(self)  # approve, request changes, notes, presence, revisions
        self._build_menu()
        self.panel.refreshRequested.connect(self.refresh)
        self.panel.approveRequested.connect(self.review.approve)
        self.panel.changesRequested.connect(lambda site, post_id: self.review.request_changes(site, post_id))
        self.panel.openRequested.connect(self.open_post)
        self.panel.compareRequested.connect(self.compare_post)
        window.closing.connect(lambda: self.calls.wait(2000))

    @property
    def session(self) -> PublishSession:
        """The window's one publishing session (a test may put another one in the context)."""
        session = self.ctx.publishing
        assert session is not None, "the composition root builds the session before installing the Site menu"
        return session

    def _build_menu(self) -> None:
        menu = self.window.menuBar().addMenu(self.tr("S&ite"))
        menu.setObjectName("menuSite")  # menus.menu_named: found by name in any interface language
        toggle = self.dock.toggleViewAction()
        toggle.setText(self.tr("Site &Panel"))
        toggle.setObjectName("action_site_panel")
        toggle.setShortcut("Ctrl+Alt+S")
        menu.addAction(toggle)
        self.window.commands["site_panel"] = toggle
        toggle.toggled.connect(lambda shown: self.show_panel() if shown else None)
        self.window.add_action(menu, "compare_with_site", self.tr("&Compare with the Site…"), None, self.compare_open)
        self.window.add_action(menu, "merge_site_version", self.tr("&Merge the Site's Version…"), None,
                               self.merge_open)
        self.window.add_action(menu, "take_site_version", self.tr("&Take the Site's Version"), None,
                               self.take_site_open)
        self.review.build_menu(menu)

    def _say(self, text: str) -> None:
        self.panel.set_message(text)
        self.window.statusBar().showMessage(text, 8000)

    # ----- the panel ---------------------------------------------------------------------------------
    def show_panel(self) -> None:
        try:
            names = [p.name for p in self.session.profiles()]
        except SrEditorError as error:
            self._say(str(error))
            return
        problems = self.window.problems_dock
        if not problems.isHidden() and problems not in self.window.tabifiedDockWidgets(
                self.dock):
            self.window.tabifyDockWidget(problems, self.dock)  # on first show: a hidden tab would size the area
        self.dock.show()
        self.dock.raise_()
        self.window.resizeDocks([self.dock], [260], Qt.Orientation.Vertical)
        if self.panel.siteCombo.count() == 0:
            self.panel.set_sites(names)
            if names:
                self.refresh(names[0])

    def refresh(self, site: str) -> None:
        if not site:
            return
        self.panel.set_message(self.tr("Reading %1…").replace("%1", site))
        workspace = Path(self.ctx.workspace.root)
        checker: Callable[[Article, Path], list[Any]] = self.ctx.workspace.checker or (lambda _a, _b: [])

        def work() -> Any:
            from sr_editor.gui.site.review_ui import drafts_with_open_notes

            with guard("sr_editor.publish.sync.site_review"):  # on a worker thread (import_guard)
                from sr_editor.publish.sync.site_review import review_posts

            client = self.session.client(site)
            posts = review_posts(client, workspace, site, checker)
            return posts, drafts_with_open_notes(self.review.backend_for, client, posts)

        self.calls.run(work, lambda found: self.panel.set_posts(*found), lambda error: self._say(str(error)))

    def open_post(self, site: str, post_id: int) -> None:
        """Pull the post into the workspace, then open it (unsaved text is saved first)."""
        if not self.ctx.autosave.save_now():
            self._say(self.tr("The open article could not be saved, so nothing was pulled."))
            return
        self._say(self.tr("Pulling post %1 from %2…").replace("%1", str(post_id)).replace("%2", site))
        self.ctx.watcher.blockSignals(True)  # the pull may rewrite the open article: that change is ours
        store = self.ctx.workspace.store

        def work() -> Any:
            with guard("sr_editor.publish.sync.site_review"):  # on a worker thread (import_guard)
                from sr_editor.publish.sync.site_review import pull_one

            return pull_one(self.session.client(site), site, store, post_id)

        self.calls.run(work, lambda item: self._pulled(site, item), self._pull_failed)

    def _pull_failed(self, error: BaseException) -> None:
        self.ctx.watcher.blockSignals(False)
        self._say(str(error))

    def _pulled(self, site: str, item: Any) -> None:
        self.ctx.watcher.blockSignals(False)
        self.navigator.refresh_list()
        if self.ctx.document.bundle == item.bundle:
            self.ctx.session.reload()
        else:
            self.navigator.open_article(item.bundle)
        self._say(self.tr("%1: %2").replace("%1", item.bundle.name).replace("%2", outcome_text(item.outcome)))
        if item.outcome != "conflict":
            opener = self._open_checklist
            if self.checklist_on_open and opener is not None and self.ctx.document.bundle == item.bundle:
                opener()
            return
        if item.outcome == "conflict":
            answer = QMessageBox.question(
                self.widget, self.tr("Changed on both sides"),
                self.tr("This article was changed here and on %1 since the last sync. Your text is kept and the "
                        "site's version is in the local history. Merge them now?").replace("%1", site))
            if answer == QMessageBox.StandardButton.Yes:
                self.merge_open()

    # ----- compare -----------------------------------------------------------------------------------
    def _open_site_entry(self) -> tuple[str, int] | None:
        remote = self.ctx.document.meta("remote")
        names = {p.name for p in self.session.profiles()}
        for site, entry in (remote.items() if isinstance(remote, dict) else []):
            if site in names and isinstance(entry, dict) and isinstance(entry.get("post_id"), int):
                return str(site), int(entry["post_id"])
        return None

    def compare_open(self) -> None:
        bundle = self.ctx.document.bundle
        found = self._open_site_entry() if bundle is not None else None
        if found is None or bundle is None:
            self._say(self.tr("The open article is not on any site yet: there is nothing to compare."))
            return
        self._compare(found[0], found[1], self.ctx.document.article(), bundle.name)

    def compare_post(self, site: str, post_id: int) -> None:
        local, name = self._local_for(site, post_id)
        self._compare(site, post_id, local, name)

    def _local_for(self, site: str, post_id: int) -> tuple[Article, str]:
        for summary in self.ctx.workspace.list_articles():
            try:
                article = self.ctx.workspace.store.load(summary.bundle).article
            except (OSError, SrEditorError):
                continue
            if article.remote_for(site).get("post_id") == post_id:
                return article, summary.bundle.name
        return Article(), self.tr("(not in this workspace)")

    def _compare(self, site: str, post_id: int, local: Article, name: str) -> None:
        workspace = Path(self.ctx.workspace.root)
        self._say(self.tr("Reading post %1 from %2…").replace("%1", str(post_id)).replace("%2", site))

        def work() -> Any:
            from sr_editor.core.review.compare import compare_articles

            with guard("sr_editor.publish.sync.site_review"):
                from sr_editor.publish.sync.site_review import site_article

            return compare_articles(local, site_article(self.session.client(site), workspace, site, post_id, local))

        self.calls.run(work, lambda diffs: self._show_compare(diffs, name, site, post_id),
                       lambda e: self._say(str(e)))

    def _show_compare(self, diffs: Any, name: str, site: str, post_id: int = 0) -> None:
        from sr_editor.gui.site.compare_dialog import CompareDialog

        dialog = CompareDialog(diffs, name, site, self.widget)
        dialog.finished.connect(dialog.deleteLater)
        opened = self._open_site_entry() if self.ctx.document.bundle is not None else None
        dialog.offer_review(post_id > 0, opened == (site, post_id))
        dialog.approveRequested.connect(lambda: self.review.approve(site, post_id))
        dialog.changesRequested.connect(lambda: self.review.request_changes(site, post_id, dialog.selected_text()))
        dialog.takeRequested.connect(self.take_site_open)
        dialog.mergeRequested.connect(self.merge_open)
        self.dialog = dialog
        dialog.open()

    # ----- take the site's version -------------------------------------------------------------------
    def take_site_open(self) -> None:
        """Replace the open article with the site's version (the local text goes to history), as a pull does."""
        found = self._open_site_entry() if self.ctx.document.bundle is not None else None
        if found is None:
            self._say(self.tr("The open article is not on any site yet: there is no site version."))
            return
        answer = QMessageBox.question(
            self.widget, self.tr("Take the Site's Version"),
            self.tr("Replace your text with the version on %1? Yours goes to the local history.").replace(
                "%1", found[0]))
        if answer != QMessageBox.StandardButton.Yes or not self.ctx.autosave.save_now():
            return
        site, post_id = found
        store = self.ctx.workspace.store
        self.ctx.watcher.blockSignals(True)

        def work() -> Any:
            with guard("sr_editor.publish.sync.site_review"):
                from sr_editor.publish.sync.site_review import pull_one

            return pull_one(self.session.client(site), site, store, post_id, take_site=True)

        self.calls.run(work, self._took_site, self._pull_failed)

    def _took_site(self, item: Any) -> None:
        self.ctx.watcher.blockSignals(False)
        self.ctx.session.reload()
        self._say(self.tr("%1: %2").replace("%1", item.bundle.name).replace("%2", outcome_text(item.outcome)))

    # ----- merge -------------------------------------------------------------------------------------
    def merge_open(self) -> MergeDialog | None:
        from sr_editor.core.review.merge3 import merge_hunks
        from sr_editor.gui.site.merge_dialog import MergeDialog

        doc = self.ctx.document
        found = self._open_site_entry() if doc.bundle is not None else None
        workspace = Path(self.ctx.workspace.root)
        incoming = synced.load_incoming(workspace, found[0], found[1]) if found else None
        if found is None or incoming is None or doc.bundle is None:
            self._say(self.tr("No version from the site waits to be merged into this article."))
            return None
        if not self.ctx.autosave.save_now():
            return None
        site, post_id = found
        base = synced.load_base(workspace, site, post_id) or Article()
        mine = doc.article()
        hunks = merge_hunks(_text(base), _text(mine), _text(incoming))
        dialog = MergeDialog(hunks, site, self.widget)
        dialog.accepted.connect(lambda: self._save_merge(dialog, site, post_id, incoming))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _save_merge(self, dialog: MergeDialog, site: str, post_id: int, incoming: Article) -> None:
        doc, store, workspace = self.ctx.document, self.ctx.workspace.store, Path(self.ctx.workspace.root)
        bundle = doc.bundle
        assert bundle is not None
        try:
            merged = parse_article(dialog.merged(), bundle / "index.md")
            merged.set("remote", dict(doc.article().remote))
            merged.set_remote_for(site, incoming.remote_for(site))  # now in step with the site's version
            self.ctx.watcher.blockSignals(True)
            try:
                store.save(bundle, merged, doc.disk_hash, reason=f"merge with {site}")
            finally:
                self.ctx.watcher.blockSignals(False)
            synced.save_base(workspace, site, post_id, incoming)
            synced.drop_incoming(workspace, site, post_id)
        except (OSError, SrEditorError) as error:
            QMessageBox.warning(self.widget, self.tr("Merge"), str(error))
            return
        self.ctx.session.reload()
        self._say(self.tr("Merged; publish to send the result to %1.").replace("%1", site))


def _text(article: Article) -> str:
    """The article as file text without `remote` (bookkeeping that differs on both sides by nature)."""
    clean = article.copy()
    clean.remove("remote")
    clean.raw_front = None
    return serialize_article(clean)


def install_site_ui(window: SiteHost, navigator: ArticleNavigator,
                    open_checklist: Callable[[], object] | None = None) -> SiteUi:
    """Add the Site menu and panel; they use the publishing session of the window's context."""
    return SiteUi(window, navigator, open_checklist)
