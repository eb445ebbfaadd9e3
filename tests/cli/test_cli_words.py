"""The command line's words for what a new user meets first: each failure named for what failed, no traceback."""

from __future__ import annotations

import functools
import getpass
import http.server
import io
import socket
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from sr_editor.cli import main as cli
from sr_editor.cli import publish as cli_publish
from sr_editor.publish.wordpress.credentials import MemoryCredentialStore


@pytest.fixture(autouse=True)
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> MemoryCredentialStore:
    store = MemoryCredentialStore()
    monkeypatch.setattr(cli_publish, "credential_store", lambda: (store, None))
    return store


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _ctrl_d(prompt: str = "", stream: Any = None) -> str:
    raise EOFError


def test_ctrl_d_at_the_site_add_password_prompt_is_a_sentence_not_a_traceback(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, memory_keyring: MemoryCredentialStore
) -> None:
    monkeypatch.setattr("sys.stdin", _Terminal())
    monkeypatch.setattr(getpass, "getpass", _ctrl_d)
    code = cli.main(["site", "add", "prod", "--url", "http://127.0.0.1:9", "--user", "ana"])
    err = capsys.readouterr().err
    assert code == 2 and "No password given" in err and "Traceback" not in err
    assert cli_publish.site_registry().profiles() == []


@pytest.mark.parametrize(("given", "suggested"), [("127.0.0.1:8791", "http://127.0.0.1:8791"),
                                                  ("news.example.org", "https://news.example.org"),
                                                  ("localhost:8080/blog", "http://localhost:8080/blog")])
def test_an_address_without_http_or_https_is_told_only_that(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, given: str, suggested: str
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("pw\n"))
    code = cli.main(["site", "add", "prod", "--url", given, "--user", "ana"])
    err = capsys.readouterr().err
    assert code == 1 and f"write it as {suggested}." in err and "safe" not in err


def test_an_address_without_a_scheme_never_echoes_a_password_in_it(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("pw\n"))
    code = cli.main(["site", "add", "prod", "--url", "ana:s3cret@news.example.org", "--user", "ana"])
    err = capsys.readouterr().err
    assert code == 1 and "s3cret" not in err and "news.example.org" in err


class _QuietListing(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def plain_web_server(tmp_path: Path) -> Iterator[str]:
    """`python3 -m http.server` on 127.0.0.1: a web server that is not WordPress (a directory listing)."""
    handler = functools.partial(_QuietListing, directory=str(tmp_path))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_a_web_server_that_is_not_wordpress_is_named_so_with_where_to_look(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, plain_web_server: str,
    memory_keyring: MemoryCredentialStore,
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("pw\n"))
    code = cli.main(["site", "add", "prod", "--url", plain_web_server, "--user", "ana"])
    err = capsys.readouterr().err
    assert code == 1 and "not as a WordPress site" in err and "/wp-admin/" in err
    assert "internal problem" not in err and "Directory listing" not in err and err.count("\n") == 1
    assert memory_keyring.get("prod", "ana") is None


def test_site_check_on_a_web_server_that_is_not_wordpress_says_so(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, plain_web_server: str,
    memory_keyring: MemoryCredentialStore,
) -> None:
    from sr_editor.publish.wordpress.sites import SiteProfile

    cli_publish.site_registry().add(SiteProfile("prod", plain_web_server, "ana"))
    memory_keyring.set("prod", "ana", "pw")
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    code = cli.main(["site", "check", "prod"])
    out = capsys.readouterr().out
    assert code == 1 and "not as a WordPress site" in out and "internal problem" not in out


@pytest.fixture
def closed_port() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{sock.getsockname()[1]}"  # closed again: nothing listens there


def _offline_site(memory_keyring: MemoryCredentialStore, url: str) -> None:
    from sr_editor.publish.wordpress.sites import SiteProfile

    cli_publish.site_registry().add(SiteProfile("prod", url, "ana"))
    memory_keyring.set("prod", "ana", "pw")


@pytest.mark.parametrize(("argv", "outcome"), [
    (["sync-terms", "--site", "prod"], "categories and tags cached before are kept"),
    (["pull", "--site", "prod"], "Nothing more was pulled"),
    (["alt", "sync", "--site", "prod"], "stay queued for the next sync"),
], ids=["sync-terms", "pull", "alt-sync"])
def test_an_unreachable_site_is_worded_for_the_operation_that_failed_not_an_article(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, memory_keyring: MemoryCredentialStore,
    closed_port: str, tmp_path: Path, argv: list[str], outcome: str,
) -> None:
    _offline_site(memory_keyring, closed_port)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    (tmp_path / "ws").mkdir()
    code = cli.main(["--workspace", str(tmp_path / "ws"), *argv])
    err = capsys.readouterr().err
    assert code == 1 and "cannot be reached" in err and outcome in err and "article" not in err


def test_site_add_to_an_unreachable_address_says_the_site_was_not_added(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, closed_port: str
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("pw\n"))
    code = cli.main(["site", "add", "prod", "--url", closed_port, "--user", "ana"])
    err = capsys.readouterr().err
    assert code == 1 and "cannot be reached" in err and "was not added" in err and "article" not in err


def test_site_check_of_an_unreachable_site_names_no_article(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, memory_keyring: MemoryCredentialStore,
    closed_port: str,
) -> None:
    _offline_site(memory_keyring, closed_port)
    code = cli.main(["site", "check", "prod"])
    out = capsys.readouterr().out
    assert code == 1 and "cannot be reached" in out and "article" not in out


def test_publishing_to_an_unreachable_site_says_the_article_stays_local(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, memory_keyring: MemoryCredentialStore,
    closed_port: str, tmp_path: Path,
) -> None:
    _offline_site(memory_keyring, closed_port)
    workspace = tmp_path / "ws"
    assert cli.main(["--workspace", str(workspace), "new", "A title"]) == 0
    bundle = capsys.readouterr().out.strip()
    code = cli.main(["--workspace", str(workspace), "publish", bundle, "--site", "prod"])
    err = capsys.readouterr().err
    assert code == 1 and "cannot be reached" in err and "The article stays local" in err
