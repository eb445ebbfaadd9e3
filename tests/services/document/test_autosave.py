"""Saving without loss, driven through the real window: autosave, quit, conflicts, failures, recovery."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel, QPlainTextEdit

from sr_editor.gui.dialogs.conflict_dialog import ExternalChangeChoice


def _type_at_end(qtbot: Any, window: Any, text: str) -> None:
    editor = window.findChild(QPlainTextEdit, "editor")
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, text)


def _open(window: Any, qtbot: Any, slug: str) -> Path:
    bundle = window.context.workspace.root / slug
    window.features.controller.open_article(bundle)
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
    make_window: Any, sample_workspace: Path, qtbot: Any, dialogs: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[tuple[str, str]] = []

    def cancel(parent: Any, path: Path, mine: str, disk: str) -> Any:
        asked.append((mine, disk))
        return ExternalChangeChoice.CANCEL

    monkeypatch.setattr(dialogs, "ask_external_change", cancel)
    window = make_window(sample_workspace)
    bundle = _open(window, qtbot, "kenya-elections")
    _type_at_end(qtbot, window, "My edit.")
    external = (bundle / "index.md").read_text().replace("Polling stations", "Someone else's text:")
    (bundle / "index.md").write_text(external)
    window.features.controller.save_now()
    assert (bundle / "index.md").read_text() == external
    assert asked and "My edit." in asked[0][0] and "Someone else's text" in asked[0][1]
    assert window.context.document.is_dirty
    assert window.findChild(QLabel, "banner").isVisible()
    snapshot = window.context.workspace.recovery.get(bundle)
    assert snapshot is not None and "My edit." in snapshot.text


def test_keep_mine_overwrites_the_external_change_knowingly(
    make_window: Any, sample_workspace: Path, qtbot: Any, dialogs: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dialogs, "ask_external_change",
                        lambda *args: ExternalChangeChoice.KEEP_MINE)
    window = make_window(sample_workspace)
    bundle = _open(window, qtbot, "kenya-elections")
    _type_at_end(qtbot, window, "Mine wins.")
    (bundle / "index.md").write_text((bundle / "index.md").read_text() + "\nexternal\n")
    window.features.controller.save_now()
    assert "Mine wins." in (bundle / "index.md").read_text()
    assert not window.context.document.is_dirty


def test_reload_takes_the_version_on_disk(
    make_window: Any, sample_workspace: Path, qtbot: Any, dialogs: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dialogs, "ask_external_change", lambda *args: ExternalChangeChoice.RELOAD)
    window = make_window(sample_workspace)
    bundle = _open(window, qtbot, "kenya-elections")
    _type_at_end(qtbot, window, "Dropped.")
    (bundle / "index.md").write_text((bundle / "index.md").read_text().replace("Polling", "Counting"))
    window.features.controller.save_now()
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
    window.features.controller.save_now()
    assert window.context.document.is_dirty
    assert "No space left" in window.findChild(QLabel, "banner").text()
    assert "Unsaved words." in window.context.workspace.recovery.get(bundle).text


def test_recovery_snapshot_is_offered_and_restored_after_a_crash(
    make_window: Any, sample_workspace: Path, qtbot: Any, dialogs: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = make_window(sample_workspace)
    bundle = _open(first, qtbot, "haiti-protests")
    _type_at_end(qtbot, first, "Words typed just before the crash.")
    first.context.autosave.write_snapshot()
    first.context.autosave.enabled = False
    first.context.document.close()  # simulate the crash: the window never saved
    assert "crash" not in (bundle / "index.md").read_text()
    offered: list[Any] = []
    monkeypatch.setattr(dialogs, "ask_restore_snapshots", lambda parent, snaps: offered.extend(snaps) or snaps)
    second = make_window(sample_workspace)
    assert [s.bundle for s in offered] == [bundle]
    assert second.context.document.bundle == bundle
    assert "Words typed just before the crash." in second.findChild(QPlainTextEdit, "editor").toPlainText()
    assert second.context.document.is_dirty
    second.features.controller.save_now()
    assert "Words typed just before the crash." in (bundle / "index.md").read_text()
    assert second.context.workspace.recovery.get(bundle) is None


def test_declined_snapshots_are_discarded(
    make_window: Any, sample_workspace: Path, qtbot: Any, dialogs: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(sample_workspace, start=False)
    bundle = sample_workspace / "haiti-protests"
    window.context.workspace.recovery.store(bundle, (bundle / "index.md").read_text() + "x", None)
    monkeypatch.setattr(dialogs, "ask_restore_snapshots", lambda parent, snaps: [])
    window.features.controller.disk.offer_recovery()
    assert window.context.workspace.recovery.list() == []


def _open_broken(window: Any, workspace: Path, qtbot: Any) -> Path:
    broken = workspace / "broken-one"
    broken.mkdir()
    (broken / "index.md").write_text("---\ntitle: Fine\nslug: a: b\nexcerpt: x\n---\nBody\n")
    window.features.controller.open_article(broken)
    qtbot.waitUntil(lambda: window.context.document.bundle == broken)
    return broken


def test_a_broken_article_is_never_written_by_autosave(make_window: Any, sample_workspace: Path, qtbot: Any) -> None:
    window = make_window(sample_workspace)
    broken = _open_broken(window, sample_workspace, qtbot)
    original = (broken / "index.md").read_text()
    assert window.findChild(QLabel, "banner").isVisible()
    qtbot.keyClicks(window.findChild(QPlainTextEdit, "editor"), "typing")
    window.context.autosave.save_soon()
    qtbot.wait(200)
    assert (broken / "index.md").read_text() == original


def test_a_broken_article_shows_its_problem_and_its_line_in_the_problems_panel(
    make_window: Any, sample_workspace: Path, qtbot: Any
) -> None:
    window = make_window(sample_workspace)
    _open_broken(window, sample_workspace, qtbot)
    panel = window.problems_panel
    qtbot.waitUntil(lambda: panel.list.count() == 1 and panel.problem_at(0) is not None)
    problem = panel.problem_at(0)
    assert problem.severity == "error" and problem.line == 3
    assert "line 3" in panel.list.item(0).text() and panel.summary.text() == "1 error"
    qtbot.waitUntil(lambda: "cannot be read" in window.preview.toPlainText())
    assert "title:" not in window.preview.toPlainText()


def test_fixing_the_front_matter_in_the_editor_and_saving_reads_the_article_again(
    make_window: Any, sample_workspace: Path, qtbot: Any
) -> None:
    window = make_window(sample_workspace)
    broken = _open_broken(window, sample_workspace, qtbot)
    editor = window.findChild(QPlainTextEdit, "editor")
    assert not editor.isReadOnly()
    editor.setPlainText(editor.toPlainText().replace("a: b", "a-b"))
    window.features.controller.save_now()
    qtbot.waitUntil(lambda: not window.context.document.read_only)
    assert window.context.document.meta("title") == "Fine" and editor.toPlainText() == "Body\n"
    assert not window.findChild(QLabel, "banner").isVisible()
    assert "slug: a-b" in (broken / "index.md").read_text()


def test_saving_a_still_broken_file_shows_the_new_problem(
    make_window: Any, sample_workspace: Path, qtbot: Any
) -> None:
    window = make_window(sample_workspace)
    _open_broken(window, sample_workspace, qtbot)
    editor = window.findChild(QPlainTextEdit, "editor")
    editor.setPlainText("---\ntitle: Fine\nslug: ok\nexcerpt: x: y\n---\nBody\n")
    window.features.controller.save_now()
    qtbot.waitUntil(lambda: window.context.document.broken_line == 4)
    assert window.context.document.read_only and not window.context.document.is_dirty


def test_an_idle_autosave_is_recorded_in_history_as_an_autosave(qtbot: Any, tmp_path: Path) -> None:
    from sr_editor.core.article.article import Article
    from sr_editor.core.storage.store import ArticleStore
    from sr_editor.services.document.autosave import AutosaveService
    from sr_editor.services.document.document import ArticleDocument

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


class _CountingRecovery:
    def __init__(self) -> None:
        self.stored: list[str] = []

    def store(self, bundle: Path, text: str, base_hash: str | None) -> None:
        self.stored.append(text)

    def discard(self, bundle: Path) -> None:
        pass


def _service_on(tmp_path: Path, recovery: Any, delay_ms: int) -> tuple[Any, Any, Any]:
    from sr_editor.core.article.article import Article
    from sr_editor.core.storage.store import ArticleStore
    from sr_editor.services.document.autosave import AutosaveService
    from sr_editor.services.document.document import ArticleDocument

    bundle = tmp_path / "ws" / "piece"
    bundle.mkdir(parents=True)
    store = ArticleStore(bundle.parent)
    store.save(bundle, Article(meta={"title": "T"}, body="one\n"), None)
    document = ArticleDocument()
    document.load(store.load(bundle))
    return AutosaveService(document, store, recovery, delay_ms), document, store


def test_steady_typing_still_gets_snapshots_and_autosaves_at_a_maximum_interval(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sr_editor.services.document import autosave

    monkeypatch.setattr(autosave, "AUTOSAVE_MAX_INTERVAL_MS", 2500)
    recovery = _CountingRecovery()
    service, document, store = _service_on(tmp_path, recovery, 1000)
    def both_happened() -> bool:  # an autosave replaced the first version, which went to history
        return bool(recovery.stored) and bool(store.history.versions(document.bundle))

    for n in range(40):  # one key every 150 ms for up to 6 s: never an idle second
        document.replace_body(f"one {'x' * n}\n")
        qtbot.wait(150)
        if both_happened():
            break
    assert recovery.stored, "no snapshot while typing"
    assert store.history.versions(document.bundle), "no autosave while typing"
    service.shutdown()


def test_paused_autosave_neither_saves_nor_snapshots_until_resumed(qtbot: Any, tmp_path: Path) -> None:
    recovery = _CountingRecovery()
    service, document, _store = _service_on(tmp_path, recovery, 100)
    service.pause()
    document.replace_body("typed while a prompt is open\n")
    service.save_soon()
    qtbot.wait(1300)
    assert recovery.stored == [] and document.is_dirty
    service.resume()
    qtbot.waitUntil(lambda: not document.is_dirty, timeout=5000)
    assert "typed while a prompt" in (document.bundle / "index.md").read_text()
    service.shutdown()


def test_one_external_change_prompt_at_a_time_and_keys_typed_meanwhile_reach_the_editor(
    make_window: Any, sample_workspace: Path, qtbot: Any
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from sr_editor.gui.dialogs.conflict_dialog import ExternalChangeDialog

    window = make_window(sample_workspace)
    window.context.autosave.set_delay(100)
    bundle = _open(window, qtbot, "kenya-elections")
    editor = window.findChild(QPlainTextEdit, "editor")
    window.activateWindow()
    editor.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor)
    _type_at_end(qtbot, window, "Before.")
    (bundle / "index.md").write_text((bundle / "index.md").read_text().replace("Polling", "Counting"))
    seen: dict[str, Any] = {}

    def while_prompt_is_open() -> None:
        window.context.autosave.save_soon()  # the autosave timer fires while the prompt is open
        window.context.watcher.check_now()  # and the watcher notices the same change
        seen["prompts"] = []
        QTimer.singleShot(1500, lambda: seen["prompts"].extend(  # a stacked second prompt would block here
            d for d in window.findChildren(ExternalChangeDialog) if d.isVisible()))
        QTimer.singleShot(1600, lambda: [d.reject() for d in seen["prompts"][1:]])
        qtbot.wait(1800)  # longer than the snapshot and autosave delays
        seen["focus"] = QApplication.focusWidget()
        qtbot.keyClicks(QApplication.focusWidget(), " Typed while asked.")
        seen["prompts"][0].reject()

    QTimer.singleShot(100, while_prompt_is_open)
    window.features.controller.save_now()
    assert len(seen["prompts"]) == 1
    assert seen["focus"] is editor
    assert "Before. Typed while asked." in editor.toPlainText()
    assert "Counting" in (bundle / "index.md").read_text() and "Before." not in (bundle / "index.md").read_text()
    assert not window.context.autosave.paused


def test_restoring_a_snapshot_over_a_file_changed_since_asks_before_overwriting(
    make_window: Any, sample_workspace: Path, qtbot: Any, dialogs: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import hashlib

    bundle = sample_workspace / "haiti-protests"
    original = (bundle / "index.md").read_bytes()
    window = make_window(sample_workspace, start=False)
    window.context.workspace.recovery.store(
        bundle, original.decode() + "\nRecovered words.\n", hashlib.sha256(original).hexdigest())
    theirs = original.decode() + "\nWritten by another program.\n"
    (bundle / "index.md").write_text(theirs)  # after the crash, before the restart
    asked: list[tuple[str, str]] = []

    def cancel(parent: Any, path: Path, mine: str, disk: str) -> Any:
        asked.append((mine, disk))
        return ExternalChangeChoice.CANCEL

    monkeypatch.setattr(dialogs, "ask_restore_snapshots", lambda parent, snaps: snaps)
    monkeypatch.setattr(dialogs, "ask_external_change", cancel)
    window.features.controller.disk.offer_recovery()
    window.features.controller.save_now()
    assert asked and "Recovered words." in asked[0][0] and "Written by another program" in asked[0][1]
    assert (bundle / "index.md").read_text() == theirs
    assert "Recovered words." in window.findChild(QPlainTextEdit, "editor").toPlainText()
    assert window.context.document.is_dirty


def test_our_own_autosave_landing_on_disk_is_never_taken_for_another_programs_change(
    make_window: Any, sample_workspace: Path, qtbot: Any, dialogs: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The file is replaced on the save thread before the GUI thread learns its new hash: a watcher check in
    between used to open the "changed by another program" prompt over the writer's typing (seen under load)."""
    import threading

    window = make_window(sample_workspace)
    asked: list[Any] = []
    monkeypatch.setattr(dialogs, "ask_external_change", lambda *args: asked.append(args))
    bundle = _open(window, qtbot, "kenya-elections")
    store, written, release = window.context.workspace.store, threading.Event(), threading.Event()
    real_save = store.save

    def save_then_wait(*args: Any, **kwargs: Any) -> Any:
        new_hash = real_save(*args, **kwargs)
        written.set()
        release.wait(10)  # the GUI thread has not heard of the new hash yet
        return new_hash

    monkeypatch.setattr(store, "save", save_then_wait)
    _type_at_end(qtbot, window, "Typed before the pause.")
    window.context.autosave.save_soon()
    qtbot.waitUntil(written.is_set)
    _type_at_end(qtbot, window, " And more.")  # unsaved text, as when the writer keeps typing
    window.context.watcher.check_now()
    release.set()
    qtbot.waitUntil(lambda: not window.context.autosave.writing)
    qtbot.wait(300)  # the postponed check runs after the save's result arrived
    window.context.watcher.check_now()
    assert asked == [] and "Typed before the pause." in (bundle / "index.md").read_text()


