"""Publishing commands that fail before any network access: one sentence on stderr, a useful exit code."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from publish_fakes import run_cli as run

from sr_editor.cli import main as cli
from sr_editor.cli import publish as cli_publish
from sr_editor.publish.wordpress.credentials import MemoryCredentialStore


@pytest.fixture(autouse=True)
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> MemoryCredentialStore:
    store = MemoryCredentialStore()
    monkeypatch.setattr(cli_publish, "credential_store", lambda: (store, None))
    return store


def test_site_add_refuses_plain_http_before_reading_the_password(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    stdin = io.StringIO("secret-pw\n")
    monkeypatch.setattr("sys.stdin", stdin)
    code = cli.main(["site", "add", "prod", "--url", "http://news.example.org", "--user", "ana"])
    err = capsys.readouterr().err
    assert code == 1 and "https://" in err and stdin.tell() == 0


def test_site_add_unreachable_site_stores_nothing(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, memory_keyring: MemoryCredentialStore
) -> None:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # closed again: nothing listens there
    code, _, err = run(capsys, monkeypatch, "site", "add", "prod", "--url", f"http://127.0.0.1:{port}",
                       "--user", "ana", stdin="pw\n")
    assert code == 1 and "cannot be reached" in err
    assert memory_keyring.get("prod", "ana") is None and cli_publish.site_registry().profiles() == []


def test_site_list_without_sites_says_how_to_add_one(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, err = run(capsys, monkeypatch, "site", "list")
    assert code == 0 and out == "" and "site add" in err


def test_publish_to_an_unknown_site_names_the_problem(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, workspace_dir: Path
) -> None:
    code, _, err = run(capsys, monkeypatch, "--workspace", str(workspace_dir), "publish", "x", "--site", "nope")
    assert code == 1 and 'No site named "nope"' in err


def test_future_status_needs_a_date(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, workspace_dir: Path
) -> None:
    from sr_editor.publish.wordpress.sites import SiteProfile

    cli_publish.site_registry().add(SiteProfile("prod", "https://news.example.org", "ana"))
    code, _, err = run(capsys, monkeypatch, "--workspace", str(workspace_dir), "publish", "x", "--site", "prod",
                       "--status", "future", "--dry-run")
    assert code == 2 and "--date" in err


def test_allowing_missing_alt_needs_a_reason(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, workspace_dir: Path
) -> None:
    from sr_editor.publish.wordpress.sites import SiteProfile

    cli_publish.site_registry().add(SiteProfile("prod", "https://news.example.org", "ana"))
    code, _, err = run(capsys, monkeypatch, "--workspace", str(workspace_dir), "publish", "x", "--site", "prod",
                       "--allow-missing-alt", "  ", "--dry-run")
    assert code == 2 and "--allow-missing-alt needs a reason" in err
