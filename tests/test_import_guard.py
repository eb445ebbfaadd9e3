"""import_guard: imports that two threads start at once of modules importing each other."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from sr_editor import import_guard
from sr_editor.import_guard import guard

# The shape of python-markdown's circle at start-up: one thread runs a package's __init__, which imports a module
# that another thread is importing at that moment, and that module needs the package. `guard_gate` holds the
# first thread inside __init__ until the second one is inside its module, so the clash happens every time.
PACKAGE_INIT = "import guard_gate\nguard_gate.entered.set()\nguard_gate.go.wait(10)\nfrom guard_src import X\n"
SOURCE = "import guard_pkg\nX = 2\n"
NAMES = ("guard_gate", "guard_pkg", "guard_src")


@pytest.fixture
def circle(tmp_path: Path) -> Iterator[None]:
    (tmp_path / "guard_pkg").mkdir()
    (tmp_path / "guard_pkg" / "__init__.py").write_text(PACKAGE_INIT)
    (tmp_path / "guard_src.py").write_text(SOURCE)
    (tmp_path / "guard_gate.py").write_text("import threading\nentered = threading.Event()\ngo = threading.Event()\n")
    sys.path.insert(0, str(tmp_path))
    try:
        yield
    finally:
        sys.path.remove(str(tmp_path))
        for name in NAMES:
            sys.modules.pop(name, None)


def _blocked_in_import(thread: threading.Thread) -> bool:
    """Whether `thread` waits for a module lock (CPython's own record of it, which its deadlock check reads)."""
    from importlib import _bootstrap  # type: ignore[attr-defined]

    return thread.ident in getattr(_bootstrap, "_blocking_on", {})


def _import_in_threads(guarded: bool) -> list[BaseException]:
    """Thread 1 imports the package, thread 2 the module, the way the prefetch and the GUI thread did."""
    errors: list[BaseException] = []

    def run(name: str) -> None:
        try:
            if guarded:
                with guard(name):
                    __import__(name)
            else:
                __import__(name)
        except Exception as error:  # ImportError or the import system's own deadlock error
            errors.append(error)

    import guard_gate  # type: ignore[import-not-found]

    first = threading.Thread(target=run, args=("guard_pkg",))
    second = threading.Thread(target=run, args=("guard_src",))
    first.start()
    guard_gate.entered.wait(10)
    second.start()
    for _ in range(100):  # until the second thread waits for the package (never, when the guard holds it back)
        if _blocked_in_import(second):
            break
        threading.Event().wait(0.01)
    guard_gate.go.set()
    first.join(30)
    second.join(30)
    return errors


def test_without_the_guard_two_threads_break_each_others_circular_import(circle: None) -> None:
    errors = _import_in_threads(guarded=False)

    assert errors and "partially initialized module" in str(errors[0])


def test_through_the_guard_two_threads_both_get_the_whole_modules(circle: None) -> None:
    errors = _import_in_threads(guarded=True)

    assert errors == []
    assert sys.modules["guard_src"].X == 2


def test_a_module_already_loaded_passes_while_another_thread_holds_the_guard() -> None:
    holding, passed = threading.Event(), threading.Event()

    def hold() -> None:
        with import_guard._LOCK:
            holding.set()
            passed.wait(10)

    holder = threading.Thread(target=hold)
    holder.start()
    holding.wait(10)
    with guard("json"):  # loaded long ago: must not wait for the holder, which waits for us
        passed.set()
    holder.join(10)

    assert passed.is_set()


def test_only_a_module_that_finished_importing_counts_as_loaded(circle: None) -> None:
    assert not import_guard.loaded("guard_src")
    assert import_guard.loaded("json")


def test_try_import_answers_none_at_once_while_another_thread_holds_the_guard(circle: None) -> None:
    holding, done = threading.Event(), threading.Event()

    def hold() -> None:
        with import_guard._LOCK:
            holding.set()
            done.wait(10)

    holder = threading.Thread(target=hold)
    holder.start()
    holding.wait(10)
    try:
        answer = import_guard.try_import("guard_gate")
    finally:
        done.set()
        holder.join(10)

    assert answer is None
    assert import_guard.try_import("guard_gate") is sys.modules["guard_gate"]
