"""What the alt-text queue keeps in the workspace's state folder, so volunteers can work offline.

`.sr-editor/alt/<site>/cache.json` holds the site's media items, the posts that use them (title, regions, status,
the paragraphs around each image) and the sync cursors; `thumbs/` beside it holds the images to show. Losing the
cache costs a sync. `.sr-editor/alt/outbox.json` holds the descriptions typed but not yet sent: it is the user's
work, so it is written atomically and durably on every change, and a damaged outbox is never overwritten.
"""

from __future__ import annotations

import json
import logging
import math
import time
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any, get_args, get_origin, get_type_hints

from sr_editor.core.errors import SrEditorError
from sr_editor.core.i18n import translate
from sr_editor.core.storage.atomicfile import atomic_write_bytes
from sr_editor.core.storage.lock import StateFileBusyError, state_file_lock
from sr_editor.core.storage.store import STATE_DIR
from sr_editor.core.visible_text import shown_path

log = logging.getLogger(__name__)

ALT_DIR = "alt"
CACHE_VERSION = 1
WAITING, SENT, FAILED = "waiting", "sent", "failed"


class AltStateError(SrEditorError):
    """A state file that cannot be read or written; the message names the file."""

    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        super().__init__(f"{shown_path(path)}: {reason}.")


def alt_dir(workspace: Path) -> Path:
    return workspace / STATE_DIR / ALT_DIR


def site_dir(workspace: Path, site: str) -> Path:
    return alt_dir(workspace) / site


# ----- the site cache ---------------------------------------------------------------------------------------------
@dataclass
class MediaInfo:
    id: int
    alt: str = ""
    caption: str = ""  # plain text
    title: str = ""
    author: int = 0
    url: str = ""  # the original file
    display_url: str = ""  # a size fit for the screen (large, else the original)
    modified_gmt: str = ""
    file: str = ""  # file name, for messages


@dataclass
class PostInfo:
    id: int
    title: str = ""
    status: str = ""
    author: int = 0
    categories: list[int] = field(default_factory=list)
    featured_media: int = 0
    media_ids: list[int] = field(default_factory=list)  # images shown in the content
    context: dict[str, list[str]] = field(default_factory=dict)  # media id -> [paragraph before, after]
    modified_gmt: str = ""


@dataclass
class SiteCache:
    site: str
    user_id: int = 0
    roles: list[str] = field(default_factory=list)
    capabilities: dict[str, bool] = field(default_factory=dict)
    categories: dict[str, str] = field(default_factory=dict)  # id -> name
    media: dict[int, MediaInfo] = field(default_factory=dict)
    posts: dict[int, PostInfo] = field(default_factory=dict)
    media_cursor: str = ""  # latest media modified_gmt seen; the next sync asks for what changed after it
    posts_cursor: str = ""
    synced_at: float = 0.0
    # the file as this copy last read or wrote it (mtime, size, inode): unchanged since, it needs no merge before
    # the next save (reading 20,000 items back takes about half a second, after every description sent)
    disk_stamp: tuple[int, int, int] | None = field(default=None, compare=False, repr=False)

    def can_edit(self, author: int, status: str = "") -> bool:
        caps = self.capabilities
        if author != self.user_id and not caps.get("edit_others_posts"):
            return False
        return status not in ("publish", "future") or bool(caps.get("edit_published_posts"))

    @property
    def can_describe(self) -> bool:
        """The companion plugin's `sr_describe_images`: the alt of any image, in every post, and nothing else."""
        return bool(self.capabilities.get("sr_describe_images"))

    def may_describe(self, author: int, status: str = "") -> bool:
        """Whether this account may set the alt of an image (or in a post) of this author and status."""
        return self.can_describe or self.can_edit(author, status)

    @property
    def role(self) -> str:
        return ", ".join(self.roles) or translate("alt_state", "no role")

    def abilities(self) -> str:
        """What this account may change, in one sentence for the volunteer."""
        caps = self.capabilities
        if self.can_describe and not (caps.get("edit_others_posts") and caps.get("edit_published_posts")):
            return translate("alt_state", "Your account on {0} ({1}) may describe every image through the companion "
                             "plugin's Image describer rights, and change nothing else.").format(self.site, self.role)
        if caps.get("edit_others_posts") and caps.get("edit_published_posts"):
            return translate("alt_state", "Your account on {0} ({1}) may describe every image and update every "
                             "post.").format(self.site, self.role)
        if caps.get("edit_others_posts"):
            return translate("alt_state", "Your account on {0} ({1}) may describe every image and update every post "
                             "(not published ones).").format(self.site, self.role)
        if caps.get("edit_posts"):
            return translate("alt_state", "Your account on {0} ({1}) may describe only the images it uploaded and "
                             "update only its own posts; the others are shown but not offered.").format(
                                 self.site, self.role)
        return translate("alt_state", "Your account on {0} ({1}) may not change images or posts.").format(
            self.site, self.role)

    def usages_of(self) -> dict[int, list[tuple[PostInfo, str]]]:
        """media id -> [(post, "inline" | "featured")], built once per listing."""
        index: dict[int, list[tuple[PostInfo, str]]] = {}
        for post in self.posts.values():
            for media_id in post.media_ids:
                index.setdefault(media_id, []).append((post, "inline"))
            if post.featured_media and post.featured_media not in post.media_ids:
                index.setdefault(post.featured_media, []).append((post, "featured"))
        return index


