"""The window process's memory settings: PySide6's import hook no longer fills linecache, malloc arenas capped."""

from __future__ import annotations

import gc
import linecache
import subprocess
import sys
import traceback
from collections.abc import Iterator
from pathlib import Path

import pytest

from sr_editor.services.runtime.memory import (
    fix_mmap_threshold,
    limit_malloc_arenas,
    release_free_memory,
    stop_pyside_source_cache,
)

SRC = Path(__file__).resolve().parents[3] / "src"


@pytest.fixture
def module_dir(tmp_path: Path) -> Iterator[Path]:
    sys.path.insert(0, str(tmp_path))
    yield tmp_path
    sys.path.remove(str(tmp_path))


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / f"{name}.py"
    path.write_text(text, encoding="utf-8")
    return path


def test_modules_imported_after_the_fix_leave_no_source_in_linecache(module_dir: Path) -> None:
    assert stop_pyside_source_cache()
    path = _write(module_dir, "sr_memory_plain", "VALUE = 1\n" * 100)
    __import__("sr_memory_plain")
    assert str(path) not in linecache.cache


def test_the_pyside_check_still_tells_modules_that_use_pyside6(module_dir: Path) -> None:
    stop_pyside_source_cache()
    feature = sys.modules["PySide6.support.feature"]
    _write(module_dir, "sr_memory_qt", "import PySide6\n")
    _write(module_dir, "sr_memory_noqt", "X = 2\n")
    assert feature._mod_uses_pyside(__import__("sr_memory_qt")) is True
    assert feature._mod_uses_pyside(__import__("sr_memory_noqt")) is False
    assert feature.pyside_feature_dict["sr_memory_qt"] == 0  # the hook's own verdict at import time
    assert feature.pyside_feature_dict["sr_memory_noqt"] == -1


def test_a_module_without_a_source_file_of_its_own_is_left_to_pysides_own_check(module_dir: Path) -> None:
    import types

    from sr_editor.services.runtime.memory import _mentions_pyside

    gone = types.ModuleType("sr_memory_gone")
    gone.__file__ = str(module_dir / "sr_memory_gone.py")  # removed after import
    compiled = types.ModuleType("sr_memory_compiled")
    compiled.__file__ = str(module_dir / "sr_memory_compiled.cpython-311-x86_64-linux-gnu.so")
    assert _mentions_pyside(gone) is None
    assert _mentions_pyside(compiled) is None
    assert _mentions_pyside(sys) is None


def test_the_quick_verdict_is_the_one_pyside_reaches_from_the_source() -> None:
    import importlib
    import inspect

    stop_pyside_source_cache()
    feature = sys.modules["PySide6.support.feature"]
    for name in ("sr_editor.app", "sr_editor.gui.common.theme", "sr_editor.core.article.article", "json", "argparse"):
        module = importlib.import_module(name)
        assert feature._mod_uses_pyside(module) is ("PySide6" in inspect.getsource(module)), name


def test_installing_twice_wraps_the_check_once() -> None:
    stop_pyside_source_cache()
    first = sys.modules["PySide6.support.feature"]._mod_uses_pyside
    stop_pyside_source_cache()
    assert sys.modules["PySide6.support.feature"]._mod_uses_pyside is first


def test_a_traceback_still_shows_the_source_line_after_the_cache_is_dropped(module_dir: Path) -> None:
    stop_pyside_source_cache()
    _write(module_dir, "sr_memory_fails", "def fail():\n    raise ValueError('shown line')  # marker\n")
    module = __import__("sr_memory_fails")
    linecache.clearcache()
    with pytest.raises(ValueError) as caught:
        module.fail()
    assert "raise ValueError('shown line')  # marker" in "".join(traceback.format_tb(caught.value.__traceback__))


def test_the_arena_cap_is_accepted_by_glibc_in_a_fresh_process() -> None:
    code = "from sr_editor.services.runtime.memory import limit_malloc_arenas; print(limit_malloc_arenas())"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env={"PYTHONPATH": str(SRC)},
                         timeout=60)
    assert out.stdout.strip() == "True", out.stderr


def test_the_arena_cap_is_refused_quietly_off_linux(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "darwin")
    assert limit_malloc_arenas() is False


