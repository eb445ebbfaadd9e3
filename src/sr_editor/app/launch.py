"""The program's run: the application object, the first window shown from the settings alone, then, once it is
painted, the first workspace (vocabulary, workspace, lock); the event loop until the last window closes."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from sr_editor.app.composition import APP_ID, load_app_icon, load_vocabulary
from sr_editor.app.start_up import show_shell
from sr_editor.app.workspaces import WorkspaceSwitcher, choose_workspace
from sr_editor.gui.window.start_up import hand_the_interpreter_over_sooner, when_exposed

if TYPE_CHECKING:
    from sr_editor.gui.common.settings import Settings
    from sr_editor.gui.window.main_window import MainWindow


def run_gui(workspace_path: Path | None, argv: list[str] | None = None, open_bundle: Path | None = None) -> int:
    """Open the window on `workspace_path` (else the last one, else the default), showing `open_bundle` when
    given, and run the event loop. The window is shown first, from the settings alone (`show_shell`); the
    workspace is opened once it is painted."""
    import gc

    from PySide6.QtWidgets import QApplication

    from sr_editor.gui.common.settings import Settings
    from sr_editor.services.runtime.memory import limit_pixmap_cache

    app = QApplication.instance() or QApplication(list(argv or sys.argv))
    assert isinstance(app, QApplication)
    limit_pixmap_cache()  # needs the application: a limit set before it is lost
    app.setApplicationName("sr-editor")
    app.setOrganizationName("sr-editor")
    app.setApplicationDisplayName("sr-editor")
    app.setDesktopFileName(APP_ID)  # Wayland matches the window to packaging/org.sr_editor.SrEditor.desktop
    hand_the_interpreter_over_sooner()
    gc.disable()  # until the first paint: start-up allocates ~50,000 objects, ~6 ms of collections on the way
    settings = Settings()
    from sr_editor.gui.common.translations import install_translators

    app.translators = install_translators(app, settings.interface_language)  # type: ignore[attr-defined]
    from sr_editor.gui.common.theme import apply_theme

    apply_theme(app, settings.theme)  # before any widget exists: none has to be polished twice
    root = choose_workspace(workspace_path, settings.workspace_path)
    window = show_shell(settings)
    held: list[WorkspaceSwitcher] = []  # holds the switcher, and through it the window, while exec() runs

    def open_first() -> None:
        from sr_editor.gui.window.termination import close_windows_on_termination

        gc.enable()
        app.termination = close_windows_on_termination(app)  # type: ignore[attr-defined]  # kill, logout: save first
        app.setWindowIcon(load_app_icon())  # dialogs' icon; the window has its own (desk_layout)
        if not _open_first_workspace(window, settings, root, open_bundle, held):
            _give_up(window)

    when_exposed(window, open_first)
    return int(app.exec())


def _open_first_workspace(window: MainWindow, settings: Settings, root: Path, open_bundle: Path | None,
                          held: list[WorkspaceSwitcher]) -> bool:
    """Once the first window is painted: the vocabulary, the workspace and its lock, then the window gets its
    context. False, after saying why over the window, when the vocabulary is broken, the workspace cannot be
    opened or its lock is not taken over: the program then ends (`_give_up`)."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from sr_editor.core.errors import SrEditorError

    try:
        vocabulary = load_vocabulary()
    except (OSError, SrEditorError) as error:
        QMessageBox.critical(window, "sr-editor", str(error))
        return False
    switcher = WorkspaceSwitcher(settings, vocabulary, open_bundle=open_bundle, shell=window)
    try:
        opened = switcher.open(root)
    except Exception as error:  # a bug: said and ended, not a window left with no workspace behind it
        logging.getLogger(__name__).exception("opening the workspace %s failed", root)
        switcher.release()
        QMessageBox.critical(window, "sr-editor", f"{root}: {error}")
        return False
    if not opened:
        return False
    held.append(switcher)
    app = QApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(switcher.release)
    return True


def _give_up(window: MainWindow) -> None:
    """End the program with status 1. The window is hidden, not closed: it never held a workspace, and closing
    would save its layout and quit with status 0."""
    window.hide()
    _exit_event_loop(1)


def _exit_event_loop(status: int) -> None:
    from PySide6.QtWidgets import QApplication

    QApplication.exit(status)