def cache_path(workspace: Path, site: str) -> Path:
    return site_dir(workspace, site) / "cache.json"


def load_cache(workspace: Path, site: str) -> SiteCache | None:
    """The cached queue of a site, None when there is none or it is unreadable (a sync rebuilds it)."""
    path = cache_path(workspace, site)
    stamp = _stamp(path)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(raw, dict) or raw.get("version") != CACHE_VERSION:
        return None
    try:
        cache = _cache_from(raw, site)
    except (TypeError, ValueError, KeyError, OverflowError) as exc:
        log.warning("%s: ignoring the site's queue, a sync will fetch it again (%s)", path, exc)
        return None
    if stamp == _stamp(path):  # not replaced while we read it
        cache.disk_stamp = stamp
    return cache


def _pick(cls: type[Any], raw: dict[str, Any]) -> Any:
    """One dataclass from its JSON; TypeError when a field (or an item inside a list or mapping field) has
    another type than declared (a cache or outbox edited by hand or damaged: `"alt": 5`, `"capabilities": []`,
    `"media_ids": [1e999]`)."""
    if not isinstance(raw, dict):
        raise TypeError(f"a {cls.__name__} is {type(raw).__name__}")
    hints = _hints(cls)
    made = cls(**{k: v for k, v in raw.items() if k in hints})
    for name, hint in hints.items():
        if not _conforms(getattr(made, name), hint):
            raise TypeError(f"{name} is not {hint}")
    return made


_HINTS: dict[type[Any], dict[str, Any]] = {}


def _hints(cls: type[Any]) -> dict[str, Any]:
    if cls not in _HINTS:
        resolved = get_type_hints(cls)
        _HINTS[cls] = {f.name: resolved[f.name] for f in fields(cls)}
    return _HINTS[cls]


def _conforms(value: Any, hint: Any) -> bool:
    """`value` is of the declared type: ints are not bools, floats are finite numbers, and lists and mappings
    hold items of their declared types (media and posts, filled by `_cache_from`, are checked there)."""
    origin, args = get_origin(hint), get_args(hint)
    if hint is bool:
        return isinstance(value, bool)
    if hint is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if hint is float:
        return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)
    if hint is str:
        return isinstance(value, str)
    if origin is list:
        return isinstance(value, list) and all(_conforms(v, args[0]) for v in value)
    if origin is dict:
        if not isinstance(value, dict):
            return False
        if args[1] in (MediaInfo, PostInfo):
            return True
        return all(_conforms(k, args[0]) and _conforms(v, args[1]) for k, v in value.items())
    return True


_NOT_SAVED = ("media", "posts", "disk_stamp")  # media and posts are saved as lists


