"""The problems panel: the checks of the open article; activating one asks the window to jump to it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QStyle, QVBoxLayout, QWidget

from sr_editor.gui.common.shown_words import field_text
from sr_editor.gui.panels.field_widgets import MUTED_COLOUR, OK_COLOUR
from sr_editor.services.document.document import ArticleDocument

# core.checks.lint.Severity's values (a StrEnum: equal to these strings); importing core.checks.lint here would pull
# python-markdown into the window's first paint
ERROR, WARNING = "error", "warning"

PROBLEM_ROLE = Qt.ItemDataRole.UserRole + 1


def names_its_line(problem: Any) -> bool:
    """Whether the sentence already starts by naming its line ("Line 9: …", "Línea 9: …", as the accessibility
    checks write it): the panel then does not say the line a second time."""
    head, colon, _rest = str(problem.message).partition(":")
    words = head.split()
    return bool(colon) and len(words) == 2 and words[1] == str(getattr(problem, "line", None))


def location_text(problem: Any) -> str:
    """Where a problem is: 'line 12', 'Teaser', 'line 4 · steps.jpg'."""
    parts = []
    if getattr(problem, "field", None):
        parts.append(field_text(problem.field))
    if getattr(problem, "line", None) and not names_its_line(problem):
        parts.append(QCoreApplication.translate("ProblemsPanel", "line {0}").format(problem.line))
    if getattr(problem, "image", None):
        parts.append(problem.image)
    return " · ".join(parts)


def summary_text(problems: list[Any]) -> str:
    errors = sum(1 for p in problems if p.severity == ERROR)
    warnings = len(problems) - errors
    if not problems:
        return QCoreApplication.translate("ProblemsPanel", "No problems")
    parts = []
    if errors:
        parts.append(QCoreApplication.translate("ProblemsPanel", "1 error") if errors == 1 else
                     QCoreApplication.translate("ProblemsPanel", "{0} errors").format(errors))
    if warnings:
        parts.append(QCoreApplication.translate("ProblemsPanel", "1 warning") if warnings == 1 else
                     QCoreApplication.translate("ProblemsPanel", "{0} warnings").format(warnings))
    return ", ".join(parts)


class ProblemsPanel(QWidget):
    """Errors first, then warnings; click or Enter emits problemActivated(problem)."""

    problemActivated = Signal(object)  # core.checks.lint.Problem

    def __init__(self, document: ArticleDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemsPanel")
        self.setAccessibleName(self.tr("Problems"))
        self.document = document
        self.summary = QLabel()
        self.summary.setObjectName("problemsSummary")
        self.list = QListWidget()
        self.list.setObjectName("problemsList")
        self.list.setAccessibleName(self.tr("Problems of the open article"))
        self.list.setAccessibleDescription(self.tr("Enter or a click moves the cursor to where the problem is."))
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.setAlternatingRowColors(True)
        self.list.itemClicked.connect(self._activate)
        self.list.itemActivated.connect(self._activate)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        document.problemsChanged.connect(self.show_problems)
        self.show_problems(document.problems)

    def show_problems(self, problems: list[Any]) -> None:
        ordered = sorted(problems, key=lambda p: (p.severity != ERROR, p.line or 0))
        current = self.list.currentRow()
        self.list.clear()
        style = self.style()
        icons = {
            ERROR: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
            WARNING: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
        }
        for problem in ordered:
            where = location_text(problem)
            text = f"{problem.message}\n{where}" if where else str(problem.message)
            item = QListWidgetItem(icons.get(problem.severity, icons[WARNING]), text)
            item.setData(PROBLEM_ROLE, problem)
            tip = f"{problem.rule}: {problem.message}"
            explained = getattr(problem, "help", "")
            if explained:
                tip += "\n" + self.tr("Explained in %1").replace("%1", explained)
            item.setToolTip(tip)
            self.list.addItem(item)
        if not ordered and self.document.bundle is not None:
            empty = QListWidgetItem(self.tr("Nothing to fix: every check passes."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(empty)
        if ordered and 0 <= current < self.list.count():
            self.list.setCurrentRow(current)
        text = summary_text(ordered)
        colour = OK_COLOUR if not ordered else MUTED_COLOUR
        self.summary.setStyleSheet(f"color: {colour}; padding: 2px 4px; font-weight: 600;")
        self.summary.setText(text)
        self.summary.setAccessibleName(text)

    def problem_at(self, row: int) -> Any:
        item = self.list.item(row)
        return item.data(PROBLEM_ROLE) if item is not None else None

    def _activate(self, item: QListWidgetItem) -> None:
        problem = item.data(PROBLEM_ROLE)
        if problem is not None:
            self.problemActivated.emit(problem)
