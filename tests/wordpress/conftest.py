"""The real-WordPress fixture: one site per test session, started from Debian's packages, stopped at the end.

Missing packages skip these tests (naming the apt-get command) on a developer machine and fail them under CI.
Tests isolate themselves by unique titles and slugs instead of restarting WordPress.
"""

from __future__ import annotations

import os
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

import wpsite


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.wordpress)


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


@pytest.fixture
def unique() -> str:
    """A short token that keeps each test's posts, tags and files apart on the shared site."""
    return uuid.uuid4().hex[:8]
