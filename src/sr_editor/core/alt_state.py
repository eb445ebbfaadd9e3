"""What the alt-text queue keeps in the workspace's state folder, so volunteers can work offline.

`.sr-editor/alt/<site>/cache.json` holds the site's media items, the posts that use them (title, regions, status,
the paragraphs around each image) and the sync cursors; `thumbs/` beside it holds the images to show. Losing the
cache costs a sync. `.sr-editor/alt/outbox.json` holds the descriptions typed but not yet sent: it is the user's
work, so it is written atomically and durably on every change, and a damaged outbox is never overwritten.
"""

from __future__ import annotations

import json
import time
import uuid
from dataclasses import MISSING, asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from sr_editor.core.atomicfile import atomic_write_bytes
from sr_editor.core.errors import SrEditorError
from sr_editor.core.i18n import translate
from sr_editor.core.store import STATE_DIR

ALT_DIR = "alt"
CACHE_VERSION = 1
WAITING, SENT, FAILED = "waiting", "sent", "failed"


class AltStateError(SrEditorError):
    """A state file that cannot be read or written; the message names the file."""

    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        super().__init__(f"{path}: {reason}.")


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

    def can_edit(self, author: int, status: str = "") -> bool:
        caps = self.capabilities
        if author != self.user_id and not caps.get("edit_others_posts"):
            return False
        return status not in ("publish", "future") or bool(caps.get("edit_published_posts"))

    @property
    def role(self) -> str:
        return ", ".join(self.roles) or translate("alt_state", "no role")

    def abilities(self) -> str:
        """What this account may change, in one sentence for the volunteer."""
        caps = self.capabilities
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
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(raw, dict) or raw.get("version") != CACHE_VERSION:
        return None
    try:
        return _cache_from(raw, site)
    except (TypeError, ValueError, KeyError):
        return None


def _pick(cls: type[Any], raw: dict[str, Any]) -> Any:
    """One dataclass from its JSON; TypeError when a field has another type than its default's (a cache or
    outbox edited by hand or damaged: `"alt": 5`, `"capabilities": []`)."""
    made = cls(**{k: v for k, v in raw.items() if k in {f.name for f in fields(cls)}})
    for f in fields(cls):
        default = f.default_factory() if callable(f.default_factory) else f.default
        default = _SAMPLES.get(str(f.type), default) if default is MISSING else default
        value = getattr(made, f.name)
        if isinstance(default, bool | int | float | str | list | dict) and not _same_kind(value, default):
            raise TypeError(f"{f.name} is {type(value).__name__}")
    return made


_SAMPLES: dict[str, Any] = {"str": "", "int": 0, "bool": False, "float": 0.0}  # fields without a default


def _same_kind(value: Any, default: Any) -> bool:
    if isinstance(default, float):
        return isinstance(value, int | float) and not isinstance(value, bool)
    if isinstance(default, int) and not isinstance(default, bool):
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, type(default))


def _cache_from(raw: dict[str, Any], site: str) -> SiteCache:
    cache: SiteCache = _pick(SiteCache, {**{k: v for k, v in raw.items() if k not in ("media", "posts")},
                                         "site": site})
    cache.media = {int(m["id"]): _pick(MediaInfo, m) for m in raw.get("media", [])}
    cache.posts = {int(p["id"]): _pick(PostInfo, p) for p in raw.get("posts", [])}
    return cache


def save_cache(workspace: Path, cache: SiteCache) -> None:
    path = cache_path(workspace, cache.site)
    data = {f.name: getattr(cache, f.name) for f in fields(cache) if f.name not in ("media", "posts")}
    data["version"] = CACHE_VERSION
    data["media"] = [vars(m) for m in cache.media.values()]  # flat dataclasses: no deep copy (20,000 items)
    data["posts"] = [vars(p) for p in cache.posts.values()]
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(path, json.dumps(data, ensure_ascii=False).encode("utf-8"), durable=False)
    except OSError as exc:
        raise AltStateError(path, translate("alt_state", "the site's queue cannot be saved ({0})").format(
            exc.strerror or exc)) from exc


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
    """Descriptions for site images, kept until sent; every change is on disk before the call returns."""

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
        except (TypeError, AttributeError) as exc:
            raise AltStateError(self.path, translate(
                "alt_state", "the descriptions waiting to be sent are not in the expected form; it is left as it is "
                "so nothing is lost")) from exc

    def save(self) -> None:
        data = json.dumps({"entries": [asdict(e) for e in self.entries]}, ensure_ascii=False, indent=1)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(self.path, data.encode("utf-8"))
        except OSError as exc:
            raise AltStateError(self.path, translate("alt_state", "the description cannot be kept ({0})").format(
                exc.strerror or exc)) from exc

    def add(self, item_id: str, site: str, media_id: int, alt: str, decorative: bool) -> OutboxEntry:
        """Queue a description; a newer one for the same image replaces one still waiting or failed."""
        entry = OutboxEntry(uuid.uuid4().hex, item_id, site, media_id, "" if decorative else alt, decorative,
                            created=time.time())
        previous = list(self.entries)
        self.entries = [e for e in self.entries if not (e.item_id == item_id and e.state != SENT)] + [entry]
        try:
            self.save()
        except AltStateError:
            self.entries = previous
            raise
        return entry

    def pending(self, site: str | None = None) -> list[OutboxEntry]:
        return [e for e in self.entries if e.state != SENT and (site is None or e.site == site)]

    def latest(self, item_id: str) -> OutboxEntry | None:
        return next((e for e in reversed(self.entries) if e.item_id == item_id), None)

    def latest_by_item(self) -> dict[str, OutboxEntry]:
        return {e.item_id: e for e in self.entries}  # later entries win

    def mark(self, entry: OutboxEntry, state: str, reason: str = "", report: list[str] | None = None) -> None:
        entry.state, entry.reason = state, reason
        entry.report = list(report or [])
        if state == SENT:
            entry.sent_at = time.time()
        self.save()
