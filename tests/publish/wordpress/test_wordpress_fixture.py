"""The WordPress fixture cleans up after itself, also when starting fails half-way."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
import wpsite

pytestmark = pytest.mark.wordpress  # the real site of tests/support/wordpress_fixtures.py


def processes_under(root: Path) -> list[str]:
    out = subprocess.run(["ps", "-eww", "-o", "pid,args"], capture_output=True, text=True, check=True).stdout
    return [line for line in out.splitlines() if str(root) in line and "ps -eww" not in line]


def test_failed_install_stops_mariadb(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if wpsite.missing_packages():
        pytest.skip(f"needs Debian packages: {wpsite.INSTALL_HINT}")

    def broken_install(*args: object, **kwargs: object) -> dict[str, object]:
        raise RuntimeError("install failed on purpose")

    monkeypatch.setattr(wpsite, "install", broken_install)
    with pytest.raises(RuntimeError, match="on purpose"):
        wpsite.start_wordpress(tmp_path / "wp")
    assert processes_under(tmp_path) == []


def test_stop_ends_php_workers_and_mariadb(tmp_path: Path) -> None:
    if wpsite.missing_packages():
        pytest.skip(f"needs Debian packages: {wpsite.INSTALL_HINT}")
    site = wpsite.start_wordpress(tmp_path / "wp")
    try:
        assert processes_under(tmp_path)
    finally:
        site.stop()
    assert processes_under(tmp_path) == []


def test_nothing_is_written_to_etc_wordpress(wordpress: wpsite.WordPressSite) -> None:
    assert not any(p.name.startswith("config-127") for p in Path("/etc/wordpress").glob("config-*.php"))