def _cache_from(raw: dict[str, Any], site: str) -> SiteCache:
    cache: SiteCache = _pick(SiteCache, {**{k: v for k, v in raw.items() if k not in _NOT_SAVED}, "site": site})
    media, posts = raw.get("media", []), raw.get("posts", [])
    if not isinstance(media, list) or not isinstance(posts, list):
        raise TypeError("media and posts are lists")
    cache.media = {m.id: m for m in (_pick(MediaInfo, m) for m in media)}
    cache.posts = {p.id: p for p in (_pick(PostInfo, p) for p in posts)}
    if any(i < 0 for i in (*cache.media, *cache.posts)):
        raise ValueError("an id is negative")  # item ids are `<site>:media:<digits>`
    return cache


def save_cache(workspace: Path, cache: SiteCache) -> None:
    """Write the cache; under its lock, what another program synced meanwhile is merged in first (see
    `_merge_newer`), so a window holding an older copy never throws away a newer sync."""
    path = cache_path(workspace, cache.site)
    try:
        with state_file_lock(path):
            known = cache.disk_stamp is not None and _stamp(path) == cache.disk_stamp
            on_disk = None if known else load_cache(workspace, cache.site)
            if on_disk is not None:  # another program wrote it since we read or wrote it
                _merge_newer(cache, on_disk)
            data = {f.name: getattr(cache, f.name) for f in fields(cache) if f.name not in _NOT_SAVED}
            data["version"] = CACHE_VERSION
            data["media"] = [vars(m) for m in cache.media.values()]  # flat dataclasses: no deep copy (20,000)
            data["posts"] = [vars(p) for p in cache.posts.values()]
            path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(path, json.dumps(data, ensure_ascii=False).encode("utf-8"), durable=False)
            cache.disk_stamp = _stamp(path)
    except StateFileBusyError as exc:
        raise AltStateError(path, translate("AltStateError", "another program keeps the site's queue busy; it "
                                            "was not saved")) from exc
    except OSError as exc:
        raise AltStateError(path, translate("alt_state", "the site's queue cannot be saved ({0})").format(
            exc.strerror or exc)) from exc


def _stamp(path: Path) -> tuple[int, int, int] | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_mtime_ns, info.st_size, info.st_ino


def _merge_newer(cache: SiteCache, other: SiteCache) -> None:
    """Into `cache`: each media item and post of `other` that is newer (by the site's modified time), the later
    cursors, and the account of the later sync. Each copy holds every change up to its cursor, so the merge
    holds every change up to the later one."""
    for mine, theirs in ((cache.media, other.media), (cache.posts, other.posts)):
        for key, item in theirs.items():
            held = mine.get(key)
            if held is None or item.modified_gmt > held.modified_gmt:
                mine[key] = item  # type: ignore[assignment]
    cache.media_cursor = max(cache.media_cursor, other.media_cursor)
    cache.posts_cursor = max(cache.posts_cursor, other.posts_cursor)
    if other.synced_at > cache.synced_at:
        cache.synced_at, cache.user_id, cache.roles = other.synced_at, other.user_id, other.roles
        cache.capabilities, cache.categories = other.capabilities, other.categories


def thumb_path(workspace: Path, site: str, media_id: int) -> Path:
    return site_dir(workspace, site) / "thumbs" / f"{media_id}.img"


# ----- the outbox -------------------------------------------------------------------------------------------------
@dataclass
class OutboxEntry:
    entry_id: str
    item_id: str
    site: str
    media_id: int
    alt: str
    decorative: bool
    state: str = WAITING
    reason: str = ""
    created: float = 0.0
    sent_at: float = 0.0
    report: list[str] = field(default_factory=list)  # what sending did, one sentence each


