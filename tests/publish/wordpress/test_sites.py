"""Site profiles live in the config folder, are written atomically and never hold a password."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from sr_editor.publish import errors
from sr_editor.publish.wordpress.sites import SiteProfile, SiteProfileError, SiteRegistry


def test_default_registry_is_in_the_config_folder_not_the_workspace() -> None:
    registry = SiteRegistry.default()
    assert Path(os.environ["SR_EDITOR_CONFIG_DIR"]) in registry.path.parents
    assert Path(os.environ["SR_EDITOR_WORKSPACE"]) not in registry.path.parents


def test_add_list_get_remove(tmp_path: Path) -> None:
    registry = SiteRegistry(tmp_path / "sites.json")
    registry.add(SiteProfile("prod", "https://news.example.org/", "ana"))
    assert registry.profiles() == [SiteProfile("prod", "https://news.example.org", "ana")]
    assert registry.get("prod").username == "ana"
    registry.remove("prod")
    assert registry.profiles() == []


def test_adding_same_name_replaces(tmp_path: Path) -> None:
    registry = SiteRegistry(tmp_path / "sites.json")
    registry.add(SiteProfile("prod", "https://a.example.org", "ana"))
    registry.add(SiteProfile("prod", "https://b.example.org", "ben"))
    assert registry.profiles() == [SiteProfile("prod", "https://b.example.org", "ben")]


def test_file_holds_no_password_field(tmp_path: Path) -> None:
    registry = SiteRegistry(tmp_path / "sites.json")
    registry.add(SiteProfile("prod", "https://news.example.org", "ana"))
    data = json.loads(registry.path.read_text())
    assert set(data["sites"][0]) == {"name", "url", "username", "wp_version"}


def test_insecure_url_is_refused(tmp_path: Path) -> None:
    registry = SiteRegistry(tmp_path / "sites.json")
    with pytest.raises(errors.InsecureURLError):
        registry.add(SiteProfile("prod", "http://news.example.org", "ana"))
    assert not registry.path.exists()


def test_unknown_site_names_the_known_ones(tmp_path: Path) -> None:
    registry = SiteRegistry(tmp_path / "sites.json")
    registry.add(SiteProfile("prod", "https://news.example.org", "ana"))
    with pytest.raises(SiteProfileError, match="known: prod"):
        registry.get("staging")


def test_bad_site_name_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SiteProfileError):
        SiteRegistry(tmp_path / "sites.json").add(SiteProfile("../evil", "https://x.org", "ana"))


def test_failed_write_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    registry = SiteRegistry(tmp_path / "sites.json")
    registry.add(SiteProfile("prod", "https://news.example.org", "ana"))
    before = registry.path.read_bytes()

    def broken_replace(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(SiteProfileError, match="No space left"):
        registry.add(SiteProfile("staging", "https://staging.example.org", "ana"))
    assert registry.path.read_bytes() == before
    # no temp file left behind (the lock file stays: it is empty, and flock needs a file that is never replaced)
    assert sorted(p.name for p in tmp_path.iterdir()) == [".sites.json.lock", "sites.json"]


def test_corrupt_file_is_reported_not_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "sites.json"
    path.write_text("{not json")
    with pytest.raises(SiteProfileError, match="cannot be read"):
        SiteRegistry(path).profiles()


def test_connect_uses_the_stored_password_and_hides_it() -> None:
    from sr_editor.publish.wordpress.credentials import MemoryCredentialStore
    from sr_editor.publish.wordpress.sites import connect

    store = MemoryCredentialStore()
    store.set("prod", "ana", "stored-secret")
    client = connect(SiteProfile("prod", "https://news.example.org", "ana"), store)
    assert client.username == "ana" and "stored-secret" not in repr(client)


def test_connect_without_a_stored_password_says_what_to_do() -> None:
    from sr_editor.publish.wordpress.credentials import MemoryCredentialStore
    from sr_editor.publish.wordpress.sites import connect

    with pytest.raises(errors.CredentialsUnavailable, match="add the site again"):
        connect(SiteProfile("prod", "https://news.example.org", "ana"), MemoryCredentialStore())


@pytest.mark.parametrize("text", ['[{"name": "prod"}]', '{"sites": 5}', '{"sites": null}', '"sites"', "null"])
def test_sites_file_of_the_wrong_shape_is_one_sentence_naming_it(tmp_path: Path, text: str) -> None:
    registry = SiteRegistry(tmp_path / "sites.json")
    registry.path.write_text(text)
    with pytest.raises(SiteProfileError) as info:
        registry.profiles()
    assert str(registry.path) in str(info.value)


def test_site_entries_with_values_of_the_wrong_type_are_skipped(tmp_path: Path) -> None:
    registry = SiteRegistry(tmp_path / "sites.json")
    entries = [{"name": "prod", "url": "https://a.example.org", "username": "ana"},
               {"name": ["x"], "url": "https://b.example.org", "username": "ben"}, "junk", None]
    registry.path.write_text(json.dumps({"sites": entries}))
    assert [p.name for p in registry.profiles()] == ["prod"]


def test_detected_wordpress_version_is_stored_with_the_profile(tmp_path: Path) -> None:
    registry = SiteRegistry(tmp_path / "sites.json")
    registry.add(SiteProfile("prod", "https://news.example.org", "ana"))
    registry.remember_version("prod", "6.7.1")
    assert SiteRegistry(registry.path).get("prod").wp_version == "6.7.1"


def test_unknown_version_does_not_overwrite_a_known_one(tmp_path: Path) -> None:
    registry = SiteRegistry(tmp_path / "sites.json")
    registry.add(SiteProfile("prod", "https://news.example.org", "ana", "6.1.9"))
    registry.remember_version("prod", "")
    assert registry.get("prod").wp_version == "6.1.9"


def test_profiles_written_before_version_detection_read_as_unknown(tmp_path: Path) -> None:
    path = tmp_path / "sites.json"
    path.write_text('{"sites": [{"name": "old", "url": "https://news.example.org", "username": "ana"}]}')
    assert SiteRegistry(path).get("old").wp_version == ""


@pytest.mark.slow
def test_two_processes_adding_sites_at_once_keep_every_site(tmp_path: Path) -> None:
    """`sr-editor site add` in two terminals: each read the list, added its site and wrote the list back, so
    the later write dropped the other's site."""
    import os
    import subprocess
    import sys
    import time

    import sr_editor

    path, start = tmp_path / "sites.json", tmp_path / "go"
    script = ("import sys, time; from pathlib import Path; from sr_editor.publish.wordpress.sites import SiteProfile, "
              "SiteRegistry\nwhile not Path(sys.argv[3]).exists(): time.sleep(0.001)\n"
              "for i in range(40): SiteRegistry(Path(sys.argv[1])).add(SiteProfile(f'{sys.argv[2]}{i}', "
              "'https://news.example', 'ed'))\n")
    env = {**os.environ, "PYTHONPATH": str(Path(sr_editor.__file__).resolve().parents[1])}
    children = [subprocess.Popen([sys.executable, "-c", script, str(path), name, str(start)], env=env)
                for name in ("a", "b")]
    time.sleep(0.5)
    start.touch()
    assert [child.wait(timeout=120) for child in children] == [0, 0]
    names = {p.name for p in SiteRegistry(path).profiles()}
    missing = {f"{n}{i}" for n in "ab" for i in range(40)} - names
    assert missing == set(), f"{len(missing)} of 80 sites lost"
