"""The Publish dialog: checklist, target site, status and date; then progress per step with cancel; then links.

The dialog only lays out and reacts. Saving, building the job (in the worker), reloading the document and
keeping the site's version are done by the `PublishHooks` it is given (see gui/publish_ui.py), so tests can
drive it with fakes. The job runs in a `PublishWorker`; no widget is touched from its thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from sr_editor.core.pacing import Progress
from sr_editor.gui.publish import site_conflict_dialog
from sr_editor.gui.publish.checklist import Checklist
from sr_editor.gui.publish.outcome import success_html
from sr_editor.gui.publish.publish_style import ERROR_COLOUR, WARNING_COLOUR, named
from sr_editor.gui.publish.site_conflict_dialog import SiteConflictChoice
from sr_editor.publish import errors
from sr_editor.publish.sync.flow import PublishJob, PublishResult
from sr_editor.publish.wordpress.sites import SiteProfile
from sr_editor.services.publish.worker import BackgroundCalls, PublishWorker

_CTX = "PublishDialog"
STATUS_CHOICES = (  # key, combo text, button text (marked for translation, translated where shown)
    ("draft", QT_TRANSLATE_NOOP("PublishDialog", "Draft on the site (not public)"),
     QT_TRANSLATE_NOOP("PublishDialog", "Save as draft")),
    ("pending", QT_TRANSLATE_NOOP("PublishDialog", "Submit for review (pending)"),
     QT_TRANSLATE_NOOP("PublishDialog", "Submit for review")),
    ("publish", QT_TRANSLATE_NOOP("PublishDialog", "Publish now"),
     QT_TRANSLATE_NOOP("PublishDialog", "Publish")),
    ("future", QT_TRANSLATE_NOOP("PublishDialog", "Schedule for a date"),
     QT_TRANSLATE_NOOP("PublishDialog", "Schedule")),
)
OUTCOME_VERBS = {
    "publish": QT_TRANSLATE_NOOP("PublishDialog", "Published"),
    "future": QT_TRANSLATE_NOOP("PublishDialog", "Scheduled"),
    "pending": QT_TRANSLATE_NOOP("PublishDialog", "Submitted for review"),
    "draft": QT_TRANSLATE_NOOP("PublishDialog", "Saved as a draft"),
}


def _translated(text: object) -> str:
    return QCoreApplication.translate(_CTX, str(text))


@dataclass(frozen=True)
class PublishRequest:
    site: str
    status: str
    date: datetime | None
    force: bool  # publish despite check errors (recorded in the article by the flow)
    overwrite: bool = False  # overwrite a change made on the site, after the writer saw it
    create_tags: bool = False  # make the countries the site has no tag for yet (an explicit yes: a typo is a tag)


class PublishHooks(Protocol):
    def prepare(self) -> str | None: ...  # save the open article; a sentence when that failed
    def make_job(self, request: PublishRequest, progress: Progress) -> PublishJob: ...  # runs in the worker
    def finished(self) -> None: ...  # the flow rewrote the front matter: show the file on disk
    def keep_site_version(self, site: str) -> Path: ...  # runs in the worker; the file written
    def open_url(self, url: str) -> None: ...
    def ask_password(self, site: str) -> bool: ...  # none stored: ask, keep it for the session


def preview_url(profile: SiteProfile | None, post_id: int | None) -> str:
    if profile is None or not post_id:
        return ""
    return f"{profile.url}/?p={post_id}&preview=true"


class PublishDialog(QDialog):
    """Three pages: set up (checklist, site, status, date), progress, and the outcome."""

    problemActivated = Signal(object)  # a checklist entry was double-clicked: show it in the window

    def __init__(
        self,
        hooks: PublishHooks,
        title: str,
        profiles: list[SiteProfile],
        default_site: str | None = None,
        default_status: str = "draft",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("publishDialog")
        self.setWindowTitle(self.tr("Publish"))
        self.setMinimumWidth(560)
        self.hooks, self.profiles = hooks, profiles
        self.article_title = title
        self.site_statuses: dict[str, str] = {}  # site -> status recorded at the last publish there
        # asked (parent, site) before a public post is sent as draft or pending; a test answers instead
        self.confirm_unpublish: Callable[[QWidget, str], bool] = ask_unpublish
        self.outcome: PublishResult | None = None
        self.error: BaseException | None = None
        self.request: PublishRequest | None = None
        self.worker = PublishWorker(self)
        self.worker.progress.connect(self._on_progress)
        self.worker.succeeded.connect(self._on_succeeded)
        self.worker.failed.connect(self._on_failed)
        self.calls = BackgroundCalls(self, threads=1)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._build_setup(title, default_site, default_status))
        self.pages.addWidget(self._build_progress())
        self.pages.addWidget(self._build_outcome())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.addWidget(self.pages)
        self.set_problems(None)
        self._show_page(0)

    # ----- page 1: setup ---------------------------------------------------------------------------
    def _build_setup(self, title: str, default_site: str | None, default_status: str) -> QWidget:
        page = named(QWidget(), "setupPage")
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        heading = named(QLabel(title or self.tr("Untitled article")), "articleTitle")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setWeight(QFont.Weight.DemiBold)
        heading.setFont(font)
        heading.setWordWrap(True)
        column.addWidget(heading)
        self.checklist = Checklist(self)
        self.checklist.changed.connect(self._update_publish_button)
        self.checklist.problemActivated.connect(self.problemActivated)
        self.checkList, self.forceCheck = self.checklist.checkList, self.checklist.forceCheck
        self.checkSummary = self.checklist.checkSummary
        column.addWidget(self.checklist)
        column.addWidget(self._build_target(default_site, default_status))
        self.setupButtons = QDialogButtonBox()
        self.publishButton = self.setupButtons.addButton(self.tr("Publish"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.publishButton.setObjectName("publishButton")
        self.publishButton.setDefault(True)
        self.publishButton.clicked.connect(lambda: self.start())
        self.setupButtons.addButton(QDialogButtonBox.StandardButton.Cancel).clicked.connect(self.reject)
        column.addStretch(1)
        column.addWidget(self.setupButtons)
        return page

    def _build_target(self, default_site: str | None, default_status: str) -> QGroupBox:
        group = QGroupBox(self.tr("Where and how"))
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.siteCombo = named(QComboBox(), "siteCombo")
        self.siteCombo.setAccessibleDescription(
            self.tr("The site the article is published on."))
        for profile in self.profiles:
            self.siteCombo.addItem(f"{profile.name}  —  {profile.url}", profile.name)
        if default_site is not None and self.siteCombo.findData(default_site) >= 0:
            self.siteCombo.setCurrentIndex(self.siteCombo.findData(default_site))
        self.statusCombo = named(QComboBox(), "statusCombo")
        self.statusCombo.setAccessibleDescription(
            self.tr("Publish now, schedule, send for review or keep as a draft on the site."))
        for key, text, _button in STATUS_CHOICES:
            self.statusCombo.addItem(_translated(text), key)
        self.dateEdit = named(QDateTimeEdit(QDateTime.currentDateTime().addSecs(3600)), "dateEdit")
        self.dateEdit.setCalendarPopup(True)
        self.dateEdit.setAccessibleDescription(
            self.tr("When a scheduled article appears on the site."))
        self.dateEdit.setDisplayFormat("yyyy-MM-dd  HH:mm")
        self.dateEdit.setMinimumDateTime(QDateTime.currentDateTime())
        self.statusCombo.currentIndexChanged.connect(self._update_publish_button)
        found = self.statusCombo.findData(default_status)
        self.statusCombo.setCurrentIndex(found if found >= 0 else 0)
        self.noSites = named(QLabel(self.tr("No site yet: add one under Publish ▸ Sites…")), "noSites")
        self.noSites.setStyleSheet(f"color: {ERROR_COLOUR}")
        self.noSites.setVisible(not self.profiles)
        form.addRow(self.tr("&Site:"), self.siteCombo)
        form.addRow(self.tr("S&tatus:"), self.statusCombo)
        form.addRow(self.tr("&Date:"), self.dateEdit)
        self.createTagsCheck = named(QCheckBox(self.tr("Create &new tags on the site for countries it lacks")),
                                     "createTagsCheck")
        self.createTagsCheck.setAccessibleDescription(self.tr(
            "Without this, publishing stops when a country is not yet a tag on the site, so a typo never becomes a "
            "new tag."))
        form.addRow(self.createTagsCheck)
        form.addRow(self.noSites)
        self._update_publish_button()
        return group

    # ----- page 2: progress ------------------------------------------------------------------------
    def _build_progress(self) -> QWidget:
        page = named(QWidget(), "progressPage")
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        self.progressTitle = named(QLabel(), "progressTitle")
        self.progressTitle.setWordWrap(True)
        self.progressBar = named(QProgressBar(), "progressBar")
        self.progressBar.setRange(0, 0)
        self.progressBar.setFormat(self.tr("Step %v of %m"))
        self.stepList = named(QListWidget(), "stepList")
        self.stepList.setAccessibleName(self.tr("Publishing steps"))
        self.stepList.setAccessibleDescription(
            self.tr("The steps of publishing, each ticked when done."))
        self.cancelButton = named(QPushButton(self.tr("Cancel")), "cancelPublishButton")
        self.cancelButton.clicked.connect(self.cancel)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancelButton)
        column.addWidget(self.progressTitle)
        column.addWidget(self.progressBar)
        column.addWidget(self.stepList, 1)
        column.addLayout(row)
        return page

    # ----- page 3: outcome -------------------------------------------------------------------------
    def _build_outcome(self) -> QWidget:
        page = named(QWidget(), "outcomePage")
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.outcomeIcon = QLabel()
        self.outcomeIcon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.outcomeText = named(QLabel(), "outcomeText")
        self.outcomeText.setWordWrap(True)
        self.outcomeText.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.outcomeText.setOpenExternalLinks(False)
        self.outcomeText.setTextFormat(Qt.TextFormat.RichText)
        self.outcomeText.linkActivated.connect(self.hooks.open_url)
        top.addWidget(self.outcomeIcon)
        top.addWidget(self.outcomeText, 1)
        column.addLayout(top)
        column.addStretch(1)
        self.outcomeButtons = QDialogButtonBox()
        self.reviewButton = self.outcomeButtons.addButton(
            self.tr("Submit for review instead"), QDialogButtonBox.ButtonRole.ActionRole)
        self.reviewButton.setObjectName("submitForReviewButton")
        self.reviewButton.clicked.connect(self.submit_for_review)
        self.backButton = self.outcomeButtons.addButton(self.tr("Back"), QDialogButtonBox.ButtonRole.ResetRole)
        self.backButton.setObjectName("backButton")
        self.backButton.clicked.connect(lambda: self._show_page(0))
        self.closeButton = self.outcomeButtons.addButton(QDialogButtonBox.StandardButton.Close)
        self.closeButton.clicked.connect(self.accept)
        column.addWidget(self.outcomeButtons)
        return page

    def _show_page(self, index: int) -> None:
        """Only the visible page counts for the dialog's size, so short pages make a short dialog."""
        for number in range(self.pages.count()):
            policy = QSizePolicy.Policy.Preferred if number == index else QSizePolicy.Policy.Ignored
            page = self.pages.widget(number)
            if page is not None:
                page.setSizePolicy(policy, policy)
        self.pages.setCurrentIndex(index)
        self.pages.updateGeometry()
        layout = self.layout()
        if layout is not None:
            layout.activate()
        self.resize(max(self.width(), self.minimumWidth()), self.sizeHint().height())

    # ----- checklist ---------------------------------------------------------------------------------
    def set_problems(self, problems: list[Any] | None) -> None:
        """None while the checks still run; errors block unless the writer confirms "Publish anyway"."""
        self.checklist.set_problems(problems)

    @property
    def problems(self) -> list[Any] | None:
        return self.checklist.problems

    def _update_publish_button(self, *_: object) -> None:
        """The button says what it will do, and is off while the checks run or an error blocks; the date is asked
        only for a scheduled post."""
        if hasattr(self, "dateEdit"):
            self.dateEdit.setEnabled(self.status() == "future")
        if not hasattr(self, "publishButton") or not hasattr(self, "checklist"):
            return
        label = next((b for k, _t, b in STATUS_CHOICES if k == self.status()), "Publish")
        self.publishButton.setText(_translated(label))
        blocking = self.checklist.blocking_problems()
        blocked = self.problems is None or (bool(blocking) and not self.forceCheck.isChecked())
        self.publishButton.setEnabled(bool(self.profiles) and not blocked)

    # ----- running -----------------------------------------------------------------------------------
    def status(self) -> str:
        return str(self.statusCombo.currentData() or "draft")

    def site(self) -> str:
        return str(self.siteCombo.currentData() or "")

    def current_request(self, overwrite: bool = False) -> PublishRequest:
        moment = self.dateEdit.dateTime().toPython() if self.status() == "future" else None
        aware = moment.astimezone() if isinstance(moment, datetime) else None
        return PublishRequest(self.site(), self.status(), aware, self.forceCheck.isChecked(), overwrite,
                              self.createTagsCheck.isChecked())

    def start(self, request: PublishRequest | None = None) -> None:
        """Save the article, then run the job in the worker; the window's document is reloaded at the end."""
        if self.worker.running:
            return
        request = request or self.current_request()
        if request.status == "future" and (request.date is None or
                                           request.date.timestamp() < datetime.now().timestamp() + 120):
            self.dateEdit.setFocus()
            self.dateEdit.setStyleSheet(f"color: {ERROR_COLOUR}")
            self.dateEdit.setToolTip(self.tr("Choose a time at least two minutes ahead; WordPress publishes "
                                             "earlier times at once."))
            return
        self.dateEdit.setStyleSheet("")
        if not self._confirm_unpublish(request):
            return
        failure = self.hooks.prepare()
        if failure:
            self._show_outcome(QStyle.StandardPixmap.SP_MessageBoxCritical, failure, back=True)
            return
        self.request, self.outcome, self.error = request, None, None
        self.stepList.clear()
        self.progressBar.setRange(0, 0)
        self.progressTitle.setText(self.tr("Publishing to <b>%1</b>…").replace("%1", request.site))
        self.cancelButton.setEnabled(True)
        self._show_page(1)
        self.worker.start(lambda progress: self.hooks.make_job(request, progress))

    def _confirm_unpublish(self, request: PublishRequest) -> bool:
        """Sending draft or pending for a post that is public takes it off the site: ask first."""
        if self.site_statuses.get(request.site) not in ("publish", "future") or request.status not in (
                "draft", "pending"):
            return True
        return self.confirm_unpublish(self, request.site)

    def cancel(self) -> None:
        self.cancelButton.setEnabled(False)
        self.cancelButton.setText(self.tr("Stopping…"))
        self.worker.cancel()

    def _on_progress(self, message: str, done: int, total: int) -> None:
        self.progressBar.setRange(0, max(total, 1))
        self.progressBar.setValue(max(done - 1, 0))
        tick = self.style().standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton)
        for row in range(self.stepList.count()):
            self.stepList.item(row).setIcon(tick)
        item = QListWidgetItem(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowRight), message)
        self.stepList.addItem(item)
        self.stepList.scrollToItem(item)

    def _on_succeeded(self, result: PublishResult) -> None:
        self.outcome = result
        self.cancelButton.setText(self.tr("Cancel"))
        self.hooks.finished()
        tick = self.style().standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton)
        for row in range(self.stepList.count()):
            self.stepList.item(row).setIcon(tick)
        verb = _translated(OUTCOME_VERBS.get(result.status, OUTCOME_VERBS["draft"]))
        profile = next((p for p in self.profiles if p.name == self.site()), None)
        preview = preview_url(profile, result.post_id)
        view, on_site = self.tr("View the post"), self.tr("Preview on the site")  # lupdate misses tr() in f-strings
        links = [f"<a href=\"{_escape(result.link)}\">{view}</a>"] if result.link else []
        if preview:
            links.append(f"<a href=\"{_escape(preview)}\">{on_site}</a>")
        text = success_html(result, verb, self.site(), self.article_title, links)
        if result.forced:
            despite = self.tr("Published despite: %1").replace("%1", _escape(", ".join(result.forced)))
            text += f"<p style='color:{WARNING_COLOUR}'>{despite}</p>"
        self._show_outcome(QStyle.StandardPixmap.SP_DialogApplyButton, text)

    def _on_failed(self, error: BaseException) -> None:
        self.error = error
        self.cancelButton.setText(self.tr("Cancel"))
        self.hooks.finished()
        if isinstance(error, errors.ConflictError):
            self._resolve_conflict(error)
            return
        if isinstance(error, errors.CredentialsUnavailable) and self.request is not None \
                and self.hooks.ask_password(self.request.site):
            self.start(self.request)
            return
        if isinstance(error, errors.PublishCancelled):
            done = self.stepList.count()
            text = self.tr("<p><b>Publishing was stopped</b> after step %1.</p><p>What was already sent is recorded "
                           "in the article, so publishing again is safe: no image or post is sent twice.</p>"
                           ).replace("%1", str(max(done - 1, 0)))
            self._show_outcome(QStyle.StandardPixmap.SP_MessageBoxInformation, text, back=True)
            return
        sentence = errors.with_outcome(error, errors.article_stays_local()) if isinstance(error, Exception) \
            and str(error) else repr(type(error).__name__)
        self._show_outcome(QStyle.StandardPixmap.SP_MessageBoxCritical, _escape(sentence), back=True,
                           review=isinstance(error, errors.RoleCannotPublish))

    def _show_outcome(self, icon: QStyle.StandardPixmap, text: str, back: bool = False, review: bool = False) -> None:
        self.outcomeIcon.setPixmap(self.style().standardIcon(icon).pixmap(40, 40))
        self.outcomeText.setText(text)
        self.backButton.setVisible(back)
        self.reviewButton.setVisible(review)
        self._show_page(2)
        self.closeButton.setFocus()

    def submit_for_review(self) -> None:
        self.statusCombo.setCurrentIndex(self.statusCombo.findData("pending"))
        self.start(self.current_request())

    # ----- conflicts ---------------------------------------------------------------------------------
    def _resolve_conflict(self, error: errors.ConflictError) -> None:
        choice = site_conflict_dialog.ask_site_conflict(  # looked up at call time: tests replace it
            self, error, self.site())
        if choice is SiteConflictChoice.OVERWRITE and self.request is not None:
            request = self.request
            self.start(PublishRequest(request.site, request.status, request.date, request.force, overwrite=True,
                                      create_tags=request.create_tags))
        elif choice is SiteConflictChoice.KEEP_SITE:
            self.keep_site_version()
        else:
            self._show_outcome(QStyle.StandardPixmap.SP_MessageBoxInformation,
                               self.tr("Nothing was sent; the post on the site is unchanged."), back=True)

    def keep_site_version(self) -> None:
        site = self.site()
        failure = self.hooks.prepare()  # saved first, so the text it replaces is in the history
        if failure:
            self._keep_failed(RuntimeError(failure))
            return
        self._show_outcome(QStyle.StandardPixmap.SP_MessageBoxInformation,
                           self.tr("Fetching the site's version…"))

        def kept(path: Path) -> None:
            self.hooks.finished()  # shows the replaced article without the changed-on-disk prompt
            self._show_outcome(
                QStyle.StandardPixmap.SP_MessageBoxInformation,
                self.tr("<p><b>The site's version is kept.</b> Nothing was sent.</p><p>Your article <b>%1</b> now "
                        "holds the site's version; your own text is in the local history (File ▸ History…).</p>")
                .replace("%1", _escape(path.parent.name)))

        self.calls.run(lambda: self.hooks.keep_site_version(site), kept, self._keep_failed)

    def _keep_failed(self, error: BaseException) -> None:
        self.hooks.finished()
        self._show_outcome(QStyle.StandardPixmap.SP_MessageBoxCritical, _escape(str(error)), back=True)

    def reject(self) -> None:
        if self.worker.running:
            self.cancel()  # closing while it runs means "stop"; the outcome page then says what was done
            return
        super().reject()


def ask_unpublish(parent: QWidget, site: str) -> bool:
    """Yes when the writer agrees to take the public post on `site` off it (draft or pending)."""
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("PublishDialog", "Take the post off the site?"),
        QCoreApplication.translate(
            "PublishDialog", "This post is public on %1. Saving it as a draft or for review takes it off the site "
            "until it is published again. Continue?").replace("%1", site),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def _escape(text: str) -> str:
    import html

    return html.escape(text)
