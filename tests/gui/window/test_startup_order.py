"""Window first: show_window paints an empty window, then opens the article, lists, spells and adds the
publishing menus one step per event-loop turn, after the window system has exposed the window."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject

from sr_editor import app
from sr_editor.core.storage.workspace import Workspace
from sr_editor.gui.common.settings import Settings


def _workspace(root: Path) -> None:
    for i in range(3):
        bundle = root / f"story-{i}"
        bundle.mkdir(parents=True)
        (bundle / "index.md").write_text(f"---\ntitle: Story {i}\nstatus: draft\n---\nBody {i}.\n", encoding="utf-8")


def _shown(qtbot: Any, tmp_path: Path) -> Any:
    _workspace(tmp_path / "ws")
    settings = Settings(tmp_path / "cfg")
    settings.last_article = "story-1"
    workspace = Workspace(tmp_path / "ws", lambda article, bundle: [])
    context = app.build_context(workspace, app.load_vocabulary(), config_dir=tmp_path / "cfg", settings=settings)
    window = app.show_window(context)
    qtbot.addWidget(window)
    return window


def test_the_window_is_shown_before_the_article_the_list_spelling_and_publishing(qtbot: Any, tmp_path: Path) -> None:
    window = _shown(qtbot, tmp_path)
    assert window.isVisible()
    assert window.context.document.bundle is None
    assert window.article_list.model.rowCount() == 0
    assert window.features.spelling is None and window.features.publish_ui is None
    qtbot.waitUntil(lambda: window.features.publish_ui is not None, timeout=10_000)
    assert window.context.document.bundle == tmp_path / "ws" / "story-1"
    assert window.features.spelling is not None
    qtbot.waitUntil(lambda: window.article_list.model.rowCount() == 3, timeout=10_000)


def test_the_docks_are_painted_empty_and_get_their_panels_before_the_article_opens(qtbot: Any,
                                                                                 tmp_path: Path) -> None:
    window = _shown(qtbot, tmp_path)
    assert not window.panels_built
    opened: list[bool] = []
    window.context.document.loaded.connect(lambda: opened.append(window.panels_built))
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    assert opened == [True]
    assert window.metadata_dock.widget() is window.metadata_panel
    assert window.problems_dock.widget() is window.problems_panel
    assert window.metadata_panel.titleEdit.text() == "Story 1"
    assert window.article_list.filter_edit.isClearButtonEnabled()


def test_the_start_up_steps_start_only_once_the_window_is_exposed(qtbot: Any, tmp_path: Path) -> None:
    window = _shown(qtbot, tmp_path)
    handle = window.windowHandle()
    qtbot.waitUntil(lambda: window.context.document.bundle is not None, timeout=10_000)
    assert handle.isExposed()


def test_an_event_posted_between_start_up_steps_is_handled_before_the_next_step(qtbot: Any) -> None:
    order: list[str] = []

    class Receiver(QObject):
        def event(self, event: QEvent) -> bool:
            if event.type() == QEvent.Type.User:
                order.append("key")
                return True
            return super().event(event)

    receiver = Receiver()
    owner = QObject()

    def first() -> None:
        order.append("first")
        QCoreApplication.postEvent(receiver, QEvent(QEvent.Type.User))  # a key typed during the first step

    app.run_steps(owner, [first, lambda: order.append("second")])
    qtbot.waitUntil(lambda: len(order) == 3, timeout=5_000)
    assert order == ["first", "key", "second"]


def test_the_remaining_steps_are_dropped_when_their_window_is_gone(qtbot: Any) -> None:
    ran: list[str] = []
    owner = QObject()
    app.run_steps(owner, [lambda: ran.append("first"), lambda: ran.append("second")])
    shiboken6.delete(owner)  # the window closed (a workspace switch) before the next turn
    qtbot.wait(200)
    assert ran == ["first"]


FIRST_PAINT_CHILD = r"""
import sys, tempfile
from pathlib import Path
from PySide6.QtWidgets import QApplication
from sr_editor import app

qapp = QApplication([])
root = Path(sys.argv[1])
vocabulary = app.load_vocabulary()
workspace = app.open_workspace(root, vocabulary)
config = Path(tempfile.mkdtemp())
context = app.build_context(workspace, vocabulary, config_dir=config)
window = app.build_window(context, publishing=False, list_now=False, spelling=False, staged=True)
window.show()
heavy = ("markdown", "PIL", "requests", "enchant", "sr_editor.core.checks.lint", "sr_editor.core.render.render",
         "sr_editor.gui.panels.metadata_panel", "sr_editor.gui.panels.images_panel",
         "sr_editor.gui.dialogs.history_dialog", "sr_editor.gui.publish.publish_ui")
print("LOADED " + " ".join(name for name in heavy if name in sys.modules))
window.close()
"""


def test_the_first_paint_imports_no_renderer_image_library_network_or_dictionary(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    _workspace(tmp_path / "ws")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SR_EDITOR_CONFIG_DIR": str(tmp_path / "cfg")}
    out = subprocess.run([sys.executable, "-c", FIRST_PAINT_CHILD, str(tmp_path / "ws")], capture_output=True,
                         text=True, env=env, timeout=120)
    loaded = [line for line in out.stdout.splitlines() if line.startswith("LOADED")]
    assert loaded, out.stderr[-2000:]
    assert loaded[0].strip() == "LOADED", f"imported before the first paint: {loaded[0][7:]}"


PUBLISHING_CHILD = r"""
import sys, tempfile
from pathlib import Path
from PySide6.QtWidgets import QApplication
from sr_editor import app

