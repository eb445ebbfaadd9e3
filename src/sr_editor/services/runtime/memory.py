"""Keeping the window's process small: process-wide settings made once, before the window and its threads exist.

Measured with `benchmarks/bench_startup.py memory` (10,000 articles, the 50k-word article open and previewed):
each of these saves 4-13 MiB of the window process's ~165 MiB (PSS).
"""

from __future__ import annotations

import ctypes
import linecache
import sys
from collections.abc import Callable
from types import ModuleType

M_ARENA_MAX = -8  # glibc's <malloc.h>
M_MMAP_THRESHOLD = -3
MMAP_THRESHOLD = 128 * 1024  # glibc's own starting value, kept from then on
PIXMAP_CACHE_KIB = 2048  # Qt's default is 10,240
_UNCACHED = "_sr_editor_uncached"


def keep_memory_small() -> None:
    """Everything below, for the window's process; call it before QApplication exists."""
    limit_malloc_arenas()
    fix_mmap_threshold()
    stop_pyside_source_cache()


def limit_pixmap_cache(kib: int = PIXMAP_CACHE_KIB) -> None:
    """Qt's process-wide pixmap cache holds up to 10 MiB, and Qt 6's QLabel.setPixmap adds a copy of every pixmap
    it is given (it keeps the pixmap as an icon, whose engine caches what it draws): each thumbnail shown (a
    featured image, the Images panel's rows) stayed until 10 MiB were full, which a day of switching articles
    reached (+9 MiB in bench_day). The style's own cached pieces (buttons, frames) fit in far less. Call it once
    the QApplication exists: a limit set before is lost."""
    from PySide6.QtGui import QPixmapCache

    QPixmapCache.setCacheLimit(kib)


def limit_malloc_arenas(count: int = 2) -> bool:
    """glibc gives each thread that allocates its own heap (an "arena", up to 8 per core) and keeps memory freed
    in it for that heap; the window's nine threads (its workers, Qt's) so hold several MiB that nothing uses.
    Two arenas are plenty: the threads mostly wait. False where the C library has no such setting."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        mallopt = ctypes.CDLL(None).mallopt  # the C library the process already runs on
    except (OSError, AttributeError):  # not glibc (musl has no mallopt)
        return False
    return bool(mallopt(M_ARENA_MAX, count))


def fix_mmap_threshold(size: int = MMAP_THRESHOLD) -> bool:
    """Blocks of `size` bytes and more get their own mapping, given back whole when freed. glibc starts so, then
    raises the bar to the largest such block freed (up to 32 MiB): later ones (a long article's text and HTML,
    the list's JSON) land in the heap and leave holes between what lives on. Held at 128 KiB, the window's
    process stays ~2 MiB smaller. False where the C library has no such setting."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return False
    return bool(mallopt(M_MMAP_THRESHOLD, size))


def release_free_memory() -> Callable[[], object]:
    """A function that hands the C heap's free pages back to the system (glibc's malloc_trim), or does nothing
    where there is no such call. Python keeps big strings (a 50k-word article's HTML) in the C heap, and glibc
    keeps their pages once they are freed: the render process returns ~2 MiB after each render."""
    if sys.platform.startswith("linux"):
        try:
            trim = ctypes.CDLL(None).malloc_trim
        except (OSError, AttributeError):
            return lambda: None
        return lambda: trim(0)
    return lambda: None


def stop_pyside_source_cache() -> bool:
    """PySide6 (shiboken's `__feature__` import hook) reads the source of every module imported after it, with
    `inspect.getsource`, to see whether the module mentions "PySide6"; `linecache` then keeps every line of those
    hundreds of modules for the life of the process (5-13 MiB), and the reading costs ~0.15 ms a module (8 ms
    before the window's first paint). Same verdict, from the file's bytes, and nothing kept (a traceback reads
    its files again). False when this PySide6 has no such hook (nothing to do)."""
    import PySide6  # noqa: F401  (creates the hook's module)

    feature = sys.modules.get("PySide6.support.feature")
    check = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(check):
        return False
    if not getattr(check, _UNCACHED, False):
        feature._mod_uses_pyside = _uncached(check)  # type: ignore[attr-defined]
    linecache.clearcache()  # what it read before
    return True


def _uncached(check: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    def uses_pyside(module: ModuleType) -> bool:
        verdict = _mentions_pyside(module)
        if verdict is not None:
            return verdict
        known = set(linecache.cache)  # one C call: no other thread's import changes it while it is copied
        try:
            return check(module)
        finally:
            for name in [name for name in list(linecache.cache) if name not in known]:
                linecache.cache.pop(name, None)

    setattr(uses_pyside, _UNCACHED, True)
    return uses_pyside


def _mentions_pyside(module: ModuleType) -> bool | None:
    """Whether a module's source file mentions "PySide6" (the hook's own test, on bytes: the name is ASCII),
    or None when the module has no source file of its own to read (built-in, compiled, zipped): then the hook
    decides as before."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return None
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return None
