"""The program's first window is shown before any workspace is opened: `show_shell` builds it from the settings
alone, and once it is painted `_open_first_workspace` loads the vocabulary, opens and locks the workspace and
attaches the window to its context (the same window, not a new one)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from sr_editor import app
from sr_editor.app import launch, workspaces
from sr_editor.core.errors import SrEditorError
from sr_editor.gui.common.settings import Settings


def _workspace(root: Path) -> Path:
    for i in range(3):
        bundle = root / f"story-{i}"
        bundle.mkdir(parents=True)
        (bundle / "index.md").write_text(f"---\ntitle: Story {i}\nstatus: draft\nregions: [Asia]\n---\nBody {i}.\n",
                                         encoding="utf-8")
    return root


def _shell(qtbot: Any, tmp_path: Path) -> tuple[Any, Settings]:
    settings = Settings(tmp_path / "cfg")
    settings.last_article = "story-1"
    window = app.show_shell(settings)
    qtbot.addWidget(window)
    return window, settings


def _open(qtbot: Any, window: Any, settings: Settings, root: Path) -> Any:
    """`_open_first_workspace`, then every start-up step done (the listing thread ended before teardown)."""
    held: list[Any] = []
    assert launch._open_first_workspace(window, settings, root, None, held)
    qtbot.waitUntil(lambda: window.features.publish_ui is not None and window.article_list.model.rowCount() == 3,
                    timeout=10_000)
    return held[0]


def test_the_first_window_is_the_one_that_gets_the_workspace(qtbot: Any, tmp_path: Path) -> None:
    root = _workspace(tmp_path / "ws")
    window, settings = _shell(qtbot, tmp_path)
    switcher = _open(qtbot, window, settings, root)
    assert switcher.window is window
    assert window.context.workspace.root == root
    assert window.context.document.bundle == root / "story-1"
    assert window.metadata_panel.titleEdit.text() == "Story 1"
    switcher.release()


def test_the_first_window_takes_no_typing_until_its_article_can_be_opened(qtbot: Any, tmp_path: Path) -> None:
    root = _workspace(tmp_path / "ws")
    window, settings = _shell(qtbot, tmp_path)
    assert window.editor.isReadOnly()
    qtbot.keyClicks(window.editor, "lost")
    assert window.editor.toPlainText() == ""
    switcher = _open(qtbot, window, settings, root)
    assert not window.editor.isReadOnly()
    switcher.release()


def test_the_region_filter_gets_the_vocabularys_regions_when_the_window_is_attached(qtbot: Any,
                                                                                    tmp_path: Path) -> None:
    root = _workspace(tmp_path / "ws")
    window, settings = _shell(qtbot, tmp_path)
    assert window.article_list.region_filter.count() == 1  # "All regions" only: no vocabulary yet
    switcher = _open(qtbot, window, settings, root)
    regions = [window.article_list.region_filter.itemData(i) for i in range(window.article_list.region_filter.count())]
    assert regions[0] == "" and "Asia" in regions and "Latin America" in regions
    switcher.release()


def test_setting_the_regions_again_keeps_the_chosen_region(qtbot: Any, tmp_path: Path) -> None:
    window, _settings = _shell(qtbot, tmp_path)
    panel = window.article_list
    panel.set_regions(["Africa", "Asia"])
    panel.region_filter.setCurrentIndex(panel.region_filter.findData("Asia"))
    panel.set_regions(["Asia", "Europe"])
    assert panel.region_filter.currentData() == "Asia"
    panel.set_regions(["Europe"])
    assert panel.region_filter.currentData() == ""


def test_a_lock_the_user_does_not_take_over_ends_the_program(qtbot: Any, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    root = _workspace(tmp_path / "ws")
    window, settings = _shell(qtbot, tmp_path)
    monkeypatch.setattr(workspaces, "take_lock", lambda workspace: False)
    held: list[Any] = []
    assert not launch._open_first_workspace(window, settings, root, None, held)
    assert held == []
    assert window.context.document.bundle is None


def test_a_broken_vocabulary_is_reported_over_the_window_and_ends_the_program(
        qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    root = _workspace(tmp_path / "ws")
    window, settings = _shell(qtbot, tmp_path)

    def broken() -> Any:
        raise SrEditorError("regions.yaml: line 3: a region needs a name")

    told: list[tuple[Any, str]] = []
    monkeypatch.setattr(launch, "load_vocabulary", broken)
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: told.append((parent, text)))
    assert not launch._open_first_workspace(window, settings, root, None, [])
    assert told == [(window, "regions.yaml: line 3: a region needs a name")]


def test_a_workspace_that_cannot_be_opened_is_reported_over_the_window(
        qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window, settings = _shell(qtbot, tmp_path)
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    told: list[tuple[Any, str]] = []
    monkeypatch.setattr(workspaces, "_tell", lambda parent, message: told.append((parent, message)))
    assert not launch._open_first_workspace(window, settings, blocker / "ws", None, [])
    assert len(told) == 1 and told[0][0] is window


def test_giving_up_hides_the_window_without_saving_its_layout(qtbot: Any, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QApplication

    window, _settings = _shell(qtbot, tmp_path)
    codes: list[int] = []
    monkeypatch.setattr(launch, "_exit_event_loop", codes.append)
    launch._give_up(window)
    assert not window.isVisible()
    assert codes == [1]
    assert window.context.window_state.load("geometry") is None
    assert QApplication.instance() is not None


FIRST_WINDOW_CHILD = r"""
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QApplication, QMainWindow

