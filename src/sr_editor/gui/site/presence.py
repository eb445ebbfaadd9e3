"""Who is editing: while an article linked to a post is open, the window holds WordPress's post lock (taken off
the GUI thread, refreshed every REFRESH_SECONDS, given back on close, switch and quit). When someone else holds
it, a banner above the editor says who and since when, and publishing asks first; its "Take over" button takes
the lock as wp-admin's own take-over does (the other holder sees at their next refresh that it is gone). A site
without the companion plugin is said once per site, not at every open.

Before the first keystroke: while the lock's first answer is awaited the editor is read-only, at most
ANSWER_WAIT_MS; a site slower than that (or down) leaves the editor editable with a "could not check" note, and
the answer, when it comes, still shows the banner."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from sr_editor.publish.review.errors import CompanionMissing, PostLocked
from sr_editor.publish.review.lock import REFRESH_SECONDS, LockState
from sr_editor.services.publish.worker import BackgroundCalls

if TYPE_CHECKING:
    from sr_editor.gui.common.host import EditorHost


class LockLike(Protocol):
    def take(self, force: bool = False) -> LockState: ...

    def release(self) -> LockState: ...


LockFactory = Callable[[str, int], LockLike]  # site, post id -> a lock; called on a worker thread
ANSWER_WAIT_MS = 1500  # the longest the editor waits for the lock's first answer before taking keys anyway


class PresenceBanner(QFrame):
    """The strip above the editor naming who else is editing the open post, with "Take over"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presenceBanner")
        self.setStyleSheet("QFrame#presenceBanner { background: #e8f0fe; } "
                           "QFrame#presenceBanner QLabel { color: #174ea6; }")
        self.setAccessibleName(self.tr("Who is editing"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 6, 4)
        self.label = QLabel()
        self.label.setObjectName("presenceText")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.label, 1)
        self.takeOver = QPushButton(self.tr("Ta&ke Over"))
        self.takeOver.setObjectName("presenceTakeOver")
        self.takeOver.setToolTip(self.tr("Take the post's lock as wp-admin's Take over does: the other person is "
                                         "told that you are editing it now."))
        layout.addWidget(self.takeOver, 0, Qt.AlignmentFlag.AlignVCenter)
        self.hide()

    def text(self) -> str:
        return self.label.text()

    def say(self, text: str, can_take_over: bool) -> None:
        self.label.setText(text)
        self.takeOver.setVisible(can_take_over)
        self.show()


