"""The real-WordPress fixture: one site per test session, started from Debian's packages, stopped at the end.

Missing packages skip these tests (naming the apt-get command) on a developer machine and fail them under CI.
Tests isolate themselves by unique titles and slugs instead of restarting WordPress. Each test file that needs the
site says so with `pytestmark = pytest.mark.wordpress`, so that `-m "not wordpress"` leaves it out.
"""

from __future__ import annotations

import uuid

import pytest
import wpsite
from wp_fixture import wordpress, wordpress_61, wordpress_67  # noqa: F401

from sr_editor.publish.wordpress.client import WordPressClient


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
