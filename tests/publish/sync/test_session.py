"""publish.session without Qt: credentials opened once, session-only fallback, and force that does not overwrite."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from pubgui_fakes import PASSWORD, Env

from sr_editor.publish import errors
from sr_editor.publish.sync.flow import PublishJob, PublishOptions
from sr_editor.publish.wordpress.credentials import KeyringUnavailable, MemoryCredentialStore
from sr_editor.publish.wordpress.sites import SiteProfile
from sr_editor.publish.wordpress.terms import TermCache

PROFILE = SiteProfile("production", "https://news.example.org", "ana")


class SlowStore(MemoryCredentialStore):
    def set(self, site: str, username: str, password: str) -> None:
        time.sleep(2)


class RefusingStore(MemoryCredentialStore):
    def get(self, site: str, username: str) -> str | None:
        raise KeyringUnavailable("the system keyring refused: InitError")


def test_add_site_verifies_with_users_me_and_keeps_the_password_in_the_store(env: Env) -> None:
    added = env.session.add_site(PROFILE, PASSWORD)
    assert added.account.can_publish and added.warning is None
    assert env.store.get("production", "ana") == PASSWORD
    assert PASSWORD not in (env.config / "sites.json").read_text(encoding="utf-8")
    assert PASSWORD not in repr(env.session)


def test_a_keyring_that_does_not_answer_falls_back_to_memory_for_the_session(env: Env) -> None:
    env.session._open_store = lambda: (SlowStore(), None)
    env.session._timeout = 0.2
    added = env.session.add_site(PROFILE, PASSWORD)
    assert added.warning is not None and "for this session only" in added.warning
    assert env.session.password_for(PROFILE) == PASSWORD


def test_a_refusing_keyring_is_a_sentence_naming_the_site(env: Env) -> None:
    env.session._open_store = lambda: (RefusingStore(), None)
    env.session.registry.add(PROFILE)
    with pytest.raises(errors.CredentialsUnavailable, match="production"):
        env.session.password_for(PROFILE)


def test_a_password_typed_for_the_session_is_used_without_the_keyring(env: Env) -> None:
    env.session.remember_for_session(PROFILE, "typed")
    assert env.session.password_for(PROFILE) == "typed"
    assert env.store.get("production", "ana") is None


def test_the_credential_store_is_opened_once(env: Env) -> None:
    opened: list[int] = []
    store = MemoryCredentialStore()

    def open_store() -> Any:
        opened.append(1)
        return store, None

    env.session._open_store = open_store
    env.session.credentials()
    env.session.credentials()
    assert opened == [1]


class _Store:
    def load(self, bundle: Path) -> Any:
        raise AssertionError("not used")

    def save(self, *args: Any) -> str:
        return ""


def conflict_client(env: Env) -> Any:
    env.clients.routes.update({
        "/wp/v2/posts/42": {"id": 42, "modified_gmt": "2026-11-24T11:00:00", "author": 2,
                            "content": {"raw": "<p>site</p>"}},
        "/wp/v2/posts/42/revisions": [{"author": 2}],
        "/wp/v2/users/2": {"name": "Maria Editor"},
    })
    return env.clients(PROFILE, PASSWORD)


def guarded(env: Env, overwrite: bool) -> PublishJob:
    options = PublishOptions(force=True, overwrite_conflicts=overwrite)
    return PublishJob(conflict_client(env), "production", _Store(), Path("/tmp/x"), TermCache(),
                      options, collaborators=object())  # type: ignore[arg-type]


def test_forcing_past_check_errors_does_not_overwrite_a_change_made_on_the_site(env: Env) -> None:
    job = guarded(env, overwrite=False)
    entry = {"modified_gmt": "2026-11-20T08:00:00"}
    with pytest.raises(errors.ConflictError) as caught:
        job.post.check_conflict(job.client, 42, entry, "uid", "", "<p>ours</p>")
    assert caught.value.info.who == "Maria Editor"
    assert job.options.force is True  # forcing past check errors stays on


def test_overwrite_chosen_after_seeing_the_conflict_goes_ahead(env: Env) -> None:
    job = guarded(env, overwrite=True)
    assert job.post.check_conflict(job.client, 42, {"modified_gmt": "2026-11-20T08:00:00"}, "uid", "", "x") == 42


def test_the_connection_doctor_of_the_sites_dialog_lists_the_companion_plugin(env: Env) -> None:
    env.session.registry.add(PROFILE)
    env.store.set("production", "ana", PASSWORD)
    env.clients.routes["/sr-editor/v1/status"] = {"version": "0.1.0", "can_describe": True}
    lines = [line for _ok, line in env.session.check_site("production").lines]
    assert "The sr-editor companion plugin 0.1.0 is active." in lines
    assert "This account can describe images (alt text) in every post." in lines


def test_a_site_without_the_companion_plugin_is_no_fault_of_the_connection(env: Env) -> None:
    env.session.registry.add(PROFILE)
    env.store.set("production", "ana", PASSWORD)
    report = env.session.check_site("production")
    assert report.ok and any("companion plugin is not active" in line for _ok, line in report.lines)


@pytest.mark.parametrize("post_id", ["abc", "true", "[1]", "1.5", "2026-01-01", "-3"])
def test_keeping_the_site_version_of_a_hand_broken_post_id_says_there_is_none(
        env: Env, tmp_path: Path, post_id: str) -> None:
    bundle = tmp_path / "story"
    bundle.mkdir()
    (bundle / "index.md").write_text(f"---\ntitle: Story\nremote:\n  production:\n    post_id: {post_id}\n---\nText.\n",
                                     encoding="utf-8")
    with pytest.raises(errors.PublishError, match="never published to production"):
        env.session.keep_site_version("production", None, bundle)
