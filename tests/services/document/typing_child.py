"""Child of test_crash_while_typing.py: the real app, built as `sr-editor` builds it, offscreen.

Usage: typing_child.py WORKSPACE type    -> opens the window, then types TEXT into the editor at the end of the
                                           open article, one key every KEY_INTERVAL_MS, printing "typed N" after
                                           each key was handled (the parent SIGKILLs it mid-typing);
       typing_child.py WORKSPACE restart -> opens the window again, accepts the recovery it offers, prints
                                           "offered BUNDLE" per snapshot and the editor's text as JSON, quits.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from sr_editor import app
from sr_editor.gui.common.dialogs import lazy_dialogs
from sr_editor.gui.common.settings import Settings

KEY_INTERVAL_MS = 150
TEXT = "".join(f" w{n}" for n in range(2000))


def say(line: str) -> None:
    os.write(1, f"{line}\n".encode())


def build(root: Path, ask_restore_snapshots: Any) -> Any:
    """What app.run_gui does, minus the dialogs that need a person."""
    vocabulary = app.load_vocabulary()
    workspace = app.open_workspace(root, vocabulary)
    workspace.lock.acquire()
    dialogs = lazy_dialogs()
    dialogs.ask_restore_snapshots = ask_restore_snapshots
    return app.show_window(app.build_context(workspace, vocabulary, settings=Settings(), dialogs=dialogs))


def type_keys(window: Any) -> None:
    editor = window.editor
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    say(f"bundle {window.context.document.bundle}")
    say("body " + json.dumps(editor.toPlainText()))
    typed = 0

    def next_key() -> None:
        nonlocal typed
        QTest.keyClick(editor, TEXT[typed], Qt.KeyboardModifier.NoModifier, -1)
        typed += 1
        say(f"typed {typed}")

    timer = QTimer(window, interval=KEY_INTERVAL_MS)
    timer.timeout.connect(next_key)
    timer.start()


def restart(window: Any, offered: list[Any]) -> None:
    for snapshot in offered:
        say(f"offered {snapshot.bundle}")
    say("text " + json.dumps(window.editor.toPlainText()))
    window.context.autosave.enabled = False
    QApplication.instance().exit(0)  # type: ignore[union-attr]


def when_open(window: Any, action: Any) -> None:
    """Run `action` once an article is open: the window shows first and opens the article just after."""
    if window.context.document.bundle is not None:
        action()
    else:
        QTimer.singleShot(20, lambda: when_open(window, action))


def main() -> None:
    root, mode = Path(sys.argv[1]), sys.argv[2]
    qt = QApplication([sys.argv[0]])
    offered: list[Any] = []

    def accept_all(parent: Any, snapshots: list[Any]) -> list[Any]:
        offered.extend(snapshots)
        return snapshots

    window = build(root, accept_all)
    if mode == "type":
        when_open(window, lambda: type_keys(window))
    else:
        when_open(window, lambda: restart(window, offered))
    qt.exec()
    os._exit(0)  # the restart child leaves the article as it found it: no save on quit


if __name__ == "__main__":
    main()
