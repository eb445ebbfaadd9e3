"""The article list: a table model over the workspace listing that filters and sorts itself, and its panel.

Filtering 10,000 rows on each keystroke must stay under a frame or two, so every row keeps a precomputed
lower-case search text and the model filters with plain list operations (see ArticleListModel).
"""

from __future__ import annotations

import dataclasses
import time
from array import array
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sr_editor.core.article.status import STATUSES
from sr_editor.core.article.summary import UNCHECKED, ArticleSummary
from sr_editor.gui.common.shown_words import short_status_text, status_text

ModelIndex = QModelIndex | QPersistentModelIndex
SummaryRole = Qt.ItemDataRole.UserRole + 1
COLUMNS = (QT_TRANSLATE_NOOP("ArticleListModel", "Title"), QT_TRANSLATE_NOOP("ArticleListModel", "Status"),
           QT_TRANSLATE_NOOP("ArticleListModel", "Regions"), QT_TRANSLATE_NOOP("ArticleListModel", "Updated"),
           QT_TRANSLATE_NOOP("ArticleListModel", "Checks"))
TITLE, STATUS, REGIONS, UPDATED, CHECKS = range(5)
_STATUS_COLOURS = {"draft": "#6c757d", "pending": "#b26a00", "future": "#1b7f3b", "publish": "#0a58ca",
                   "private": "#5a3d8a"}
# the same on the dark theme's list (#1f2226): each reads at a contrast of 7:1 or more
_STATUS_COLOURS_DARK = {"draft": "#b4bac1", "pending": "#f2b155", "future": "#6fd08c", "publish": "#8ab4f8",
                        "private": "#c3a8f0"}


def _updated_text(timestamp: float) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(timestamp)) if timestamp else ""


def _badge(summary: ArticleSummary) -> str:
    if summary.broken:
        return QCoreApplication.translate("ArticleListModel", "⚠ broken")
    if summary.errors == UNCHECKED:
        return "…"  # listed, checks still running in the background
    if summary.errors:
        return f"● {summary.errors}"
    if summary.warnings:
        return f"○ {summary.warnings}"
    return "✓"


