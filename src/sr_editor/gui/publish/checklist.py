"""The Publish dialog's checklist: the article's check results; errors block publishing unless the writer ticks
and confirms "Publish anyway"."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from sr_editor.gui.publish.publish_style import ERROR_COLOUR, MUTED, OK_COLOUR, WARNING_COLOUR, named


class Checklist(QGroupBox):
    """The article's check results: errors block publishing unless "Publish anyway" is confirmed."""

    changed = Signal()  # problems or the force box changed
    problemActivated = Signal(object)  # double-clicked: show it in the window

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Checklist"))
        self.problems: list[Any] | None = None
        box = QVBoxLayout(self)
        self.checkSummary = named(QLabel(), "checkSummary")
        self.checkSummary.setWordWrap(True)
        self.checkList = named(QListWidget(), "checkList")
        self.checkList.setAccessibleName(self.tr("Problems found in the article"))
        self.checkList.setAccessibleDescription(
            self.tr("What to fix before publishing; Enter on a problem goes to it."))
        self.checkList.setWordWrap(True)
        self.checkList.setAlternatingRowColors(True)
        self.checkList.setToolTip(self.tr("Double-click a problem to go to it"))
        self.checkList.itemActivated.connect(
            lambda item: self.problemActivated.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.forceCheck = named(QCheckBox(self.tr("Publish anyway (recorded in the article with your name)")),
                                 "forceCheck")
        self.forceCheck.setAccessibleDescription(
            self.tr("Publish although there are problems; your name is recorded in the article."))
        self.forceCheck.clicked.connect(self._on_force_clicked)
        box.addWidget(self.checkSummary)
        box.addWidget(self.checkList)
        box.addWidget(self.forceCheck)

    def set_problems(self, problems: list[Any] | None) -> None:
        """None while the checks still run; errors block unless the writer confirms "Publish anyway"."""
        self.problems = problems
        self.checkList.clear()
        errors_ = [p for p in problems or [] if _is_error(p)]
        warnings = [p for p in problems or [] if not _is_error(p)]
        for problem in errors_ + warnings:
            kind = QStyle.StandardPixmap.SP_MessageBoxCritical if _is_error(problem) else \
                QStyle.StandardPixmap.SP_MessageBoxWarning
            item = QListWidgetItem(self.style().standardIcon(kind), str(getattr(problem, "message", problem)))
            item.setData(Qt.ItemDataRole.UserRole, problem)
            self.checkList.addItem(item)
        self.checkList.setVisible(bool(problems))
        self.checkList.setFixedHeight(min(6, max(1, self.checkList.count())) * 26 + 6)
        if problems is None:
            text, colour = self.tr("Checking the article…"), MUTED
        elif errors_:
            text = (self.tr("1 problem must be fixed before publishing") if len(errors_) == 1 else
                    self.tr("%1 problems must be fixed before publishing").replace("%1", str(len(errors_))))
            colour = ERROR_COLOUR
            if warnings:
                text += "; " + _warnings(self, len(warnings))
        elif warnings:
            text, colour = self.tr("Ready, with %1 to consider").replace("%1", _warnings(self, len(warnings))), \
                WARNING_COLOUR
        else:
            text, colour = self.tr("✓ All checks pass"), OK_COLOUR
        self.checkSummary.setText(text)
        self.checkSummary.setStyleSheet(f"color: {colour}; font-weight: 600")
        self.forceCheck.setVisible(bool(errors_))
        if not errors_:
            self.forceCheck.setChecked(False)
        self.changed.emit()

    def forced(self) -> bool:
        return self.forceCheck.isChecked()

    def blocking_problems(self) -> list[Any]:
        return [p for p in self.problems or [] if _is_error(p)]

    def _on_force_clicked(self, checked: bool) -> None:
        if checked and not self.confirm_force():
            self.forceCheck.setChecked(False)
        self.changed.emit()

    def confirm_force(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Publish anyway?"),
            self.tr("The article has problems that readers will notice. Publish it anyway? Your name and the "
                    "skipped checks are recorded in the article."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes



def _warnings(widget: QWidget, count: int) -> str:
    return QCoreApplication.translate("Checklist", "1 warning") if count == 1 else \
        QCoreApplication.translate("Checklist", "%1 warnings").replace("%1", str(count))


def _is_error(problem: Any) -> bool:
    return str(getattr(problem, "severity", "")) in ("error", "Severity.ERROR")
