"""Through a loopback proxy: cut the connection at every request, then publish again (no duplicates); and a
site whose /wp-json/ is an HTML 404 (no pretty permalinks) is reached through ?rest_route=."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from cutproxy import CutProxy
from publish_fakes import make_photo, write_article
from wp_helpers import core_collaborators, core_store

from sr_editor.publish import errors
from sr_editor.publish.sync.flow import PublishJob, PublishOptions, PublishResult
from sr_editor.publish.wordpress.client import WordPressClient
from sr_editor.publish.wordpress.terms import fetch_terms

pytestmark = pytest.mark.wordpress  # the real site of tests/support/wordpress_fixtures.py


def two_image_article(ws: Path, u: str) -> Path:
    bundle = ws / f"cut-{u}"
    bundle.mkdir(parents=True)
    seed = int(u[:6], 16)
    make_photo(bundle / "lead.jpg", (seed % 256, (seed >> 8) % 256, 7))
    make_photo(bundle / "inside.jpg", ((seed >> 4) % 256, 9, (seed >> 12) % 256))
    front = f"""
title: Cut connection {u}
excerpt: Retry safety {u}
regions: [Africa]
tags: [Tag{u}]
featured_image:
  src: lead.jpg
  alt: A lead photo {u}
  caption: Lead {u}
"""
    body = f'First paragraph.\n\n![An inside photo {u}](inside.jpg "Inside {u}")\n\nLast paragraph.\n'
    return write_article(bundle, front, body)


def run(client: WordPressClient, ws: Path, bundle: Path, **options: float) -> PublishResult:
    job = PublishJob(client, "test", core_store(ws), bundle, fetch_terms(client), PublishOptions(**options),
                     collaborators=core_collaborators())
    return job.run()


def count_requests(client_as: Any, wordpress: Any, ws: Path, u: str) -> int:
    with CutProxy(int(wordpress.url.rsplit(":", 1)[1])) as proxy:
        run(client_as("editor", url=proxy.url), ws, two_image_article(ws, u))
        return proxy.count


@pytest.mark.parametrize("cut_after", [True, False], ids=["answer-lost", "request-lost"])
def test_cut_at_each_request_then_retry_leaves_no_duplicates(
    client_as: Any, wordpress: Any, workspace_dir: Path, unique: str, cut_after: bool
) -> None:
    admin = client_as("administrator")
    total = count_requests(client_as, wordpress, workspace_dir, "0" + unique[1:])
    assert total >= 6
    port = int(wordpress.url.rsplit(":", 1)[1])
    for n in range(1, total + 1):
        u = f"{n:02x}{unique[2:]}{int(cut_after)}"
        bundle = two_image_article(workspace_dir, u)
        body = (bundle / "index.md").read_text().split("\n---\n", 1)[1]
        with CutProxy(port, cut_at=n, cut_after=cut_after) as proxy:
            client = client_as("editor", url=proxy.url, retries=0)
            try:  # a create whose answer was cut is found by its marker within the same publish
                run(client, workspace_dir, bundle, late_create_wait=1.0)
                recovered = proxy.lines[n - 1].startswith("POST /wp-json/wp/v2/posts?") and cut_after
                assert recovered, f"cut at request {n} ({proxy.lines[n - 1]}) went unnoticed"
            except errors.PublishError:
                pass
        result = run(client_as("editor"), workspace_dir, bundle)
        posts = admin.get("/wp/v2/posts", {"search": f"Cut connection {u}", "status": "any", "per_page": 100})
        assert [p["id"] for p in posts] == [result.post_id], f"cut at request {n}: {proxy.lines[n - 1]}"
        for name in ("lead", "inside"):
            found = [m for m in admin.get("/wp/v2/media", {"search": name, "per_page": 100})
                     if u in str(m.get("alt_text", ""))]
            assert len(found) == 1, f"cut at request {n} ({proxy.lines[n - 1]}): {len(found)} copies of {name}"
        tags = admin.get("/wp/v2/tags", {"search": f"Tag{u}"})
        assert len(tags) == 1
        assert (bundle / "index.md").read_text().split("\n---\n", 1)[1] == body


def test_update_whose_answer_was_lost_is_not_mistaken_for_a_conflict(
    client_as: Any, wordpress: Any, workspace_dir: Path, unique: str
) -> None:
    bundle = two_image_article(workspace_dir, unique)
    first = run(client_as("editor"), workspace_dir, bundle)
    port = int(wordpress.url.rsplit(":", 1)[1])

    def edit(words: str) -> None:  # an unchanged article sends nothing at all: each update needs an edit
        index = bundle / "index.md"
        index.write_text(index.read_text() + f"\n{words}\n")

    edit("A first correction.")
    with CutProxy(port) as probe:  # find which request is the update
        run(client_as("editor", url=probe.url), workspace_dir, bundle)
    update_at = next(i for i, line in enumerate(probe.lines, 1) if line.startswith("POST /wp-json/wp/v2/posts/"))
    import time

    time.sleep(1.1)  # so that the lost update really moves modified_gmt
    edit("A second correction.")
    with CutProxy(port, cut_at=update_at) as proxy, pytest.raises(errors.PublishError):
        run(client_as("editor", url=proxy.url, retries=0), workspace_dir, bundle)
    again = run(client_as("editor"), workspace_dir, bundle)  # no ConflictError: the change was ours
    assert again.post_id == first.post_id and not again.created


def test_site_without_pretty_permalinks_is_reached_through_rest_route(
    client_as: Any, wordpress: Any, workspace_dir: Path, unique: str
) -> None:
    port = int(wordpress.url.rsplit(":", 1)[1])
    with CutProxy(port, hide_wp_json=True) as proxy:
        client = client_as("editor", url=proxy.url)
        result = run(client, workspace_dir, two_image_article(workspace_dir, unique))
        assert client.route_mode == "query"
        assert any("rest_route=" in line for line in proxy.lines)
    assert result.created and result.post_id
