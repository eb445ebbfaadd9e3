"""The accessibility checks count when publishing: an error (an empty heading) stops the publish until the writer
forces it, which is recorded with their name like a missing alt text; warnings (a vague link) do not stop it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import requests
from publish_fakes import Answer, SimpleStore, make_photo, session_with, write_article

from sr_editor.core.article.article import Article
from sr_editor.core.article.regions import load_vocabulary
from sr_editor.core.checks.lint import check_article
from sr_editor.core.images.files import prepare_image
from sr_editor.core.render.render import UploadedImage, find_images, render_body
from sr_editor.publish import errors
from sr_editor.publish.sync.flow import Collaborators, PublishJob, PublishOptions
from sr_editor.publish.wordpress.client import WordPressClient
from sr_editor.publish.wordpress.terms import Term, TermCache

TERMS = TermCache(categories=[Term(2, "Latin America", "latin-america")], tags=[Term(20, "Haiti", "haiti")])
VOCABULARY = load_vocabulary()


def _checker(article: Article, bundle: Path) -> list[Any]:
    return check_article(article, bundle, VOCABULARY)


def _bundle(ws: Path, body: str) -> Path:
    b = write_article(ws / "story", "title: Story\nexcerpt: Teaser\nregions: [Latin America]\ntags: [Haiti]\n"
                      "featured_image:\n  src: lead.jpg\n  alt: A lead photo\n  credit: Ana\n", body)
    make_photo(b / "lead.jpg")
    return b


def _job(ws: Path, b: Path, client: WordPressClient | None, **options: Any) -> PublishJob:
    collaborators = Collaborators(_checker, find_images, render_body, prepare_image, UploadedImage)
    return PublishJob(client, "prod", SimpleStore(ws), b, TERMS, PublishOptions(**options),
                      collaborators=collaborators)


class _Site:
    """Just enough WordPress to create one post."""

    def __init__(self) -> None:
        self.created: list[dict[str, Any]] = []

    def __call__(self, request: requests.PreparedRequest) -> Answer:
        url, method = request.url or "", request.method
        if "/users/me" in url:
            return 200, {"id": 1, "roles": ["editor"], "capabilities": {}}, {}
        if "/media" in url and method == "GET":
            return 200, [], {}
        if url.split("?")[0].endswith("/media") and method == "POST":
            return 201, {"id": 7, "source_url": "https://x.org/lead.jpg"}, {}
        if "/posts" in url and method == "GET":
            return 200, [], {}
        if "/posts" in url and method == "POST":
            self.created.append(json.loads(request.body or b"{}"))
            return 201, {"id": 50, "link": "https://x.org/?p=50", "status": "draft",
                         "modified_gmt": "2026-01-01T00:00:00"}, {}
        return 404, {"code": "rest_no_route", "message": "no"}, {}


def _client(site: _Site) -> WordPressClient:
    session, _ = session_with(site)
    return WordPressClient("https://x.org", "ana", "pw", session=session)


def test_an_accessibility_error_stops_the_publish_naming_its_line(workspace_dir: Path) -> None:
    b = _bundle(workspace_dir, "Text.\n\n##\n\nMore text.\n")
    with pytest.raises(errors.ChecksFailed, match="Line 3"):
        _job(workspace_dir, b, None).run()


def test_forcing_past_it_is_recorded_like_a_missing_alt_text(workspace_dir: Path) -> None:
    b = _bundle(workspace_dir, "Text.\n\n| | |\n|---|---|\n| 1 | 2 |\n")
    site = _Site()
    result = _job(workspace_dir, b, _client(site), force=True, who="ana").run()
    assert result.forced == ["table-no-header"] and site.created
    remote = SimpleStore(workspace_dir).load(b).article.remote_for("prod")
    assert remote["forced"][0]["by"] == "ana" and remote["forced"][0]["rules"] == ["table-no-header"]


def test_accessibility_warnings_do_not_stop_the_publish(workspace_dir: Path) -> None:
    b = _bundle(workspace_dir, "To read the report, [click here](https://x.org/report).\n")
    site = _Site()
    assert _job(workspace_dir, b, _client(site)).run().created and site.created
