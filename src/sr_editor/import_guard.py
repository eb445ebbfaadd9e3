"""One lock for the modules that several threads import on first use.

Python's import system takes one lock per module. When two threads import the same package through different
submodules at once (python-markdown imports its own submodules in a circle), each can hold a lock the other
waits for; Python breaks that deadlock by handing one thread the half-initialised module, and the import fails
with "cannot import name ... from partially initialized module". It happened at start-up: the prefetch thread
imported markdown while the GUI thread imported core.images.in_source for the Images panel, and the panel's first
refresh raised. Every import of such a module that can run beside another thread goes through `guard`: one
thread imports it whole while the others wait; once it is loaded, `guard` costs nothing and takes no lock.

Plain Python, no Qt: core and worker threads use it too.
"""

from __future__ import annotations

import importlib
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import ModuleType

_LOCK = threading.RLock()  # process-wide on purpose: the import system it protects is process-wide


def loaded(name: str) -> bool:
    """Whether `name` is in sys.modules and finished executing (not being imported by some thread now)."""
    module = sys.modules.get(name)
    if module is None:
        return False
    spec = getattr(module, "__spec__", None)
    return not getattr(spec, "_initializing", False)


@contextmanager
def guard(name: str) -> Iterator[None]:
    """`with guard("sr_editor.core.checks.lint"): from sr_editor.core.checks.lint import ...`: the import inside
    runs with no other guarded import at the same time, unless `name` is already loaded (then no lock is taken)."""
    if loaded(name):
        yield
        return
    with _LOCK:
        yield


def try_import(name: str) -> ModuleType | None:
    """`name` if it is loaded or can be imported now; None while another thread holds the guard (it is importing
    something, perhaps this very module): the GUI thread asks again later instead of freezing for that import."""
    if loaded(name):
        return sys.modules[name]
    if not _LOCK.acquire(blocking=False):
        return None
    try:
        return importlib.import_module(name)
    finally:
        _LOCK.release()
