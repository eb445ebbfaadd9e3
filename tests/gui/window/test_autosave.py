"""Saving without loss, driven through the real window: autosave, quit, conflicts, failures, recovery."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel, QPlainTextEdit

from sr_editor.gui.panels import panel_shim


def _type_at_end(qtbot: Any, window: Any, text: str) -> None:
    editor = window.findChild(QPlainTextEdit, "editor")
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, text)


def _open(window: Any, qtbot: Any, slug: str) -> Path:
    bundle = window.context.workspace.root / slug
    window.controller.open_article(bundle)
    qtbot.waitUntil(lambda: window.context.document.bundle == bundle)
    return bundle


def test_autosave_writes_the_file_after_typing_stops(make_window: Any, sample_workspace: Path, qtbot: Any) -> None:
    window = make_window(sample_workspace)
    window.context.autosave.set_delay(100)
    bundle = _open(window, qtbot, "kenya-elections")
    _type_at_end(qtbot, window, "Turnout was high.")
    qtbot.waitUntil(lambda: "Turnout was high." in (bundle / "index.md").read_text(), timeout=3000)
    qtbot.waitUntil(lambda: not window.context.document.is_dirty)


def test_closing_the_window_saves_synchronously(make_window: Any, sample_workspace: Path, qtbot: Any) -> None:
    window = make_window(sample_workspace)
    bundle = _open(window, qtbot, "kenya-elections")
    _type_at_end(qtbot, window, "Last words before quitting.")
    window.close()
    assert "Last words before quitting." in (bundle / "index.md").read_text()


def test_switching_article_saves_the_previous_one(make_window: Any, sample_workspace: Path, qtbot: Any) -> None:
    window = make_window(sample_workspace)
    bundle = _open(window, qtbot, "kenya-elections")
    _type_at_end(qtbot, window, "Switch now.")
    _open(window, qtbot, "brazil-forest")
    assert "Switch now." in (bundle / "index.md").read_text()


def test_an_externally_changed_file_is_not_overwritten(
    make_window: Any, sample_workspace: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[tuple[str, str]] = []

    def cancel(parent: Any, path: Path, mine: str, disk: str) -> Any:
        asked.append((mine, disk))
        return panel_shim.ExternalChangeChoice.CANCEL

    monkeypatch.setattr(panel_shim, "ask_external_change", cancel)
    window = make_window(sample_workspace)
    bundle = _open(window, qtbot, "kenya-elections")
    _type_at_end(qtbot, window, "My edit.")
    external = (bundle / "index.md").read_text().replace("Polling stations", "Someone else's text:")
    (bundle / "index.md").write_text(external)
    window.controller.save_now()
    assert (bundle / "index.md").read_text() == external
    assert asked and "My edit." in asked[0][0] and "Someone else's text" in asked[0][1]
    assert window.context.document.is_dirty
    assert window.findChild(QLabel, "banner").isVisible()
    snapshot = window.context.workspace.recovery.get(bundle)
    assert snapshot is not None and "My edit." in snapshot.text


def test_keep_mine_overwrites_the_external_change_knowingly(
    make_window: Any, sample_workspace: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(panel_shim, "ask_external_change",
                        lambda *args: panel_shim.ExternalChangeChoice.KEEP_MINE)
    window = make_window(sample_workspace)
    bundle = _open(window, qtbot, "kenya-elections")
    _type_at_end(qtbot, window, "Mine wins.")
    (bundle / "index.md").write_text((bundle / "index.md").read_text() + "\nexternal\n")
    window.controller.save_now()
    assert "Mine wins." in (bundle / "index.md").read_text()
    assert not window.context.document.is_dirty


def test_reload_takes_the_version_on_disk(
    make_window: Any, sample_workspace: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(panel_shim, "ask_external_change", lambda *args: panel_shim.ExternalChangeChoice.RELOAD)
    window = make_window(sample_workspace)
    bundle = _open(window, qtbot, "kenya-elections")
    _type_at_end(qtbot, window, "Dropped.")
    (bundle / "index.md").write_text((bundle / "index.md").read_text().replace("Polling", "Counting"))
    window.controller.save_now()
    text = window.findChild(QPlainTextEdit, "editor").toPlainText()
    assert "Counting stations" in text and "Dropped." not in text


def test_a_clean_article_changed_on_disk_is_reloaded(make_window: Any, sample_workspace: Path, qtbot: Any) -> None:
    window = make_window(sample_workspace)
    bundle = _open(window, qtbot, "kenya-elections")
    (bundle / "index.md").write_text((bundle / "index.md").read_text().replace("Polling", "Voting"))
    window.context.watcher.check_now()
    assert "Voting stations" in window.findChild(QPlainTextEdit, "editor").toPlainText()


def test_a_failing_disk_keeps_the_text_in_a_recovery_copy(
    make_window: Any, sample_workspace: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(sample_workspace)
    bundle = _open(window, qtbot, "kenya-elections")
    _type_at_end(qtbot, window, "Unsaved words.")

    def disk_full(*args: Any) -> str:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(window.context.workspace.store, "save", disk_full)
    window.controller.save_now()
    assert window.context.document.is_dirty
    assert "No space left" in window.findChild(QLabel, "banner").text()
    assert "Unsaved words." in window.context.workspace.recovery.get(bundle).text


def test_recovery_snapshot_is_offered_and_restored_after_a_crash(
    make_window: Any, sample_workspace: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = make_window(sample_workspace)
    bundle = _open(first, qtbot, "haiti-protests")
    _type_at_end(qtbot, first, "Words typed just before the crash.")
    first.context.autosave.write_snapshot()
    first.context.autosave.enabled = False
    first.context.document.close()  # simulate the crash: the window never saved
    assert "crash" not in (bundle / "index.md").read_text()
    offered: list[Any] = []
    monkeypatch.setattr(panel_shim, "ask_restore_snapshots", lambda parent, snaps: offered.extend(snaps) or snaps)
    second = make_window(sample_workspace)
    assert [s.bundle for s in offered] == [bundle]
    assert second.context.document.bundle == bundle
    assert "Words typed just before the crash." in second.findChild(QPlainTextEdit, "editor").toPlainText()
    assert second.context.document.is_dirty
    second.controller.save_now()
    assert "Words typed just before the crash." in (bundle / "index.md").read_text()
    assert second.context.workspace.recovery.get(bundle) is None


def test_declined_snapshots_are_discarded(
    make_window: Any, sample_workspace: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(sample_workspace, start=False)
    bundle = sample_workspace / "haiti-protests"
    window.context.workspace.recovery.store(bundle, (bundle / "index.md").read_text() + "x", None)
    monkeypatch.setattr(panel_shim, "ask_restore_snapshots", lambda parent, snaps: [])
    window.controller.disk.offer_recovery()
    assert window.context.workspace.recovery.list() == []


def test_a_broken_article_opens_read_only_and_is_never_written(
    make_window: Any, sample_workspace: Path, qtbot: Any
) -> None:
    broken = sample_workspace / "broken-one"
    broken.mkdir()
    original = "---\ntitle: [unclosed\n---\nBody\n"
    (broken / "index.md").write_text(original)
    window = make_window(sample_workspace)
    window.controller.open_article(broken)
    editor = window.findChild(QPlainTextEdit, "editor")
    assert editor.isReadOnly()
    assert window.findChild(QLabel, "banner").isVisible()
    qtbot.keyClicks(editor, "typing is ignored")
    window.controller.save_now()
    window.close()
    assert (broken / "index.md").read_text() == original


def test_an_idle_autosave_is_recorded_in_history_as_an_autosave(qtbot: Any, tmp_path: Path) -> None:
    from sr_editor.core.article import Article
    from sr_editor.core.store import ArticleStore
    from sr_editor.services.autosave import AutosaveService
    from sr_editor.services.document import ArticleDocument

    root = tmp_path / "ws"
    bundle = root / "piece"
    bundle.mkdir(parents=True)
    store = ArticleStore(root)
    store.save(bundle, Article(meta={"title": "T"}, body="one\n"), None)
    document = ArticleDocument()
    document.load(store.load(bundle))
    service = AutosaveService(document, store, None, 50)
    document.replace_body("two\n")
    service.save_soon()
    qtbot.waitUntil(lambda: not document.is_dirty, timeout=5000)
    assert store.history is not None
    assert store.history.versions(bundle)[0].reason == "autosave"
    service.shutdown()
