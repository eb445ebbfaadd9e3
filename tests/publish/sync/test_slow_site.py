"""A slow or hanging WordPress behind a loopback proxy, with short timeouts so each test takes seconds: a create
that arrives after the client gave up is found, never duplicated; a site that hangs is reported in one sentence
within the deadline; cancel stops a publish waiting on a hung request; a refused create is worded as such."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from publish_fakes import make_photo, write_article
from slowproxy import SlowProxy
from wp_helpers import core_collaborators, core_store

from sr_editor.publish import errors
from sr_editor.publish.errors import Operation
from sr_editor.publish.sync.flow import POST_FIELDS, PublishJob, PublishOptions, PublishResult
from sr_editor.publish.wordpress.terms import fetch_terms

pytestmark = pytest.mark.wordpress  # the real site of tests/support/wordpress_fixtures.py

CREATE = "POST /wp-json/wp/v2/posts?"  # the create; an update is POST /wp-json/wp/v2/posts/<id>?


def article(ws: Path, u: str) -> Path:
    bundle = ws / f"slow-{u}"
    bundle.mkdir(parents=True)
    make_photo(bundle / "lead.jpg", (int(u[:2], 16), 40, 90))
    front = f"""
title: Slow site {u}
excerpt: Late create {u}
regions: [Africa]
featured_image:
  src: lead.jpg
  alt: A lead photo {u}
"""
    return write_article(bundle, front, "A paragraph.\n")


def job(client: Any, ws: Path, bundle: Path, **options: Any) -> PublishJob:
    return PublishJob(client, "test", core_store(ws), bundle, fetch_terms(client), PublishOptions(**options),
                      collaborators=core_collaborators())


def posts_titled(admin: Any, title: str) -> list[int]:
    found = admin.get("/wp/v2/posts", {"search": title, "status": "any", "per_page": 100, "_fields": "id,title"})
    return [p["id"] for p in found if p["title"]["rendered"] == title]


def test_create_answered_after_the_timeout_is_found_not_duplicated(
    client_as: Any, wordpress: Any, workspace_dir: Path, unique: str
) -> None:
    bundle = article(workspace_dir, unique)
    port = int(wordpress.url.rsplit(":", 1)[1])
    outcome: PublishResult | errors.PublishError
    with SlowProxy(port, lambda line: line.startswith(CREATE), hold=3.0) as proxy:
        client = client_as("editor", url=proxy.url, timeout=(5.0, 1.0), deadline=1.0)
        try:
            outcome = job(client, workspace_dir, bundle, late_create_wait=15.0).run()
        except errors.PublishError as exc:  # the old client: a timeout, then the immediate retry below
            outcome = exc
    assert proxy.forwarded_late, "the create was not held"
    if isinstance(outcome, errors.PublishError):
        job(client_as("editor"), workspace_dir, bundle).run()
    again = job(client_as("editor"), workspace_dir, bundle).run()
    assert posts_titled(client_as("administrator"), f"Slow site {unique}") == [again.post_id]
    assert isinstance(outcome, PublishResult) and outcome.post_id == again.post_id and outcome.created


def test_create_that_never_arrives_is_reported_and_a_later_publish_creates_one_post(
    client_as: Any, wordpress: Any, workspace_dir: Path, unique: str
) -> None:
    bundle = article(workspace_dir, unique)
    port = int(wordpress.url.rsplit(":", 1)[1])
    with SlowProxy(port, lambda line: line.startswith(CREATE), hold=None) as proxy:
        client = client_as("editor", url=proxy.url, timeout=(5.0, 1.0), deadline=1.0)
        with pytest.raises(errors.CreateUnconfirmed) as info:
            job(client, workspace_dir, bundle, late_create_wait=1.5).run()
    assert "did not confirm the new post" in str(info.value) and str(bundle) in str(info.value)
    result = job(client_as("editor"), workspace_dir, bundle).run()
    assert posts_titled(client_as("administrator"), f"Slow site {unique}") == [result.post_id]


def test_site_hanging_on_every_get_is_reported_in_one_sentence_within_the_deadline(
    client_as: Any, wordpress: Any, workspace_dir: Path, unique: str
) -> None:
    bundle = article(workspace_dir, unique)
    port = int(wordpress.url.rsplit(":", 1)[1])
    with SlowProxy(port, lambda line: line.startswith("GET "), hold=None) as proxy:
        client = client_as("editor", url=proxy.url, timeout=(5.0, 60.0), deadline=1.0)
        terms = fetch_terms(client_as("editor"))
        publish = PublishJob(client, "test", core_store(workspace_dir), bundle, terms, PublishOptions(),
                             collaborators=core_collaborators())
        with pytest.raises(errors.SiteTimeout) as info:
            publish.run()
    assert "did not answer within 1 s" in str(info.value) and str(info.value).count(". ") == 0


def test_cancel_stops_a_publish_waiting_on_a_hung_request(
    client_as: Any, wordpress: Any, workspace_dir: Path, unique: str
) -> None:
    bundle = article(workspace_dir, unique)
    port = int(wordpress.url.rsplit(":", 1)[1])
    box: dict[str, Any] = {}
    with SlowProxy(port, lambda line: "/wp/v2/media" in line, hold=None) as proxy:
        client = client_as("editor", url=proxy.url, timeout=(5.0, 3600.0), deadline=3600.0)
        publish = job(client, workspace_dir, bundle)

        def run() -> None:
            try:
                publish.run()
            except errors.PublishError as exc:
                box["error"] = exc

        thread = threading.Thread(target=run, daemon=True)
        thread.start()
        for _ in range(400):
            if any("/wp/v2/media" in line for line in proxy.lines):
                break
            thread.join(0.05)
        publish.cancel()
        thread.join(20)
        assert not thread.is_alive()
    assert isinstance(box.get("error"), errors.PublishCancelled)


def test_a_refused_create_is_not_reported_as_an_image_upload(client_as: Any, unique: str) -> None:
    params = {"context": "edit", "_fields": POST_FIELDS}  # names featured_media, which once read as "media"
    with pytest.raises(errors.PermissionDenied) as info:
        client_as("subscriber").post("/wp/v2/posts", {"title": f"Sub {unique}"}, params, op=Operation.CREATE_POST)
    assert "may not create posts" in str(info.value) and "image" not in str(info.value)
