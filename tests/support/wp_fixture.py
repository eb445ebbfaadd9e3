"""The session fixtures starting the real WordPress, registered once for every test (tests/conftest.py loads
wordpress_fixtures.py). Missing packages skip (naming the apt-get command), or fail when `CI` is set.

One site per WordPress line and session (wpsite.LINES: Debian's 6.1.9 and the 6.7 pre-release). `wordpress` is
Debian's 6.1.9 unless a test module asks for every line:

    pytestmark = [pytest.mark.wordpress,
                  pytest.mark.parametrize("wordpress", wp_fixture.LINE_PARAMS, indirect=True)]

Each test then runs once per line (ids `6.1`, `6.7`), each line's site started once for the whole session. At the
end of the session a site whose PHP logged a warning, notice or deprecation fails its last test's teardown with
the lines logged, so nothing WordPress complains about goes unseen; WordPress's own known faults
(wpsite.KNOWN_CORE_PROBLEMS) are shown as warnings instead.
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Iterator

import pytest
import wpsite

LINE_PARAMS = tuple(wpsite.LINES)
DEFAULT_LINE = "6.1"


def _require(line: str) -> None:
    missing = wpsite.missing_packages()
    message = ""
    if missing:
        message = f"a local WordPress needs Debian packages ({', '.join(missing)}): {wpsite.INSTALL_HINT}"
    elif (reason := wpsite.missing_source(line)) is not None:
        message = reason
    if not message:
        return
    if os.environ.get("CI"):
        pytest.fail(f"CI is set but {message}")
    pytest.skip(message)


def _site(line: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[wpsite.WordPressSite]:
    _require(line)
    site = wpsite.start_wordpress(tmp_path_factory.mktemp(f"wordpress-{line}"), wp_root=wpsite.LINES[line])
    try:
        yield site
    finally:
        site.stop()
    problems = wpsite.php_problems(site.root)
    for problem in problems:
        if (why := wpsite.known_core_problem(problem)) is not None:
            warnings.warn(f"WordPress {site.version}: {problem} (a known core fault: {why})", stacklevel=1)
    unknown = [problem for problem in problems if wpsite.known_core_problem(problem) is None]
    if unknown:
        shown = "\n".join(unknown[:30])
        pytest.fail(f"WordPress {site.version} logged {len(unknown)} PHP problem(s) during the tests:\n{shown}",
                    pytrace=False)


@pytest.fixture(scope="session")
def wordpress_61(tmp_path_factory: pytest.TempPathFactory) -> Iterator[wpsite.WordPressSite]:
    yield from _site("6.1", tmp_path_factory)


@pytest.fixture(scope="session")
def wordpress_67(tmp_path_factory: pytest.TempPathFactory) -> Iterator[wpsite.WordPressSite]:
    yield from _site("6.7", tmp_path_factory)


@pytest.fixture(scope="session")
def wordpress(request: pytest.FixtureRequest) -> wpsite.WordPressSite:
    """The site of the line the test is parametrised with (Debian's 6.1.9 when it is not)."""
    line = getattr(request, "param", DEFAULT_LINE)
    site: wpsite.WordPressSite = request.getfixturevalue("wordpress_" + line.replace(".", ""))
    return site