class _AlreadyDoneExecutor:
    """Runs the save at once, so its future is done before the autosave adds its callback (a save thread that
    finishes while the GUI thread waits for the GIL): the callback then runs on the GUI thread, immediately."""

    def submit(self, function: Any, *args: Any, **kwargs: Any) -> Any:
        from concurrent.futures import Future

        future: Future[Any] = Future()
        future.set_result(function(*args, **kwargs))
        return future

    def shutdown(self, *args: Any, **kwargs: Any) -> None:
        pass


def test_a_save_finished_before_its_callback_is_added_is_still_collected_and_saving_goes_on(
    make_window: Any, sample_workspace: Path, qtbot: Any
) -> None:
    window = make_window(sample_workspace)
    autosave = window.context.autosave
    autosave._executor = _AlreadyDoneExecutor()
    bundle = _open(window, qtbot, "kenya-elections")
    _type_at_end(qtbot, window, "First words.")
    autosave.save_soon()
    qtbot.waitUntil(lambda: not window.context.document.is_dirty, timeout=3000)
    _type_at_end(qtbot, window, " Second words.")
    autosave.save_soon()  # with the first job never collected, this one would only be noted "again"
    qtbot.waitUntil(lambda: not window.context.document.is_dirty, timeout=3000)
    assert "First words. Second words." in (bundle / "index.md").read_text()


