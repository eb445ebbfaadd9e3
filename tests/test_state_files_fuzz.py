"""Every field of every state file (alt-text cache and outbox, site list, term cache, account, workspace lock,
recovery snapshots, listing cache, the front matter's remote records) set to every value YAML can build: the file
is read or skipped with a warning, or a clear error names it; what is read is then used as the program uses it.
Never a traceback.

The values are those a hand edit, a damaged disk or another program can put in a field: nothing, booleans, huge and
negative whole numbers, infinities and NaN, texts (empty, a path out, a NUL), lists and mappings, dates, bytes.
"""

from __future__ import annotations

import contextlib
import copy
import datetime
import json
import time
from pathlib import Path
from typing import Any

import pytest
import yaml

from sr_editor.core.alt.state import AltStateError, Outbox, cache_path, load_cache, save_cache
from sr_editor.core.article.article import Article
from sr_editor.core.errors import WorkspaceLockedError
from sr_editor.core.storage.index_cache import CACHE_NAME
from sr_editor.core.storage.lock import WorkspaceLock
from sr_editor.core.storage.recovery import RecoveryStore
from sr_editor.core.storage.store import ArticleStore
from sr_editor.core.storage.workspace import Workspace
from sr_editor.publish.alt.engine import AltEngine
from sr_editor.publish.sync import flow, pull_post
from sr_editor.publish.wordpress import media, roles, terms
from sr_editor.publish.wordpress.client import normalize_site_url
from sr_editor.publish.wordpress.sites import SiteProfileError, SiteRegistry, validate_name

VALUES: list[Any] = [
    None, True, False, 0, -1, 10**30, 2**63, float("inf"), float("-inf"), float("nan"), 1.5, "", "x", "7",
    "../../outside", "a\x00b", [], [None], [1, "a", float("inf")], {}, {"a": None}, {"id": float("inf")},
    datetime.date(2020, 1, 1), datetime.datetime(2020, 1, 1, 12, 0), b"\x00\xff",
]


def swapped(data: Any, where: tuple[str | int, ...], value: Any) -> Any:
    """A deep copy of `data` with the field at `where` (keys and list indexes) set to `value`."""
    changed = copy.deepcopy(data)
    if not where:
        return value
    target = changed
    for step in where[:-1]:
        target = target[step]
    target[where[-1]] = value
    return changed


