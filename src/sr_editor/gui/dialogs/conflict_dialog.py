"""The external-change dialog: the file changed on disk while the writer had unsaved edits; they choose."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

import shiboken6
from PySide6.QtCore import QEvent, QEventLoop, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from sr_editor.gui.common.tab_order import buttons_in_screen_order
from sr_editor.gui.dialogs.diff_view import DiffView


class ExternalChangeChoice(Enum):
    RELOAD = "reload"  # take the file on disk, drop my edits
    KEEP_MINE = "keep_mine"  # overwrite the file with my text
    CANCEL = "cancel"  # decide later; nothing is written


class ExternalChangeDialog(QDialog):
    """Reload / Keep mine / Cancel, with a Compare button that shows what differs inside the dialog."""

    def __init__(self, path: Path, mine: str, disk: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("externalChangeDialog")
        self.setWindowTitle(self.tr("File changed on disk"))
        self.path, self.mine, self.disk = path, mine, disk
        self.choice = ExternalChangeChoice.CANCEL
        self._typing_in: QWidget | None = None
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(32, 32))
        top.addWidget(icon)
        message = QLabel(
            self.tr("<b>{0}</b> was changed by another program while you were editing it.<br>"
                    "Which version do you want to keep?").format(self.path)
        )
        message.setWordWrap(True)
        top.addWidget(message, 1)
        layout.addLayout(top)
        self.diffView = DiffView()
        self.diffView.setAccessibleName(self.tr("Differences between the file on disk and your text"))
        self.diffView.setAccessibleDescription(
            self.tr("The lines that differ between the file on disk and the text in the editor."))
        self.diffView.setMinimumSize(620, 320)
        self.diffView.hide()
        layout.addWidget(self.diffView, 1)

        self.buttons = QDialogButtonBox()
        self.compareButton = QPushButton(self.tr("&Compare"))
        self.compareButton.setObjectName("compareButton")
        self.compareButton.setCheckable(True)
        self.compareButton.setAccessibleDescription(
            self.tr("Show or hide the differences between the file on disk and your text."))
        self.compareButton.toggled.connect(self.show_comparison)
        self.reloadButton = QPushButton(self.tr("&Reload from disk"))
        self.reloadButton.setObjectName("reloadButton")
        self.keepButton = QPushButton(self.tr("&Keep mine"))
        self.keepButton.setObjectName("keepMineButton")
        self.cancelButton = QPushButton(self.tr("&Decide later"))
        self.cancelButton.setObjectName("decideLaterButton")
        self.cancelButton.setAccessibleDescription(
            self.tr("Keep your text unsaved; you are asked again when you save or the file changes again."))
        self.buttons.addButton(self.compareButton, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.reloadButton, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.keepButton, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancelButton, QDialogButtonBox.ButtonRole.RejectRole)
        self.reloadButton.clicked.connect(lambda: self._choose(ExternalChangeChoice.RELOAD))
        self.keepButton.clicked.connect(lambda: self._choose(ExternalChangeChoice.KEEP_MINE))
        self.cancelButton.clicked.connect(self.reject)
        self.cancelButton.setDefault(True)
        layout.addWidget(self.buttons)
        buttons_in_screen_order(self.buttons)

    def show_comparison(self, visible: bool = True) -> None:
        if visible and not self.diffView.lines:
            self.diffView.show_diff(self.disk, self.mine, self.tr("on disk"), self.tr("your text"))
        self.diffView.setVisible(visible)
        self.adjustSize()

    def _choose(self, choice: ExternalChangeChoice) -> None:
        self.choice = choice
        self.accept()

    def reject(self) -> None:
        self.choice = ExternalChangeChoice.CANCEL
        super().reject()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self._give_keyboard_back()

    def _give_keyboard_back(self) -> None:
        """Some platforms activate a new window anyway: on its first activation, hand the keyboard back to
        where the writer was typing (later activations are the writer's own clicks)."""
        typing_in, self._typing_in = self._typing_in, None
        if typing_in is not None and shiboken6.isValid(typing_in) and typing_in.isVisible():
            typing_in.activateWindow()
            typing_in.setFocus(Qt.FocusReason.OtherFocusReason)

    def ask(self) -> ExternalChangeChoice:
        """Show the prompt without taking the keyboard and wait for a button. The writer is usually mid-sentence
        when it appears: with a modal dialog the next keys went into it and were lost (or pressed a button);
        here they keep going into the editor, and the window's own guard keeps a second prompt away."""
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        loop = QEventLoop()
        self.finished.connect(loop.quit)
        self.destroyed.connect(loop.quit)
        self._typing_in = QApplication.focusWidget()
        self.show()
        if self._typing_in is not None:
            self._typing_in.setFocus(Qt.FocusReason.OtherFocusReason)
        loop.exec()
        return self.choice


def ask_external_change(parent: QWidget | None, path: Path, mine: str, disk: str) -> ExternalChangeChoice:
    dialog = ExternalChangeDialog(path, mine, disk, parent)
    choice = dialog.ask()
    dialog.deleteLater()
    return choice
