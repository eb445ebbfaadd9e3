"""The Markdown editor: a QPlainTextEdit on the document's QTextDocument, formatting commands and find/replace.

The editor shows the body only (the metadata panel owns the front matter). Image files dropped or pasted are
not inserted here: `imageFilesOffered` hands them to the window, which runs the image dialog.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, Signal
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QImage, QKeyEvent, QKeySequence, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QWidget,
)

from sr_editor.gui.common.shaping import needs_shaping, with_shaping
from sr_editor.gui.editor.highlighter import MarkdownHighlighter

if TYPE_CHECKING:
    from sr_editor.services.runtime.turns import TurnBudget

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".gif", ".webp", ".tif", ".tiff", ".bmp"}
WORDS_PER_MINUTE = 220
_HEADING_PREFIX = re.compile(r"^\s{0,3}#{1,6}\s+")


def word_count(text: str) -> int:
    return len(text.split())


def reading_minutes(words: int) -> int:
    return max(1, round(words / WORDS_PER_MINUTE)) if words else 0


def font_in_use(family: str) -> str:
    """The family the editor really draws with: `family` when it is installed, else the desktop's fixed-width
    font (not whatever fontconfig would substitute, so Preferences can name the font on the screen)."""
    if QFontDatabase.hasFamily(family):
        return family
    return QFontInfo(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)).family()


def _nothing() -> None:
    pass


class MarkdownEditor(QPlainTextEdit):
    imageFilesOffered = Signal(list)  # list[Path] dropped or pasted
    imagePasted = Signal(QImage)  # raw image data from the clipboard

    def __init__(self, document: QTextDocument, parent: QWidget | None = None,
                 turns: TurnBudget | None = None) -> None:
        """`turns`: the window's room for background work per event-loop turn; a key typed spends its turn's."""
        super().__init__(parent)
        self._turns = turns
        self.setObjectName("editor")
        self.setAccessibleName(self.tr("Article text"))
        self.setAccessibleDescription(self.tr("The article's text in Markdown. Tab indents; F6 moves to the next "
                                              "area of the window."))
        self.setDocument(document)
        self.highlighter = MarkdownHighlighter(document, turns)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setTabChangesFocus(False)
        self.setCenterOnScroll(False)
        self.setPlaceholderText(self.tr("Write the article in Markdown…"))
        self._font = QFont()  # the preference's font (none yet: the application's)
        self._shaped = False  # shaping costs memory: on once the text has a character that needs it (shaping.py)
        self._held: list[QKeyEvent] | None = None  # keys typed while the article is still being loaded
        # puts the rest of a long article in at once, for whatever needs the whole text here (find, replace all)
        self.load_rest: Callable[[], None] = _nothing
        self.setFont(with_shaping(self._font, shaped=False))
        document.contentsChange.connect(self._check_shaping)
        self._check_shaping(0, 0, document.characterCount())  # the text it already holds

    def set_editor_font(self, family: str, size: int) -> None:
        font = QFont(font_in_use(family), size)
        font.setStyleHint(QFont.StyleHint.Monospace)
        self._font = font
        self.setFont(with_shaping(font, self._shaped))
        self.setTabStopDistance(self.fontMetrics().horizontalAdvance(" ") * 4)
        self.setViewportMargins(12, 8, 12, 8)

    @property
    def holding_keys(self) -> bool:
        return self._held is not None

    @property
    def keys_waiting(self) -> bool:
        """Keys were typed while holding and wait to be typed."""
        return bool(self._held)

    def hold_keys(self, hold: bool) -> None:
        """While a long article is still going into the document (services.document.loading), keys wait here;
        when it is all there they are typed, in order, where the writer put the cursor. The highlighter waits
        for it too, past the first screen (`MarkdownHighlighter.defer`)."""
        self.highlighter.defer(hold)
        if hold:
            if self._held is None:
                self._held = []
            return
        held, self._held = self._held, None
        for event in held or []:
            QApplication.sendEvent(self, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._held is not None:  # costs nothing: the slices that bring the text in go on at their pace
            self._held.append(QKeyEvent(event.type(), event.key(), event.modifiers(), event.nativeScanCode(),
                                        event.nativeVirtualKey(), event.nativeModifiers(), event.text(),
                                        event.isAutoRepeat(), event.count()))
            event.accept()
            return
        if self._turns is not None:  # the key's work and its paint take this turn: background slices wait
            self._turns.typed()
        super().keyPressEvent(event)

    def _check_shaping(self, position: int, removed: int, added: int) -> None:
        """Shaping on as soon as inserted text needs it; a new text (the whole document replaced) is judged
        afresh, so the next article can go without it again."""
        document = self.document()
        end = document.characterCount() - 1
        whole = position == 0 and added >= end
        if not added or (self._shaped and not whole):
            return
        cursor = QTextCursor(document)
        cursor.setPosition(min(position, end))
        cursor.setPosition(min(position + added, end), QTextCursor.MoveMode.KeepAnchor)
        shaped = needs_shaping(cursor.selectedText())
        if shaped != self._shaped:
            self._shaped = shaped
            self.setFont(with_shaping(self._font, shaped))

    # ----- formatting ------------------------------------------------------------------------------
    def wrap_selection(self, before: str, after: str, placeholder: str) -> None:
        """Bold, italic, code: wrap the selection (or a placeholder, selected so typing replaces it). Spaces at
        either end of the selection (Ctrl+Shift+Right takes the next space) stay outside the markers:
        `**When **the` would not be bold in Markdown."""
        cursor = self._trimmed_selection()
        text = cursor.selectedText() or placeholder
        cursor.beginEditBlock()
        cursor.insertText(f"{before}{text}{after}")
        cursor.endEditBlock()
        if text == placeholder:
            end = cursor.position() - len(after)
            cursor.setPosition(end - len(text))
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def make_bold(self) -> None:
        self.wrap_selection("**", "**", self.tr("bold text"))

    def make_italic(self) -> None:
        self.wrap_selection("*", "*", self.tr("italic text"))

    def make_code(self) -> None:
        self.wrap_selection("`", "`", self.tr("code"))

    def insert_link(self, url: str = "https://") -> None:
        cursor = self._trimmed_selection()
        label = cursor.selectedText() or self.tr("link text")
        cursor.beginEditBlock()
        cursor.insertText(f"[{label}]({url})")
        cursor.endEditBlock()
        end = cursor.position() - 1
        cursor.setPosition(end - len(url))
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def _trimmed_selection(self) -> QTextCursor:
        """The editor's cursor with its selection shrunk to exclude white space at either end."""
        cursor = self.textCursor()
        text = cursor.selectedText()
        if not text.strip():
            if text:  # only spaces selected: insert beside them, never over them
                cursor.setPosition(cursor.selectionEnd())
            return cursor
        start = cursor.selectionStart() + len(text) - len(text.lstrip())
        end = cursor.selectionEnd() - (len(text) - len(text.rstrip()))
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def set_heading(self, level: int) -> None:
        """Heading level 1-6 for the current line; 0 turns it back into a paragraph."""
        cursor = self.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        line = _HEADING_PREFIX.sub("", cursor.selectedText())
        cursor.insertText(("#" * level + " " if level else "") + line)
        self.setTextCursor(cursor)

    def prefix_lines(self, prefix: str) -> None:
        """Quote or list: add (or, when all lines have it, remove) a prefix on every selected line."""
        cursor = self.textCursor()
        doc = self.document()
        first = doc.findBlock(cursor.selectionStart())
        last = doc.findBlock(cursor.selectionEnd())
        blocks = []
        block = first
        while block.isValid():
            blocks.append(block)
            if block == last:
                break
            block = block.next()
        remove = all(b.text().startswith(prefix) for b in blocks)
        edit = QTextCursor(doc)
        edit.beginEditBlock()
        for b in blocks:
            edit.setPosition(b.position())
            if remove:
                edit.setPosition(b.position() + len(prefix), QTextCursor.MoveMode.KeepAnchor)
                edit.removeSelectedText()
            else:
                edit.insertText(prefix)
        edit.endEditBlock()

    def make_quote(self) -> None:
        self.prefix_lines("> ")

    def make_list(self) -> None:
        self.prefix_lines("- ")

    def insert_block(self, markdown: str) -> None:
        """Insert Markdown (an image) as its own paragraph at the cursor, never over a selection (a leftover
        find selection would be replaced without the writer noticing): it goes after the line that holds the
        end of the selection, so no heading or sentence is split either."""
        cursor = self.textCursor()
        if cursor.hasSelection():
            cursor.setPosition(cursor.selectionEnd())
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        before = "" if cursor.atBlockStart() else "\n\n"
        cursor.insertText(f"{before}{markdown}\n")
        self.setTextCursor(cursor)

    def go_to_line(self, line: int) -> None:
        block = self.document().findBlockByNumber(max(0, line - 1))
        if block.isValid():
            cursor = QTextCursor(block)
            self.setTextCursor(cursor)
            self.centerCursor()
            self.setFocus()

    # ----- drop and paste --------------------------------------------------------------------------
    def _image_paths(self, mime: QMimeData) -> list[Path]:
        if not mime.hasUrls():
            return []
        paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
        return [p for p in paths if p.suffix.lower() in IMAGE_SUFFIXES]

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return bool(self._image_paths(source)) or source.hasImage() or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:
        if self.isReadOnly():
            return
        paths = self._image_paths(source)
        if paths:
            self.imageFilesOffered.emit(paths)
        elif source.hasImage() and not source.hasText():
            image = source.imageData()
            if isinstance(image, QImage) and not image.isNull():
                self.imagePasted.emit(image)
        else:
            super().insertFromMimeData(source)