class Presence(QObject):
    """The post lock of the open article. `linked()` answers (site, post id) of the open article or None."""

    changed = Signal()  # the holder changed (tests, the Notes panel)

    def __init__(self, parent: QObject, make_lock: LockFactory, linked: Callable[[], tuple[str, int] | None],
                 say: Callable[[str], None]) -> None:
        super().__init__(parent)
        self._make_lock, self._linked, self._say = make_lock, linked, say
        self.calls = BackgroundCalls(self, threads=1)
        self.banner = PresenceBanner()
        self.held: tuple[str, int] | None = None  # the post whose lock this window holds
        self.other: PostLocked | None = None  # someone else's hold on the open post
        self._told_missing: set[str] = set()
        self._generation = 0  # answers for an article no longer open are dropped
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_SECONDS * 1000)
        self.timer.timeout.connect(self._refresh)
        self.editor: QPlainTextEdit | None = None  # kept read-only until the first answer (see `guard`)
        self._held_back = False  # this object made the editor read-only, and gives it back
        self.wait = QTimer(self)
        self.wait.setSingleShot(True)
        self.wait.setInterval(ANSWER_WAIT_MS)
        self.wait.timeout.connect(self._answer_late)
        self.banner.takeOver.clicked.connect(self.take_over)

    def guard(self, editor: QPlainTextEdit) -> None:
        """The editor that takes no key until the lock's first answer is known."""
        self.editor = editor

    def _hold_typing(self) -> None:
        if self.editor is not None and not self.editor.isReadOnly():
            self.editor.setReadOnly(True)
            self._held_back = True
            self.wait.start()

    def _let_type(self) -> None:
        self.wait.stop()
        if self._held_back and self.editor is not None:
            self.editor.setReadOnly(False)
        self._held_back = False

    def _answer_late(self) -> None:
        target = self._linked()
        self._let_type()
        if target is not None and self.other is None:
            self._could_not_check(target[0])

    def _could_not_check(self, site: str, why: str = "") -> None:
        text = self.tr("Could not check whether someone else is editing this post on %1; you can type, and it is "
                       "checked again in a minute.").replace("%1", site)
        self.banner.say(f"{text} ({why.rstrip('.')})" if why else text, False)

    # ----- the open article --------------------------------------------------------------------------
    def article_opened(self) -> None:
        """Give back the lock of the article left, then take the new one's (when it is linked to a post)."""
        self._generation += 1
        self.release()
        self.other = None
        self.banner.hide()
        self._let_type()
        target = self._linked()
        if target is not None:
            self._hold_typing()
            self._take(target, self._generation)

    def take_over(self) -> None:
        """Take the lock from its holder (the button on the banner)."""
        target = self._linked()
        if target is not None:
            self.banner.takeOver.setEnabled(False)
            self._take(target, self._generation, force=True)

    def _take(self, target: tuple[str, int], generation: int, force: bool = False) -> None:
        site, post_id = target
        self.calls.run(lambda: self._make_lock(site, post_id).take(force),
                       lambda state: self._taken(target, generation, state),
                       lambda error: self._failed(target, generation, error))

    def _refresh(self) -> None:
        target = self.held or (self._linked() if self.other is not None else None)
        if target is not None:
            self._take(target, self._generation)

    def _taken(self, target: tuple[str, int], generation: int, state: LockState) -> None:
        if generation != self._generation:
            self.calls.run(lambda: self._make_lock(*target).release(), lambda _s: None, lambda _e: None)
            return
        self._let_type()
        self.held, self.other = target, None
        self.banner.hide()
        self.banner.takeOver.setEnabled(True)
        self.timer.start()
        self.changed.emit()

    def _failed(self, target: tuple[str, int], generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._let_type()
        self.banner.takeOver.setEnabled(True)
        if isinstance(error, PostLocked):
            self.held, self.other = None, error
            since = error.since.replace("T", " ")[:16]
            self.banner.say(self.tr("%1 is editing this post on %2 (since %3 UTC). Your changes stay here; "
                                    "publishing will ask first.").replace("%1", error.holder)
                            .replace("%2", target[0]).replace("%3", since or self.tr("an unknown time")), True)
            self.timer.start()  # look again: the lock lapses when they stop
        elif isinstance(error, CompanionMissing):
            self.timer.stop()
            self.banner.hide()
            if target[0] not in self._told_missing:
                self._told_missing.add(target[0])
                self._say(str(error))
        else:
            if self.held is None and self.other is None:  # nothing known yet: say so once, beside the editor
                self._could_not_check(target[0], str(error))
            self.timer.start()  # offline or refused: try again at the next refresh
        self.changed.emit()

    # ----- giving back -------------------------------------------------------------------------------
    def release(self) -> None:
        self.timer.stop()
        held, self.held = self.held, None
        if held is not None:
            self.calls.run(lambda: self._make_lock(*held).release(), lambda _s: None, lambda _e: None)

    def shutdown(self, msecs: int = 3000) -> None:
        """On quit: give the lock back and wait for the answer a little (never forever)."""
        self._generation += 1
        self._let_type()
        self.release()
        self.calls.wait(msecs)

    # ----- publishing --------------------------------------------------------------------------------
    def confirm_publish(self, parent: QWidget) -> bool:
        """True when nobody else holds the lock, or the user chose to publish anyway."""
        if self.other is None:
            return True
        answer = QMessageBox.question(
            parent, self.tr("Someone else is editing"),
            self.tr("%1\n\nPublish anyway? Their next save on the site may overwrite yours, or yours theirs.")
            .replace("%1", str(self.other)))
        return answer == QMessageBox.StandardButton.Yes


def attach_banner(window: EditorHost, banner: QWidget) -> None:
    """Above the editor, below the window's own banner."""
    area = window.editor.parentWidget()
    layout = area.layout() if area is not None else None
    if isinstance(layout, QBoxLayout):  # the editor's column
        layout.insertWidget(max(0, layout.indexOf(window.editor)), banner)