class ArticleListModel(QAbstractTableModel):
    """All summaries, of which the rows shown are the filtered, sorted subset.

    Filtering and sorting run as plain Python list operations over precomputed keys: a QSortFilterProxyModel
    would call a Python `filterAcceptsRow` / `lessThan` per row, ~75 ms per keystroke over 10,000 articles.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._all: list[ArticleSummary] = []
        self._positions: dict[str, int] = {}
        self._row_of: dict[int, int] = {}  # index in _all -> display row, for the list `_row_of_for`
        self._row_of_for: array[int] | None = None
        self._search: list[str] | None = None  # per article, casefolded: built on the first search (1.3 MiB at 10k)
        # Indexes into _all as machine integers: 10,000 Python ints and two lists of them cost ~0.4 MiB
        self._rows: array[int] = array("I")  # in display order
        self._order: array[int] = array("I")  # every index, sorted: filtering keeps this order, so it never re-sorts
        self._text: list[str] = []
        self._status = ""
        self._region = ""
        self._problems_only = False
        self._sort_column = UPDATED
        self._sort_order = Qt.SortOrder.DescendingOrder

    # ----- content ---------------------------------------------------------------------------------
    def set_articles(self, summaries: Sequence[ArticleSummary]) -> None:
        self.beginResetModel()
        self._all = list(summaries)
        self._positions = {}  # folder name -> index in _all, built when first needed
        self._search = None
        self._order = self._sorted(range(len(self._all)))
        self._rows = self._select()
        self.endResetModel()

    def set_filters(
        self, text: str | None = None, status: str | None = None, region: str | None = None,
        problems_only: bool | None = None,
    ) -> None:
        """Text (all words in title, teaser or folder), status, region and "has problems", combined with AND."""
        if text is not None:
            self._text = text.casefold().split()
        if status is not None:
            self._status = status
        if region is not None:
            self._region = region
        if problems_only is not None:
            self._problems_only = problems_only
        rows = self._select()
        if rows != self._rows:
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()

    def _select(self) -> array[int]:
        rows: Sequence[int] = self._order
        if self._text and self._search is None:
            self._search = [f"{s.title}\n{s.excerpt}\n{s.slug}".casefold() for s in self._all]
        search = self._search or []
        for word in self._text:  # one comprehension per word: ~1 ms per 10,000 rows
            rows = [i for i in rows if word in search[i]]
        if self._status or self._region or self._problems_only:
            rows = [i for i in rows if self._accepts(self._all[i])]
        return array("I", rows)

    def _accepts(self, summary: ArticleSummary) -> bool:
        if self._status and summary.status != self._status:
            return False
        if self._region and self._region not in summary.regions:
            return False
        return not (self._problems_only and not (summary.errors > 0 or summary.warnings > 0 or summary.broken))

    def _sorted(self, rows: Iterable[int]) -> array[int]:
        items, column = self._all, self._sort_column
        keys: dict[int, Any] = {
            TITLE: lambda i: (items[i].title or items[i].slug).casefold(),
            STATUS: lambda i: items[i].status,
            REGIONS: lambda i: ", ".join(items[i].regions).casefold(),
            UPDATED: lambda i: items[i].updated,
            CHECKS: lambda i: (bool(items[i].broken), items[i].errors, items[i].warnings),
        }
        return array("I", sorted(rows, key=keys[column], reverse=self._sort_order == Qt.SortOrder.DescendingOrder))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column, self._sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        self._order = self._sorted(range(len(self._all)))
        self._rows = self._select()
        self.layoutChanged.emit()

    # ----- queries ---------------------------------------------------------------------------------
    def summary(self, row: int) -> ArticleSummary:
        return self._all[self._rows[row]]

    def row_of(self, bundle: Path) -> int:
        """Display row of `bundle`; -1 when it is filtered out or unknown."""
        name, workspace = bundle.name, bundle.parent  # compared as they are kept: no Path built per row
        for row, index in enumerate(self._rows):
            summary = self._all[index]
            if summary.slug == name and summary.workspace == workspace:
                return row
        return -1

    def update_checks(self, bundle: Path, errors: int, warnings: int) -> None:
        """Refresh one article's problem badge after its checks ran (no relisting)."""
        name, workspace = bundle.name, bundle.parent
        for index, summary in enumerate(self._all):
            if summary.slug == name and summary.workspace == workspace:
                if (summary.errors, summary.warnings) == (errors, warnings):
                    return
                self._all[index] = dataclasses.replace(summary, errors=errors, warnings=warnings)
                if index in self._rows:
                    row = self._rows.index(index)
                    self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
                return

    def update_many(self, summaries: Sequence[ArticleSummary]) -> None:
        """Fresh counts for many articles (background checks): rows change in place, the order stays until
        the next sort or listing, so rows never jump under the reader's pointer."""
        if len(self._positions) != len(self._all):  # by name: hashing 50,000 new Paths blocked the window ~0.3 s
            self._positions = {s.slug: i for i, s in enumerate(self._all)}
        changed: list[int] = []
        broke = False
        for new in summaries:
            index = self._positions.get(new.slug)
            summary = self._all[index] if index is not None and index < len(self._all) else None
            if summary is None or summary.workspace != new.workspace:
                continue
            if new.broken != summary.broken:  # the listing read only the front matter; the checks read the body
                self._all[index] = new  # type: ignore[index]
                broke = True
                changed.append(index)  # type: ignore[arg-type]
            elif (new.errors, new.warnings) != (summary.errors, summary.warnings):
                self._all[index] = dataclasses.replace(summary, errors=new.errors, warnings=new.warnings)  # type: ignore[index]
                changed.append(index)  # type: ignore[arg-type]
        if changed and self._rows:
            # Only the rows between the first and last changed one: a change over 50,000 rows cost the window
            # ~40 ms per batch of checks.
            if self._row_of_for is not self._rows:
                self._row_of, self._row_of_for = {index: row for row, index in enumerate(self._rows)}, self._rows
            rows = [self._row_of[index] for index in changed if index in self._row_of]
            if rows:
                self.dataChanged.emit(self.index(min(rows), 0 if broke else CHECKS),
                                      self.index(max(rows), len(COLUMNS) - 1 if broke else CHECKS))

    def contains(self, bundle: Path) -> bool:
        name, workspace = bundle.name, bundle.parent
        return any(s.slug == name and s.workspace == workspace for s in self._all)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ArticleListModel", str(COLUMNS[section]))
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        summary = self._all[self._rows[index.row()]]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(summary, column)
        if role == SummaryRole:
            return summary
        if role == Qt.ItemDataRole.ToolTipRole:
            return summary.broken or summary.excerpt or summary.title
        if role == Qt.ItemDataRole.ForegroundRole:
            dark = QApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128
            if column == STATUS:  # the light theme's greys and blues are hard to read on a dark list
                colours = _STATUS_COLOURS_DARK if dark else _STATUS_COLOURS
                return QColor(colours.get(summary.status, "#e6e8eb" if dark else "#333333"))
            if column == CHECKS:
                bad = summary.errors or summary.broken
                return QColor(("#ff8a80" if bad else "#b4bac1") if dark else ("#c0392b" if bad else "#6c757d"))
        return None

    def _display(self, summary: ArticleSummary, column: int) -> str:
        if column == TITLE:
            return summary.title or summary.slug
        if column == STATUS:
            return short_status_text(summary.status)
        if column == REGIONS:
            return ", ".join(summary.regions)
        if column == UPDATED:
            return _updated_text(summary.updated)
        return _badge(summary)


