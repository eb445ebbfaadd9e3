"""An alt sync with nothing waiting to be sent asks for the account (users/me) beside the listings, and for the
categories beside the account, instead of one after the other; an account the site refuses stops the listings and
keeps nothing. Proven on a fake site's log of when requests start and end (no timing asserted)."""

from __future__ import annotations

from pathlib import Path

import pytest
from local_http import LocalServer, Reply, Seen, wp_route
from overlap_site import OverlapSite, serve

from sr_editor.core.alt.state import SiteCache, load_cache
from sr_editor.core.storage.store import ArticleStore
from sr_editor.publish import errors
from sr_editor.publish.alt.engine import AltEngine
from sr_editor.publish.alt.sync import sync_account
from sr_editor.publish.wordpress.client import WordPressClient


def library() -> OverlapSite:
    return OverlapSite(media={i: {"id": i, "alt_text": "", "author": 1, "modified_gmt": "2026-12-01T10:00:00"}
                              for i in range(1, 6)})


def engine_for(url: str, workspace: Path, **client: float) -> AltEngine:
    return AltEngine(workspace, ArticleStore(workspace), lambda: [],
                     lambda site: WordPressClient(url, "ana", "pw", site_name=site, **client))  # type: ignore[arg-type]


def test_a_sync_with_nothing_to_send_lists_the_library_while_the_account_is_asked(tmp_path: Path) -> None:
    site = library()
    site.wait_for("GET /wp/v2/users/me", "GET /wp/v2/media")  # the account waits to see the listing begin
    with serve(site) as server:
        summary = engine_for(server.url(), tmp_path).sync("news", pictures=False)
    assert summary.media == 5
    [account] = site.started("GET /wp/v2/users/me")
    assert site.started("GET /wp/v2/media")[0].order_started < account.order_ended
    kept = load_cache(tmp_path, "news")
    assert kept is not None and kept.user_id == 1 and sorted(kept.media) == [1, 2, 3, 4, 5]


def test_the_categories_are_asked_while_the_account_is(tmp_path: Path) -> None:
    site = library()
    site.wait_for("GET /wp/v2/users/me", "GET /wp/v2/categories")
    cache = SiteCache("news")
    with serve(site) as server:
        sync_account(WordPressClient(server.url(), "ana", "pw"), cache)
    [account] = site.started("GET /wp/v2/users/me")
    assert site.started("GET /wp/v2/categories")[0].order_started < account.order_ended
    assert cache.user_id == 1 and cache.roles == ["editor"]


def test_a_refused_account_stops_the_listings_and_keeps_nothing(tmp_path: Path) -> None:
    site = library()
    site.hang.add("GET /wp/v2/media")  # a listing that never answers: only the account's refusal can end it

    def answer(seen: Seen) -> Reply:
        if wp_route(seen) == "/wp/v2/users/me":
            return 401, {}, {"code": "rest_not_logged_in", "message": "You are not currently logged in.",
                             "data": {"status": 401}}
        return site(seen)

    with LocalServer(answer) as server, pytest.raises(errors.AuthError):
        engine_for(server.url(), tmp_path, deadline=60.0).sync("news", pictures=False)
    assert load_cache(tmp_path, "news") is None
