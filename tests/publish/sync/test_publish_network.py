"""A publish at a distance: images uploaded a few at a time (each worker with a client of its own), proven by the
fake site's log of when each request started and ended; a cancel stops them all, one failed upload neither loses
the others nor hides which image failed; a republish makes no request it does not need."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from overlap_site import OverlapSite, serve
from publish_fakes import SimpleStore, fake_collaborators, make_photo, write_article

from sr_editor.publish import errors
from sr_editor.publish.sync.flow import PublishJob, PublishOptions, PublishResult
from sr_editor.publish.sync.publish_images import UPLOAD_WORKERS
from sr_editor.publish.wordpress.client import WordPressClient
from sr_editor.publish.wordpress.terms import Term, TermCache

TERMS = TermCache(categories=[Term(2, "Latin America", "latin-america")], tags=[])
PHOTOS = ["a.jpg", "b.jpg", "c.jpg", "d.jpg", "e.jpg"]


def five_photos(ws: Path) -> Path:
    body = "Dawn.\n\n" + "\n\n".join(f"![Photo {name}]({name})" for name in PHOTOS) + "\n"
    bundle = write_article(ws / "story", "title: Story\nregions: [Latin America]\n", body)
    for number, name in enumerate(PHOTOS):
        make_photo(bundle / name, (40 * number, 30, 30))
    return bundle


def publish_job(ws: Path, bundle: Path, url: str, progress: Any = None) -> PublishJob:
    client = WordPressClient(url, "ana", "pw", retries=0)
    return PublishJob(client, "prod", SimpleStore(ws), bundle, TERMS, PublishOptions(), progress,
                      collaborators=fake_collaborators())


def change_one_word(bundle: Path) -> None:
    index = bundle / "index.md"
    index.write_text(index.read_text(encoding="utf-8").replace("Dawn.", "Early dawn."), encoding="utf-8")


def wait_until(condition: Callable[[], bool]) -> bool:
    """Whether `condition` holds within 5 s: bounded, as the request is already on its way or never comes."""
    for _ in range(500):
        if condition():
            return True
        time.sleep(0.01)
    return condition()


def recorded(ws: Path, bundle: Path) -> set[str]:
    return set(SimpleStore(ws).load(bundle).article.remote_for("prod").get("media", {}))


def test_images_are_uploaded_several_at_once(workspace_dir: Path) -> None:
    bundle = five_photos(workspace_dir)
    site = OverlapSite()
    site.hold("POST /wp/v2/media", 2)
    with serve(site) as server:
        result = publish_job(workspace_dir, bundle, server.url()).run()
    assert site.overlapped("POST /wp/v2/media")
    assert sorted(result.uploaded) == PHOTOS and result.created
    assert recorded(workspace_dir, bundle) == set(PHOTOS)


def test_no_more_uploads_are_in_flight_than_the_pool_allows(workspace_dir: Path) -> None:
    bundle = five_photos(workspace_dir)
    site = OverlapSite()
    site.hold("POST /wp/v2/media", UPLOAD_WORKERS)
    with serve(site) as server:
        publish_job(workspace_dir, bundle, server.url()).run()
    assert site.most_together("POST /wp/v2/media") == UPLOAD_WORKERS < len(PHOTOS)


def test_the_post_is_sent_after_every_upload_has_landed(workspace_dir: Path) -> None:
    bundle = five_photos(workspace_dir)
    site = OverlapSite()
    site.hold("POST /wp/v2/media", 2)
    with serve(site) as server:
        publish_job(workspace_dir, bundle, server.url()).run()
    last_upload = max(e.order_ended for e in site.started("POST /wp/v2/media"))
    assert all(e.order_started > last_upload for e in site.started("POST /wp/v2/posts"))


def test_the_account_is_asked_once_not_once_per_worker(workspace_dir: Path) -> None:
    bundle = five_photos(workspace_dir)
    site = OverlapSite()
    with serve(site) as server:
        publish_job(workspace_dir, bundle, server.url()).run()
    assert len(site.started("GET /wp/v2/users/me")) == 1


def test_a_cancel_during_the_uploads_stops_them_all(workspace_dir: Path) -> None:
    bundle = five_photos(workspace_dir)
    site = OverlapSite(hang={"POST /wp/v2/media"})
    box: dict[str, BaseException] = {}
    with serve(site) as server:
        job = publish_job(workspace_dir, bundle, server.url())

        def run() -> None:
            try:
                job.run()
            except BaseException as exc:  # handed to the test
                box["error"] = exc

        thread = threading.Thread(target=run)
        thread.start()
        for _ in range(400):  # until the pool's uploads hang on the site together
            if len(site.started("POST /wp/v2/media")) >= 2:
                break
            thread.join(0.05)
        job.cancel()
        thread.join(20)
        assert not thread.is_alive()
    assert isinstance(box.get("error"), errors.PublishCancelled)
    assert len(site.started("POST /wp/v2/media")) <= UPLOAD_WORKERS  # none started after the cancel
    assert not site.started("POST /wp/v2/posts") and not recorded(workspace_dir, bundle)


def test_one_failed_upload_names_its_image_and_the_others_are_kept(workspace_dir: Path) -> None:
    bundle = five_photos(workspace_dir)
    site = OverlapSite(fail_upload={"c-"})
    with serve(site) as server:
        with pytest.raises(errors.ServerError) as caught:
            publish_job(workspace_dir, bundle, server.url()).run()
        assert "c.jpg" in str(caught.value)
        assert not site.started("POST /wp/v2/posts")
        kept = recorded(workspace_dir, bundle)
        assert "c.jpg" not in kept and kept  # those that landed are recorded

        site.fail_upload.clear()
        again: PublishResult = publish_job(workspace_dir, bundle, server.url()).run()
    assert "c.jpg" in again.uploaded and set(again.uploaded).isdisjoint(kept)  # the retry sends only the rest
    assert recorded(workspace_dir, bundle) == set(PHOTOS)


def test_a_one_word_republish_asks_the_site_about_its_images_once(workspace_dir: Path) -> None:
    bundle = five_photos(workspace_dir)
    site = OverlapSite()
    with serve(site) as server:
        publish_job(workspace_dir, bundle, server.url()).run()
        change_one_word(bundle)
        first = len(site.log)
        again = publish_job(workspace_dir, bundle, server.url()).run()
    asked = [entry.kind for entry in site.log[first:]]
    assert not again.created and not again.uploaded
    assert asked.count("GET /wp/v2/media") == 1  # which images are still there: once, not once per step
    assert sorted(asked) == sorted(["GET /wp/v2/media", f"GET /wp/v2/posts/{again.post_id}",
                                    f"POST /wp/v2/posts/{again.post_id}"])


def test_the_site_is_asked_about_recorded_images_while_the_article_is_checked(workspace_dir: Path) -> None:
    bundle = five_photos(workspace_dir)
    site = OverlapSite()
    with serve(site) as server:
        publish_job(workspace_dir, bundle, server.url()).run()
        change_one_word(bundle)
        before = len(site.started("GET /wp/v2/media"))
        seen: list[bool] = []

        def checker(article: Any, folder: Path) -> list[Any]:
            seen.append(wait_until(lambda: len(site.started("GET /wp/v2/media")) > before))
            return []

        job = publish_job(workspace_dir, bundle, server.url())
        job.core.checker = checker
        job.run()
    assert seen == [True] and len(site.started("GET /wp/v2/media")) == before + 1


def test_a_dry_run_with_a_connection_sends_nothing(workspace_dir: Path) -> None:
    bundle = five_photos(workspace_dir)
    site = OverlapSite()
    with serve(site) as server:
        publish_job(workspace_dir, bundle, server.url()).run()
        before = len(site.log)
        client = WordPressClient(server.url(), "ana", "pw")
        PublishJob(client, "prod", SimpleStore(workspace_dir), bundle, TERMS, PublishOptions(dry_run=True),
                   collaborators=fake_collaborators()).run()
    assert len(site.log) == before


def test_a_republish_reads_the_sites_copy_while_its_own_renders(workspace_dir: Path) -> None:
    bundle = five_photos(workspace_dir)
    site = OverlapSite()
    with serve(site) as server:
        first = publish_job(workspace_dir, bundle, server.url()).run()
        change_one_word(bundle)
        read = f"GET /wp/v2/posts/{first.post_id}"
        seen: list[bool] = []
        job = publish_job(workspace_dir, bundle, server.url())
        render = job.core.render_body

        def slow_render(*args: Any, **kwargs: Any) -> Any:
            seen.append(wait_until(lambda: bool(site.started(read))))
            return render(*args, **kwargs)

        job.core.render_body = slow_render
        again = job.run()
    assert seen and seen[0] and not again.created
    [check] = site.started(read)
    [update] = site.started(f"POST /wp/v2/posts/{first.post_id}")
    assert check.order_ended < update.order_started  # the copy is still read before the update is sent


def test_a_republish_asks_for_the_sites_copy_while_the_article_is_checked(workspace_dir: Path) -> None:
    bundle = five_photos(workspace_dir)
    site = OverlapSite()
    with serve(site) as server:
        first = publish_job(workspace_dir, bundle, server.url()).run()
        change_one_word(bundle)
        read = f"GET /wp/v2/posts/{first.post_id}"
        seen: list[bool] = []

        def checker(article: Any, folder: Path) -> list[Any]:
            seen.append(wait_until(lambda: bool(site.started(read))))
            return []

        job = publish_job(workspace_dir, bundle, server.url())
        job.core.checker = checker
        job.run()
    assert seen == [True] and len(site.started(read)) == 1  # asked early, and not again


def test_a_republish_that_sends_an_image_reads_the_sites_copy_again_after_it(workspace_dir: Path) -> None:
    bundle = five_photos(workspace_dir)
    site = OverlapSite()
    with serve(site) as server:
        first = publish_job(workspace_dir, bundle, server.url()).run()
        make_photo(bundle / "c.jpg", (10, 200, 10))  # a new picture under the same name: uploaded again
        change_one_word(bundle)
        again = publish_job(workspace_dir, bundle, server.url()).run()
    assert again.uploaded == ["c.jpg"]
    upload = [e for e in site.log if e.kind == "POST /wp/v2/media"][-1]  # the new picture
    last_read = site.started(f"GET /wp/v2/posts/{first.post_id}")[-1]
    [update] = site.started(f"POST /wp/v2/posts/{first.post_id}")
    assert upload.order_ended < last_read.order_started < last_read.order_ended < update.order_started