def test_a_big_block_freed_goes_back_whole_once_the_mmap_threshold_is_fixed() -> None:
    code = ("import os, sys\n"
            "from sr_editor.services.runtime.memory import fix_mmap_threshold\n"
            "def anon():\n"
            "    rows = open('/proc/self/smaps_rollup').read().splitlines()\n"
            "    return next(int(r.split()[1]) for r in rows if r.startswith('Anonymous:'))\n"
            "if sys.argv[1] == 'fixed':\n"
            "    assert fix_mmap_threshold()\n"
            "first = bytearray(4_000_000)\n"
            "del first  # glibc now raises its threshold above 4 MB, unless it is fixed\n"
            "before = anon()\n"
            "second = bytearray(2_000_000)\n"
            "keep = bytearray(100)  # lives on after the big block, at the heap's top\n"
            "del second\n"
            "print(anon() - before)\n")
    grown = {}
    for mode in ("fixed", "glibc"):
        out = subprocess.run([sys.executable, "-c", code, mode], capture_output=True, text=True,
                             env={"PYTHONPATH": str(SRC)}, timeout=60)
        grown[mode] = int(out.stdout.strip() or "-1")
    assert grown["glibc"] > 1500  # KiB: the freed 2 MB stayed in the heap
    assert 0 <= grown["fixed"] < 500


def test_the_mmap_threshold_is_left_alone_off_linux(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "darwin")
    assert fix_mmap_threshold() is False


def test_the_publishing_menus_do_not_import_the_network_or_the_post_converter_before_use() -> None:
    code = ("import sys\n"
            "import sr_editor.gui.publish.publish_ui, sr_editor.gui.site.site_ui, sr_editor.gui.alt.queue_ui\n"
            "print(sorted(m for m in ('requests', 'urllib3', 'ssl', 'bs4', 'sr_editor.publish.sync.site_review',"
            " 'sr_editor.gui.publish.publish_dialog', 'sr_editor.gui.alt.queue_window') if m in sys.modules))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env={"PYTHONPATH": str(SRC), "QT_QPA_PLATFORM": "offscreen"}, timeout=60)
    assert out.stdout.strip() == "[]", out.stderr


def test_freed_heap_pages_can_be_handed_back_on_glibc_and_elsewhere_nothing_happens(
        monkeypatch: pytest.MonkeyPatch) -> None:
    big = "x" * 8_000_000  # a freed big string leaves pages in the C heap
    del big
    assert release_free_memory()() in (0, 1)  # malloc_trim ran: 1 when it returned pages
    monkeypatch.setattr(sys, "platform", "darwin")
    assert release_free_memory()() is None


def test_qts_pixmap_cache_is_capped_once_the_application_exists(qapp: object) -> None:
    from PySide6.QtGui import QPixmapCache

    from sr_editor.services.runtime.memory import PIXMAP_CACHE_KIB, limit_pixmap_cache

    default = QPixmapCache.cacheLimit()
    try:
        limit_pixmap_cache()
        assert QPixmapCache.cacheLimit() == PIXMAP_CACHE_KIB < 10_240  # Qt's 10 MiB held every thumbnail shown
    finally:
        QPixmapCache.setCacheLimit(default)


def test_the_program_caps_the_pixmap_cache_after_making_its_application(monkeypatch: pytest.MonkeyPatch,
                                                                        tmp_path: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from sr_editor.app import launch
    from sr_editor.services.runtime import memory

    made: list[bool] = []

    def record_and_stop() -> None:  # stops run_gui there: nothing after it changes this test process
        made.append(QApplication.instance() is not None)
        raise RuntimeError("stop here")

    def no_window(settings: object) -> None:
        raise RuntimeError("the window was reached without the cap")

    monkeypatch.setattr(memory, "limit_pixmap_cache", record_and_stop)
    monkeypatch.setattr(launch, "show_shell", no_window)
    try:
        with pytest.raises(RuntimeError, match="stop here"):
            launch.run_gui(tmp_path / "workspace", ["sr-editor"])
    finally:
        gc.enable()  # run_gui turns the collector off until its first paint
    assert made == [True]
