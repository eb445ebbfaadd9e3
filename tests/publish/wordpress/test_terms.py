"""Regions map to categories and countries to tags ignoring case, accents, escaping and spacing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import requests
from publish_fakes import Answer, session_with, wp_error

from sr_editor.publish import errors
from sr_editor.publish.wordpress.client import WordPressClient
from sr_editor.publish.wordpress.terms import (
    Term,
    TermCache,
    ensure_tags,
    load_cache,
    missing_tags,
    resolve_categories,
    save_cache,
    sync_terms,
    term_key,
)


def cache() -> TermCache:
    return TermCache(
        categories=[Term(2, "Latin America", "latin-america"), Term(9, "Arts & Culture", "arts-culture")],
        tags=[Term(20, "Haití", "haiti"), Term(21, "Côte d'Ivoire", "cote-divoire")],
    )


@pytest.mark.parametrize("a,b", [("Haití", "HAITI "), ("Latin America", "latin-america"), ("Arts &amp; Culture",
                                 "arts & culture"), ("São  Tomé", "sao tome")])
def test_term_key_ignores_case_accents_escaping_spacing(a: str, b: str) -> None:
    assert term_key(a) == term_key(b)


def test_regions_resolve_by_name_or_slug() -> None:
    assert resolve_categories(cache(), ["latin america", "Arts &amp; Culture"], "a/index.md", "prod") == [2, 9]


def test_unknown_region_is_an_error_naming_it() -> None:
    with pytest.raises(errors.UnknownRegion, match="Atlantis"):
        resolve_categories(cache(), ["Atlantis"], "a/index.md", "prod")


def test_missing_tags_are_deduplicated_by_key() -> None:
    assert missing_tags(cache(), ["haiti", "Perú", "peru", "PERU "]) == ["Perú"]


def test_cache_round_trip_in_workspace(tmp_path: Path) -> None:
    path = save_cache(tmp_path, "prod", cache())
    assert path == tmp_path / ".sr-editor" / "sites" / "prod" / "terms.json"
    assert load_cache(tmp_path, "prod") == cache()


def test_broken_cache_reads_as_absent(tmp_path: Path) -> None:
    path = tmp_path / ".sr-editor" / "sites" / "prod" / "terms.json"
    path.parent.mkdir(parents=True)
    path.write_text("[")
    assert load_cache(tmp_path, "prod") is None


def client_for(handler) -> tuple[WordPressClient, list[requests.PreparedRequest]]:  # type: ignore[no-untyped-def]
    session, transport = session_with(handler)
    return WordPressClient("https://x.org", "ana", "pw", session=session), transport.requests


def test_sync_fetches_every_page_and_unescapes_names(tmp_path: Path) -> None:
    def handler(request: requests.PreparedRequest) -> Answer:
        url = request.url or ""
        page = int(url.split("page=")[-1].split("&")[0])
        if "categories" in url:
            return 200, [{"id": 9, "name": "Arts &amp; Culture", "slug": "arts-culture"}], {"X-WP-TotalPages": "1"}
        return 200, [{"id": 100 + page, "name": f"T{page}", "slug": f"t{page}"}], {"X-WP-TotalPages": "2"}

    client, _ = client_for(handler)
    result = sync_terms(client, tmp_path, "prod")
    assert result.categories == [Term(9, "Arts & Culture", "arts-culture")]
    assert [t.id for t in result.tags] == [101, 102]
    assert json.loads((tmp_path / ".sr-editor/sites/prod/terms.json").read_text())["tags"][1]["id"] == 102


def test_existing_tag_is_not_created_again() -> None:
    client, sent = client_for(lambda r: (500, "should not be called", {}))
    assert ensure_tags(client, cache(), ["HAITI", "cote d'ivoire"]) == [20, 21]
    assert sent == []


def test_missing_tag_is_created_once_and_cached() -> None:
    def handler(request: requests.PreparedRequest) -> Answer:
        return 201, {"id": 30, "name": "Perú", "slug": "peru"}, {}

    client, sent = client_for(handler)
    c = cache()
    assert ensure_tags(client, c, ["Perú", "peru"]) == [30]
    assert len(sent) == 1 and c.find("tags", "PERU") == Term(30, "Perú", "peru")


def test_term_exists_answer_uses_the_existing_term() -> None:
    def handler(request: requests.PreparedRequest) -> Answer:
        if request.method == "POST":
            return wp_error(400, "term_exists", "A term with the name provided already exists.", term_id=44)
        return 200, {"id": 44, "name": "Chile", "slug": "chile"}, {}

    client, _ = client_for(handler)
    assert ensure_tags(client, cache(), ["Chile"]) == [44]


@pytest.mark.parametrize("text", ["[]", "null", '"x"', '{"categories": 5}', '{"tags": [["id", 1]]}',
                                  '{"categories": [{"id": "7", "name": "Africa", "slug": "africa"}]}'])
def test_a_term_cache_of_the_wrong_shape_is_synced_again_not_a_crash(tmp_path: Path, text: str) -> None:
    from sr_editor.publish.wordpress.terms import cache_path, load_cache

    path = cache_path(tmp_path, "prod")
    path.parent.mkdir(parents=True)
    path.write_text(text)
    assert load_cache(tmp_path, "prod") is None
