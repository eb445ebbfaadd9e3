"""The Site panel: per site profile, the posts awaiting review, scheduled or recently changed, with author, date,
regions and problem counts; filter by text and kind, sort by any column; Open pulls the post and opens it."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSortFilterProxyModel, Qt, Signal, SignalInstance
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sr_editor.core.visible_text import visible
from sr_editor.gui.common.shown_words import status_text

if TYPE_CHECKING:  # its module pulls in the post converter (BeautifulSoup): loaded with the first refresh
    from sr_editor.publish.sync.site_review import SitePost

COLUMNS = (QT_TRANSLATE_NOOP("SitePanel", "Title"), QT_TRANSLATE_NOOP("SitePanel", "Author"),
           QT_TRANSLATE_NOOP("SitePanel", "Date"), QT_TRANSLATE_NOOP("SitePanel", "Status"),
           QT_TRANSLATE_NOOP("SitePanel", "Regions"), QT_TRANSLATE_NOOP("SitePanel", "Problems"))
POST_ID_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
SORT_ROLE = Qt.ItemDataRole.UserRole + 3


class _Filter(QSortFilterProxyModel):
    """Text (all words in title, author or regions) AND kind."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.words: list[str] = []
        self.kind = ""
        self.setSortRole(SORT_ROLE)

    def filterAcceptsRow(self, row: int, parent: object) -> bool:
        model = self.sourceModel()
        first = model.index(row, 0)
        if self.kind and model.data(first, KIND_ROLE) != self.kind:
            return False
        text = " ".join(str(model.data(model.index(row, c)) or "") for c in range(3)).casefold() + " " + \
            str(model.data(model.index(row, 4)) or "").casefold()
        return all(word in text for word in self.words)


