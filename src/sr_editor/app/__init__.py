"""The program's top: the composition root (`composition`: every service built once into the window's context,
the window, its features), the start-up sequence (`start_up`), workspace switching (`workspaces`) and the
program's run (`launch`: the application, the first window, the first workspace).

The names below are the ones the command line, the benchmarks and the tests use.
"""

from __future__ import annotations

from sr_editor.app.composition import (
    build_context,
    build_window,
    dictionaries_ahead,
    list_in_background,
    load_app_icon,
    load_stylesheet,
    load_vocabulary,
    open_workspace,
)
from sr_editor.app.launch import run_gui
from sr_editor.app.start_up import show_shell, show_window, start_window
from sr_editor.app.workspaces import WorkspaceSwitcher, choose_workspace
from sr_editor.gui.window.start_up import after_imports, freeze_start_up_objects, run_steps, when_exposed

__all__ = [
    "WorkspaceSwitcher", "after_imports", "build_context", "build_window", "choose_workspace", "dictionaries_ahead",
    "freeze_start_up_objects", "list_in_background", "load_app_icon", "load_stylesheet", "load_vocabulary",
    "open_workspace", "run_gui", "run_steps", "show_shell", "show_window", "start_window", "when_exposed",
]
