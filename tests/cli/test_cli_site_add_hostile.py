"""`site add` against a site answering odd JSON, and on a machine without a Secret Service: one sentence, a
non-zero exit, nothing half-added."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest
from local_http import LocalServer
from publish_fakes import run_cli as run

from sr_editor.cli import publish as cli_publish
from sr_editor.publish.wordpress.credentials import MemoryCredentialStore

USER = {"id": 3, "name": "Ana", "roles": ["editor"], "capabilities": {"publish_posts": True}}


@pytest.fixture
def site_answering() -> Iterator[Any]:
    servers: list[LocalServer] = []

    def start(me: Any) -> LocalServer:
        server = LocalServer(lambda seen: (200, {}, me if "users/me" in seen.path else {"name": "Site"}))
        servers.append(server.__enter__())
        return server

    yield start
    for server in servers:
        server.__exit__()


@pytest.mark.parametrize("me", [[USER], None, b'"editor"', {"name": "Ana"}, {"id": [3]}],
                         ids=["list", "null", "string", "no-id", "id-list"])
def test_site_add_with_users_me_of_the_wrong_shape_is_one_sentence(
    capsys: Any, monkeypatch: pytest.MonkeyPatch, site_answering: Any, me: Any
) -> None:
    store = MemoryCredentialStore()
    monkeypatch.setattr(cli_publish, "credential_store", lambda: (store, None))
    site = site_answering(me)
    code, _, err = run(capsys, monkeypatch, "site", "add", "prod", "--url", site.url(), "--user", "ana",
                         stdin="pw pw pw\n")
    assert code == 1 and "Traceback" not in err and err.count("\n") == 1 and "users/me" in err
    assert store.get("prod", "ana") is None and cli_publish.site_registry().profiles() == []


def test_site_add_with_odd_value_types_still_describes_the_login(
    capsys: Any, monkeypatch: pytest.MonkeyPatch, site_answering: Any
) -> None:
    store = MemoryCredentialStore()
    monkeypatch.setattr(cli_publish, "credential_store", lambda: (store, None))
    site = site_answering({"id": 3, "name": None, "roles": "editor", "capabilities": ["publish_posts"]})
    code, out, err = run(capsys, monkeypatch, "site", "add", "prod", "--url", site.url(), "--user", "ana",
                         stdin="pw pw pw\n")
    assert code == 0, err
    assert "logged in as ana (no role)" in out and "can submit posts for review" in out


def _without_secret_service() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith(("DBUS_", "PYTHON_KEYRING"))}


def test_site_add_without_a_secret_service_fails_and_says_how_to_get_one(site_answering: Any) -> None:
    site = site_answering(USER)
    done = subprocess.run(
        [sys.executable, "-m", "sr_editor", "site", "add", "prod", "--url", site.url(), "--user", "ana"],
        input="pw pw pw\n", capture_output=True, text=True, timeout=60, env=_without_secret_service(),
    )
    assert done.returncode != 0
    assert "gnome-keyring" in done.stderr and "KeePassXC" in done.stderr and done.stderr.count("\n") == 1
    assert site.seen == []  # not even asked the site: the password could not have been kept
    listed = subprocess.run([sys.executable, "-m", "sr_editor", "site", "list"], capture_output=True, text=True,
                            timeout=60, env=_without_secret_service())
    assert "prod" not in listed.stdout


def test_publish_without_a_secret_service_says_how_to_get_one(
    capsys: Any, monkeypatch: pytest.MonkeyPatch, workspace_dir: Any
) -> None:
    from keyring.backends import fail

    from sr_editor.publish.wordpress.credentials import open_credential_store
    from sr_editor.publish.wordpress.sites import SiteProfile

    monkeypatch.setattr(cli_publish, "credential_store", lambda: open_credential_store(fail.Keyring()))
    cli_publish.site_registry().add(SiteProfile("prod", "https://news.example.org", "ana"))
    code, _, err = run(capsys, monkeypatch, "--workspace", str(workspace_dir), "sync-terms", "--site", "prod")
    assert code == 1 and "gnome-keyring" in err and "site add` again" not in err
