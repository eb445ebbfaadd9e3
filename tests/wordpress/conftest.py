"""The real-WordPress fixture: one site per test session, started from Debian's packages, stopped at the end.

Missing packages skip these tests (naming the apt-get command) on a developer machine and fail them under CI.
Tests isolate themselves by unique titles and slugs instead of restarting WordPress.
"""

from __future__ import annotations

import sys
import uuid
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parents[1] / "publish"))  # publish_fakes

import wpsite
from wp_fixture import wordpress, wordpress_61, wordpress_67  # noqa: F401

from sr_editor.publish.wordpress.client import WordPressClient


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.wordpress)


@pytest.fixture
def unique() -> str:
    """A short token that keeps each test's posts, tags and files apart on the shared site."""
    return uuid.uuid4().hex[:8]


@pytest.fixture
def client_as(wordpress: wpsite.WordPressSite):  # type: ignore[no-untyped-def]  # noqa: F811
    def make(role: str, url: str | None = None, **kw: object) -> WordPressClient:
        user = wordpress.user(role)
        return WordPressClient(url or wordpress.url, user.login, user.app_password, site_name="test", **kw)  # type: ignore[arg-type]

    return make
