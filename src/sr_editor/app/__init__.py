"""The program's top: the composition root (`composition`: every service built once into the window's context,
the window, its features), the start-up sequence (`start_up`), workspace switching (`workspaces`) and the
program's run (`launch`: the application, the first window, the first workspace).

The names below are the ones the command line, the benchmarks and the tests use.
"""

from __future__ import annotations

from sr_editor.app.composition import (
    APP_ID,
    build_context,
    build_window,
    dictionaries_ahead,
    install_desk,
    install_publishing,
    install_spelling,
    list_in_background,
    load_app_icon,
    load_stylesheet,
    load_vocabulary,
    make_checker,
    open_workspace,
)
from sr_editor.app.launch import run_gui
from sr_editor.app.start_up import (
    PREFETCHED,
    attach_window,
    show_shell,
    show_window,
    start_up_steps,
    start_window,
)
from sr_editor.app.workspaces import WorkspaceSwitcher, choose_workspace, take_lock
from sr_editor.gui.window.start_up import after_imports, freeze_start_up_objects, run_steps, when_exposed

__all__ = [
    "APP_ID", "PREFETCHED", "WorkspaceSwitcher", "after_imports", "attach_window", "build_context", "build_window",
    "choose_workspace", "dictionaries_ahead", "freeze_start_up_objects", "install_desk", "install_publishing",
    "install_spelling", "list_in_background", "load_app_icon", "load_stylesheet", "load_vocabulary", "make_checker",
    "open_workspace", "run_gui", "run_steps", "show_shell", "show_window", "start_up_steps",
    "start_window", "take_lock", "when_exposed",
]
