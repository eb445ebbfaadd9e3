"""The WordPress fixture cleans up after itself, also when starting fails half-way, serves each line's own
WordPress, and keeps every PHP complaint where the session's end reads it."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
import wp_fixture
import wpsite
from wp_php import run_wp_php

# PHP's E_WARNING | E_NOTICE | E_USER_WARNING | E_USER_NOTICE | E_DEPRECATED | E_USER_DEPRECATED
COMPLAINTS = 2 | 8 | 512 | 1024 | 8192 | 16384

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


def test_php_problems_are_read_from_both_logs_once_each_without_timestamps(tmp_path: Path) -> None:
    (tmp_path / "php-errors.log").write_text(
        "[07-Dec-2026 15:40:31 UTC] PHP Deprecated:  x() is old in /wp/a.php on line 3\n"
        "[07-Dec-2026 15:40:32 UTC] PHP Deprecated:  x() is old in /wp/a.php on line 3\n"
    )
    (tmp_path / "php.log").write_text(
        "[15306] [Mon Dec  7 15:40:31 2026] 127.0.0.1:58686 Accepted\n"
        "[15306] [Mon Dec  7 15:40:31 2026] PHP Warning:  Undefined variable $y in /wp/b.php on line 9\n"
    )
    assert wpsite.php_problems(tmp_path) == [
        "PHP Deprecated:  x() is old in /wp/a.php on line 3",
        "PHP Warning:  Undefined variable $y in /wp/b.php on line 9",
    ]


def test_a_site_without_php_problems_reports_none(tmp_path: Path) -> None:
    (tmp_path / "php.log").write_text("[1] [Mon Dec  7 15:40:31 2026] 127.0.0.1:58686 Accepted\n")
    assert wpsite.php_problems(tmp_path) == []


def test_only_the_known_core_fault_is_excused() -> None:
    known = ("PHP Warning:  Undefined property: stdClass::$id in /usr/share/wordpress/wp-includes/rest-api/"
             "endpoints/class-wp-rest-posts-controller.php on line 676")
    assert wpsite.known_core_problem(known)
    assert wpsite.known_core_problem("PHP Warning:  Undefined property: stdClass::$id in /x/our-plugin.php") is None
    assert wpsite.known_core_problem("PHP Deprecated:  strlen(): Passing null in /wp/wp-includes/formatting.php") \
        is None


@pytest.mark.parametrize("wordpress", wp_fixture.LINE_PARAMS, indirect=True)
def test_each_line_serves_its_own_wordpress_and_logs_every_php_complaint(
    wordpress: wpsite.WordPressSite, request: pytest.FixtureRequest,
) -> None:
    line = request.node.callspec.params["wordpress"]
    got = run_wp_php(wordpress, "global $wp_version; echo json_encode(['version' => $wp_version, "
                     "'log' => ini_get('error_log'), 'level' => error_reporting(), "
                     "'display' => ini_get('display_errors')]);", {})
    assert got["version"] == wordpress.version == wpsite.wordpress_version(wpsite.LINES[line])
    assert wordpress.version.startswith(line + ".") or wordpress.version.startswith(line + "-")
    assert got["log"] == str(wordpress.root / "php-errors.log")
    assert got["level"] & COMPLAINTS == COMPLAINTS and got["display"] in ("", "0")
