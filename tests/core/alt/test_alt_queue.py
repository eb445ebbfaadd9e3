"""The local side of the alt-text queue: which images are queued, stable ids, writing an alt, the state files."""

from __future__ import annotations

from pathlib import Path

import pytest

from sr_editor.core.alt.queue import (
    UnknownItemError,
    linked_articles,
    local_items,
    paragraphs_around,
    parse_local_id,
    write_linked_alt,
    write_local_alt,
)
from sr_editor.core.alt.state import SENT, WAITING, AltStateError, Outbox, SiteCache, load_cache, save_cache
from sr_editor.core.errors import ExternalChangeError
from sr_editor.core.storage.store import ArticleStore

ARTICLE = """---
title: Haiti protests
regions: [Latin America]
status: draft
featured_image:
  src: crowd.jpg
  caption: The crowd
  credit: AP
remote:
  prod:
    post_id: 40
    modified_gmt: "2026-01-01T00:00:00"
    media: {crowd.jpg: {id: 77, sha256: abc, url: "http://x/crowd.jpg", alt: ""}}
---
First paragraph before.

![IMG_1234.jpg](photo.jpg "Police line")

Paragraph after the photo.

![A described street](street.jpg)

![](photo.jpg)
"""


@pytest.fixture
def article(workspace_dir: Path) -> Path:
    bundle = workspace_dir / "haiti"
    bundle.mkdir()
    (bundle / "index.md").write_text(ARTICLE, encoding="utf-8")
    for name in ("crowd.jpg", "photo.jpg", "street.jpg"):
        (bundle / name).write_bytes(b"\xff\xd8")
    return bundle


def test_queue_holds_missing_and_failing_alts_only(article: Path) -> None:
    items = local_items(ArticleStore(article.parent, keep_history=False), [article])
    assert [(i.id, i.problem) for i in items] == [
        ("local:haiti/featured", "alt-missing"),
        ("local:haiti/photo.jpg", "alt-filename"),
        ("local:haiti/photo.jpg#2", "alt-missing"),
    ]


def test_item_shows_article_regions_caption_and_the_paragraphs_around(article: Path) -> None:
    item = local_items(ArticleStore(article.parent, keep_history=False), [article])[1]
    usage = item.used_in[0]
    assert (usage.title, usage.regions, usage.before, usage.after) == (
        "Haiti protests", ("Latin America",), "First paragraph before.", "Paragraph after the photo.")
    assert item.caption == "Police line" and item.image == str(article / "photo.jpg")


def test_ids_are_stable_across_runs_and_unrelated_edits(article: Path) -> None:
    store = ArticleStore(article.parent, keep_history=False)
    before = [i.id for i in local_items(store, [article])]
    index = article / "index.md"
    index.write_text(index.read_text().replace("First paragraph", "Intro.\n\nFirst paragraph"))
    assert [i.id for i in local_items(store, [article])] == before


def test_writing_a_body_alt_changes_every_use_of_that_image_and_nothing_else(article: Path) -> None:
    store = ArticleStore(article.parent, keep_history=False)
    write_local_alt(store, parse_local_id(article.parent, "local:haiti/photo.jpg#2"), "Riot police", False)
    text = (article / "index.md").read_text()
    assert text == ARTICLE.replace("![](photo.jpg)", "![Riot police](photo.jpg)").replace(
        '![IMG_1234.jpg](photo.jpg "Police line")', '![Riot police](photo.jpg "Police line")')


def test_writing_the_featured_alt_changes_only_the_front_matter_alt(article: Path) -> None:
    store = ArticleStore(article.parent, keep_history=False)
    write_local_alt(store, parse_local_id(article.parent, "local:haiti/featured"), "Crowd fills a street", False)
    text = (article / "index.md").read_text()
    assert "alt: Crowd fills a street" in text
    assert text.split("---\n", 2)[2] == ARTICLE.split("---\n", 2)[2]


def test_decorative_is_written_as_the_marker(article: Path) -> None:
    store = ArticleStore(article.parent, keep_history=False)
    write_local_alt(store, parse_local_id(article.parent, "local:haiti/photo.jpg"), "", True)
    assert '![](photo.jpg "Police line"){.decorative}' in (article / "index.md").read_text()


