"""Three-way merge of a pull conflict: the base is the last synced version, "mine" the local article, "the
site's" the version the pull kept aside. Hunks changed on one side are taken; for each conflict the writer picks
mine, the site's, or both; the result is shown before it is saved."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from sr_editor.core.review.merge3 import Choice, Hunk, merged_text


class MergeDialog(QDialog):
    def __init__(self, hunks: list[Hunk], site: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Merge the version on %1").replace("%1", site))
        self.hunks = hunks
        self.choosers: list[QComboBox] = []
        layout = QVBoxLayout(self)
        conflicts = [h for h in hunks if h.conflict]
        intro = QLabel(self.tr("Changes made on one side only are taken as they are. For each place changed on "
                               "both sides (%1), choose which text to keep.").replace("%1", str(len(conflicts))))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        area = QScrollArea()
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the places inside, the area follows them
        area.setWidgetResizable(True)
        inner = QWidget()
        column = QVBoxLayout(inner)
        for number, hunk in enumerate(conflicts, 1):
            column.addWidget(self._hunk_box(number, hunk))
        column.addStretch(1)
        area.setWidget(inner)
        layout.addWidget(area, 2)
        layout.addWidget(QLabel(self.tr("Result:")))
        self.resultView = QPlainTextEdit()
        self.resultView.setObjectName("mergeResult")
        self.resultView.setReadOnly(True)
        self.resultView.setAccessibleName(self.tr("Merged article"))
        self.resultView.setAccessibleDescription(
            self.tr("The article as it will be saved with the choices above."))
        layout.addWidget(self.resultView, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save the merged article"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(820, 640)
        self._update()

    def _hunk_box(self, number: int, hunk: Hunk) -> QGroupBox:
        box = QGroupBox(self.tr("Place %1").replace("%1", str(number)))
        row = QHBoxLayout(box)
        for title, lines in ((self.tr("Yours"), hunk.mine), (self.tr("On the site"), hunk.theirs)):
            side = QVBoxLayout()
            side.addWidget(QLabel(f"<b>{title}</b>"))
            view = QPlainTextEdit("".join(lines))
            view.setReadOnly(True)
            view.setAccessibleName(self.tr("{0}, place {1}").format(title, number))
            view.setAccessibleDescription(self.tr("The lines of this place in this version, read-only."))
            view.setMaximumHeight(110)
            side.addWidget(view)
            row.addLayout(side, 1)
        chooser = QComboBox()
        chooser.setObjectName(f"mergeChoice{number}")
        chooser.setAccessibleName(self.tr("Which version to keep at place {0}").format(number))
        chooser.setAccessibleDescription(self.tr("Keep your lines, the site's lines, or both."))
        for text, choice in ((self.tr("Keep yours"), Choice.MINE), (self.tr("Keep the site's"), Choice.THEIRS),
                             (self.tr("Keep both"), Choice.BOTH)):
            chooser.addItem(text, choice)
        chooser.currentIndexChanged.connect(lambda _i, h=hunk, c=chooser: self._choose(h, c))
        hunk.choice = Choice.MINE
        row.addWidget(chooser)
        self.choosers.append(chooser)
        return box

    def _choose(self, hunk: Hunk, chooser: QComboBox) -> None:
        hunk.choice = chooser.currentData()
        self._update()

    def _update(self) -> None:
        self.resultView.setPlainText(self.merged())

    def merged(self) -> str:
        return merged_text(self.hunks)
