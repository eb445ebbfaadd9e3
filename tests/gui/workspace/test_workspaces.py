"""Switching workspaces from the window: the old one is saved and unlocked, the new one locked and shown."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMenu

from sr_editor import app
from sr_editor.app import workspaces
from sr_editor.core.errors import WorkspaceLockedError
from sr_editor.core.storage.lock import WorkspaceLock
from sr_editor.gui.common.settings import Settings


def plain_lock(workspace: Any) -> bool:
    """take_lock without its dialog: a workspace locked by someone else is refused."""
    try:
        workspace.lock.acquire()
    except WorkspaceLockedError:
        return False
    return True


@pytest.fixture
def switcher(qtbot: Any, tmp_path: Path) -> Any:
    shown: list[Any] = []

    def show(context: Any) -> Any:
        window = app.build_window(context, publishing=False)
        qtbot.addWidget(window)
        window.show()
        app.start_window(window)
        shown.append(window)
        return window

    settings = Settings(tmp_path / "config")
    made = app.WorkspaceSwitcher(settings, app.load_vocabulary(), lock=plain_lock, show=show)
    yield made
    made.release()
    for window in shown:
        if window.isVisible():
            window.close()


def test_switching_saves_the_open_article_and_moves_the_lock(switcher: Any, tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    assert switcher.create(first, with_samples=True)
    old_window = switcher.window
    bundle = old_window.context.document.bundle
    old_window.editor.appendPlainText("Typed just before switching.")
    assert switcher.create(second, with_samples=False)
    assert "Typed just before switching." in (bundle / "index.md").read_text(encoding="utf-8")
    assert not (first / ".sr-editor" / "lock").exists() or not WorkspaceLock(first).holder()
    assert switcher.workspace.lock.held
    assert not old_window.isVisible()
    assert "second" in switcher.window.windowTitle()


def test_a_workspace_locked_elsewhere_is_refused_and_the_old_one_stays(switcher: Any, tmp_path: Path) -> None:
    assert switcher.create(tmp_path / "mine", with_samples=False)
    theirs = tmp_path / "theirs"
    (theirs / ".sr-editor").mkdir(parents=True)
    other = WorkspaceLock(theirs)
    other.acquire()  # held by this (live) process under another token: someone else's window
    window = switcher.window
    try:
        assert not switcher.open(theirs)
    finally:
        other.release()
    assert switcher.window is window and window.isVisible()
    assert Path(switcher.workspace.root).name == "mine"


def test_a_new_workspace_with_samples_lists_them_and_an_empty_one_lists_none(switcher: Any, tmp_path: Path) -> None:
    switcher.create(tmp_path / "samples", with_samples=True)
    assert len(switcher.workspace.list_articles()) == 5
    switcher.create(tmp_path / "empty", with_samples=False)
    assert switcher.workspace.list_articles() == []


def test_recent_workspaces_are_remembered_newest_first_and_open_from_the_menu(switcher: Any, tmp_path: Path) -> None:
    for name in ("one", "two", "three"):
        switcher.create(tmp_path / name, with_samples=False)
    assert switcher.recent()[:3] == [tmp_path / "three", tmp_path / "two", tmp_path / "one"]
    menu = switcher.window.findChild(QMenu, "recentWorkspacesMenu")
    menu.aboutToShow.emit()
    entries = {a.toolTip(): a for a in menu.actions()}
    assert not entries[str(tmp_path / "three")].isEnabled()  # the open one
    entries[str(tmp_path / "one")].trigger()
    assert Path(switcher.workspace.root) == tmp_path / "one"
    assert switcher.settings.workspace_path == tmp_path / "one"


def test_a_workspace_that_cannot_be_created_says_why_and_keeps_the_old_one(
    switcher: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    switcher.create(tmp_path / "fine", with_samples=False)
    told: list[str] = []
    monkeypatch.setattr(workspaces, "_tell", lambda parent, message: told.append(message))
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert not switcher.create(blocker / "ws", with_samples=False)
    assert told and "Could not create the workspace" in told[0]
    assert Path(switcher.workspace.root).name == "fine"


def test_the_window_title_names_the_article_and_the_workspace(switcher: Any, tmp_path: Path) -> None:
    switcher.create(tmp_path / "desk", with_samples=True)
    title = switcher.window.windowTitle()
    assert title.endswith("— desk — sr-editor")


def test_switching_gives_the_frozen_start_up_objects_back_to_the_garbage_collector(
        switcher: Any, tmp_path: Path) -> None:
    import gc

    assert switcher.create(tmp_path / "first", with_samples=False)
    app.freeze_start_up_objects()  # what the first window's start-up does
    assert gc.get_freeze_count() > 0
    assert switcher.create(tmp_path / "second", with_samples=False)
    assert gc.get_freeze_count() == 0  # the old window's cycles can be collected



def test_switching_back_and_forth_leaves_one_turn_budget_on_the_event_loop(qtbot: Any, tmp_path: Path) -> None:
    """Each window's TurnBudget follows every pass of the event loop: a retired window's goes with its window."""
    import gc

    from PySide6.QtCore import SIGNAL, QAbstractEventDispatcher, QCoreApplication, QEvent

    def show(context: Any) -> Any:  # not qtbot.addWidget: the retired windows are deleted here
        window = app.build_window(context, publishing=False)
        window.show()
        app.start_window(window)
        return window

    def settle() -> int:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()
        return dispatcher.receivers(SIGNAL("awake()"))

    dispatcher = QAbstractEventDispatcher.instance()
    assert dispatcher is not None
    switcher = app.WorkspaceSwitcher(Settings(tmp_path / "config"), app.load_vocabulary(), lock=plain_lock,
                                     show=show)
    try:
        assert switcher.create(tmp_path / "first", with_samples=False)
        assert switcher.create(tmp_path / "second", with_samples=False)
        one_window = settle()
        for name in ("first", "second", "first", "second"):
            assert switcher.open(tmp_path / name)
        assert settle() == one_window
    finally:
        switcher.release()
        if switcher.window is not None:
            switcher.window.close()
