"""The Notes panel: the open article's notes on its linked post, threaded, each with its passage found again in
the current text ("passage gone" when it is not there any more), and reply, resolve/reopen and a new note on the
editor's selection. Widgets only: the network work is ReviewUi's, on a worker thread."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sr_editor.core.review.anchor import find_passage
from sr_editor.gui.site.note_marks import NoteMark
from sr_editor.publish.review.notes import Thread

NOTE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
RANGE_ROLE = Qt.ItemDataRole.UserRole + 2  # (start, end) of the passage in the text, or None
RESOLVED_ROLE = Qt.ItemDataRole.UserRole + 3


def _short(text: str, limit: int = 80) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[:limit - 1] + "…"


class NotesPanel(QWidget):
    refreshRequested = Signal()
    addRequested = Signal()  # a new note on the editor's selection
    replyRequested = Signal(int)  # the thread's note id
    statusRequested = Signal(int, str)  # note id, "resolved" or "reopen"
    passageActivated = Signal(int, int)  # start, end in the article's text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notesPanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.summary = QLabel()
        self.summary.setObjectName("notesSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.tree = QTreeWidget()
        self.tree.setObjectName("notesTree")
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Note"), self.tr("By"), self.tr("Passage")])
        self.tree.setAccessibleName(self.tr("Notes on this article"))
        self.tree.setAccessibleDescription(self.tr("Each note with its replies, who wrote it and the passage it is "
                                                   "about; activate one to select the passage."))
        header = self.tree.header()  # the note takes the room a wide dock gives; the author's name what it needs
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setColumnHidden(2, True)  # the passage shows under the note (a dock is narrow); kept for lookups
        self.tree.setWordWrap(False)  # two lines a note (its words, its passage), each elided
        layout.addWidget(self.tree, 1)
        buttons = QHBoxLayout()
        self.addButton = QPushButton(self.tr("&Note on Selection…"))
        self.replyButton = QPushButton(self.tr("Re&ply…"))
        self.resolveButton = QPushButton(self.tr("Re&solve"))
        self.refreshButton = QPushButton(self.tr("Re&fresh"))
        for name, button in (("notesAdd", self.addButton), ("notesReply", self.replyButton),
                             ("notesResolve", self.resolveButton), ("notesRefresh", self.refreshButton)):
            button.setObjectName(name)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.addButton.clicked.connect(self.addRequested)
        self.refreshButton.clicked.connect(self.refreshRequested)
        self.replyButton.clicked.connect(self._reply)
        self.resolveButton.clicked.connect(self._toggle)
        self.tree.currentItemChanged.connect(lambda _new, _old: self._selection_changed())
        self.tree.itemActivated.connect(lambda item, _col: self._activate(item))
        self.tree.itemClicked.connect(lambda item, _col: self._activate(item))
        self.set_threads([], "")
        self.set_message(self.tr("Open an article published to a site to see its notes."))

    # ----- content -----------------------------------------------------------------------------------
    def set_message(self, text: str) -> None:
        self.summary.setText(text)

    def set_threads(self, threads: Sequence[Thread], text: str, pending: int = 0) -> None:
        self.tree.clear()
        for thread in threads:
            top = self._item(thread.note.text, thread.note.author, thread.note.id)
            state = self.tr("resolved") if thread.resolved else self.tr("open")
            top.setText(0, f"[{state}] {_short(thread.note.text)}")
            top.setToolTip(0, thread.note.text)
            top.setData(0, RESOLVED_ROLE, thread.resolved)
            if thread.note.quote:
                anchor = find_passage(text, thread.note.quote)
                if anchor is None:
                    top.setText(2, self.tr("passage gone: “%1”").replace("%1", _short(thread.note.quote, 40)))
                else:
                    top.setText(2, self.tr("line %1: “%2”").replace("%1", str(anchor.line(text)))
                                .replace("%2", _short(thread.note.quote, 40)))
                    top.setData(0, RANGE_ROLE, (anchor.start, anchor.end))
                top.setToolTip(2, thread.note.quote)
                top.setText(0, top.text(0) + "\n    ↳ " + top.text(2))
            for reply in thread.replies:
                child = self._item(reply.text, reply.author, thread.note.id)
                child.setText(0, _short(reply.text))
                top.addChild(child)
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
        open_count = sum(1 for t in threads if not t.resolved)
        message = self.tr("%1 notes, %2 open").replace("%1", str(len(threads))).replace("%2", str(open_count))
        if pending:
            message += " " + self.tr("(%1 waiting to be sent)").replace("%1", str(pending))
        self.set_message(message)
        self._selection_changed()

    def _item(self, text: str, author: str, note_id: int) -> QTreeWidgetItem:
        item = QTreeWidgetItem([text, author, ""])
        item.setData(0, NOTE_ID_ROLE, note_id)
        item.setToolTip(0, text)
        return item

    def _threads(self) -> list[QTreeWidgetItem]:
        items = (self.tree.topLevelItem(index) for index in range(self.tree.topLevelItemCount()))
        return [item for item in items if item is not None]

    def passages(self) -> list[NoteMark]:
        """The open notes whose passage was found, for the highlights in the editor."""
        found = []
        for item in self._threads():
            where = item.data(0, RANGE_ROLE)
            if where and not item.data(0, RESOLVED_ROLE):
                found.append(NoteMark(int(item.data(0, NOTE_ID_ROLE)), int(where[0]), int(where[1]),
                                      f"{item.text(1)}: {item.toolTip(0)}"))
        return found

    def select_note(self, note_id: int) -> None:
        """Make the thread of `note_id` the current item (a highlighted passage was clicked in the editor)."""
        for item in self._threads():
            if item.data(0, NOTE_ID_ROLE) == note_id:
                self.tree.setCurrentItem(item)
                self.tree.scrollToItem(item)
                return

    # ----- choices -----------------------------------------------------------------------------------
    def _thread_item(self) -> QTreeWidgetItem | None:
        item = self.tree.currentItem()
        while item is not None and item.parent() is not None:
            item = item.parent()
        return item

    def selected_note(self) -> int | None:
        item = self._thread_item()
        return int(item.data(0, NOTE_ID_ROLE)) if item is not None else None

    def _selection_changed(self) -> None:
        item = self._thread_item()
        self.replyButton.setEnabled(item is not None)
        self.resolveButton.setEnabled(item is not None)
        resolved = bool(item.data(0, RESOLVED_ROLE)) if item is not None else False
        self.resolveButton.setText(self.tr("Re&open") if resolved else self.tr("Re&solve"))

    def _reply(self) -> None:
        note = self.selected_note()
        if note is not None:
            self.replyRequested.emit(note)

    def _toggle(self) -> None:
        item = self._thread_item()
        if item is not None:
            status = "reopen" if item.data(0, RESOLVED_ROLE) else "resolved"
            self.statusRequested.emit(int(item.data(0, NOTE_ID_ROLE)), status)

    def _activate(self, item: QTreeWidgetItem) -> None:
        top = item
        while (up := top.parent()) is not None:
            top = up
        found = top.data(0, RANGE_ROLE)
        if found:
            self.passageActivated.emit(int(found[0]), int(found[1]))
