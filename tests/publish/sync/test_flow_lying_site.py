"""A site that lies about the shape of its JSON at one request of a publish: always one sentence (a
PublishError), never an AttributeError, TypeError or KeyError traceback, and the body is never touched."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import requests
from publish_fakes import Answer
from test_flow import FakeSite, bundle, fake_client, job

from sr_editor.publish import errors


def is_media_search(r: requests.PreparedRequest) -> bool:
    return "/media" in (r.url or "") and r.method == "GET"


def is_upload(r: requests.PreparedRequest) -> bool:
    return (r.url or "").split("?")[0].endswith("/media") and r.method == "POST"


def is_post_search(r: requests.PreparedRequest) -> bool:
    return "/posts" in (r.url or "") and "search=" in (r.url or "")


def is_post_write(r: requests.PreparedRequest) -> bool:
    return "/posts" in (r.url or "") and r.method == "POST"


def is_users_me(r: requests.PreparedRequest) -> bool:
    return "/users/me" in (r.url or "")


LIES = [
    ("users-me-list", is_users_me, [{"id": 1}]),
    ("users-me-id-string", is_users_me, {"id": "1"}),
    ("media-search-object", is_media_search, {"id": 5}),
    ("media-search-strings", is_media_search, ["a", "b"]),
    ("upload-list", is_upload, [{"id": 5}]),
    ("upload-null", is_upload, None),
    ("upload-id-string", is_upload, {"id": "5", "source_url": "x"}),
    ("post-search-object", is_post_search, {"id": 1}),
    ("post-search-numbers", is_post_search, [1, 2]),
    ("post-answer-list", is_post_write, [{"id": 9}]),
    ("post-answer-no-id", is_post_write, {"link": "x"}),
    ("post-answer-tags-string", is_post_write, {"id": 9, "tags": "20", "categories": [2], "featured_media": 101}),
    ("post-answer-featured-string", is_post_write, {"id": 9, "tags": [20], "categories": [2],
                                                    "featured_media": "abc"}),
]


@pytest.mark.parametrize(("name", "matches", "lie"), LIES, ids=[lie[0] for lie in LIES])
def test_a_lie_at_one_request_is_one_sentence(workspace_dir: Path, name: str, matches: Any, lie: Any) -> None:
    site = FakeSite()

    def answer(request: requests.PreparedRequest) -> Answer:
        return (200, lie, {}) if matches(request) else site(request)

    b = bundle(workspace_dir)
    body_before = (b / "index.md").read_text().split("\n---\n", 1)[1]
    with pytest.raises(errors.PublishError) as info:
        job(workspace_dir, b, fake_client_with(answer)).run()
    assert "\n" not in str(info.value)
    assert (b / "index.md").read_text().split("\n---\n", 1)[1] == body_before


def fake_client_with(answer: Any) -> Any:
    class Answering(FakeSite):
        def __call__(self, request: requests.PreparedRequest) -> Answer:
            return answer(request)

    return fake_client(Answering())
