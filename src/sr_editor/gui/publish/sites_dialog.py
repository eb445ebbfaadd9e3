"""The Sites dialog: list site profiles; add (verified with the site), test (the connection doctor), remove.

Every call that may block (the site, the keyring) goes through `BackgroundCalls`; the dialog only shows
results. The Application Password is typed into a field without echo, handed to the session once, and cleared.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from sr_editor.gui.publish.publish_style import ERROR_COLOUR, MUTED, WARNING_COLOUR, named
from sr_editor.publish.sync.session import AddedSite
from sr_editor.publish.wordpress.credentials import CredentialStore
from sr_editor.publish.wordpress.doctor import Diagnosis
from sr_editor.publish.wordpress.sites import SiteProfile
from sr_editor.publish.wordpress.terms import TermCache
from sr_editor.services.publish.worker import BackgroundCalls


class SitesBackend(Protocol):
    """What the dialog needs of `publish.session.PublishSession` (all blocking: called in workers)."""

    warning: str | None

    def credentials(self) -> CredentialStore: ...
    def profiles(self) -> list[SiteProfile]: ...
    def add_site(self, profile: SiteProfile, password: str) -> AddedSite: ...
    def remove_site(self, name: str) -> SiteProfile: ...
    def check_site(self, name: str, password: str | None = None) -> Diagnosis: ...
    def remember_for_session(self, profile: SiteProfile, password: str) -> None: ...
    def sync_terms(self, site: str) -> TermCache: ...


def _busy_bar() -> QProgressBar:
    bar = QProgressBar()
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setFixedHeight(6)
    bar.hide()
    return bar


def _note(colour: str = MUTED) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setStyleSheet(f"color: {colour}")
    return label


class _SiteDelegate(QStyledItemDelegate):
    """Two lines per site: the name in bold, the address muted beneath."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
              ) -> None:
        name, url = str(index.data(Qt.ItemDataRole.DisplayRole) or ""), str(index.data(Qt.ItemDataRole.UserRole) or "")
        style_option = QStyleOptionViewItem(option)
        self.initStyleOption(style_option, index)
        style_option.text = ""
        widget = style_option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, style_option, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        rect = option.rect.adjusted(8, 4, -8, -4)  # type: ignore[attr-defined]
        painter.save()
        bold = QFont(option.font)  # type: ignore[attr-defined]
        bold.setWeight(QFont.Weight.DemiBold)
        painter.setFont(bold)
        painter.setPen(option.palette.color(QPalette.ColorRole.HighlightedText if selected  # type: ignore[attr-defined]
                                            else QPalette.ColorRole.Text))
        line = QFontMetrics(bold).height()
        painter.drawText(rect.adjusted(0, 0, 0, -line), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, name)
        painter.setFont(option.font)  # type: ignore[attr-defined]
        if not selected:
            painter.setPen(QColor(MUTED))
        painter.drawText(rect.adjusted(0, line + 2, 0, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, url)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        line = QFontMetrics(option.font).height()  # type: ignore[attr-defined]
        return QSize(200, 2 * line + 12)


class AddSiteDialog(QDialog):
    """Name, address, username and Application Password; "Verify and add" checks them with the site first."""

    def __init__(self, backend: SitesBackend, calls: BackgroundCalls, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addSiteDialog")
        self.setWindowTitle(self.tr("Add a site"))
        self.setMinimumWidth(480)
        self.backend, self.calls = backend, calls
        self.added: AddedSite | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        intro = _note()
        intro.setText(self.tr("Create an Application Password in WordPress under <i>Users ▸ Profile</i>, then "
                              "paste it here. It is kept in your system's keyring, never in a file."))
        layout.addWidget(intro)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.nameEdit = named(QLineEdit(), "siteNameEdit")
        self.nameEdit.setPlaceholderText("production")
        self.nameEdit.setAccessibleDescription(
            self.tr("A short name for this site, used in menus."))
        self.urlEdit = named(QLineEdit(), "siteUrlEdit")
        self.urlEdit.setPlaceholderText("https://news.example.org")
        self.urlEdit.setAccessibleDescription(
            self.tr("The site's web address, starting with https://."))
        self.userEdit = named(QLineEdit(), "siteUserEdit")
        self.userEdit.setPlaceholderText(self.tr("the name you log in with"))
        self.userEdit.setAccessibleDescription(
            self.tr("The user name you log in to the site with."))
        self.passwordEdit = named(QLineEdit(), "sitePasswordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passwordEdit.setAccessibleDescription(
            self.tr("An application password made in your WordPress profile; kept in the system keyring, "
                    "never in a file."))
        self.passwordEdit.setPlaceholderText("xxxx xxxx xxxx xxxx xxxx xxxx")
        form.addRow(self.tr("&Name:"), self.nameEdit)
        form.addRow(self.tr("&Address:"), self.urlEdit)
        form.addRow(self.tr("&Username:"), self.userEdit)
        form.addRow(self.tr("Application &password:"), self.passwordEdit)
        layout.addLayout(form)
        self.busy = _busy_bar()
        self.message = named(_note(ERROR_COLOUR), "addSiteMessage")
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox()
        self.addButton = named(self.buttons.addButton(self.tr("&Verify and add"),
                                                       QDialogButtonBox.ButtonRole.AcceptRole), "verifyAddButton")
        self.addButton.setDefault(True)
        self.addButton.clicked.connect(self.verify_and_add)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel).clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        for edit in (self.nameEdit, self.urlEdit, self.userEdit, self.passwordEdit):
            edit.textChanged.connect(self._update_button)
        self._update_button()

    def _update_button(self) -> None:
        filled = all(e.text().strip() for e in (self.nameEdit, self.urlEdit, self.userEdit, self.passwordEdit))
        self.addButton.setEnabled(filled and not self.busy.isVisible())

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for edit in (self.nameEdit, self.urlEdit, self.userEdit, self.passwordEdit):
            edit.setEnabled(not busy)
        self._update_button()

    def verify_and_add(self) -> None:
        profile = SiteProfile(self.nameEdit.text().strip(), self.urlEdit.text().strip(), self.userEdit.text().strip())
        password = self.passwordEdit.text()
        self.message.setStyleSheet(f"color: {MUTED}")
        self.message.setText(self.tr("Checking the password with the site…"))
        self._set_busy(True)
        self.calls.run(lambda: self.backend.add_site(profile, password), self._added, self._failed)

    def _added(self, added: AddedSite) -> None:
        self.passwordEdit.clear()
        self._set_busy(False)
        self.added = added
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.message.setStyleSheet(f"color: {ERROR_COLOUR}")
        self.message.setText(str(error) or type(error).__name__)
        self.passwordEdit.setFocus()


class SitesDialog(QDialog):
    """Profiles on the left; details, the account's abilities and the doctor's findings on the right."""

    sitesChanged = Signal()
    termsSynced = Signal(str)  # site name whose categories and tags are now cached

    def __init__(self, backend: SitesBackend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sitesDialog")
        self.setWindowTitle(self.tr("Sites"))
        self.resize(760, 440)
        self.backend = backend
        self.calls = BackgroundCalls(self)
        self.profiles: list[SiteProfile] = []
        self._build()
        self.siteList.currentRowChanged.connect(self._on_selected)
        self.refresh()
        # opening the keyring may block on an unlock prompt: off the GUI thread, then say if it is not secure
        self.calls.run(backend.credentials, lambda _store: self._show_warning(), lambda _error: self._show_warning())

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        body = QHBoxLayout()
        left = QVBoxLayout()
        self.siteList = named(QListWidget(), "siteList")
        self.siteList.setAccessibleName(self.tr("Site profiles"))
        self.siteList.setAccessibleDescription(
            self.tr("The sites you can publish to; choose one to test, edit or remove it."))
        self.siteList.setMinimumWidth(240)
        self.siteList.setItemDelegate(_SiteDelegate(self.siteList))
        row = QHBoxLayout()
        self.addButton = named(QPushButton(self.tr("&Add…")), "addSiteButton")
        self.removeButton = named(QPushButton(self.tr("&Remove")), "removeSiteButton")
        self.addButton.clicked.connect(self.add_site)
        self.removeButton.clicked.connect(self.remove_selected)
        row.addWidget(self.addButton)
        row.addWidget(self.removeButton)
        row.addStretch(1)
        left.addWidget(self.siteList, 1)
        left.addLayout(row)
        body.addLayout(left, 2)
        body.addLayout(self._build_details(), 3)
        layout.addLayout(body, 1)
        self.warning = named(_note(WARNING_COLOUR), "keyringWarning")
        self.warning.hide()
        layout.addWidget(self.warning)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _build_details(self) -> QVBoxLayout:
        right = QVBoxLayout()
        self.detailTitle = named(QLabel(), "siteTitle")
        font = self.detailTitle.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setWeight(QFont.Weight.DemiBold)
        self.detailTitle.setFont(font)
        self.detailText = named(_note(), "siteDetails")
        self.findings = named(QListWidget(), "findingsList")
        self.findings.setAccessibleName(self.tr("What the connection test found"))
        self.findings.setAccessibleDescription(
            self.tr("What the last connection test found, one finding a line."))
        self.findings.setWordWrap(True)
        self.busy = _busy_bar()
        row = QHBoxLayout()
        self.testButton = named(QPushButton(self.tr("&Test connection")), "testSiteButton")
        self.syncButton = named(QPushButton(self.tr("Update &categories and tags")), "syncTermsButton")
        self.testButton.clicked.connect(self.test_selected)
        self.syncButton.clicked.connect(self.sync_selected)
        row.addWidget(self.testButton)
        row.addWidget(self.syncButton)
        row.addStretch(1)
        right.addWidget(self.detailTitle)
        right.addWidget(self.detailText)
        right.addLayout(row)
        right.addWidget(self.busy)
        right.addWidget(self.findings, 1)
        return right

    # ----- listing ---------------------------------------------------------------------------------
    def refresh(self, select: str | None = None, then: Callable[[], None] | None = None) -> None:
        def show(profiles: list[SiteProfile]) -> None:
            self._show_profiles(profiles, select)
            if then is not None:
                then()

        self.calls.run(self.backend.profiles, show, self._show_error)

    def _show_profiles(self, profiles: list[SiteProfile], select: str | None = None) -> None:
        chosen = self.selected()
        current = select or (chosen.name if chosen is not None else None)
        self.profiles = list(profiles)
        self.siteList.clear()
        for profile in self.profiles:
            item = QListWidgetItem(profile.name)
            item.setData(Qt.ItemDataRole.UserRole, profile.url)
            item.setToolTip(f"{profile.url} — {profile.username}")
            self.siteList.addItem(item)
        names = [p.name for p in self.profiles]
        self.siteList.setCurrentRow(names.index(current) if current in names else (0 if names else -1))
        self._on_selected(self.siteList.currentRow())

    def selected(self) -> SiteProfile | None:
        row = self.siteList.currentRow()
        return self.profiles[row] if 0 <= row < len(self.profiles) else None

    def _on_selected(self, _row: int) -> None:
        profile = self.selected()
        for button in (self.removeButton, self.testButton, self.syncButton):
            button.setEnabled(profile is not None and not self.busy.isVisible())
        self.findings.clear()
        if profile is None:
            self.detailTitle.setText(self.tr("No sites yet"))
            self.detailText.setText(self.tr("Add the WordPress site you publish to, with your username and an "
                                            "Application Password."))
            return
        self.detailTitle.setText(profile.name)
        self.detailText.setText(self.tr("%1<br>Username: <b>%2</b>").replace("%1", profile.url)
                                .replace("%2", profile.username))

    def _show_error(self, error: BaseException) -> None:
        self._set_busy(False)
        self._add_finding(False, str(error) or type(error).__name__)

    def _add_finding(self, ok: bool, text: str) -> None:
        kind = QStyle.StandardPixmap.SP_DialogApplyButton if ok else QStyle.StandardPixmap.SP_MessageBoxWarning
        self.findings.addItem(QListWidgetItem(self.style().standardIcon(kind), text))

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        enabled = not busy and self.selected() is not None
        for button in (self.removeButton, self.testButton, self.syncButton):
            button.setEnabled(enabled)
        self.addButton.setEnabled(not busy)

    def _show_warning(self) -> None:
        text = self.backend.warning
        self.warning.setText(text or "")
        self.warning.setVisible(bool(text))

    # ----- actions ---------------------------------------------------------------------------------
    def add_site(self) -> None:
        dialog = AddSiteDialog(self.backend, self.calls, self)
        if dialog.exec() and dialog.added is not None:
            added = dialog.added
            self.refresh(select=added.profile.name, then=lambda: self.show_account(added))
            self.sitesChanged.emit()
        dialog.deleteLater()

    def show_account(self, added: AddedSite) -> None:
        self.findings.clear()
        account = added.account
        self._add_finding(True, self.tr("Logged in as %1, role: %2.").replace("%1", account.name)
                          .replace("%2", account.role))
        for allowed, sentence in account.ability_sentences():  # worded in the interface language by publish/
            self._add_finding(allowed, sentence)
        self._show_warning()

    def remove_selected(self) -> None:
        profile = self.selected()
        if profile is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Remove site"),
            self.tr("Remove %1 and delete its password from the keyring? Articles keep their links to posts "
                    "on it.").replace("%1", profile.name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._set_busy(True)
        self.calls.run(lambda: self.backend.remove_site(profile.name), self._removed, self._show_error)

    def _removed(self, _profile: SiteProfile) -> None:
        self._set_busy(False)
        self.refresh()
        self.sitesChanged.emit()

    def test_selected(self) -> None:
        profile = self.selected()
        if profile is None:
            return
        self.findings.clear()
        self._set_busy(True)
        self.calls.run(lambda: self.backend.check_site(profile.name), self._show_diagnosis, self._show_error)

    def _show_diagnosis(self, report: Diagnosis) -> None:
        self._set_busy(False)
        self.findings.clear()
        for ok, line in report.lines:
            self._add_finding(ok, line)
        self._show_warning()
        profile = self.selected()
        if report.password_missing and profile is not None:  # as Publish does: ask, keep it for the session
            password = self.ask_password(profile)
            if password:
                self.backend.remember_for_session(profile, password)
                self.test_selected()

    def ask_password(self, profile: SiteProfile) -> str:
        """The Application Password typed for this session ("" when cancelled); nothing is stored on disk."""
        password, ok = QInputDialog.getText(
            self, self.tr("Password for %1").replace("%1", profile.name),
            self.tr("No password for %1 is stored on this computer. Application Password of %2 on %1 (kept until "
                    "you quit):").replace("%1", profile.name).replace("%2", profile.username),
            QLineEdit.EchoMode.Password)
        return password.strip() if ok else ""

    def sync_selected(self) -> None:
        profile = self.selected()
        if profile is None:
            return
        self._set_busy(True)
        self.calls.run(lambda: self.backend.sync_terms(profile.name),
                       lambda cache: self._synced(profile.name, cache), self._show_error)

    def _synced(self, site: str, cache: TermCache) -> None:
        self._set_busy(False)
        categories, tags = len(getattr(cache, "categories", [])), len(getattr(cache, "tags", []))
        self._add_finding(True, self.tr("%1 categories and %2 tags are now available offline.")
                          .replace("%1", str(categories)).replace("%2", str(tags)))
        self.termsSynced.emit(site)
