"""The Publish dialog alone, with scripted hooks: checklist gating, progress, outcome, cancel, conflicts."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from pubgui_fakes import ScriptedJob
from PySide6.QtWidgets import QLabel, QPushButton

from sr_editor.core.checks.lint import Problem, Severity
from sr_editor.gui.dialogs.diff_view import DiffView
from sr_editor.gui.publish import site_conflict_dialog
from sr_editor.gui.publish.publish_dialog import PublishDialog, PublishRequest
from sr_editor.gui.publish.site_conflict_dialog import SiteConflictChoice, SiteConflictDialog
from sr_editor.publish import errors
from sr_editor.publish.wordpress.sites import SiteProfile

PROFILES = [SiteProfile("production", "https://news.example.org", "ana"),
            SiteProfile("staging", "https://staging.example.org", "ana")]
STEPS = ["Checking the article", "Matching regions", "Image 1 of 1: crowd.jpg", "Sending the post"]
ALT_MISSING = Problem("alt-missing", Severity.ERROR, "crowd.jpg has no alt text.")
NO_CREDIT = Problem("credit-missing", Severity.WARNING, "The featured image has no credit.")


class Hooks:
    def __init__(self, errors_: list[Exception | None] | None = None, gate: threading.Event | None = None) -> None:
        self.requests: list[PublishRequest] = []
        self.jobs: list[ScriptedJob] = []
        self.errors = list(errors_ or [])
        self.gate = gate
        self.prepared = self.finished_calls = 0
        self.opened: list[str] = []
        self.kept: list[str] = []
        self.password_asked: list[str] = []

    def prepare(self) -> str | None:
        self.prepared += 1
        return None

    def make_job(self, request: PublishRequest, progress: Any) -> Any:
        self.requests.append(request)
        error = self.errors.pop(0) if self.errors else None
        job = ScriptedJob(progress, STEPS, error=error, gate=self.gate)
        self.jobs.append(job)
        return job

    def finished(self) -> None:
        self.finished_calls += 1

    def keep_site_version(self, site: str) -> Path:  # the article's index.md, now the site's version
        self.kept.append(site)
        return Path("/tmp/haiti/index.md")

    def open_url(self, url: str) -> None:
        self.opened.append(url)

    def ask_password(self, site: str) -> bool:
        self.password_asked.append(site)
        return True


def make_dialog(qtbot: Any, hooks: Hooks, problems: list[Any] | None = None, status: str = "publish") -> PublishDialog:
    dialog = PublishDialog(hooks, "Haiti: protests", PROFILES, "production", status)
    qtbot.addWidget(dialog)
    dialog.set_problems([] if problems is None else problems)
    dialog.show()
    return dialog


def finish(qtbot: Any, dialog: PublishDialog) -> None:
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 2 and not dialog.worker.running, timeout=5000)


def test_publish_is_disabled_until_the_checks_have_answered(qtbot: Any) -> None:
    dialog = PublishDialog(Hooks(), "Haiti", PROFILES, "production")
    qtbot.addWidget(dialog)
    assert not dialog.publishButton.isEnabled()
    assert "Checking" in dialog.checkSummary.text()


def test_check_errors_disable_publish_and_warnings_do_not(qtbot: Any) -> None:
    dialog = make_dialog(qtbot, Hooks(), [ALT_MISSING, NO_CREDIT])
    assert not dialog.publishButton.isEnabled()
    assert dialog.forceCheck.isVisible()
    assert dialog.checkList.count() == 2
    dialog.set_problems([NO_CREDIT])
    assert dialog.publishButton.isEnabled()
    assert not dialog.forceCheck.isVisible()


def test_publish_anyway_needs_an_explicit_confirmation(qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = make_dialog(qtbot, Hooks(), [ALT_MISSING])
    monkeypatch.setattr(dialog.checklist, "confirm_force", lambda: False)
    dialog.forceCheck.click()
    assert not dialog.forceCheck.isChecked() and not dialog.publishButton.isEnabled()
    monkeypatch.setattr(dialog.checklist, "confirm_force", lambda: True)
    dialog.forceCheck.click()
    assert dialog.forceCheck.isChecked() and dialog.publishButton.isEnabled()


def test_forced_publish_sends_force_in_the_request(qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    hooks = Hooks()
    dialog = make_dialog(qtbot, hooks, [ALT_MISSING])
    monkeypatch.setattr(dialog.checklist, "confirm_force", lambda: True)
    dialog.forceCheck.click()
    dialog.publishButton.click()
    finish(qtbot, dialog)
    assert hooks.requests[0].force is True and hooks.requests[0].overwrite is False


def test_date_is_only_editable_for_scheduled_posts(qtbot: Any) -> None:
    dialog = make_dialog(qtbot, Hooks(), status="draft")
    assert not dialog.dateEdit.isEnabled()
    dialog.statusCombo.setCurrentIndex(dialog.statusCombo.findData("future"))
    assert dialog.dateEdit.isEnabled()
    assert dialog.publishButton.text() == "Schedule"
    request = dialog.current_request()
    assert request.status == "future" and request.date is not None and request.date.tzinfo is not None


def test_the_job_runs_off_the_gui_thread_and_every_step_is_listed(qtbot: Any) -> None:
    hooks = Hooks()
    dialog = make_dialog(qtbot, hooks)
    dialog.publishButton.click()
    finish(qtbot, dialog)
    assert hooks.prepared == 1 and hooks.finished_calls == 1
    assert [dialog.stepList.item(i).text() for i in range(dialog.stepList.count())] == STEPS
    assert hooks.jobs[0].thread is not threading.main_thread()
    assert dialog.progressBar.maximum() == len(STEPS)


def test_success_links_to_the_post_and_the_site_preview(qtbot: Any) -> None:
    hooks = Hooks()
    dialog = make_dialog(qtbot, hooks)
    dialog.publishButton.click()
    finish(qtbot, dialog)
    text = dialog.outcomeText.text()
    assert "https://news.example.org/haiti/" in text
    assert "https://news.example.org/?p=42&amp;preview=true" in text
    dialog.outcomeText.linkActivated.emit("https://news.example.org/?p=42&preview=true")
    assert hooks.opened == ["https://news.example.org/?p=42&preview=true"]


def test_cancel_stops_the_job_and_says_running_again_is_safe(qtbot: Any) -> None:
    gate = threading.Event()
    hooks = Hooks(gate=gate)
    dialog = make_dialog(qtbot, hooks)
    dialog.publishButton.click()
    qtbot.waitUntil(lambda: dialog.stepList.count() == 1)
    dialog.cancelButton.click()
    gate.set()
    finish(qtbot, dialog)
    assert hooks.jobs[0].cancelled.is_set()
    assert dialog.stepList.count() == 1  # no step ran after the cancel
    assert isinstance(dialog.error, errors.PublishCancelled)
    assert "safe" in dialog.outcomeText.text()
    assert hooks.finished_calls == 1  # the document is reloaded after a cancel too


def test_role_that_cannot_publish_is_offered_submit_for_review(qtbot: Any) -> None:
    hooks = Hooks([errors.RoleCannotPublish("production")])
    dialog = make_dialog(qtbot, hooks)
    dialog.publishButton.click()
    finish(qtbot, dialog)
    assert "submit for review" in dialog.outcomeText.text()
    assert dialog.reviewButton.isVisible()
    dialog.reviewButton.click()
    finish(qtbot, dialog)
    assert [r.status for r in hooks.requests] == ["publish", "pending"]
    assert dialog.outcome is not None


def test_missing_password_is_asked_for_and_the_publish_runs_again(qtbot: Any) -> None:
    hooks = Hooks([errors.CredentialsUnavailable("production", "none is stored.")])
    dialog = make_dialog(qtbot, hooks)
    dialog.publishButton.click()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=5000)
    assert hooks.password_asked == ["production"] and len(hooks.requests) == 2


def conflict() -> errors.ConflictError:
    info = errors.ConflictInfo("Maria Editor", "2026-11-24T09:30:00", "--- on the site\n+++ yours\n-old\n+new")
    return errors.ConflictError("haiti/index.md", "production", info)


def test_conflict_dialog_shows_who_when_the_diff_and_three_choices(qtbot: Any) -> None:
    dialog = SiteConflictDialog(conflict(), "production")
    qtbot.addWidget(dialog)
    assert dialog.findChild(DiffView, "diffView") is not None and "+new" in dialog.diffView.toPlainText()
    message = dialog.findChild(QLabel, "conflictMessage").text()
    assert "Maria Editor" in message and "2026-11-24 09:30:00" in message
    names = {b.objectName() for b in dialog.findChildren(QPushButton)}
    assert {"overwriteButton", "keepSiteButton", "cancelConflictButton"} <= names
    dialog.overwriteButton.click()
    assert dialog.choice is SiteConflictChoice.OVERWRITE


def test_overwrite_after_a_conflict_runs_again_with_overwrite(qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(site_conflict_dialog, "ask_site_conflict", lambda *a: SiteConflictChoice.OVERWRITE)
    hooks = Hooks([conflict()])
    dialog = make_dialog(qtbot, hooks)
    dialog.publishButton.click()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=5000)
    assert [r.overwrite for r in hooks.requests] == [False, True]


def test_keeping_the_site_version_sends_nothing_and_says_where_the_local_text_went(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(site_conflict_dialog, "ask_site_conflict", lambda *a: SiteConflictChoice.KEEP_SITE)
    hooks = Hooks([conflict()])
    dialog = make_dialog(qtbot, hooks)
    dialog.publishButton.click()
    qtbot.waitUntil(lambda: "local history" in dialog.outcomeText.text(), timeout=5000)
    assert "haiti" in dialog.outcomeText.text()
    assert hooks.kept == ["production"] and len(hooks.requests) == 1


def test_cancel_at_a_conflict_leaves_the_site_unchanged(qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(site_conflict_dialog, "ask_site_conflict", lambda *a: SiteConflictChoice.CANCEL)
    hooks = Hooks([conflict()])
    dialog = make_dialog(qtbot, hooks)
    dialog.publishButton.click()
    finish(qtbot, dialog)
    assert "Nothing was sent" in dialog.outcomeText.text() and len(hooks.requests) == 1


def test_an_error_sentence_is_shown_as_is(qtbot: Any) -> None:
    hooks = Hooks([errors.SiteUnreachable("production")])
    dialog = make_dialog(qtbot, hooks)
    dialog.publishButton.click()
    finish(qtbot, dialog)
    assert "cannot be reached" in dialog.outcomeText.text()
    assert dialog.backButton.isVisible() and not dialog.reviewButton.isVisible()


def test_a_schedule_in_the_past_is_refused_before_anything_runs(qtbot: Any) -> None:
    from datetime import datetime, timedelta

    hooks = Hooks()
    dialog = make_dialog(qtbot, hooks, status="future")
    past = datetime.now().astimezone() - timedelta(minutes=5)
    dialog.start(PublishRequest("production", "future", past, force=False))
    assert hooks.prepared == 0 and hooks.requests == []
    assert "two minutes" in dialog.dateEdit.toolTip()


def test_a_failed_save_stops_the_publish_with_its_sentence(qtbot: Any) -> None:
    hooks = Hooks()
    hooks.prepare = lambda: "haiti could not be saved, so it was not published."  # type: ignore[method-assign]
    dialog = make_dialog(qtbot, hooks)
    dialog.publishButton.click()
    assert dialog.pages.currentIndex() == 2 and "could not be saved" in dialog.outcomeText.text()
    assert hooks.requests == []


def test_closing_while_publishing_cancels_instead_of_abandoning_the_job(qtbot: Any) -> None:
    gate = threading.Event()
    hooks = Hooks(gate=gate)
    dialog = make_dialog(qtbot, hooks)
    dialog.publishButton.click()
    qtbot.waitUntil(lambda: dialog.stepList.count() == 1)
    dialog.reject()
    gate.set()
    finish(qtbot, dialog)
    assert hooks.jobs[0].cancelled.is_set() and isinstance(dialog.error, errors.PublishCancelled)


def test_taking_a_public_post_back_to_draft_asks_first(qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    hooks = Hooks()
    dialog = make_dialog(qtbot, hooks, status="draft")
    dialog.site_statuses = {"production": "publish"}
    asked: list[str] = []
    monkeypatch.setattr(dialog, "confirm_unpublish", lambda parent, site: asked.append(site) or False)
    dialog.publishButton.click()
    assert asked == ["production"] and hooks.prepared == 0
    dialog.statusCombo.setCurrentIndex(dialog.statusCombo.findData("publish"))
    dialog.publishButton.click()
    finish(qtbot, dialog)
    assert asked == ["production"] and hooks.requests[0].status == "publish"


def test_success_says_what_was_sent_and_what_happens_next(qtbot: Any) -> None:
    from sr_editor.publish.sync.flow import PublishResult

    hooks = Hooks()
    dialog = make_dialog(qtbot, hooks, status="pending")
    dialog._on_succeeded(PublishResult(post_id=42, link="", status="pending", created=True,
                                       uploaded=["a.jpg", "b.jpg"], reused=["c.jpg"]))
    text = dialog.outcomeText.text()
    assert "Haiti: protests" in text and "new post 42" in text and "production" in text
    assert "2 uploaded, 1 already on the site" in text and "An editor" in text


def test_new_tags_are_created_on_the_site_only_when_the_box_is_ticked(qtbot: Any) -> None:
    dialog = make_dialog(qtbot, Hooks())
    assert not dialog.createTagsCheck.isChecked() and dialog.current_request().create_tags is False
    dialog.createTagsCheck.setChecked(True)
    assert dialog.current_request().create_tags is True
