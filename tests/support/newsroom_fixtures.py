"""Fixtures of the newsroom loop on the real WordPress: the companion plugin active for one test module (any PHP
error it raises fails the module), and the command line with two site profiles, a writer (Author) and the desk
(Editor), their passwords in an in-memory keyring."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import companion_site
import pytest
import wpsite
from publish_fakes import run_cli

from sr_editor.cli import publish as cli_publish
from sr_editor.publish.wordpress.credentials import MemoryCredentialStore


@pytest.fixture(scope="module")
def companion(wordpress: wpsite.WordPressSite) -> Iterator[companion_site.Companion]:
    with companion_site.companion_active(wordpress) as active:
        yield active
    assert active.errors.read_text() == ""


@pytest.fixture
def newsroom_cli(wordpress: wpsite.WordPressSite, companion: companion_site.Companion, capsys: Any,
                 monkeypatch: pytest.MonkeyPatch) -> Any:
    """`call(*argv, stdin="")` -> (exit code, stdout, stderr), with the profiles `writer` and `desk`."""
    store = MemoryCredentialStore()
    monkeypatch.setattr(cli_publish, "credential_store", lambda: (store, None))

    def call(*argv: str, stdin: str = "") -> tuple[int, str, str]:
        return run_cli(capsys, monkeypatch, *argv, stdin=stdin)

    for name, role in (("writer", "author"), ("desk", "editor")):
        user = wordpress.user(role)
        code, _, err = call("site", "add", name, "--url", wordpress.url, "--user", user.login,
                            stdin=user.app_password + "\n")
        assert code == 0, err
    return call
