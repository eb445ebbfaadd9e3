"""Publishing through the real window (built by app.py): menu, save before, reload after without the
changed-on-disk prompt, keeping the site's version, and the site's categories offered as regions."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pubgui_fakes import PASSWORD, ClientFactory, ScriptedJob, index_text, write_remote
from PySide6.QtWidgets import QListWidget

from sr_editor.gui.publish.publish_ui import PUBLISH_SHORTCUT
from sr_editor.publish.sync.session import PublishSession
from sr_editor.publish.wordpress.credentials import MemoryCredentialStore
from sr_editor.publish.wordpress.sites import SiteProfile, SiteRegistry
from sr_editor.publish.wordpress.terms import Term, TermCache, save_cache

STEPS = ["Checking the article", "Matching regions", "Sending the post"]


@pytest.fixture
def published_window(make_window: Any, sample_workspace: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    window = make_window(sample_workspace)
    store = MemoryCredentialStore()
    store.set("production", "ana", PASSWORD)
    session = PublishSession(SiteRegistry(tmp_path / "sites.json"), sample_workspace,
                             open_store=lambda: (store, None), make_client=ClientFactory())  # type: ignore[arg-type]
    session.registry.add(SiteProfile("production", "https://news.example.org", "ana"))
    window.context.publishing = session
    prompts: list[Any] = []
    monkeypatch.setattr(window.context.dialogs, "ask_external_change", lambda *a: prompts.append(a))
    window.prompts = prompts
    window.disk_changes = []
    window.context.watcher.changedOnDisk.connect(window.disk_changes.append)
    return window


def script_jobs(window: Any, seen_on_disk: list[str]) -> None:
    def make_job(site: str, store: Any, bundle: Path, options: Any, progress: Any, *rest: Any, **kw: Any) -> Any:
        seen_on_disk.append(index_text(bundle))
        return ScriptedJob(progress, STEPS, write=lambda: write_remote(store, bundle, site, 42))

    window.features.publish_ui.session.make_job = make_job


def test_publish_menu_has_its_actions_and_a_free_shortcut(published_window: Any) -> None:
    actions = published_window.commands
    assert {"publish", "submit_for_review", "sites"} <= actions.keys()
    assert actions["publish"].shortcut().toString() == PUBLISH_SHORTCUT
    shortcuts = [a.shortcut().toString() for a in actions.values() if not a.shortcut().isEmpty()]
    assert len(shortcuts) == len(set(shortcuts))


def test_publish_saves_first_then_reloads_the_document_without_the_changed_on_disk_prompt(
    published_window: Any, qtbot: Any
) -> None:
    window = published_window
    doc = window.context.document
    bundle = doc.bundle
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(window.editor, " Typed just before publishing.")
    seen: list[str] = []
    script_jobs(window, seen)
    dialog = window.features.publish_ui.open_publish()
    qtbot.waitUntil(lambda: dialog.problems is not None, timeout=5000)
    dialog.publishButton.click()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=5000)
    assert "Typed just before publishing." in seen[0]
    assert doc.bundle == bundle and doc.meta("remote")["production"]["post_id"] == 42
    assert not doc.is_dirty
    assert doc.disk_hash == window.context.workspace.store.disk_hash(bundle)
    assert "Typed just before publishing." in doc.body()
    qtbot.wait(500)  # give the file watcher its settle time
    assert window.prompts == [] and window.disk_changes == []
    assert "another program" not in window.statusBar().currentMessage()


def test_submit_for_review_opens_the_dialog_on_pending(published_window: Any) -> None:
    window = published_window
    window.commands["submit_for_review"].trigger()
    dialog = window.features.publish_ui.dialog
    assert dialog is not None and dialog.status() == "pending"
    assert dialog.publishButton.text() == "Submit for review"


def test_edits_typed_during_publish_are_kept_and_get_the_remote_ids(published_window: Any, qtbot: Any) -> None:
    window = published_window
    ui, doc, store = window.features.publish_ui, window.context.document, window.context.workspace.store
    ui._bundle = doc.bundle
    window.context.autosave.save_now()
    write_remote(store, doc.bundle, "production", 7)
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(window.editor, " Still typing.")
    ui.reload_after_publish()
    assert "Still typing." in doc.body() and doc.meta("remote")["production"]["post_id"] == 7
    assert window.context.autosave.save_now()
    assert "Still typing." in index_text(doc.bundle) and "post_id: 7" in index_text(doc.bundle)


def test_keeping_the_site_version_replaces_the_article_through_the_session(published_window: Any) -> None:
    window = published_window
    ui, doc = window.features.publish_ui, window.context.document
    ui._bundle = doc.bundle
    asked: list[tuple[str, Path]] = []

    def keep(site: str, store: Any, bundle: Path) -> Path:
        asked.append((site, bundle))
        return bundle / "index.md"

    ui.session.keep_site_version = keep
    assert ui.keep_site_version("production") == doc.bundle / "index.md"
    assert asked == [("production", doc.bundle)]


def test_region_list_offers_the_site_categories_when_a_term_cache_exists(
    published_window: Any, sample_workspace: Path, qtbot: Any
) -> None:
    window = published_window
    save_cache(sample_workspace, "production", TermCache(
        [Term(1, "Uncategorized", "uncategorized"), Term(5, "Latin America", "latin-america"),
         Term(6, "Africa", "africa"), Term(9, "Arts & Culture", "arts-culture")], [], "2026-11-24T10:00:00Z"))
    window.features.publish_ui.refresh_region_choices()
    regions = window.findChild(QListWidget, "regionList")
    qtbot.waitUntil(lambda: "Asia" not in [regions.item(i).text() for i in range(regions.count())], timeout=5000)
    assert [regions.item(i).text() for i in range(regions.count())] == ["Africa", "Latin America"]


def test_categories_that_are_no_region_are_only_offered_when_the_vocabulary_knows_none() -> None:
    from sr_editor.gui.publish.publish_ui import site_regions

    class Vocabulary:
        def canonical_region(self, name: str) -> str | None:
            return name if name in ("Africa", "Latin America") else None

    assert site_regions(["Latin America", "Arts & Culture", "Africa"], Vocabulary()) == ["Africa", "Latin America"]
    assert site_regions(["Noticias", "Cultura"], Vocabulary()) == ["Cultura", "Noticias"]


def test_double_clicking_a_checklist_problem_closes_the_dialog_and_goes_to_it(
    published_window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sr_editor.core.checks.lint import Problem, Severity

    window = published_window
    jumped: list[Any] = []
    monkeypatch.setattr(window.features.controller, "jump_to_problem", jumped.append)
    dialog = window.features.publish_ui.open_publish()
    problem = Problem("title-missing", Severity.ERROR, "The article has no title.", field="title")
    dialog.set_problems([problem])
    dialog.checkList.itemActivated.emit(dialog.checkList.item(0))
    assert jumped == [problem] and not dialog.isVisible()


def test_publish_of_a_document_that_cannot_be_saved_sends_nothing(
    published_window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = published_window
    seen: list[str] = []
    script_jobs(window, seen)
    monkeypatch.setattr(window.context.autosave, "save_now", lambda: False)
    dialog = window.features.publish_ui.open_publish()
    qtbot.waitUntil(lambda: dialog.problems is not None, timeout=5000)
    dialog.publishButton.click()
    assert "could not be saved" in dialog.outcomeText.text() and seen == []
    assert not window.context.watcher.signalsBlocked()


def test_publish_without_an_open_article_says_so(published_window: Any) -> None:
    window = published_window
    window.context.session.close()
    assert window.features.publish_ui.open_publish() is None
    assert "Open an article" in window.statusBar().currentMessage()


def test_text_typed_during_a_publish_stays_with_its_undo_history_and_is_saved_with_the_post_id(
    published_window: Any, qtbot: Any
) -> None:
    import threading

    from pubgui_fakes import ScriptedJob

    window = published_window
    doc, autosave = window.context.document, window.context.autosave
    autosave.set_delay(100)
    bundle = doc.bundle
    gate = threading.Event()

    def make_job(site: str, store: Any, bundle: Path, options: Any, progress: Any, *rest: Any, **kw: Any) -> Any:
        return ScriptedJob(progress, STEPS, gate=gate, write=lambda: write_remote(store, bundle, site, 42))

    window.features.publish_ui.session.make_job = make_job
    dialog = window.features.publish_ui.open_publish()
    qtbot.waitUntil(lambda: dialog.problems is not None, timeout=5000)
    dialog.publishButton.click()
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(window.editor, " Typed during the publish.")
    qtbot.wait(600)  # longer than the autosave delay
    gate.set()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=5000)
    assert "Typed during the publish." in doc.body()
    assert doc.meta("remote")["production"]["post_id"] == 42
    assert window.editor.document().isUndoAvailable()
    assert window.prompts == []
    qtbot.waitUntil(lambda: "Typed during the publish." in index_text(bundle), timeout=5000)
    assert "post_id: 42" in index_text(bundle)
    qtbot.waitUntil(lambda: not doc.is_dirty, timeout=5000)