class FindBar(QWidget):
    """Find / replace under the editor (Ctrl+F, Ctrl+H); Escape hides it."""

    def __init__(self, editor: MarkdownEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self._editor = editor
        self.find_edit = self._line("findEdit", self.tr("Find"))
        self.find_edit.setAccessibleDescription(
            self.tr("Text to find in the article; Enter finds the next match, Escape closes the bar."))
        self.replace_edit = self._line("replaceEdit", self.tr("Replace with"))
        self.replace_edit.setAccessibleDescription(
            self.tr("Text that replaces the match; Enter replaces the current match."))
        self.case_check = QCheckBox(self.tr("Match case"))
        self.case_check.setObjectName("findCaseCheck")
        self.case_check.setAccessibleName(self.tr("Match case"))
        buttons = [
            ("↓", self.tr("Find next"), self.find_next), ("↑", self.tr("Find previous"), self.find_previous),
            (self.tr("Replace"), self.tr("Replace"), self.replace_one),
            (self.tr("All"), self.tr("Replace all"), self.replace_all),
        ]
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        layout.setSpacing(4)
        layout.addWidget(self.find_edit, 2)
        layout.addWidget(self.replace_edit, 2)
        layout.addWidget(self.case_check)
        for text, label, slot in buttons:
            button = QToolButton()
            button.setText(text)
            button.setToolTip(label)
            button.setAccessibleName(label)
            button.clicked.connect(lambda _checked=False, slot=slot: slot())
            layout.addWidget(button)
        close = QToolButton()
        close.setText("✕")
        close.setToolTip(self.tr("Close (Esc)"))
        close.setAccessibleName(self.tr("Close find bar"))
        close.clicked.connect(self.hide)
        layout.addWidget(close)
        self.find_edit.returnPressed.connect(self.find_next)
        self.replace_edit.returnPressed.connect(self.replace_one)
        self.hide()

    def _line(self, name: str, label: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setPlaceholderText(label)
        edit.setAccessibleName(label)
        # the clear button is turned on by the window after the first paint (MainWindow.build_panels)
        edit.setMinimumWidth(90)
        return edit

    def open(self, replace: bool) -> None:
        self.replace_edit.setVisible(replace)
        selected = self._editor.textCursor().selectedText()
        if selected and "\u2029" not in selected:
            self.find_edit.setText(selected)
        self.show()
        self.find_edit.setFocus()
        self.find_edit.selectAll()

    def _flags(self, backward: bool = False) -> QTextDocument.FindFlag:
        flags = QTextDocument.FindFlag(0)
        if self.case_check.isChecked():
            flags |= QTextDocument.FindFlag.FindCaseSensitively
        if backward:
            flags |= QTextDocument.FindFlag.FindBackward
        return flags

    def find_next(self, backward: bool = False) -> bool:
        needle = self.find_edit.text()
        if not needle:
            return False
        if self._editor.find(needle, self._flags(backward)):
            return True
        cursor = self._editor.textCursor()  # wrap around once
        cursor.movePosition(QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start)
        self._editor.setTextCursor(cursor)
        return self._editor.find(needle, self._flags(backward))

    def find_previous(self) -> bool:
        return self.find_next(backward=True)

    def _selection_matches(self) -> bool:
        selected = self._editor.textCursor().selectedText()
        needle = self.find_edit.text()
        if self.case_check.isChecked():
            return selected == needle
        return selected.lower() == needle.lower()

    def replace_one(self) -> None:
        if self._editor.isReadOnly() or not self.find_edit.text():
            return
        if self._selection_matches():
            self._editor.textCursor().insertText(self.replace_edit.text())
        self.find_next()

    def replace_all(self) -> int:
        if self._editor.isReadOnly() or not self.find_edit.text():
            return 0
        doc = self._editor.document()
        cursor = QTextCursor(doc)
        edit = QTextCursor(doc)
        edit.beginEditBlock()
        count = 0
        while True:
            cursor = doc.find(self.find_edit.text(), cursor, self._flags())
            if cursor.isNull():
                break
            cursor.insertText(self.replace_edit.text())
            count += 1
        edit.endEditBlock()
        return count

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Cancel):
            self.hide()
            self._editor.setFocus()
            return
        super().keyPressEvent(event)