class Outbox:
    """Descriptions for site images, kept until sent; every change is on disk before the call returns.

    The window and `sr-editor alt` may change the outbox at the same time, so no change writes back a copy read
    earlier: each one takes the outbox's lock, reads the file again, applies itself to what is there and writes
    that (`entries` is then the file as written)."""

    def __init__(self, workspace: Path) -> None:
        self.path = alt_dir(workspace) / "outbox.json"
        self.entries: list[OutboxEntry] = self._read()

    def _read(self) -> list[OutboxEntry]:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return []
        except (OSError, ValueError) as exc:
            raise AltStateError(self.path, translate(
                "alt_state", "the descriptions waiting to be sent cannot be read; it is left as it is so nothing is "
                "lost ({0})").format(exc)) from exc
        try:
            return [_pick(OutboxEntry, e) for e in raw.get("entries", [])]
        except (TypeError, AttributeError, ValueError, OverflowError) as exc:
            raise AltStateError(self.path, translate(
                "alt_state", "the descriptions waiting to be sent are not in the expected form; it is left as it is "
                "so nothing is lost")) from exc

    def refresh(self) -> None:
        """Read the file again (another program may have queued or sent descriptions)."""
        self.entries = self._read()

    def _change(self, apply: Callable[[list[OutboxEntry]], list[OutboxEntry]]) -> None:
        """Under the lock: read the file, apply the change to what is there, write it; `entries` follows."""
        try:
            with state_file_lock(self.path):
                changed = apply(self._read())
                self._write(changed)
        except StateFileBusyError as exc:
            raise AltStateError(self.path, translate("AltStateError", "another program keeps the outbox busy; the "
                                                     "description was not kept, try again")) from exc
        self.entries = changed

    def _write(self, entries: list[OutboxEntry]) -> None:
        data = json.dumps({"entries": [asdict(e) for e in entries]}, ensure_ascii=False, indent=1)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(self.path, data.encode("utf-8"))
        except OSError as exc:
            raise AltStateError(self.path, translate("alt_state", "the description cannot be kept ({0})").format(
                exc.strerror or exc)) from exc

    def save(self) -> None:
        """Write every entry held here over what the file has for it (an entry another program replaced in the
        meantime stays replaced, unless ours was sent)."""
        mine = list(self.entries)
        self._change(lambda entries: _merged(entries, mine))

    def add(self, item_id: str, site: str, media_id: int, alt: str, decorative: bool) -> OutboxEntry:
        """Queue a description; a newer one for the same image replaces one still waiting or failed."""
        entry = OutboxEntry(uuid.uuid4().hex, item_id, site, media_id, "" if decorative else alt, decorative,
                            created=time.time())
        self._change(lambda entries: [e for e in entries if not (e.item_id == item_id and e.state != SENT)]
                     + [entry])
        return entry

    def pending(self, site: str | None = None) -> list[OutboxEntry]:
        return [e for e in self.entries if e.state != SENT and (site is None or e.site == site)]

    def latest(self, item_id: str) -> OutboxEntry | None:
        return next((e for e in reversed(self.entries) if e.item_id == item_id), None)

    def latest_by_item(self) -> dict[str, OutboxEntry]:
        return {e.item_id: e for e in self.entries}  # later entries win

    def current(self, entry: OutboxEntry) -> OutboxEntry | None:
        """The entry as the file has it now: None when a newer description replaced it, SENT when another
        program sent it meanwhile."""
        self.refresh()
        return next((e for e in self.entries if e.entry_id == entry.entry_id), None)

    def mark(self, entry: OutboxEntry, state: str, reason: str = "", report: list[str] | None = None) -> None:
        entry.state, entry.reason = state, reason
        entry.report = list(report or [])
        if state == SENT:
            entry.sent_at = time.time()
        self.update(entry)

    def update(self, entry: OutboxEntry) -> None:
        """Write this one entry's state over the file's copy of it."""
        self._change(lambda entries: _merged(entries, [entry]))


def _merged(on_disk: list[OutboxEntry], mine: list[OutboxEntry]) -> list[OutboxEntry]:
    """`on_disk` with each of `mine` written over the entry of the same id. One of ours that is gone from the
    file was replaced by a newer description: a sent one is kept (before the newer one, as a record of what the
    site has), a waiting or failed one stays replaced."""
    by_id = {e.entry_id: e for e in mine}
    merged = [by_id.pop(e.entry_id, e) for e in on_disk]
    for entry in (e for e in mine if e.entry_id in by_id and e.state == SENT):
        place = next((i for i, e in enumerate(merged) if e.item_id == entry.item_id), len(merged))
        merged.insert(place, entry)
    return merged
