"""The site-conflict dialog: the post was edited on the site since our last publish; the writer chooses.

"Keep the site's version" sends nothing and saves the site's text next to the article (`site-version-ID.html`),
so neither version is lost; the next publish will detect the same change and ask again.
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
    QVBoxLayout,
    QWidget,
)

from sr_editor.gui.dialogs.diff_view import DiffView, diff_html
from sr_editor.gui.publish.publish_style import named
from sr_editor.publish.errors import ConflictError


class SiteConflictChoice(Enum):
    OVERWRITE = "overwrite"  # publish again, replacing the site's edit
    KEEP_SITE = "keep_site"  # send nothing; save the site's text beside the article
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
        message = QLabel(self.tr(
            "<p><b>%1 changed this post on %2 at %3 UTC</b>, after you last published it.</p>"
            "<p>Below, lines starting with − are on the site only, lines with + are yours.</p>"
        ).replace("%1", info.who).replace("%2", site).replace("%3", info.when.replace("T", " ")))
        message.setObjectName("conflictMessage")
        message.setWordWrap(True)
        top.addWidget(message, 1)
        layout.addLayout(top)
        self.diffView = DiffView()
        self.diffView.setAccessibleName(self.tr("Differences between the site's post and your article"))
        self.diffView.setMinimumSize(680, 300)
        self.diffView.lines = info.diff.splitlines()
        self.diffView.setHtml(diff_html(self.diffView.lines))
        layout.addWidget(self.diffView, 1)
        note = QLabel(self.tr(
            "<b>Keep the site's version</b> sends nothing: the site's text is saved next to your article as "
            "site-version-&lt;post id&gt;.html so you can bring its changes into yours."))
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
