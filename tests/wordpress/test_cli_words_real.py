"""The command line's words against the real WordPress: what a new user meets in the first hour."""

from __future__ import annotations

from typing import Any

import pytest
import wpsite
from publish_fakes import run_cli as run

from sr_editor.cli import publish as cli_publish
from sr_editor.publish.wordpress.credentials import MemoryCredentialStore


@pytest.fixture
def keyring_store(monkeypatch: pytest.MonkeyPatch) -> MemoryCredentialStore:
    store = MemoryCredentialStore()
    monkeypatch.setattr(cli_publish, "credential_store", lambda: (store, None))
    return store


def test_a_pasted_login_password_is_told_where_application_passwords_are_made(
    wordpress: wpsite.WordPressSite, keyring_store: MemoryCredentialStore, capsys: Any, monkeypatch: Any
) -> None:
    user = wordpress.user("editor")
    code, _, err = run(capsys, monkeypatch, "site", "add", "local", "--url", wordpress.url, "--user", user.login,
                       stdin="My-l0gin-Passw0rd!\n")
    assert code == 1 and "not an Application Password" in err
    assert f"{wordpress.url}/wp-admin/profile.php" in err and "My-l0gin" not in err and err.count("\n") == 1
    assert keyring_store.get("local", user.login) is None


def test_a_wrong_application_password_also_says_where_to_make_one(
    wordpress: wpsite.WordPressSite, keyring_store: MemoryCredentialStore, capsys: Any, monkeypatch: Any
) -> None:
    user = wordpress.user("editor")
    code, _, err = run(capsys, monkeypatch, "site", "add", "local", "--url", wordpress.url, "--user", user.login,
                       stdin="abcd EFGH ijkl MNOP qrst 1234\n")
    assert code == 1 and "not the name you gave the password" in err
    assert f"{wordpress.url}/wp-admin/profile.php" in err


def test_site_check_with_a_login_password_says_where_application_passwords_are_made(
    wordpress: wpsite.WordPressSite, keyring_store: MemoryCredentialStore, capsys: Any, monkeypatch: Any
) -> None:
    from sr_editor.publish.wordpress.sites import SiteProfile

    user = wordpress.user("author")
    cli_publish.site_registry().add(SiteProfile("local", wordpress.url, user.login))
    keyring_store.set("local", user.login, "hunter2")
    code, out, _ = run(capsys, monkeypatch, "site", "check", "local")
    assert code == 1 and "not an Application Password" in out and f"{wordpress.url}/wp-admin/profile.php" in out
