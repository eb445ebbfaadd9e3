"""The site's revisions of the open article's post: who and when, a word diff of each against the local text, and
"Restore as Local Text" (the current text goes to local history first). Reading runs on a worker thread."""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from sr_editor.core.article.article import Article
from sr_editor.core.errors import SrEditorError
from sr_editor.core.review.compare import FieldDiff, compare_articles
from sr_editor.gui.site.compare_dialog import LOCAL_STYLE, SITE_STYLE, diff_html
from sr_editor.publish.review.revisions import Revision, Revisions


@dataclass(frozen=True)
class SiteRevision:
    revision: Revision
    article: Article  # the revision converted as a pull would (title and body)
    diffs: list[FieldDiff]


def load_revisions(client: Any, workspace: Path, site: str, post_id: int, local: Article) -> list[SiteRevision]:
    """On a worker thread: each revision, converted to Markdown, compared with the local article."""
    from sr_editor.publish.sync.flow import POST_FIELDS
    from sr_editor.publish.sync.pull_post import PostBuilder
    from sr_editor.publish.sync.site_review import _terms

    post = client.get(f"/wp/v2/posts/{int(post_id)}", {"context": "edit", "_fields": POST_FIELDS})
    if not isinstance(post, dict):
        post = {"id": post_id}
    builder = PostBuilder(client, site, _terms(client, workspace, site), {}, fetch_files=False)
    found = []
    for revision in Revisions(client, post_id).list():
        shaped = dict(post, title={"raw": revision.title}, content={"raw": revision.content})
        article = builder.build(shaped, workspace / f".site-post-{post_id}", local).article
        diffs = [d for d in compare_articles(local, article) if d.name in ("Title", "Body")]
        found.append(SiteRevision(revision, article, diffs))
    return found


class RevisionsDialog(QDialog):
    def __init__(self, site: str, revisions: list[SiteRevision], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("revisionsDialog")
        self.setWindowTitle(self.tr("Revisions on %1").replace("%1", site))
        self.revisions = revisions
        self.restored: SiteRevision | None = None
        layout = QVBoxLayout(self)
        legend = QLabel(self.tr("<span style='%1'>crossed out red</span>: only in your text; "
                                "<span style='%2'>green</span>: only in the revision.")
                        .replace("%1", LOCAL_STYLE).replace("%2", SITE_STYLE))
        layout.addWidget(legend)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.list = QListWidget()
        self.list.setObjectName("revisionsList")
        self.list.setAccessibleName(self.tr("Revisions, newest first"))
        for item in revisions:
            when = item.revision.date_gmt.replace("T", " ")[:16]
            row = QListWidgetItem(self.tr("%1 UTC — %2").replace("%1", when).replace("%2", item.revision.author))
            self.list.addItem(row)
        self.view = QTextBrowser()
        self.view.setObjectName("revisionsDiff")
        self.view.setAccessibleName(self.tr("Differences with your text, word by word"))
        split.addWidget(self.list)
        split.addWidget(self.view)
        split.setSizes([240, 560])
        layout.addWidget(split, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restoreButton = QPushButton(self.tr("&Restore as Local Text"))
        self.restoreButton.setObjectName("revisionsRestore")
        buttons.addButton(self.restoreButton, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.restoreButton.clicked.connect(self._restore)
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(self._show)
        self.resize(860, 520)
        if revisions:
            self.list.setCurrentRow(0)
        else:
            self.view.setHtml(html.escape(self.tr("The site keeps no revisions of this post.")))
            self.restoreButton.setEnabled(False)

    def _show(self, row: int) -> None:
        if 0 <= row < len(self.revisions):
            self.view.setHtml(diff_html(self.revisions[row].diffs))

    def _restore(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.revisions):
            self.restored = self.revisions[row]
            self.accept()


def restored_article(local: Article, chosen: Article) -> Article:
    """The local article with the revision's title and body; everything else (links, tags, images) kept."""
    merged = local.copy()
    merged.title = chosen.title
    merged.body = chosen.body
    return merged


def open_revisions(review: Any, site: str, post_id: int) -> None:
    """Read the revisions off the GUI thread, then show the dialog; a restore saves with a reason (history)."""
    site_ui = review.site_ui
    ctx = site_ui.ctx
    local = ctx.document.article()
    workspace = Path(ctx.workspace.root)
    site_ui._say(review.tr("Reading the revisions of post %1…").replace("%1", str(post_id)))

    def shown(found: list[SiteRevision]) -> None:
        review.window.statusBar().clearMessage()  # "Reading the revisions…" is done
        dialog = RevisionsDialog(site, found, review.window)
        site_ui.dialog = dialog
        dialog.accepted.connect(lambda: _restore(review, dialog, site))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    review.calls.run(lambda: load_revisions(review.client_for(site), workspace, site, post_id, local), shown,
                     lambda e: site_ui._say(str(e)))


def _restore(review: Any, dialog: RevisionsDialog, site: str) -> None:
    chosen = dialog.restored
    ctx = review.site_ui.ctx
    bundle = ctx.document.bundle
    if chosen is None or bundle is None or not ctx.autosave.save_now():
        return
    merged = restored_article(ctx.document.article(), chosen.article)
    when = chosen.revision.date_gmt.replace("T", " ")[:16]
    try:
        ctx.watcher.blockSignals(True)
        try:
            ctx.workspace.store.save(bundle, merged, ctx.document.disk_hash,
                                     reason=f"restore revision {chosen.revision.id} from {site}")
        finally:
            ctx.watcher.blockSignals(False)
    except (OSError, SrEditorError) as error:
        QMessageBox.warning(review.window, review.tr("Restore"), str(error))
        return
    ctx.session.reload()
    review.site_ui._say(review.tr("Restored the revision of %1 by %2; your previous text is in the local history.")
                        .replace("%1", when).replace("%2", chosen.revision.author))
