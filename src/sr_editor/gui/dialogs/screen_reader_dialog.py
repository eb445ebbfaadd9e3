"""View > Read as a screen reader: the open article as a screen reader announces it, with the lists of headings
and links that screen readers offer, in the article's language.

The reading is made off the GUI thread (rendering a long article takes a few hundred milliseconds) and shown
when ready; the dialog is not modal, so the writer can fix the text and read again (Refresh, F5).
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sr_editor.core.article.article import Article
from sr_editor.core.checks.screen_reader import Reading

LANGUAGE_NAMES = {"en": "English", "es": "Español", "pt-BR": "Português (Brasil)"}
INDENT = "    "


def make_reading(article: Article, workspace_root: Path | None) -> Reading:
    """The reading of `article` in its language (worker thread: renders the body)."""
    from sr_editor.import_guard import guard

    with guard("sr_editor.core.checks.lint"):  # the checks' workers may be importing the same modules now
        from sr_editor.core.checks import lint  # noqa: F401  (imports the renderer and the checks whole)
        from sr_editor.core.checks.a11y import article_language
        from sr_editor.core.render.render import render_body
    from sr_editor.core.checks.screen_reader import read_html

    return read_html(render_body(article.body), article_language(article, workspace_root))


class _Bridge(QObject):
    """Carries the worker's result to the dialog. Owned by Python, not by the dialog: a worker that finishes after
    the dialog was closed and deleted emits on a live object whose connection Qt has already dropped."""

    ready = Signal(object)  # Reading, or an Exception from the worker


class ScreenReaderDialog(QDialog):
    """Three lists (the reading, the headings, the links); each line is one announcement, read by Tab and arrows."""

    def __init__(
        self, article_source: Callable[[], Article], workspace_root: Path | None, parent: QWidget | None = None,
        reader: Callable[[Article, Path | None], Reading] = make_reading,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("screenReaderDialog")
        self.setWindowTitle(self.tr("Read as a screen reader"))
        self.setAccessibleName(self.tr("Read as a screen reader"))
        self._article_source, self._root, self._reader = article_source, workspace_root, reader
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="screen-reader")
        self._pending: Future[None] | None = None
        self.shown = 0  # readings (or failures) shown so far, for tests and screenshots to wait on
        self.status = QLabel(self.tr("Reading the article…"))
        self.status.setObjectName("screenReaderStatus")
        self.status.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("screenReaderTabs")
        self.reading_list = self._list("screenReaderReading", self.tr("What a screen reader announces, in order"))
        self.headings_list = self._list("screenReaderHeadings", self.tr("The headings, as screen readers list them"))
        self.links_list = self._list("screenReaderLinks", self.tr("The links, as screen readers list them"))
        self.tabs.addTab(self.reading_list, self.tr("&Reading"))
        self.tabs.addTab(self.headings_list, self.tr("&Headings"))
        self.tabs.addTab(self.links_list, self.tr("&Links"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.refresh_button = QPushButton(self.tr("Read &again"))
        self.refresh_button.setObjectName("screenReaderRefresh")
        self.refresh_button.clicked.connect(self.refresh)
        buttons.addButton(self.refresh_button, QDialogButtonBox.ButtonRole.ActionRole)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.refresh)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(720, 560)
        self._bridge = _Bridge()
        self._bridge.ready.connect(self._show)
        self.refresh()

    def _list(self, name: str, description: str) -> QListWidget:
        widget = QListWidget()
        widget.setObjectName(name)
        widget.setAccessibleDescription(description)
        widget.setWordWrap(True)
        widget.setAlternatingRowColors(True)
        return widget

    @Slot()
    def refresh(self) -> None:
        if self._pending is not None and not self._pending.done():
            return
        article = self._article_source()
        self.status.setText(self.tr("Reading the article…"))
        reader, root, bridge = self._reader, self._root, self._bridge  # the worker touches nothing of the dialog

        def work() -> None:
            try:
                result: object = reader(article, root)
            except Exception as exc:  # a render that fails is said in the dialog, never lost
                result = exc
            bridge.ready.emit(result)

        self._pending = self._executor.submit(work)

    @Slot(object)
    def _show(self, result: object) -> None:
        self.shown += 1
        if not isinstance(result, Reading):
            self.status.setText(self.tr("The article cannot be read: %1").replace("%1", str(result)))
            return
        self.show_reading(result)

    def show_reading(self, reading: Reading) -> None:
        language = LANGUAGE_NAMES.get(reading.language, reading.language)
        self.status.setText(self.tr("Read in %1, the article's language: %2 headings, %3 links.")
                            .replace("%1", language).replace("%2", str(len(reading.headings)))
                            .replace("%3", str(len(reading.links))))
        self._fill(self.reading_list, [f"{INDENT * item.depth}{item.text}" for item in reading.items])
        self._fill(self.headings_list,
                   [f"{INDENT * (level - 1)}{reading.words('heading').format(level)}: {text or reading.words('empty')}"
                    for level, text in reading.headings] or [reading.words("no_headings")])
        self._fill(self.links_list, [f"{text or reading.words('empty')} → {href}" for text, href in reading.links]
                   or [reading.words("no_links")])

    def _fill(self, widget: QListWidget, lines: list[str]) -> None:
        widget.clear()
        for line in lines:
            item = QListWidgetItem(line)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, line.strip())
            widget.addItem(item)
        if widget.count():
            widget.setCurrentRow(0)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)
        super().closeEvent(event)

    def done(self, result: int) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)
        super().done(result)