def test_an_external_change_is_never_overwritten(article: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = ArticleStore(article.parent, keep_history=False)
    real_load = store.load

    def load_then_someone_edits(bundle: Path):  # type: ignore[no-untyped-def]
        loaded = real_load(bundle)
        (bundle / "index.md").write_text(ARTICLE + "\nTyped in another editor.\n")
        return loaded

    monkeypatch.setattr(store, "load", load_then_someone_edits)
    with pytest.raises(ExternalChangeError):
        write_local_alt(store, parse_local_id(article.parent, "local:haiti/photo.jpg"), "x", False)
    assert (article / "index.md").read_text().endswith("Typed in another editor.\n")


def test_ids_that_leave_the_workspace_are_refused(workspace_dir: Path) -> None:
    for bad in ("local:../x/featured", "local:.sr-editor/featured", "prod:12", "local:nofolder"):
        with pytest.raises(UnknownItemError):
            parse_local_id(workspace_dir, bad)


def test_a_vanished_image_is_an_unknown_item(article: Path) -> None:
    store = ArticleStore(article.parent, keep_history=False)
    with pytest.raises(UnknownItemError):
        write_local_alt(store, parse_local_id(article.parent, "local:haiti/gone.jpg"), "x", False)


def test_linked_article_gets_the_alt_and_the_new_post_time(article: Path) -> None:
    store = ArticleStore(article.parent, keep_history=False)
    [update] = linked_articles(store, [article], "prod", 77)
    write_linked_alt(store, update, "prod", 77, "Crowd", False, {40: ("2026-01-01T00:00:00", "2026-02-02T00:00:00")})
    article_now = store.load(article).article
    assert article_now.featured_image is not None and article_now.featured_image.alt == "Crowd"
    remote = article_now.remote_for("prod")
    assert remote["modified_gmt"] == "2026-02-02T00:00:00" and remote["media"]["crowd.jpg"]["alt"] == "Crowd"


def test_paragraphs_around_skip_images_and_headings() -> None:
    body = "# Title\n\nOne.\n\n![a](b.jpg)\n\n## Sub\n\nTwo\nlines.\n"
    assert paragraphs_around(body, 5) == ("One.", "Two\nlines.")


# ----- state files ------------------------------------------------------------------------------------------------
def test_outbox_survives_a_restart(workspace_dir: Path) -> None:
    Outbox(workspace_dir).add("prod:media:5", "prod", 5, "A street", False)
    again = Outbox(workspace_dir)
    assert [(e.item_id, e.alt, e.state) for e in again.pending()] == [("prod:media:5", "A street", WAITING)]


def test_a_newer_description_replaces_the_waiting_one(workspace_dir: Path) -> None:
    outbox = Outbox(workspace_dir)
    first = outbox.add("prod:media:5", "prod", 5, "A street", False)
    outbox.mark(first, SENT)
    outbox.add("prod:media:5", "prod", 5, "Typo", False)
    outbox.add("prod:media:5", "prod", 5, "Fixed", False)
    assert [e.alt for e in Outbox(workspace_dir).entries] == ["A street", "Fixed"]


def test_a_damaged_outbox_is_reported_and_never_overwritten(workspace_dir: Path) -> None:
    path = workspace_dir / ".sr-editor" / "alt" / "outbox.json"
    path.parent.mkdir(parents=True)
    path.write_text('{"entries": [{"item_id": "prod:media:5", "alt": "half')
    with pytest.raises(AltStateError, match=r"outbox\.json"):
        Outbox(workspace_dir)
    assert path.read_text().endswith('"half')


def test_a_failed_write_keeps_the_previous_outbox(workspace_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    outbox = Outbox(workspace_dir)
    outbox.add("prod:media:5", "prod", 5, "Kept", False)

    def no_space(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("sr_editor.core.alt.state.atomic_write_bytes", no_space)
    with pytest.raises(AltStateError, match="No space left"):
        outbox.add("prod:media:6", "prod", 6, "Lost?", False)
    assert [e.alt for e in outbox.entries] == ["Kept"]
    monkeypatch.undo()
    assert [e.alt for e in Outbox(workspace_dir).entries] == ["Kept"]


def test_site_cache_round_trips_and_a_damaged_one_is_ignored(workspace_dir: Path) -> None:
    from sr_editor.core.alt.state import MediaInfo, PostInfo, cache_path

    cache = SiteCache("prod", user_id=3, media={5: MediaInfo(5, alt="", file="a.jpg")},
                      posts={9: PostInfo(9, title="T", media_ids=[5], context={"5": ["b", "a"]})})
    save_cache(workspace_dir, cache)
    loaded = load_cache(workspace_dir, "prod")
    assert loaded == cache
    cache_path(workspace_dir, "prod").write_text("{not json")
    assert load_cache(workspace_dir, "prod") is None


def test_a_description_survives_a_crash_right_after_it_was_kept(workspace_dir: Path) -> None:
    import subprocess
    import sys

    script = ("import os, sys; from pathlib import Path; from sr_editor.core.alt.state import Outbox; "
              "Outbox(Path(sys.argv[1])).add('prod:media:5', 'prod', 5, 'Kept through a crash', False); "
              "os._exit(9)")
    done = subprocess.run([sys.executable, "-c", script, str(workspace_dir)], check=False, timeout=60)
    assert done.returncode == 9
    assert [e.alt for e in Outbox(workspace_dir).pending()] == ["Kept through a crash"]


@pytest.mark.parametrize("damage", [{"capabilities": []}, {"user_id": "7"}, {"media": [{"id": 1, "alt": 5}]},
                                    {"posts": [{"id": 2, "media_ids": "12"}]}, {"roles": None}])
def test_a_cache_with_fields_of_the_wrong_type_is_unreadable_not_a_crash_later(
    workspace_dir: Path, damage: dict[str, object],
) -> None:
    import json

    save_cache(workspace_dir, SiteCache("s"))
    path = workspace_dir / ".sr-editor" / "alt" / "s" / "cache.json"
    path.write_text(json.dumps({**json.loads(path.read_text()), **damage}), encoding="utf-8")
    assert load_cache(workspace_dir, "s") is None


def test_an_outbox_entry_of_the_wrong_type_names_the_file_and_is_kept(workspace_dir: Path) -> None:
    path = workspace_dir / ".sr-editor" / "alt" / "outbox.json"
    path.parent.mkdir(parents=True)
    text = '{"entries": [{"entry_id": "a", "item_id": "s:media:1", "site": "s", "media_id": 1, "alt": 5, ' \
           '"decorative": false}]}'
    path.write_text(text, encoding="utf-8")
    with pytest.raises(AltStateError, match=r"outbox\.json"):
        Outbox(workspace_dir)
    assert path.read_text(encoding="utf-8") == text
