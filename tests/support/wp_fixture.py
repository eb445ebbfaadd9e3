"""The session fixture starting the real WordPress; registered once for every test (tests/conftest.py loads
wordpress_fixtures.py). Missing packages skip (naming the apt-get command), or fail when `CI` is set."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
import wpsite


@pytest.fixture(scope="session")
def wordpress(tmp_path_factory: pytest.TempPathFactory) -> Iterator[wpsite.WordPressSite]:
    missing = wpsite.missing_packages()
    if missing:
        message = f"a local WordPress needs Debian packages ({', '.join(missing)}): {wpsite.INSTALL_HINT}"
        if os.environ.get("CI"):
            pytest.fail(f"CI is set but {message}")
        pytest.skip(message)
    site = wpsite.start_wordpress(tmp_path_factory.mktemp("wordpress"))
    try:
        yield site
    finally:
        site.stop()
