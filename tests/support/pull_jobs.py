"""A pull job against a fake site, and which listing page a request asks for: shared by the pull overlap tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from sr_editor.core.storage.store import ArticleStore
from sr_editor.publish.sync.pull import PullJob, PullOptions
from sr_editor.publish.wordpress.client import WordPressClient


def listed_page(path: str) -> int:
    """The page a listing request asks for; 0 for any other request."""
    query = parse_qs(urlsplit(path).query)
    return int(query.get("page", ["0"])[0]) if "/wp/v2/posts" in path and "include" not in query else 0


def job_for(url: str, workspace: Path, **options: Any) -> PullJob:
    client = WordPressClient(url, "editor1", "pw pw pw", site_name="news", deadline=10)
    return PullJob(client, "news", ArticleStore(workspace), None, PullOptions(**options))
