"""The site-conflict dialog: the post was edited on the site since our last publish; the writer chooses.

"Keep the site's version" sends nothing and replaces the local article with the site's version, converted to
Markdown as a pull does; the local text goes to the local history, so neither version is lost.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from sr_editor.gui.common.tab_order import buttons_in_screen_order
from sr_editor.gui.dialogs.diff_view import DiffView, diff_html
from sr_editor.gui.publish.publish_style import named
from sr_editor.gui.site.compare_dialog import LOCAL_STYLE, SITE_STYLE
from sr_editor.gui.site.compare_dialog import diff_html as compare_html
from sr_editor.publish.errors import ConflictError


class SiteConflictChoice(Enum):
    OVERWRITE = "overwrite"  # publish again, replacing the site's edit
    KEEP_SITE = "keep_site"  # send nothing; the article becomes the site's version (the local one to history)
    CANCEL = "cancel"


class SiteConflictDialog(QDialog):
    def __init__(self, error: ConflictError, site: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("siteConflictDialog")
        self.setWindowTitle(self.tr("Changed on the site"))
        self.choice = SiteConflictChoice.CANCEL
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        top = QHBoxLayout()
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(40, 40))
        top.addWidget(icon)
        info = error.info
        legend = self.tr("<p>Below, word by word: <span style='%1'>crossed out red</span> is only in yours, "
                         "<span style='%2'>green</span> only on the site.</p>").replace("%1", LOCAL_STYLE)\
            .replace("%2", SITE_STYLE) if info.fields else \
            self.tr("<p>Below, lines starting with − are on the site only, lines with + are yours.</p>")
        message = QLabel(self.tr(
            "<p><b>%1 changed this post on %2 at %3 UTC</b>, after you last published it.</p>"
        ).replace("%1", info.who).replace("%2", site).replace("%3", info.when.replace("T", " ")) + legend)
        message.setObjectName("conflictMessage")
        message.setWordWrap(True)
        top.addWidget(message, 1)
        layout.addLayout(top)
        self.diffView = DiffView()
        self.diffView.setAccessibleName(self.tr("Differences between the site's post and your article"))
        self.diffView.setAccessibleDescription(
            self.tr("The lines of HTML that differ between the site's post and your article."))
        self.diffView.setMinimumSize(680, 300)
        self.diffView.lines = info.diff.splitlines()
        self.diffView.setHtml(diff_html(self.diffView.lines))
        layout.addWidget(self.diffView, 1)
        # "Compare with the site": the readable comparison of title, teaser, regions, tags, image and text.
        self.compareView = QTextBrowser()
        self.compareView.setObjectName("conflictCompareView")
        self.compareView.setAccessibleName(self.tr("Differences between the site's post and your article"))
        self.compareView.setAccessibleDescription(
            self.tr("Each field of your article and of the site's post, with the words that differ marked."))
        self.compareView.setMinimumSize(680, 300)
        self.compareView.setHtml(compare_html(list(info.fields)))
        layout.addWidget(self.compareView, 1)
        self.diffView.setVisible(not info.fields)
        self.compareView.setVisible(bool(info.fields))
        note = QLabel(self.tr(
            "<b>Keep the site's version</b> sends nothing: your article becomes the site's version and your own "
            "text goes to the local history (File ▸ History…)."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #5f6368")
        layout.addWidget(note)
        buttons = QDialogButtonBox()
        self.overwriteButton = named(QPushButton(self.tr("&Overwrite the site's version")), "overwriteButton")
        self.keepButton = named(QPushButton(self.tr("&Keep the site's version")), "keepSiteButton")
        self.cancelButton = named(QPushButton(self.tr("Cancel")), "cancelConflictButton")
        buttons.addButton(self.overwriteButton, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.keepButton, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancelButton, QDialogButtonBox.ButtonRole.RejectRole)
        self.overwriteButton.clicked.connect(lambda: self._choose(SiteConflictChoice.OVERWRITE))
        self.keepButton.clicked.connect(lambda: self._choose(SiteConflictChoice.KEEP_SITE))
        self.cancelButton.clicked.connect(self.reject)
        self.cancelButton.setDefault(True)
        layout.addWidget(buttons)
        buttons_in_screen_order(buttons)

    def _choose(self, choice: SiteConflictChoice) -> None:
        self.choice = choice
        self.accept()

    def reject(self) -> None:
        self.choice = SiteConflictChoice.CANCEL
        super().reject()


def ask_site_conflict(parent: QWidget | None, error: ConflictError, site: str) -> SiteConflictChoice:
    """Modal; tests replace this function (or click the buttons of the open dialog)."""
    dialog = SiteConflictDialog(error, site, parent)
    dialog.exec()
    choice = dialog.choice
    dialog.deleteLater()
    return choice
