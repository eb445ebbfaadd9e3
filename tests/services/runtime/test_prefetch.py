"""The modules the window needs after its first paint are imported on a worker thread."""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, QThread

from sr_editor import app
from sr_editor.services.runtime.prefetch import ImportPrefetcher

RECORDING_MODULE = """
import threading
THREAD = threading.current_thread().name
"""


@pytest.fixture
def module_dir(tmp_path: Path) -> Any:
    sys.path.insert(0, str(tmp_path))
    yield tmp_path
    sys.path.remove(str(tmp_path))
    for name in [n for n in sys.modules if n.startswith("prefetch_probe")]:
        del sys.modules[name]


def test_modules_are_imported_off_the_gui_thread_and_finished_comes_on_it(qtbot: Any, module_dir: Path) -> None:
    (module_dir / "prefetch_probe_a.py").write_text(RECORDING_MODULE, encoding="utf-8")
    prefetcher = ImportPrefetcher()
    threads: list[QThread] = []
    prefetcher.finished.connect(lambda: threads.append(QThread.currentThread()))
    with qtbot.waitSignal(prefetcher.finished, timeout=10_000):
        prefetcher.start(["prefetch_probe_a"])
    assert sys.modules["prefetch_probe_a"].THREAD == "sr-editor-prefetch"
    assert threads == [QObject().thread()]


def test_a_module_that_fails_to_import_is_noted_and_the_rest_still_come(qtbot: Any, module_dir: Path) -> None:
    (module_dir / "prefetch_probe_bad.py").write_text("raise ImportError('no libenchant')\n", encoding="utf-8")
    (module_dir / "prefetch_probe_good.py").write_text(RECORDING_MODULE, encoding="utf-8")
    prefetcher = ImportPrefetcher()
    with qtbot.waitSignal(prefetcher.finished, timeout=10_000):
        prefetcher.start(["prefetch_probe_bad", "prefetch_probe_good"])
    assert prefetcher.failed == ["prefetch_probe_bad"]
    assert "prefetch_probe_good" in sys.modules


def test_a_stuck_import_does_not_keep_the_menus_away(qtbot: Any, module_dir: Path) -> None:
    gate = threading.Event()
    sys.modules["prefetch_probe_gate"] = type(sys)("prefetch_probe_gate")
    sys.modules["prefetch_probe_gate"].GATE = gate  # type: ignore[attr-defined]
    stuck = "import prefetch_probe_gate\nprefetch_probe_gate.GATE.wait(20)\n"
    (module_dir / "prefetch_probe_stuck.py").write_text(stuck, encoding="utf-8")
    owner = QObject()
    called: list[str] = []
    try:
        prefetcher = app.after_imports(owner, ["prefetch_probe_stuck"], lambda: called.append("then"), timeout_ms=200)
        qtbot.waitUntil(lambda: called == ["then"], timeout=5_000)
    finally:
        gate.set()
        prefetcher.wait(5)
    qtbot.wait(50)
    assert called == ["then"]  # once, even when the import finally finishes


def test_the_follow_up_runs_on_the_worker_after_the_imports(qtbot: Any, module_dir: Path) -> None:
    (module_dir / "prefetch_probe_b.py").write_text(RECORDING_MODULE, encoding="utf-8")
    seen: list[tuple[str, bool]] = []
    prefetcher = ImportPrefetcher()

    def follow_up() -> None:
        seen.append((threading.current_thread().name, "prefetch_probe_b" in sys.modules))

    with qtbot.waitSignal(prefetcher.finished, timeout=10_000):
        prefetcher.start(["prefetch_probe_b"], follow_up)
    assert seen == [("sr-editor-prefetch", True)]


def test_a_failing_follow_up_still_finishes(qtbot: Any) -> None:
    prefetcher = ImportPrefetcher()

    def broken() -> None:
        raise OSError("dictionary folder unreadable")

    with qtbot.waitSignal(prefetcher.finished, timeout=10_000):
        prefetcher.start([], broken)
    assert len(prefetcher.failed) == 1


def test_the_dictionary_opened_ahead_is_the_open_articles_and_none_when_checking_is_off(
    qtbot: Any, tmp_path: Path
) -> None:
    from sr_editor.core.storage.workspace import Workspace
    from sr_editor.gui.common.settings import Settings

    bundle = tmp_path / "ws" / "nota"
    bundle.mkdir(parents=True)
    (bundle / "index.md").write_text("---\ntitle: Nota\nlang: es\n---\nHola.\n", encoding="utf-8")
    settings = Settings(tmp_path / "cfg")
    context = app.build_context(Workspace(tmp_path / "ws", lambda a, b: []), app.load_vocabulary(),
                                config_dir=tmp_path / "cfg", settings=settings)
    window = app.build_window(context, publishing=False, list_now=False, spelling=False)
    qtbot.addWidget(window)
    window.features.controller.open_article(bundle)
    assert app.dictionaries_ahead(window).languages == ("es",)
    settings.spell_check_enabled = False
    assert app.dictionaries_ahead(window).languages == ()
