"""The Sites dialog with a real PublishSession on fakes: list, add (verified off the GUI thread), test, remove."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from pubgui_fakes import PASSWORD, Env

from sr_editor.gui.publish.sites_dialog import AddSiteDialog, SitesDialog
from sr_editor.publish import errors
from sr_editor.publish.wordpress.credentials import MemoryCredentialStore
from sr_editor.publish.wordpress.sites import SiteProfile
from sr_editor.services.publish.worker import BackgroundCalls


def open_dialog(qtbot: Any, env: Env) -> SitesDialog:
    dialog = SitesDialog(env.session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.calls.busy)
    return dialog


def fill(dialog: AddSiteDialog, name: str = "production", password: str = PASSWORD) -> None:
    dialog.nameEdit.setText(name)
    dialog.urlEdit.setText("https://news.example.org/")
    dialog.userEdit.setText("ana")
    dialog.passwordEdit.setText(password)


def test_dialog_lists_the_profiles(qtbot: Any, env: Env) -> None:
    env.session.registry.add(SiteProfile("production", "https://news.example.org", "ana"))
    env.session.registry.add(SiteProfile("staging", "https://staging.example.org", "ana"))
    dialog = open_dialog(qtbot, env)
    assert [dialog.siteList.item(i).text() for i in range(dialog.siteList.count())] == [
        "production", "staging"]
    assert dialog.detailTitle.text() == "production"


def test_no_profiles_says_what_to_do(qtbot: Any, env: Env) -> None:
    dialog = open_dialog(qtbot, env)
    assert dialog.siteList.count() == 0
    assert "Add the WordPress site" in dialog.detailText.text()
    assert not dialog.testButton.isEnabled() and not dialog.removeButton.isEnabled()


def test_password_field_does_not_echo(qtbot: Any, env: Env) -> None:
    dialog = AddSiteDialog(env.session, BackgroundCalls())
    qtbot.addWidget(dialog)
    assert dialog.passwordEdit.echoMode() == dialog.passwordEdit.EchoMode.Password


def test_add_verifies_off_the_gui_thread_and_keeps_the_password_only_in_the_credential_store(
    qtbot: Any, env: Env, tmp_path: Path
) -> None:
    calls = BackgroundCalls()
    dialog = AddSiteDialog(env.session, calls)
    qtbot.addWidget(dialog)
    fill(dialog)
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.addButton.click()
    client = env.clients.made[-1]
    assert client.threads and all(t is not threading.main_thread() for t in client.threads)
    assert env.store.get("production", "ana") == PASSWORD
    assert dialog.passwordEdit.text() == ""
    assert dialog.added is not None and dialog.added.account.role == "author"
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert PASSWORD not in path.read_text(encoding="utf-8", errors="replace"), path


def test_a_wrong_password_is_explained_and_nothing_is_stored(qtbot: Any, env: Env) -> None:
    env.clients.routes["/wp/v2/users/me"] = errors.AuthError("production", code="incorrect_password")
    dialog = AddSiteDialog(env.session, BackgroundCalls())
    qtbot.addWidget(dialog)
    dialog.show()
    fill(dialog, password="wrong")
    dialog.addButton.click()
    qtbot.waitUntil(lambda: "did not accept" in dialog.message.text(), timeout=5000)
    assert "WordPress username" in dialog.message.text()
    assert env.store.get("production", "ana") is None
    assert env.session.profiles() == []
    assert dialog.isVisible() and dialog.addButton.isEnabled()


def test_added_site_shows_role_and_abilities(qtbot: Any, env: Env, monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = open_dialog(qtbot, env)

    def scripted_exec(self: AddSiteDialog) -> int:
        fill(self)
        self.verify_and_add()
        qtbot.waitUntil(lambda: self.added is not None, timeout=5000)
        return 1

    monkeypatch.setattr(AddSiteDialog, "exec", scripted_exec)
    with qtbot.waitSignal(dialog.sitesChanged):
        dialog.addButton.click()
    qtbot.waitUntil(lambda: dialog.findings.count() > 0, timeout=5000)
    lines = [dialog.findings.item(i).text() for i in range(dialog.findings.count())]
    assert lines[0] == "Logged in as Ana Writer, role: author."
    assert any(line.startswith("Can publish posts") for line in lines)
    assert any(line.startswith("Cannot edit other people's posts") for line in lines)
    assert dialog.siteList.count() == 1


def test_insecure_keyring_is_said_in_one_sentence_and_the_password_kept_for_the_session(
    qtbot: Any, env: Env, monkeypatch: pytest.MonkeyPatch
) -> None:
    memory = MemoryCredentialStore()
    env.session._open_store = lambda: (memory, "No secure system keyring is available, so the password is kept "
                                       "in memory for this session only.")
    dialog = open_dialog(qtbot, env)

    def scripted_exec(self: AddSiteDialog) -> int:
        fill(self)
        self.verify_and_add()
        qtbot.waitUntil(lambda: self.added is not None, timeout=5000)
        return 1

    monkeypatch.setattr(AddSiteDialog, "exec", scripted_exec)
    dialog.addButton.click()
    qtbot.waitUntil(lambda: dialog.warning.isVisible(), timeout=5000)
    assert "for this session only" in dialog.warning.text()
    assert memory.get("production", "ana") == PASSWORD


def test_test_button_runs_the_connection_doctor_and_lists_its_findings(qtbot: Any, env: Env) -> None:
    env.session.registry.add(SiteProfile("production", "https://news.example.org", "ana"))
    env.store.set("production", "ana", PASSWORD)
    dialog = open_dialog(qtbot, env)
    dialog.testButton.click()
    qtbot.waitUntil(lambda: dialog.findings.count() >= 3, timeout=5000)
    lines = [dialog.findings.item(i).text() for i in range(dialog.findings.count())]
    assert any("REST API answers" in line for line in lines)
    assert any("Role: author" in line for line in lines)
    assert all(t is not threading.main_thread() for t in env.clients.made[-1].threads)


def test_remove_forgets_the_profile_and_deletes_its_password(
    qtbot: Any, env: Env, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    env.session.registry.add(SiteProfile("production", "https://news.example.org", "ana"))
    env.store.set("production", "ana", PASSWORD)
    dialog = open_dialog(qtbot, env)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(dialog.sitesChanged, timeout=5000):
        dialog.removeButton.click()
    assert env.store.get("production", "ana") is None
    assert env.session.profiles() == []
    qtbot.waitUntil(lambda: dialog.siteList.count() == 0)


def test_an_unreachable_site_is_one_finding_not_a_crash(qtbot: Any, env: Env) -> None:
    env.session.registry.add(SiteProfile("production", "https://news.example.org", "ana"))
    env.clients.routes["/"] = errors.SiteUnreachable("production")
    dialog = open_dialog(qtbot, env)
    dialog.testButton.click()
    qtbot.waitUntil(lambda: dialog.findings.count() == 1, timeout=5000)
    assert "cannot be reached" in dialog.findings.item(0).text()
    assert dialog.testButton.isEnabled()


def test_a_keyring_that_refuses_to_delete_is_reported_after_the_profile_is_gone(
    qtbot: Any, env: Env, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from sr_editor.publish.wordpress.credentials import KeyringUnavailable

    def refuse(*args: Any) -> None:
        raise KeyringUnavailable("the system keyring refused: InitError")

    env.session.registry.add(SiteProfile("production", "https://news.example.org", "ana"))
    monkeypatch.setattr(env.store, "delete", refuse)
    dialog = open_dialog(qtbot, env)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.removeButton.click()
    qtbot.waitUntil(lambda: dialog.findings.count() == 1, timeout=5000)
    assert "could not be deleted from the keyring" in dialog.findings.item(0).text()
    assert env.session.profiles() == []


def test_without_a_secure_keyring_the_dialog_says_so_when_it_opens(qtbot: Any, env: Env) -> None:
    from keyring.backends import fail

    from sr_editor.publish.wordpress.credentials import open_credential_store

    env.session._open_store = lambda: open_credential_store(fail.Keyring())
    dialog = open_dialog(qtbot, env)
    qtbot.waitUntil(lambda: dialog.warning.isVisible(), timeout=5000)
    assert "No secure system keyring" in dialog.warning.text()
    env.session.add_site(SiteProfile("production", "https://news.example.org", "ana"), PASSWORD)
    assert env.session.password_for(SiteProfile("production", "https://news.example.org", "ana")) == PASSWORD


def test_test_connection_without_a_stored_password_says_so_and_asks_for_it_as_publish_does(
    qtbot: Any, env: Env, monkeypatch: pytest.MonkeyPatch
) -> None:
    env.session.registry.add(SiteProfile("production", "https://news.example.org", "ana"))
    asked: list[str] = []

    def typed(self: SitesDialog, profile: SiteProfile) -> str:
        asked.append(" / ".join(self.findings.item(i).text() for i in range(self.findings.count())))
        return PASSWORD

    monkeypatch.setattr(SitesDialog, "ask_password", typed)
    dialog = open_dialog(qtbot, env)
    dialog.testButton.click()
    qtbot.waitUntil(lambda: any("Role: author" in dialog.findings.item(i).text()
                                for i in range(dialog.findings.count())), timeout=5000)
    assert len(asked) == 1 and "No password for production is stored" in asked[0] and "wrong" not in asked[0]
    assert env.clients.made[-1].password == PASSWORD and env.store.get("production", "ana") is None


def test_test_connection_without_a_password_and_none_typed_says_none_is_stored_not_wrong(
    qtbot: Any, env: Env, monkeypatch: pytest.MonkeyPatch
) -> None:
    env.session.registry.add(SiteProfile("production", "https://news.example.org", "ana"))
    monkeypatch.setattr(SitesDialog, "ask_password", lambda self, profile: "")
    dialog = open_dialog(qtbot, env)
    dialog.testButton.click()
    qtbot.waitUntil(lambda: dialog.findings.count() >= 2, timeout=5000)
    lines = [dialog.findings.item(i).text() for i in range(dialog.findings.count())]
    assert any("No password for production is stored" in line for line in lines)
    assert not any("wrong" in line or "did not log you in" in line for line in lines)
