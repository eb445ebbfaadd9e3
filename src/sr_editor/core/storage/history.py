"""Local history: every save first keeps the previous file under `.sr-editor/history/<slug>/`.

Retention policy (per article):
  0. while typing, at most one version per `min_interval` (60 s) is kept: a "save"/"autosave" that replaces a
     version younger than that records nothing (restore, rename and the like always record);
  1. the newest `keep_last` versions (50) are always kept;
  2. beyond those, one version per calendar day (UTC, the newest of that day) is kept for `keep_days` (30) days;
  3. anything older than that is deleted;
  4. if the article's history still exceeds `max_bytes` (20 MB), the oldest versions go first, but the newest
     version is never deleted.
Restoring is an ordinary save of the old text, so a restore is itself kept in history and can be undone.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Protocol

from sr_editor.core.article.article import Article
from sr_editor.core.article.frontmatter import decode_article_bytes, parse_article
from sr_editor.core.errors import SrEditorError
from sr_editor.core.i18n import translate
from sr_editor.core.storage.atomicfile import atomic_write_bytes, remove_stale_temp_files


class ArticleSaver(Protocol):
    """What restoring needs of core.storage.store.ArticleStore: a guarded save that records the current text first."""

    def save(self, bundle: Path, article: Article, expected_hash: str | None, reason: str = "save") -> str: ...


log = logging.getLogger(__name__)

_NAME = re.compile(r"^(\d{8}T\d{6}\.\d{6}Z)(?:-(\d+))?~([a-z0-9-]+)\.md$")
_TIME_FORMAT = "%Y%m%dT%H%M%S.%fZ"


class HistoryVersionNotFoundError(SrEditorError):
    def __init__(self, bundle: Path, version_id: str) -> None:
        self.bundle = bundle
        self.version_id = version_id
        super().__init__(translate(
            "HistoryVersionNotFoundError", "{0}: the earlier version {1} is no longer in the local history.").format(
                bundle, version_id))


@dataclass(frozen=True)
class HistoryVersion:
    id: str  # file name, unique per article; sorts by time
    time: datetime  # UTC, when it was replaced by a newer save
    reason: str  # why it was replaced: "save", "autosave", "restore", ...
    size: int  # bytes


@dataclass(frozen=True)
class HistoryPolicy:
    keep_last: int = 50
    keep_days: int = 30
    max_bytes: int = 20 * 1024 * 1024
    min_interval: float = 60.0  # seconds between two recorded "save"/"autosave" versions


# Reasons whose versions are thinned by `min_interval`: autosave runs every few seconds of idle typing and
# would otherwise push a day's work out of the newest 50 within minutes.
COALESCED_REASONS = frozenset({"save", "autosave"})


class LocalHistory:
    """Earlier versions of each article's index.md, keyed by the bundle folder name."""

    def __init__(self, history_dir: Path, policy: HistoryPolicy | None = None) -> None:
        self.dir = history_dir
        self.policy = policy or HistoryPolicy()

    def folder(self, bundle: Path) -> Path:
        return self.dir / bundle.name

    def record(self, bundle: Path, data: bytes, reason: str = "save", now: datetime | None = None) -> str | None:
        """Keep `data` as a version; returns its id, or None when nothing was recorded (same bytes as the newest
        version, or a typing save within `min_interval` of it)."""
        folder = self.folder(bundle)
        folder.mkdir(parents=True, exist_ok=True)
        now = now or datetime.now(UTC)
        tag = _reason_tag(reason)
        existing = self.versions(bundle)
        if existing and self._redundant(bundle, existing[0], data, tag, now):
            return None
        stamp = now.strftime(_TIME_FORMAT)
        name = f"{stamp}~{tag}.md"
        counter = 1
        while (folder / name).exists():
            counter += 1
            name = f"{stamp}-{counter}~{tag}.md"
        atomic_write_bytes(folder / name, data, durable=False)
        self.prune(bundle, now=now)
        remove_stale_temp_files(folder)
        return name

    def _redundant(self, bundle: Path, newest: HistoryVersion, data: bytes, tag: str, now: datetime) -> bool:
        recent = timedelta(0) <= now - newest.time < timedelta(seconds=self.policy.min_interval)
        if recent and tag in COALESCED_REASONS and newest.reason in COALESCED_REASONS:
            return True
        return newest.size == len(data) and self.read(bundle, newest.id) == data

    def versions(self, bundle: Path) -> list[HistoryVersion]:
        """Newest first; files that do not look like ours are ignored."""
        found: list[HistoryVersion] = []
        try:
            entries = list(os.scandir(self.folder(bundle)))
        except FileNotFoundError:
            return []
        for entry in entries:
            match = _NAME.match(entry.name)
            if not match:
                continue
            try:
                size = entry.stat().st_size
            except OSError:
                continue
            when = datetime.strptime(match.group(1), _TIME_FORMAT).replace(tzinfo=UTC)
            found.append(HistoryVersion(entry.name, when, match.group(3), size))
        found.sort(key=lambda v: (v.time, _counter(v.id)), reverse=True)
        return found

    def read(self, bundle: Path, version_id: str) -> bytes:
        if not _NAME.match(version_id):
            raise HistoryVersionNotFoundError(bundle, version_id)
        try:
            return (self.folder(bundle) / version_id).read_bytes()
        except FileNotFoundError as exc:
            raise HistoryVersionNotFoundError(bundle, version_id) from exc

    def restore(self, store: ArticleSaver, bundle: Path, version_id: str, expected_hash: str | None) -> str:
        """Save an earlier version through the store, so the current text lands in history first."""
        data = self.read(bundle, version_id)
        article = parse_article(decode_article_bytes(data, bundle / "index.md"), bundle / "index.md")
        return store.save(bundle, article, expected_hash, reason="restore")

    def prune(self, bundle: Path, now: datetime | None = None) -> list[str]:
        """Apply the retention policy of the module docstring; returns the ids deleted."""
        versions = self.versions(bundle)
        doomed = set(_beyond_policy(versions, self.policy, now or datetime.now(UTC)))
        kept = [v for v in versions if v.id not in doomed]
        total = sum(v.size for v in kept)
        while len(kept) > 1 and total > self.policy.max_bytes:
            oldest = kept.pop()
            total -= oldest.size
            doomed.add(oldest.id)
        for version_id in doomed:
            try:
                (self.folder(bundle) / version_id).unlink()
            except OSError as exc:
                log.warning("cannot delete history version %s of %s: %s", version_id, bundle.name, exc)
        return sorted(doomed)

    def move(self, old_bundle: Path, new_bundle: Path) -> None:
        """Follow a rename of the bundle folder, merging into any history already under the new name (best
        effort: history is a convenience, not the article)."""
        old, new = self.folder(old_bundle), self.folder(new_bundle)
        if not old.is_dir() or old == new:
            return
        try:
            if not new.exists():
                old.rename(new)
                return
            for item in old.iterdir():
                if not (new / item.name).exists():
                    item.rename(new / item.name)
            shutil.rmtree(old, ignore_errors=True)
        except OSError as exc:
            log.warning("cannot move history %s to %s: %s", old, new, exc)
        self.prune(new_bundle)


def _beyond_policy(versions: list[HistoryVersion], policy: HistoryPolicy, now: datetime) -> list[str]:
    """Ids outside rules 1-3: not among the newest keep_last, and not the newest of a day within keep_days."""
    cutoff = now - timedelta(days=policy.keep_days)
    doomed: list[str] = []
    days_seen: set[str] = set()
    for version in versions[policy.keep_last :]:
        day = version.time.strftime("%Y%m%d")
        if version.time >= cutoff and day not in days_seen:
            days_seen.add(day)
            continue
        doomed.append(version.id)
    return doomed


def _reason_tag(reason: str) -> str:
    tag = re.sub(r"[^a-z0-9]+", "-", reason.lower()).strip("-")
    return tag[:40] or "save"


def _counter(version_id: str) -> int:
    match = _NAME.match(version_id)
    return int(match.group(2)) if match and match.group(2) else 1