def write_json(path: Path, data: Any) -> None:
    """As JSON can carry it: Infinity and NaN as Python writes them, dates and bytes as their text."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, default=repr), encoding="utf-8")


def field_paths(data: Any, prefix: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    """Every field of a JSON document, the document itself included (the first item of each list stands for
    the others)."""
    found = [prefix]
    if isinstance(data, dict):
        for key, value in data.items():
            found += field_paths(value, (*prefix, key))
    elif isinstance(data, list) and data:
        found += field_paths(data[0], (*prefix, 0))
    return found


def cases(document: Any) -> list[Any]:
    """One test per field (all values inside, so the count stays bounded)."""
    return [pytest.param(where, id="/".join(map(str, where)) or "whole") for where in field_paths(document)]


# ----- alt-text queue: the site cache -------------------------------------------------------------------------
CACHE: dict[str, Any] = {
    "version": 1, "site": "s", "user_id": 3, "roles": ["editor"], "capabilities": {"edit_others_posts": True},
    "categories": {"4": "Africa"}, "media_cursor": "2026-01-01T00:00:00", "posts_cursor": "", "synced_at": 0.0,
    "media": [{"id": 5, "alt": "", "caption": "c", "title": "t", "author": 3, "url": "https://x/a.jpg",
               "display_url": "", "modified_gmt": "2026-01-01T00:00:00", "file": "a.jpg"}],
    "posts": [{"id": 9, "title": "T", "status": "publish", "author": 3, "categories": [4], "featured_media": 5,
               "media_ids": [5], "context": {"5": ["before", "after"]}, "modified_gmt": ""}],
}


def _engine(workspace: Path) -> AltEngine:
    return AltEngine(workspace, ArticleStore(workspace, keep_history=False), lambda: [])


@pytest.mark.parametrize("where", cases(CACHE))
def test_alt_cache_field_of_any_value_is_read_or_ignored(tmp_path: Path, where: tuple[Any, ...]) -> None:
    for value in VALUES:
        write_json(cache_path(tmp_path, "s"), swapped(CACHE, where, value))
        cache = load_cache(tmp_path, "s")
        if cache is not None:
            cache.abilities()
            engine = _engine(tmp_path)
            for item in engine.site_items("s"):
                engine.find(item.id).to_json()
            save_cache(tmp_path, cache)


# ----- alt-text queue: the outbox -----------------------------------------------------------------------------
OUTBOX: dict[str, Any] = {"entries": [{
    "entry_id": "e1", "item_id": "s:media:5", "site": "s", "media_id": 5, "alt": "A street", "decorative": False,
    "state": "waiting", "reason": "", "created": 1.0, "sent_at": 0.0, "report": ["sent"]}]}


@pytest.mark.parametrize("where", cases(OUTBOX))
def test_outbox_field_of_any_value_is_read_or_named_and_kept(tmp_path: Path, where: tuple[Any, ...]) -> None:
    write_json(cache_path(tmp_path, "s"), CACHE)
    path = tmp_path / ".sr-editor" / "alt" / "outbox.json"
    for value in VALUES:
        write_json(path, swapped(OUTBOX, where, value))
        text = path.read_text(encoding="utf-8")
        try:
            outbox = Outbox(tmp_path)
        except AltStateError as exc:
            assert str(path) in str(exc)
            assert path.read_text(encoding="utf-8") == text  # the user's work is never overwritten
            continue
        outbox.pending("s")
        outbox.latest_by_item()
        [item.to_json() for item in _engine(tmp_path).items()]


# ----- site profiles (sites.json in the config folder) --------------------------------------------------------
SITES: dict[str, Any] = {"sites": [{"name": "prod", "url": "https://news.example", "username": "ed",
                                    "wp_version": "6.1.9"}]}


@pytest.mark.parametrize("where", cases(SITES))
def test_site_list_field_of_any_value_is_read_skipped_or_named(tmp_path: Path, where: tuple[Any, ...]) -> None:
    path = tmp_path / "sites.json"
    for value in VALUES:
        write_json(path, swapped(SITES, where, value))
        registry = SiteRegistry(path)
        try:
            profiles = registry.profiles()
        except SiteProfileError as exc:
            assert str(path) in str(exc)
            continue
        for profile in profiles:
            assert validate_name(profile.name) == profile.name  # names folders and keyring entries
            assert normalize_site_url(profile.url)
            assert profile.username.strip()


# ----- term cache, account ------------------------------------------------------------------------------------
TERMS: dict[str, Any] = {"categories": [{"id": 4, "name": "Africa", "slug": "africa"}],
                         "tags": [{"id": 7, "name": "Haiti", "slug": "haiti"}], "synced_at": "2026-01-01T00:00:00Z"}


@pytest.mark.parametrize("where", cases(TERMS))
def test_term_cache_field_of_any_value_is_read_or_synced_again(tmp_path: Path, where: tuple[Any, ...]) -> None:
    for value in VALUES:
        write_json(terms.cache_path(tmp_path, "s"), swapped(TERMS, where, value))
        cache = terms.load_cache(tmp_path, "s")
        if cache is not None:
            for term in [*cache.categories, *cache.tags]:
                assert type(term.id) is int and isinstance(term.name, str) and isinstance(term.slug, str)
            cache.find("categories", "Africa")
            terms.missing_tags(cache, ["Haiti", "Chile"])


ACCOUNT: dict[str, Any] = {"roles": ["author"], "capabilities": {"publish_posts": True, "upload_files": False},
                           "checked_at": "2026-01-01T00:00:00Z"}


@pytest.mark.parametrize("where", cases(ACCOUNT))
def test_account_field_of_any_value_is_read_or_asked_again(tmp_path: Path, where: tuple[Any, ...]) -> None:
    for value in VALUES:
        write_json(roles.account_path(tmp_path, "s"), swapped(ACCOUNT, where, value))
        account = roles.load_account(tmp_path, "s")
        if account is not None:
            assert account.role
            with contextlib.suppress(roles.RoleCannotDoThis):
                roles.preflight(account, "s", "publish", ["a.jpg"])


# ----- workspace lock, recovery snapshots, listing cache ------------------------------------------------------
@pytest.mark.parametrize("field", ["pid", "host", "time", "token", ""])
def test_workspace_lock_record_of_any_value_is_judged_without_a_crash(tmp_path: Path, field: str) -> None:
    record = {"pid": 999_999_999, "host": "elsewhere", "time": 1.0, "token": "t"}
    lock = WorkspaceLock(tmp_path)
    for value in VALUES:
        write_json(lock.path, swapped(record, (field,) if field else (), value))
        holder = lock.holder()
        if holder is not None:
            holder.describe()
        try:
            with lock:
                pass
        except WorkspaceLockedError as exc:
            assert str(tmp_path) in str(exc)


@pytest.mark.parametrize("field", ["bundle", "saved_at", "text", "base_hash", ""])
def test_recovery_snapshot_of_any_value_is_offered_or_skipped(tmp_path: Path, field: str) -> None:
    import datetime as dt

    store = RecoveryStore(tmp_path / "recovery")
    path = store.store(tmp_path / "story", "unsaved text", None)
    record = json.loads(path.read_text(encoding="utf-8"))
    for value in VALUES:
        write_json(path, swapped(record, (field,) if field else (), value))
        for snapshot in store.list():
            dt.datetime.fromtimestamp(snapshot.saved_at).strftime("%Y-%m-%d %H:%M:%S")  # as the dialog shows it


def test_listing_cache_row_of_any_value_is_read_again_from_the_article(tmp_path: Path) -> None:
    bundle = tmp_path / "story"
    bundle.mkdir()
    ArticleStore(tmp_path, keep_history=False).save(bundle, Article(meta={"title": "Story"}, body="Text.\n"), None)
    Workspace(tmp_path).list_articles()
    path = tmp_path / ".sr-editor" / CACHE_NAME
    data = json.loads(path.read_text(encoding="utf-8"))
    for where in field_paths(data):
        for value in VALUES:
            write_json(path, swapped(data, where, value))
            [summary] = Workspace(tmp_path).list_articles()
            assert summary.title == "Story"
            time.strftime("%Y-%m-%d %H:%M", time.localtime(summary.updated))  # as the article list shows it


# ----- the front matter's remote records (YAML, so dates and binary too) --------------------------------------
REMOTE: dict[str, Any] = {"post_id": 12, "modified_gmt": "2026-01-01T00:00:00",
                          "media": {"a.jpg": {"id": 77, "sha256": "ab" * 32, "url": "https://x/a.jpg", "alt": "A",
                                              "caption": "", "credit": ""}}}


@pytest.mark.parametrize("where", cases(REMOTE))
def test_remote_record_of_any_yaml_value_is_read_or_ignored(tmp_path: Path, where: tuple[Any, ...]) -> None:
    bundle = tmp_path / "story"
    bundle.mkdir()
    for value in VALUES:
        remote = {"prod": swapped(REMOTE, where, value)}
        front = yaml.safe_dump({"title": "Story", "remote": remote}, allow_unicode=True)
        (bundle / "index.md").write_text(f"---\n{front}---\nText.\n", encoding="utf-8")
        article = ArticleStore(tmp_path, keep_history=False).load(bundle).article
        entry = article.remote_for("prod")
        post_id = flow._int_or_none(entry.get("post_id"))
        assert post_id is None or (type(post_id) is int and post_id >= 0)
        for record in pull_post._records(entry).values():
            assert type(record.id) is int and isinstance(record.sha256, str)
            media.needs_upload(record, "ab" * 32)
            record.to_meta()
