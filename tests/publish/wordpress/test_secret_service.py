"""The password goes through a real Secret Service: `site add` stores it, `site check` reads it back.

Runs in a subprocess inside `dbus-run-session` with a throwaway HOME and XDG_RUNTIME_DIR, where a
gnome-keyring-daemon is unlocked with a random password (see facts.md); nothing touches the user's keyring.
"""

from __future__ import annotations

import os
import secrets
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import sr_editor

pytestmark = pytest.mark.secretservice
SRC = Path(sr_editor.__file__).resolve().parents[1]
HINT = "apt-get install -y --no-install-recommends dbus gnome-keyring"

INSIDE = r"""
import os, subprocess, sys, time, io
daemon = subprocess.Popen(["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
                          stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
daemon.stdin.write(os.environ["KEYRING_UNLOCK"].encode() + b"\n"); daemon.stdin.close()
try:
    import keyring
    from keyring.backends import SecretService
    backend = SecretService.Keyring()
    for _ in range(100):
        try:
            backend.get_password("probe", "probe"); break
        except Exception:
            time.sleep(0.05)
    from sr_editor.cli import main as cli
    from sr_editor.publish.wordpress.credentials import open_credential_store
    store, warning = open_credential_store()
    print("BACKEND", type(store).__name__, warning, repr(store))
    url, user, pw = sys.argv[1], sys.argv[2], os.environ["APP_PASSWORD"]
    sys.stdin = io.StringIO(pw + "\n")
    print("ADD", cli.main(["site", "add", "local", "--url", url, "--user", user]))
    print("STORED", keyring.get_password("sr-editor", "local:" + user) == pw)
    print("CHECK", cli.main(["site", "check", "local"]))
    print("REMOVE", cli.main(["site", "remove", "local"]))
    print("GONE", keyring.get_password("sr-editor", "local:" + user) is None)
finally:
    daemon.terminate(); daemon.wait(10)
"""


def _missing() -> list[str]:
    return [tool for tool in ("dbus-run-session", "gnome-keyring-daemon") if shutil.which(tool) is None]


def test_site_add_stores_the_password_in_a_real_secret_service(wordpress, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    missing = _missing()
    if missing:
        message = f"a Secret Service needs {', '.join(missing)}: {HINT}"
        if os.environ.get("CI"):
            pytest.fail(f"CI is set but {message}")
        pytest.skip(message)
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    user = wordpress.user("editor")
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(tmp_path / "home"),
        "XDG_RUNTIME_DIR": str(runtime),
        "SR_EDITOR_CONFIG_DIR": str(tmp_path / "config"),
        "PYTHONPATH": str(SRC),
        "KEYRING_UNLOCK": secrets.token_hex(16),
        "APP_PASSWORD": user.app_password,
    }
    (tmp_path / "home").mkdir()
    done = subprocess.run(
        ["dbus-run-session", "--", sys.executable, "-c", INSIDE, wordpress.url, user.login],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )
    lines = done.stdout + done.stderr
    assert "BACKEND KeyringCredentialStore None" in lines, lines
    assert "ADD 0" in lines and "STORED True" in lines, lines
    assert "CHECK 0" in lines, lines
    assert "REMOVE 0" in lines and "GONE True" in lines, lines
    assert user.app_password not in lines
    config = (tmp_path / "config" / "sites.json").read_text()
    assert user.app_password not in config
