"""Compare with the site: title, teaser, regions, tags, featured image and body, word by word on what readers
see (rendered text, no markup, no marker comments); red words are only in yours, green only on the site."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from sr_editor.core.review.compare import FieldDiff
from sr_editor.gui.common.shown_words import part_text

LOCAL_STYLE = "background:#fbe9e7;color:#8a1c0c;text-decoration:line-through"
SITE_STYLE = "background:#e6f4e6;color:#1d5e20"


def diff_html(diffs: Sequence[FieldDiff]) -> str:
    parts = []
    for field in diffs:
        state = QCoreApplication.translate("CompareDialog", "changed") if field.changed else \
            QCoreApplication.translate("CompareDialog", "same")
        parts.append(f"<h3 style='margin:10px 0 2px 0'>{html.escape(part_text(field.name))} "
                     f"<span style='color:#5f6368;font-weight:normal'>({state})</span></h3><p>")
        for tag, local, site in field.ops:
            if tag == "equal":
                parts.append(_words(local))
                continue
            if local:
                parts.append(f"<span style='{LOCAL_STYLE}'>{_words(local)}</span> ")
            if site:
                parts.append(f"<span style='{SITE_STYLE}'>{_words(site)}</span> ")
        parts.append("</p>")
    return "".join(parts)


def _words(text: str) -> str:
    return html.escape(text).replace(" \n ", "<br/>").replace("\n", "<br/>") + " "


class CompareDialog(QDialog):
    approveRequested = Signal()
    changesRequested = Signal()
    takeRequested = Signal()
    mergeRequested = Signal()

    def __init__(self, diffs: Sequence[FieldDiff], article: str, site: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareDialog")
        self.setWindowTitle(self.tr("Compare with %1").replace("%1", site))
        self.diffs = list(diffs)
        layout = QVBoxLayout(self)
        changed = [part_text(d.name) for d in diffs if d.changed]
        summary = (self.tr("<b>%1</b> and the post on <b>%2</b> differ in: %3.").replace("%3", ", ".join(changed))
                   if changed else self.tr("<b>%1</b> and the post on <b>%2</b> read the same."))
        header = QLabel(summary.replace("%1", html.escape(article)).replace("%2", html.escape(site)) +
                        self.tr("<br/><span style='%1'>crossed out red</span>: only in yours; "
                                "<span style='%2'>green</span>: only on the site.")
                        .replace("%1", LOCAL_STYLE).replace("%2", SITE_STYLE))
        header.setObjectName("compareSummary")
        header.setWordWrap(True)
        layout.addWidget(header)
        self.view = QTextBrowser()
        self.view.setObjectName("compareView")
        self.view.setAccessibleName(self.tr("Differences, word by word"))
        self.view.setAccessibleDescription(
            self.tr("Each field of the article and of the site's post, with the words that differ marked."))
        self.view.setHtml(diff_html(diffs))
        self.view.setMinimumSize(700, 420)
        layout.addWidget(self.view, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.review_buttons: dict[str, QPushButton] = {}

    def offer_review(self, on_site: bool, is_open: bool) -> None:
        """The review actions, one click each: approve and request changes need the post; taking the site's
        version and merging act on the open article, so only when it is this post."""
        offers = [("compareApprove", self.tr("&Approve…"), self.approveRequested, on_site),
                  ("compareRequestChanges", self.tr("&Request Changes…"), self.changesRequested, on_site),
                  ("compareTakeSite", self.tr("&Take the Site's Version"), self.takeRequested, is_open),
                  ("compareMerge", self.tr("&Merge…"), self.mergeRequested, is_open)]
        for name, text, signal, shown in offers:
            if not shown:
                continue
            button = QPushButton(text)
            button.setObjectName(name)
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
            button.clicked.connect(self.accept)
            button.clicked.connect(signal)
            self.review_buttons[name] = button

    def selected_text(self) -> str:
        """The passage selected in the comparison (for a note on it)."""
        return str(self.view.textCursor().selectedText()).replace("\u2029", "\n").strip()