class SitePanel(QWidget):
    refreshRequested = Signal(str)  # site
    openRequested = Signal(str, int)  # site, post id
    compareRequested = Signal(str, int)
    approveRequested = Signal(str, int)
    changesRequested = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sitePanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        top = QHBoxLayout()
        self.siteCombo = QComboBox()
        self.siteCombo.setObjectName("siteCombo")
        self.siteCombo.setAccessibleName(self.tr("Site"))
        self.siteCombo.setAccessibleDescription(self.tr("The site whose posts are listed below."))
        self.refreshButton = QPushButton(self.tr("&Refresh"))
        self.refreshButton.setObjectName("siteRefreshButton")
        top.addWidget(self.siteCombo, 1)
        top.addWidget(self.refreshButton)
        layout.addLayout(top)
        filters = QHBoxLayout()
        self.kindFilter = QComboBox()
        self.kindFilter.setObjectName("siteKindFilter")
        self.kindFilter.setAccessibleName(self.tr("Which posts"))
        self.kindFilter.setAccessibleDescription(
            self.tr("List all posts, only those pending review, scheduled ones or recently changed ones."))
        for text, kind in ((self.tr("All listed"), ""), (self.tr("Pending review"), "pending"),
                           (self.tr("Scheduled"), "future"), (self.tr("Recently changed"), "recent")):
            self.kindFilter.addItem(text, kind)
        self.searchEdit = QLineEdit()
        self.searchEdit.setObjectName("siteSearch")
        self.searchEdit.setPlaceholderText(self.tr("Filter by title, author or region"))
        self.searchEdit.setClearButtonEnabled(True)
        self.searchEdit.setAccessibleName(self.tr("Filter the site's posts"))
        self.searchEdit.setAccessibleDescription(
            self.tr("Only posts whose title, author or region contain these words stay in the list."))
        filters.addWidget(self.kindFilter)
        filters.addWidget(self.searchEdit, 1)
        layout.addLayout(filters)
        layout.addWidget(self._build_table(), 1)
        layout.addLayout(self._build_buttons())
        self._connect()

    def _build_table(self) -> QTableView:
        self.model = QStandardItemModel(0, len(COLUMNS), self)
        self.model.setHorizontalHeaderLabels([QCoreApplication.translate("SitePanel", str(c)) for c in COLUMNS])
        self.proxy = _Filter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("sitePosts")
        self.table.setAccessibleName(self.tr("Posts on the site"))
        self.table.setAccessibleDescription(self.tr("Choose a post, then Compare or Open it."))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setTabKeyNavigation(False)  # rows, not cells: Tab leaves the table
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate((0, 100, 84, 104, 100, 64)):
            if width:
                self.table.setColumnWidth(column, width)
        self.setMinimumWidth(420)
        self.table.setAlternatingRowColors(True)
        return self.table

    def _build_buttons(self) -> QVBoxLayout:
        """The message on its own line, then the review actions and Compare/Open: one row of all of them made
        the docks wider than a 1366-pixel window in Portuguese."""
        column = QVBoxLayout()
        bottom = QHBoxLayout()
        self.statusLabel = QLabel()
        self.statusLabel.setObjectName("siteStatus")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextFormat(Qt.TextFormat.PlainText)  # site text is never read as markup
        self.compareButton = QPushButton(self.tr("&Compare"))
        self.compareButton.setObjectName("siteCompareButton")
        self.openButton = QPushButton(self.tr("&Open"))
        self.openButton.setObjectName("siteOpenButton")
        self.approveButton = QPushButton(self.tr("A&pprove…"))
        self.approveButton.setObjectName("siteApproveButton")
        self.changesButton = QPushButton(self.tr("Request C&hanges…"))
        self.changesButton.setObjectName("siteChangesButton")
        column.addWidget(self.statusLabel)
        bottom.addWidget(self.approveButton)
        bottom.addWidget(self.changesButton)
        bottom.addStretch(1)
        bottom.addWidget(self.compareButton)
        bottom.addWidget(self.openButton)
        column.addLayout(bottom)
        return column

    def _connect(self) -> None:
        self.refreshButton.clicked.connect(lambda: self.refreshRequested.emit(self.site()))
        self.siteCombo.activated.connect(lambda _i: self.refreshRequested.emit(self.site()))
        self.kindFilter.currentIndexChanged.connect(self._apply_filter)
        self.searchEdit.textChanged.connect(self._apply_filter)
        self.openButton.clicked.connect(lambda: self._emit(self.openRequested))
        self.compareButton.clicked.connect(lambda: self._emit(self.compareRequested))
        self.approveButton.clicked.connect(lambda: self._emit(self.approveRequested))
        self.changesButton.clicked.connect(lambda: self._emit(self.changesRequested))
        self.table.doubleClicked.connect(lambda _index: self._emit(self.openRequested))

    def site(self) -> str:
        return str(self.siteCombo.currentText())

    def set_sites(self, names: Sequence[str], current: str | None = None) -> None:
        self.siteCombo.clear()
        self.siteCombo.addItems(list(names))
        if current in names:
            self.siteCombo.setCurrentText(str(current))
        if not names:
            self.set_message(self.tr("No site yet: add one under Publish ▸ Sites…"))

    def set_message(self, text: str) -> None:
        self.statusLabel.setText(visible(text, 1000, keep_newlines=True))  # messages may quote the site

    def set_posts(self, posts: Sequence[SitePost], requested: Collection[int] = ()) -> None:
        """`requested`: drafts with an open note, shown as "Changes requested" (the editor sent them back)."""
        self.model.removeRows(0, self.model.rowCount())
        for post in posts:
            self.model.appendRow(_row(post, post.post_id in requested))
        self.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        pending = sum(1 for p in posts if p.kind == "pending")
        self.set_message(self.tr("%1 posts, %2 awaiting review").replace("%1", str(len(posts)))
                         .replace("%2", str(pending)))

    def selected_post(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        value = self.proxy.data(rows[0], POST_ID_ROLE)
        return int(value) if value is not None else None

    def _emit(self, signal: SignalInstance) -> None:
        post_id = self.selected_post()
        if post_id is None:
            self.set_message(self.tr("Choose a post first."))
            return
        signal.emit(self.site(), post_id)

    def _apply_filter(self) -> None:
        self.proxy.beginFilterChange()
        self.proxy.words = self.searchEdit.text().casefold().split()
        self.proxy.kind = str(self.kindFilter.currentData() or "")
        self.proxy.endFilterChange(QSortFilterProxyModel.Direction.Rows)


def _row(post: SitePost, requested: bool = False) -> list[QStandardItem]:
    date = (post.date or post.modified)[:10]
    problems = QCoreApplication.translate("SitePanel", "{0} E, {1} W", "errors, warnings").format(
        post.errors, post.warnings) if post.errors or post.warnings else "—"
    status = QCoreApplication.translate("SitePanel", "Changes requested") if requested else status_text(post.status)
    # Titles, logins and regions come from the site: control characters and bidi overrides shown, never obeyed.
    cells = [visible(post.title, 300), visible(post.author, 100), visible(date), status,
             visible(", ".join(post.regions), 300), problems]
    sort_keys: list[object] = [post.title.casefold(), post.author.casefold(), date, post.status,
                               ", ".join(post.regions), post.errors * 1000 + post.warnings]
    items = []
    for text, key in zip(cells, sort_keys, strict=True):
        item = QStandardItem(text)
        item.setData(key, SORT_ROLE)
        item.setData(post.post_id, POST_ID_ROLE)
        item.setData(post.kind, KIND_ROLE)
        item.setToolTip(QCoreApplication.translate("SitePanel", "{0} — post {1}").format(visible(post.title, 300),
                                                                                         post.post_id))
        items.append(item)
    return items
