"""The publishing commands end to end against the real WordPress, with an in-memory keyring."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import wpsite
from publish_fakes import make_photo, write_article
from publish_fakes import run_cli as run

from sr_editor.cli import publish as cli_publish
from sr_editor.publish.wordpress.credentials import MemoryCredentialStore

pytestmark = pytest.mark.wordpress  # the real site of tests/support/wordpress_fixtures.py


@pytest.fixture
def keyring_store(monkeypatch: pytest.MonkeyPatch) -> MemoryCredentialStore:
    store = MemoryCredentialStore()
    monkeypatch.setattr(cli_publish, "credential_store", lambda: (store, None))
    return store


def add_site(capsys: Any, monkeypatch: Any, wordpress: wpsite.WordPressSite, role: str = "editor",
             password: str | None = None) -> tuple[int, str, str]:
    user = wordpress.user(role)
    return run(capsys, monkeypatch, "site", "add", "local", "--url", wordpress.url, "--user", user.login,
               stdin=(password or user.app_password) + "\n")


def test_site_add_verifies_stores_and_describes_the_role(
    wordpress: wpsite.WordPressSite, keyring_store: MemoryCredentialStore, capsys: Any, monkeypatch: Any
) -> None:
    code, out, err = add_site(capsys, monkeypatch, wordpress, "author")
    assert code == 0, err
    assert "(author)" in out and "can publish posts" in out and "cannot edit other people's posts" in out
    assert keyring_store.get("local", "test-author") == wordpress.user("author").app_password
    sites = (Path.home() / ".config" / "sr-editor" / "sites.json").read_text()
    assert wordpress.user("author").app_password not in sites and json.loads(sites)["sites"][0]["name"] == "local"


def test_site_add_with_wrong_password_stores_nothing(
    wordpress: wpsite.WordPressSite, keyring_store: MemoryCredentialStore, capsys: Any, monkeypatch: Any
) -> None:
    code, _, err = add_site(capsys, monkeypatch, wordpress, password="nope nope nope nope nope nope")
    assert code == 1 and "not the name you gave the password" in err and "nope nope" not in err
    assert keyring_store.get("local", "test-editor") is None
    assert err.count("\n") == 1


def test_site_add_with_the_password_name_as_username_is_explained(
    wordpress: wpsite.WordPressSite, keyring_store: MemoryCredentialStore, capsys: Any, monkeypatch: Any
) -> None:
    user = wordpress.user("editor")
    code, _, err = run(capsys, monkeypatch, "site", "add", "local", "--url", wordpress.url, "--user",
                       user.app_password_name, stdin=user.app_password + "\n")
    assert code == 1 and "WordPress username" in err


def test_site_check_reports_route_login_and_role(
    wordpress: wpsite.WordPressSite, keyring_store: MemoryCredentialStore, capsys: Any, monkeypatch: Any
) -> None:
    add_site(capsys, monkeypatch, wordpress)
    code, out, err = run(capsys, monkeypatch, "site", "check", "local")
    assert code == 0, out + err
    assert "/wp-json/" in out and "Authorization header reaches WordPress" in out and "Role: editor" in out


def test_site_check_names_a_revoked_password(
    wordpress: wpsite.WordPressSite, keyring_store: MemoryCredentialStore, capsys: Any, monkeypatch: Any
) -> None:
    add_site(capsys, monkeypatch, wordpress)
    keyring_store.set("local", "test-editor", "revo kedr evok edre voke dxyz")  # shaped as one
    code, out, _ = run(capsys, monkeypatch, "site", "check", "local")
    assert code == 1 and "Application Password is wrong" in out and "Authorization header" in out
    assert "revo kedr" not in out


def test_sync_terms_then_publish_then_remove(
    wordpress: wpsite.WordPressSite, keyring_store: MemoryCredentialStore, capsys: Any, monkeypatch: Any,
    workspace_dir: Path, unique: str,
) -> None:
    add_site(capsys, monkeypatch, wordpress)
    ws = str(workspace_dir)
    code, out, err = run(capsys, monkeypatch, "--workspace", ws, "sync-terms", "--site", "local")
    assert code == 0, err
    terms = json.loads((workspace_dir / ".sr-editor/sites/local/terms.json").read_text())
    assert any(c["name"] == "Arts & Culture" for c in terms["categories"])
    bundle = write_article(workspace_dir / f"cli-{unique}", f"title: CLI story {unique}\nexcerpt: A teaser "
                           "that says enough.\nregions: [Asia]\ntags: [Japan]\nfeatured_image:\n  src: a.jpg\n"
                           "  alt: A harbour at dawn\n  credit: Agency\n", "Some words about it.\n")
    make_photo(bundle / "a.jpg")
    code, out, err = run(capsys, monkeypatch, "--workspace", ws, "publish", str(bundle), "--site", "local",
                         "--dry-run")
    assert code == 0, err
    assert "create a new post" in out
    code, out, err = run(capsys, monkeypatch, "--workspace", ws, "publish", str(bundle), "--site", "local",
                         "--status", "pending")
    assert code != 0 and "Japan" in err and "--create-tags" in err  # a new tag on the site needs an explicit yes
    assert "post_id" not in (bundle / "index.md").read_text()
    code, out, err = run(capsys, monkeypatch, "--workspace", ws, "publish", str(bundle), "--site", "local",
                         "--status", "pending", "--create-tags")
    assert code == 0, err
    assert "created post" in out and "(pending)" in out
    code, out, err = run(capsys, monkeypatch, "site", "remove", "local")
    assert code == 0 and keyring_store.get("local", "test-editor") is None


def test_publish_of_an_article_with_check_errors_fails_with_a_sentence(
    wordpress: wpsite.WordPressSite, keyring_store: MemoryCredentialStore, capsys: Any, monkeypatch: Any,
    workspace_dir: Path, unique: str,
) -> None:
    add_site(capsys, monkeypatch, wordpress)
    bundle = write_article(workspace_dir / f"bad-{unique}", f"title: Bad {unique}\nregions: [Asia]\n",
                           "![](x.jpg)\n")
    make_photo(bundle / "x.jpg")
    code, _, err = run(capsys, monkeypatch, "--workspace", str(workspace_dir), "publish", str(bundle),
                       "--site", "local")
    assert code == 1 and "not published" in err