def test_decide_later_waits_for_the_writers_save_or_another_change_with_the_banner_shown(
    make_window: Any, sample_workspace: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch, dialogs: Any
) -> None:
    from sr_editor.gui.dialogs.conflict_dialog import ExternalChangeChoice

    asked: list[Path] = []

    def later(parent: Any, path: Path, mine: str, disk: str) -> Any:
        asked.append(path)
        return ExternalChangeChoice.CANCEL

    monkeypatch.setattr(dialogs, "ask_external_change", later)
    window = make_window(sample_workspace)
    bundle = _open(window, qtbot, "kenya-elections")
    _type_at_end(qtbot, window, "Mine.")
    external = (bundle / "index.md").read_text().replace("Polling stations", "Theirs:")
    (bundle / "index.md").write_text(external)
    window.context.watcher.check_now()
    assert len(asked) == 1
    _type_at_end(qtbot, window, " More typing.")
    window.context.autosave.save_soon()  # the next autosave, seconds later
    qtbot.wait(200)
    assert len(asked) == 1 and (bundle / "index.md").read_text() == external
    assert window.findChild(QLabel, "banner").isVisible()
    window.features.controller.save_now()  # the writer saves: now the question comes back
    assert len(asked) == 2
    (bundle / "index.md").write_text(external + "\nAnd again.\n")
    window.context.watcher.check_now()  # the file changes again
    assert len(asked) == 3
    assert "More typing." in window.findChild(QPlainTextEdit, "editor").toPlainText()