qapp = QApplication([])
vocabulary = app.load_vocabulary()
workspace = app.open_workspace(Path(sys.argv[1]), vocabulary)
context = app.build_context(workspace, vocabulary, config_dir=Path(tempfile.mkdtemp()))
window = app.build_window(context, publishing=True, list_now=False, spelling=False)
window.show()
qapp.processEvents()
later = ("sr_editor.publish.sync.flow", "sr_editor.publish.alt.engine", "sr_editor.core.alt.queue",
         "sr_editor.publish.wordpress.doctor", "email", "uuid", "hashlib", "ssl")
print("MENUS", window.features.publish_ui is not None and window.features.queue_ui is not None)
print("LOADED " + " ".join(name for name in later if name in sys.modules))
window.close()
"""


def test_the_publishing_menus_leave_the_publish_flow_and_the_alt_text_engine_for_their_first_use(
        tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    _workspace(tmp_path / "ws")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SR_EDITOR_CONFIG_DIR": str(tmp_path / "cfg")}
    out = subprocess.run([sys.executable, "-c", PUBLISHING_CHILD, str(tmp_path / "ws")], capture_output=True,
                         text=True, env=env, timeout=120)
    assert "MENUS True" in out.stdout, out.stderr[-2000:]
    loaded = [line for line in out.stdout.splitlines() if line.startswith("LOADED")]
    assert loaded[0].strip() == "LOADED", f"imported with the menus: {loaded[0][7:]}"


def test_freed_memory_goes_back_to_the_system_once_the_articles_preview_is_complete(
        qtbot: Any, tmp_path: Path, monkeypatch: Any) -> None:
    from sr_editor.services.runtime import memory

    released: list[bool] = []
    monkeypatch.setattr(memory, "release_free_memory", lambda: lambda: released.append(True))
    window = _shown(qtbot, tmp_path)
    qtbot.waitUntil(lambda: bool(released), timeout=10_000)
    assert window.context.document.bundle == tmp_path / "ws" / "story-1"
    assert "Body 1." in window.preview.toPlainText()


def test_what_start_up_built_is_frozen_out_of_the_garbage_collectors_walks(qtbot: Any, tmp_path: Path) -> None:
    import gc

    window = _shown(qtbot, tmp_path)
    qtbot.waitUntil(lambda: window.features.publish_ui is not None and window.article_list.model.rowCount() == 3,
                    timeout=10_000)
    qtbot.waitUntil(lambda: gc.get_freeze_count() > 0, timeout=5_000)
    assert gc.get_freeze_count() > 0


def _window_waiting_for_expose(qtbot: Any) -> Any:
    """A weak reference to a window given to when_exposed, then deleted (as a workspace switch retires it)."""
    import weakref

    from PySide6.QtWidgets import QMainWindow

    window = QMainWindow()
    fired: list[bool] = []
    window.show()  # as show_window: shown, then waiting for the window system to expose it
    app.when_exposed(window, lambda: fired.append(bool(window)))
    qtbot.waitUntil(lambda: bool(fired), timeout=5_000)
    window.close()
    window.deleteLater()
    return weakref.ref(window)


def test_waiting_for_the_first_expose_keeps_nothing_of_the_window_once_it_is_deleted(qtbot: Any) -> None:
    import gc

    from PySide6.QtCore import QEvent

    gone = _window_waiting_for_expose(qtbot)
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()
    gc.collect()
    assert gone() is None  # a QObject class defined inside when_exposed was kept by PySide, window and all


def test_the_program_hands_the_interpreter_lock_to_a_waiting_gui_thread_within_a_millisecond(
    monkeypatch: Any, tmp_path: Path
) -> None:
    import gc
    import sys

    from sr_editor.app import launch
    from sr_editor.gui.common import theme

    class Shown(Exception):
        pass

    def stop_at_the_window(settings: Any) -> Any:
        raise Shown

    monkeypatch.setattr(launch, "show_shell", stop_at_the_window)
    monkeypatch.setattr(theme, "apply_theme", lambda app, name: None)
    before = sys.getswitchinterval()
    try:
        launch.run_gui(tmp_path / "ws")
    except Shown:
        pass
    finally:
        now = sys.getswitchinterval()
        sys.setswitchinterval(before)
        gc.enable()  # run_gui turns it off until the first paint
    assert now == 0.001


def test_the_articles_checks_and_the_imports_ahead_wait_for_its_first_preview(
    qtbot: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    from sr_editor.services.document.checks import ChecksRunner

    _workspace(tmp_path / "ws")
    settings = Settings(tmp_path / "cfg")
    settings.last_article = "story-1"
    checked: list[str] = []

    def checker(article: Any, bundle: Path, pause: Any = None) -> list[Any]:
        checked.append(bundle.name)
        return []

    workspace = Workspace(tmp_path / "ws", lambda article, bundle: [])
    context = app.build_context(workspace, app.load_vocabulary(), config_dir=tmp_path / "cfg", settings=settings,
                                checker=checker)
    released: list[tuple[list[str], bool]] = []  # at each release: checked so far, the preview shown whole
    original = ChecksRunner.release
    window: Any = None

    def release(runner: ChecksRunner) -> None:
        released.append((list(checked), bool(window is not None and window.preview.body_html)))
        original(runner)

    monkeypatch.setattr(ChecksRunner, "release", release)
    window = app.show_window(context)
    qtbot.addWidget(window)
    publish_ui_when_whole: list[object] = []
    window.preview.rebuilt.connect(lambda: publish_ui_when_whole.append(window.features.publish_ui))
    qtbot.waitUntil(lambda: window.features.publish_ui is not None and checked == ["story-1"], timeout=15_000)
    assert released[0] == ([], True)
    assert publish_ui_when_whole[0] is None