class ArticleListPanel(QWidget):
    """Filter fields above the list, and the actions on articles (the window decides what they do)."""

    articleActivated = Signal(object)  # bundle Path
    newRequested = Signal()
    duplicateRequested = Signal(object)
    renameRequested = Signal(object)
    trashRequested = Signal(object)
    trashShowRequested = Signal()

    def __init__(self, statuses: Sequence[str], regions: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleListPanel")
        self.model = ArticleListModel(self)
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("articleFilter")
        self.filter_edit.setPlaceholderText(self.tr("Filter articles…"))
        self.filter_edit.setAccessibleName(self.tr("Filter articles by title or teaser"))
        self.filter_edit.setAccessibleDescription(self.tr("Only articles whose title or teaser contain these words "
                                                          "stay in the list."))
        # its clear button is turned on by the window after the first paint (MainWindow.build_panels)
        self.filter_edit.textChanged.connect(lambda text: self._filter(text=text))
        self.status_filter = self._combo("articleStatusFilter", self.tr("All statuses"), statuses, status_text)
        self.status_filter.setAccessibleName(self.tr("Status filter"))
        self.status_filter.setAccessibleDescription(self.tr("List only the articles with this status."))
        self.status_filter.currentIndexChanged.connect(
            lambda _i: self._filter(status=self.status_filter.currentData() or "")
        )
        self.region_filter = self._combo("articleRegionFilter", self.tr("All regions"), regions)
        self.region_filter.setAccessibleName(self.tr("Region filter"))
        self.region_filter.setAccessibleDescription(self.tr("List only the articles filed under this region."))
        self.region_filter.currentIndexChanged.connect(
            lambda _i: self._filter(region=self.region_filter.currentData() or "")
        )
        self.problems_check = QCheckBox(self.tr("Has problems"))
        self.problems_check.setObjectName("articleProblemsFilter")
        self.problems_check.setAccessibleName(self.tr("Show only articles with problems"))
        self.problems_check.setAccessibleDescription(
            self.tr("List only the articles that have problems to fix before publishing."))
        self.problems_check.toggled.connect(lambda on: self._filter(problems_only=on))
        self._current: Path | None = None
        self._quiet = False  # True while the list is refreshed or selected programmatically
        self.view = self._make_view()
        self._build_layout()

    def _filter(self, **filters: Any) -> None:
        """Apply a filter and keep the open article selected when it is still listed."""
        self.model.set_filters(**filters)
        if self._current is not None:
            self.select(self._current, emit=False)

    def set_regions(self, regions: Sequence[str]) -> None:
        """The region filter's choices (the vocabulary is loaded after the window's first paint); the region
        chosen stays chosen when it is still offered."""
        combo, chosen = self.region_filter, self.region_filter.currentData() or ""
        combo.blockSignals(True)
        try:
            while combo.count() > 1:
                combo.removeItem(1)
            for value in regions:
                combo.addItem(value, value)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
        finally:
            combo.blockSignals(False)
        if (combo.currentData() or "") != chosen:
            self._filter(region="")

    def _combo(self, name: str, everything: str, values: Sequence[str],
               shown: Callable[[str], str] = str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(everything)
        combo.addItem(everything, "")
        for value in values:
            combo.addItem(shown(value), value)
        return combo

    def _make_view(self) -> QTableView:
        # A QTreeView asks the model hasChildren() for every row after each reset (10,000 Python calls);
        # a table view with fixed row heights touches only the visible rows.
        view = QTableView()
        view.setObjectName("articleList")
        view.setAccessibleName(self.tr("Articles"))
        view.setAccessibleDescription(self.tr("The articles of the workspace; selecting one opens it, Delete moves "
                                              "it to the trash."))
        view.setModel(self.model)
        view.setShowGrid(False)
        view.setTabKeyNavigation(False)  # rows, not cells: Tab leaves the list instead of walking its columns
        view.setWordWrap(False)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        rows = view.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(view.fontMetrics().height() + 8)
        view.setAlternatingRowColors(True)
        view.setSortingEnabled(True)
        view.sortByColumn(UPDATED, Qt.SortOrder.DescendingOrder)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = view.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        words = view.fontMetrics()  # the status and checks columns fit their words in the interface language
        status = max(words.horizontalAdvance(t) for t in [*map(short_status_text, STATUSES),
                                                        QCoreApplication.translate("ArticleListModel", "Status")]) + 16
        checks = max(64, words.horizontalAdvance(QCoreApplication.translate("ArticleListModel", "Checks")) + 16)
        for column, width in ((STATUS, max(76, status)), (REGIONS, 110), (UPDATED, 120), (CHECKS, checks)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        view.hideColumn(REGIONS)
        view.hideColumn(UPDATED)
        view.activated.connect(self._emit_activated)
        view.selectionModel().currentRowChanged.connect(lambda current, _prev: self._emit_activated(current))
        return view

    def _build_layout(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 4, 8)
        layout.setSpacing(6)
        layout.addWidget(self.filter_edit)
        row = QHBoxLayout()
        row.addWidget(self.status_filter, 1)
        row.addWidget(self.region_filter, 1)
        layout.addLayout(row)
        layout.addWidget(self.problems_check)
        layout.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        for name, label, slot in (
            ("newArticleButton", self.tr("New"), self.newRequested.emit),
            ("duplicateArticleButton", self.tr("Duplicate"), self._with_current(self.duplicateRequested)),
            ("renameArticleButton", self.tr("Rename"), self._with_current(self.renameRequested)),
            ("trashArticleButton", self.tr("Delete"), self._with_current(self.trashRequested)),
            ("showTrashButton", self.tr("Trash…"), self.trashShowRequested.emit),
        ):
            button = QToolButton()
            button.setObjectName(name)
            button.setText(label)
            button.setAccessibleName(label)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        delete = QAction(self.tr("Move to trash"), self.view)
        delete.setShortcut(QKeySequence.StandardKey.Delete)
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self._with_current(self.trashRequested))
        self.view.addAction(delete)

    def _with_current(self, signal: Any) -> Any:
        def emit() -> None:
            bundle = self.current_bundle()
            if bundle is not None:
                signal.emit(bundle)

        return emit

    def _emit_activated(self, index: QModelIndex) -> None:
        if index.isValid() and not self._quiet:
            summary = index.data(SummaryRole)
            if summary is not None:
                self._current = summary.bundle
                self.articleActivated.emit(summary.bundle)

    # ----- queries and updates ---------------------------------------------------------------------
    def current_bundle(self) -> Path | None:
        index = self.view.currentIndex()
        summary = index.siblingAtColumn(TITLE).data(SummaryRole) if index.isValid() else None
        return summary.bundle if summary is not None else None

    def set_articles(self, summaries: Sequence[ArticleSummary], keep: Path | None = None) -> None:
        self._quiet = True
        try:
            self.model.set_articles(summaries)
            if keep is not None:
                self.select(keep, emit=False)
        finally:
            self._quiet = False

    def select(self, bundle: Path, emit: bool = True) -> bool:
        self._current = bundle
        row = self.model.row_of(bundle)
        if row < 0:
            return False
        index = self.model.index(row, TITLE)
        quiet, self._quiet = self._quiet, self._quiet or not emit
        try:
            self.view.setCurrentIndex(index)
        finally:
            self._quiet = quiet
        self.view.scrollTo(index)
        return True

    def visible_titles(self) -> list[str]:
        return [str(self.model.index(r, TITLE).data()) for r in range(self.model.rowCount())]