HEAVY = ("yaml", "sr_editor.core.storage.store", "sr_editor.core.storage.workspace", "sr_editor.core.article.regions",
         "sr_editor.core.storage.lock", "sr_editor.services.document.autosave", "sr_editor.services.preview.worker",
         "sr_editor.services.workspace.file_watch", "sr_editor.services.document.checks",
         "sr_editor.services.document.session",
         "sr_editor.gui.window.controller", "sr_editor.gui.dialogs.conflict_dialog",
         "sr_editor.gui.dialogs.recovery_dialog", "sr_editor.gui.panels.metadata_panel", "markdown", "PIL", "requests")

class Spy(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Expose and isinstance(obj, QWindow) and obj.isExposed():
            window = next((w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow)), None)
            if window is not None and window.windowHandle() is obj and not shown:
                shown.append(window)
                print("EXPOSED " + " ".join(name for name in HEAVY if name in sys.modules), flush=True)
                QTimer.singleShot(20_000, QApplication.quit)  # never reached when the steps finish
        return False

shown = []
def done():
    if shown and shown[0].features.publish_ui is not None:
        print("ATTACHED " + str(shown[0].context.document.bundle.name), flush=True)
        shown[0].close()

qapp = QApplication(sys.argv[:1])
spy = Spy()
qapp.installEventFilter(spy)
poll = QTimer(interval=50)
poll.timeout.connect(done)
poll.start()
from sr_editor.cli.main import main
sys.exit(main(["--workspace", sys.argv[1]]))
"""


def test_the_program_paints_its_window_before_importing_the_workspace_vocabulary_or_services(
        tmp_path: Path) -> None:
    root = _workspace(tmp_path / "ws")
    config = tmp_path / "cfg"
    config.mkdir()
    (config / "settings.ini").write_text(f"[workspace]\npath={root}\nlast_article=story-2\n", encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SR_EDITOR_CONFIG_DIR": str(config)}
    out = subprocess.run([sys.executable, "-c", FIRST_WINDOW_CHILD, str(root)], capture_output=True, text=True,
                         env=env, timeout=120)
    lines = out.stdout.splitlines()
    exposed = [line for line in lines if line.startswith("EXPOSED")]
    assert exposed, out.stderr[-2000:]
    assert exposed[0].strip() == "EXPOSED", f"imported before the first paint: {exposed[0][8:]}"
    assert "ATTACHED story-2" in lines, out.stderr[-2000:]
    assert out.returncode == 0


def test_the_shell_window_shows_the_saved_layout_before_any_workspace(qtbot: Any, tmp_path: Path) -> None:
    settings = Settings(tmp_path / "cfg")
    first = app.show_shell(settings)
    qtbot.addWidget(first)
    assert first.problems_dock.isVisible()
    first.problems_dock.hide()
    first.save_state()
    first.close()
    again = app.show_shell(Settings(tmp_path / "cfg"))
    qtbot.addWidget(again)
    assert again.isVisible()
    assert not again.problems_dock.isVisible()


def test_an_unexpected_failure_while_opening_is_said_over_the_window_and_the_lock_is_given_back(
        qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from sr_editor.core.storage.lock import WorkspaceLock

    root = _workspace(tmp_path / "ws")
    window, settings = _shell(qtbot, tmp_path)

    def broken(*_args: Any, **_kwargs: Any) -> Any:
        raise RuntimeError("a bug while building the services")

    told: list[str] = []
    monkeypatch.setattr(workspaces, "build_context", broken)
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: told.append(text))
    assert not launch._open_first_workspace(window, settings, root, None, [])
    assert told == [f"{root}: a bug while building the services"]
    assert WorkspaceLock(root).holder() is None
