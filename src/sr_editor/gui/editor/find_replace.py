"""Find and replace with a match count ("3 of 12"), whole words, case and regular expressions.

Builds on editor.FindBar (the bar, Escape, wrap-around); replace-all stays one edit block, so one undo.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QRegularExpression, QTimer
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from sr_editor.gui.editor.editor import FindBar, MarkdownEditor

COUNT_LIMIT = 10_000  # stop counting there: "10000+" is as useful as the exact number


class FindReplaceBar(FindBar):
    def __init__(self, editor: MarkdownEditor, parent: QWidget | None = None) -> None:
        super().__init__(editor, parent)
        self.word_check = self._option("findWordCheck", self.tr("Whole words"), "W")
        self.regex_check = self._option("findRegexCheck", self.tr("Regular expression"), ".*")
        self.case_check.setText("Aa")
        self.case_check.setToolTip(self.tr("Match case"))
        self.case_check.setAccessibleDescription(self.tr("Find only text with the same capital letters."))
        self.word_check.setAccessibleDescription(self.tr("Find only whole words, not parts of longer words."))
        self.regex_check.setAccessibleDescription(
            self.tr("Read the search text as a regular expression (Python syntax)."))
        self.count_label = QLabel()
        self.count_label.setObjectName("findCount")
        self._two_rows()
        self._recount = QTimer(self, singleShot=True, interval=150)  # typing in a long article: count once
        self._recount.timeout.connect(self.update_count)
        self.find_edit.textChanged.connect(self.update_count)
        for check in (self.case_check, self.word_check, self.regex_check):
            check.toggled.connect(self.update_count)
        editor.cursorPositionChanged.connect(self._cursor_moved)
        editor.document().contentsChanged.connect(self._cursor_moved)

    def _option(self, name: str, text: str, short: str) -> QCheckBox:
        check = QCheckBox(short)
        check.setObjectName(name)
        check.setAccessibleName(text)
        check.setToolTip(text)
        return check

    def _two_rows(self) -> None:
        """Find and its options above, replace below: the bar fits the editor column at 1366x768."""
        layout = self.layout()
        assert isinstance(layout, QHBoxLayout)
        buttons: list[QWidget] = []
        while layout.count():
            item = layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if isinstance(widget, QToolButton):
                buttons.append(widget)
        find_next, find_previous, replace, replace_all, close = buttons
        self._replace_buttons = (replace, replace_all)
        find_row, replace_row = QHBoxLayout(), QHBoxLayout()
        for row in (find_row, replace_row):
            row.setSpacing(4)
        find_row.addWidget(self.find_edit, 1)
        for widget in (self.case_check, self.word_check, self.regex_check, self.count_label, find_next,
                       find_previous, close):
            find_row.addWidget(widget)
        replace_row.addWidget(self.replace_edit, 1)
        replace_row.addWidget(replace)
        replace_row.addWidget(replace_all)
        column = QVBoxLayout()
        column.setSpacing(3)
        column.addLayout(find_row)
        column.addLayout(replace_row)
        layout.addLayout(column)

    def open(self, replace: bool) -> None:
        for button in self._replace_buttons:
            button.setVisible(replace)
        super().open(replace)

    # ----- searching -----------------------------------------------------------------------------------
    def pattern(self) -> QRegularExpression | None:
        """The search as one regular expression (plain text escaped); None when it is empty or invalid."""
        needle = self.find_edit.text()
        if not needle:
            return None
        source = needle if self.regex_check.isChecked() else QRegularExpression.escape(needle)
        if self.word_check.isChecked():
            source = rf"\b(?:{source})\b"
        options = QRegularExpression.PatternOption.UseUnicodePropertiesOption
        if not self.case_check.isChecked():
            options |= QRegularExpression.PatternOption.CaseInsensitiveOption
        expression = QRegularExpression(source, options)
        return expression if expression.isValid() else None

    def _find_cursor(self, start: QTextCursor, backward: bool = False) -> QTextCursor:
        expression = self.pattern()
        if expression is None:
            return QTextCursor()
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        return self._editor.document().find(expression, start, flags)

    def find_next(self, backward: bool = False) -> bool:
        self._editor.load_rest()  # a long article still loading: search all of it
        found = self._find_cursor(self._editor.textCursor(), backward)
        if found.isNull():  # wrap around once
            edge = QTextCursor(self._editor.document())
            edge.movePosition(QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start)
            found = self._find_cursor(edge, backward)
        if found.isNull():
            self.update_count()
            return False
        self._editor.setTextCursor(found)
        self.update_count()
        return True

    def _selection_matches(self) -> bool:
        cursor = self._editor.textCursor()
        if not cursor.hasSelection():
            return False
        block_start = QTextCursor(cursor.document())
        block_start.setPosition(cursor.selectionStart())
        again = self._find_cursor(block_start)
        return not again.isNull() and (again.selectionStart(), again.selectionEnd()) == (
            cursor.selectionStart(), cursor.selectionEnd())

    def _replacement(self, cursor: QTextCursor) -> str:
        """The replace text; with regular expressions, \\1 and \\g<name> refer to the match's groups."""
        text = self.replace_edit.text()
        if not self.regex_check.isChecked():
            return text
        flags = 0 if self.case_check.isChecked() else re.IGNORECASE
        try:
            match = re.fullmatch(self.find_edit.text(), cursor.selectedText(), flags)
            return match.expand(text) if match else text
        except (re.error, IndexError):
            return text

    def replace_one(self) -> None:
        if self._editor.isReadOnly() or self.pattern() is None:
            return
        if self._selection_matches():
            cursor = self._editor.textCursor()
            cursor.insertText(self._replacement(cursor))
        self.find_next()

    def replace_all(self) -> int:
        """Every match replaced in one edit block: one Ctrl+Z undoes them all."""
        if self._editor.isReadOnly() or self.pattern() is None:
            return 0
        self._editor.load_rest()  # before the edit block: all of a long article still loading
        doc = self._editor.document()
        cursor = QTextCursor(doc)
        edit = QTextCursor(doc)
        edit.beginEditBlock()
        count = 0
        while True:
            cursor = self._find_cursor(cursor)
            if cursor.isNull():
                break
            empty = cursor.selectionStart() == cursor.selectionEnd()
            cursor.insertText(self._replacement(cursor))
            count += 1
            if empty and not cursor.movePosition(QTextCursor.MoveOperation.NextCharacter):
                break  # an empty match (^, \b) must not loop forever
        edit.endEditBlock()
        self.update_count()
        return count

    # ----- counting ----------------------------------------------------------------------------------
    def matches(self) -> tuple[int, int]:
        """(current, total): which match the selection is (0 when none) and how many there are."""
        expression = self.pattern()
        if expression is None:
            return 0, 0
        self._editor.load_rest()
        text = self._editor.toPlainText()
        selection = self._editor.textCursor()
        current = total = 0
        iterator = expression.globalMatch(text)
        while iterator.hasNext() and total < COUNT_LIMIT:
            match = iterator.next()
            if match.capturedLength() == 0:
                continue
            total += 1
            if (match.capturedStart(), match.capturedEnd()) == (selection.selectionStart(), selection.selectionEnd()):
                current = total
        return current, total

    def update_count(self, *_: object) -> None:
        if not self.isVisible() and not self.find_edit.text():
            self.count_label.clear()
            return
        if self.find_edit.text() and self.pattern() is None:
            self.count_label.setText(self.tr("Invalid pattern"))
            return
        current, total = self.matches()
        more = "+" if total >= COUNT_LIMIT else ""
        if not self.find_edit.text():
            self.count_label.clear()
        elif total == 0:
            self.count_label.setText(self.tr("No matches"))
        elif current:
            self.count_label.setText(self.tr("{0} of {1}").format(current, f"{total}{more}"))
        else:
            self.count_label.setText(self.tr("{0} matches").format(f"{total}{more}"))

    def _cursor_moved(self) -> None:
        if self.isVisible() and self.find_edit.text():
            self._recount.start()
