"""The command line's words against the real WordPress: what a new user meets in the first hour."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import wpsite
from publish_fakes import make_photo, write_article
from publish_fakes import run_cli as run

from sr_editor.cli import publish as cli_publish
from sr_editor.publish.wordpress.credentials import MemoryCredentialStore

pytestmark = pytest.mark.wordpress


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


def _add_site(capsys: Any, monkeypatch: Any, wordpress: wpsite.WordPressSite, role: str) -> None:
    user = wordpress.user(role)
    code, _, err = run(capsys, monkeypatch, "site", "add", "local", "--url", wordpress.url, "--user", user.login,
                       stdin=user.app_password + "\n")
    assert code == 0, err


def test_a_dry_run_of_an_unchanged_article_says_nothing_to_send_as_the_real_run_does(
    wordpress: wpsite.WordPressSite, keyring_store: MemoryCredentialStore, capsys: Any, monkeypatch: Any,
    workspace_dir: Path, unique: str,
) -> None:
    _add_site(capsys, monkeypatch, wordpress, "editor")
    ws = str(workspace_dir)
    bundle = write_article(workspace_dir / f"dry-{unique}", f"title: Dry {unique}\nexcerpt: A teaser that says "
                           "enough.\nregions: [Asia]\n", "Words.\n\n![A harbour at dawn](a.jpg)\n")
    make_photo(bundle / "a.jpg")
    code, out, err = run(capsys, monkeypatch, "--workspace", ws, "publish", str(bundle), "--site", "local")
    assert code == 0 and "created post" in out, err
    code, real, err = run(capsys, monkeypatch, "--workspace", ws, "publish", str(bundle), "--site", "local")
    assert code == 0 and "nothing to send" in real, err
    code, dry, err = run(capsys, monkeypatch, "--workspace", ws, "publish", str(bundle), "--site", "local",
                         "--dry-run")
    assert code == 0 and "nothing to send" in dry and "update post" not in dry, err
    (bundle / "index.md").write_text((bundle / "index.md").read_text().replace("Words.", "Other words."))
    code, dry, err = run(capsys, monkeypatch, "--workspace", ws, "publish", str(bundle), "--site", "local",
                         "--dry-run")
    assert code == 0 and "update post" in dry, err


def test_alt_set_refused_by_the_site_exits_1_as_a_failed_operation(
    wordpress: wpsite.WordPressSite, keyring_store: MemoryCredentialStore, client_as: Any, capsys: Any,
    monkeypatch: Any, workspace_dir: Path, unique: str,
) -> None:
    from alt_wp import upload

    foreign = upload(client_as("editor"), f"editors-{unique}")
    _add_site(capsys, monkeypatch, wordpress, "author")
    ws = str(workspace_dir)
    code, _, err = run(capsys, monkeypatch, "alt", "sync", "--site", "local", "--no-pictures", "--workspace", ws)
    assert code == 0, err
    code, _, err = run(capsys, monkeypatch, "alt", "set", f"local:media:{foreign['id']}", "Not mine",
                       "--workspace", ws)
    assert code == 1 and "another author" in err and err.count("\n") == 1


def test_alt_sync_progress_says_what_each_count_is(
    wordpress: wpsite.WordPressSite, keyring_store: MemoryCredentialStore, client_as: Any, capsys: Any,
    monkeypatch: Any, workspace_dir: Path, unique: str,
) -> None:
    from alt_wp import upload

    upload(client_as("editor"), f"progress-{unique}")
    _add_site(capsys, monkeypatch, wordpress, "editor")
    code, _, err = run(capsys, monkeypatch, "alt", "sync", "--site", "local", "--workspace", str(workspace_dir))
    assert code == 0, err
    assert "Image details from the media library:" in err and "Thumbnails to see offline:" in err
    assert "Pictures:" not in err and "  Images:" not in err


def test_site_add_as_a_contributor_says_what_the_account_can_do_instead_of_publishing(
    wordpress: wpsite.WordPressSite, keyring_store: MemoryCredentialStore, capsys: Any, monkeypatch: Any
) -> None:
    user = wordpress.user("contributor")
    code, out, err = run(capsys, monkeypatch, "site", "add", "local", "--url", wordpress.url, "--user", user.login,
                         stdin=user.app_password + "\n")
    assert code == 0, err
    assert "can submit posts for review; an editor publishes them" in out and "otherwise" not in out


def test_publishing_from_the_command_line_shrinks_images_to_the_width_the_window_says(
    wordpress: wpsite.WordPressSite, keyring_store: MemoryCredentialStore, client_as: Any, capsys: Any,
    monkeypatch: Any, workspace_dir: Path, unique: str,
) -> None:
    from sr_editor.gui.common.settings import DEFAULT_MAX_IMAGE_WIDTH

    _add_site(capsys, monkeypatch, wordpress, "editor")
    bundle = write_article(workspace_dir / f"wide-{unique}", f"title: Wide {unique}\nexcerpt: A teaser that says "
                           "enough.\nregions: [Asia]\n", "Words.\n\n![A harbour at dawn](wide.jpg)\n")
    make_photo(bundle / "wide.jpg", size=(3000, 300))
    code, _, err = run(capsys, monkeypatch, "--workspace", str(workspace_dir), "publish", str(bundle),
                       "--site", "local")
    assert code == 0, err
    found = client_as("editor").get("/wp/v2/media", {"search": "wide", "context": "edit", "per_page": 100})
    widths = {m["media_details"].get("width") for m in found}
    assert DEFAULT_MAX_IMAGE_WIDTH == 2000 and 2000 in widths and 2048 not in widths


def test_a_conflict_names_the_editor_by_display_name_and_shows_the_words_that_changed(
    wordpress: wpsite.WordPressSite, keyring_store: MemoryCredentialStore, client_as: Any, capsys: Any,
    monkeypatch: Any, workspace_dir: Path, unique: str,
) -> None:
    import time

    from sr_editor.publish.errors import Operation

    _add_site(capsys, monkeypatch, wordpress, "author")
    ws = str(workspace_dir)
    bundle = write_article(workspace_dir / f"approved-{unique}", f"title: Approved {unique}\nexcerpt: A teaser that "
                           "says enough.\nregions: [Asia]\n", "The council voted on Monday.\n")
    code, _, err = run(capsys, monkeypatch, "--workspace", ws, "publish", str(bundle), "--site", "local")
    assert code == 0, err
    post_id = int((bundle / "index.md").read_text().split("post_id: ")[1].split()[0])
    time.sleep(1.1)  # modified_gmt has one-second resolution
    editor = client_as("editor")
    raw = editor.get(f"/wp/v2/posts/{post_id}", {"context": "edit"})["content"]["raw"]
    editor.post(f"/wp/v2/posts/{post_id}", {"content": raw.replace("Monday", "Tuesday")}, op=Operation.UPDATE_POST)
    (bundle / "index.md").write_text((bundle / "index.md").read_text().replace("voted", "met"))
    code, _, err = run(capsys, monkeypatch, "--workspace", ws, "publish", str(bundle), "--site", "local")
    assert code == 1 and "changed by Test Editor" in err and "user #" not in err
    assert "[-Monday.-]" in err and "{+Tuesday.+}" in err and "[-met-]" in err
    assert "srEditor" not in err and "<!--" not in err and "<p>" not in err
