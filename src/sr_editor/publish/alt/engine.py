"""The alt-text queue's engine, shared by `sr-editor alt` and the queue window: no Qt, may block (disk, network).

Local images are written at once through the store (or through a writer the window passes in, when the article
is open in the editor). Site images go to the outbox first, so nothing typed is lost offline; `send` and
`sync` deliver waiting entries, each exactly once: an entry is marked sent on disk right after the site took it,
and re-sending one whose mark was lost in a crash changes nothing (see alt_apply).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from sr_editor.core.alt.queue import (
    AltItem,
    LocalTarget,
    UnknownItemError,
    Usage,
    alt_problems,
    check_typed_alt,
    is_local_id,
    linked_articles,
    local_items,
    parse_local_id,
    sentences_around,
    site_id,
    write_linked_alt,
    write_local_alt,
)
from sr_editor.core.alt.state import (
    FAILED,
    SENT,
    WAITING,
    MediaInfo,
    Outbox,
    OutboxEntry,
    PostInfo,
    SiteCache,
    alt_dir,
    load_cache,
    save_cache,
    thumb_path,
)
from sr_editor.core.errors import SrEditorError
from sr_editor.core.i18n import translate
from sr_editor.core.pacing import Progress
from sr_editor.core.storage.store import ArticleStore
from sr_editor.publish import errors
from sr_editor.publish.alt.apply import ApplyReport, MediaRefused
from sr_editor.publish.alt.describer import writer_for
from sr_editor.publish.alt.sync import AccountBeside, Cancelled, fetch_thumbnails, sync_account, sync_library
from sr_editor.publish.review.errors import CompanionMissing
from sr_editor.publish.wordpress.client import WordPressClient

LocalWriter = Callable[[LocalTarget, str, bool], None]
Connect = Callable[[str], WordPressClient]  # site name -> client (the password comes from the keyring)
PICTURES_PER_SYNC = 300
# What leaves an entry waiting (and stops a sync, said once): the site cannot be reached now, or its companion
# plugin, which an Image describer writes through, is gone for now.
_OFFLINE = (errors.SiteUnreachable, errors.SiteTimeout, errors.CredentialsUnavailable, CompanionMissing)


@dataclass
class SetResult:
    item_id: str
    state: str  # "written" (local), WAITING, SENT, FAILED
    messages: list[str] = field(default_factory=list)


@dataclass
class SyncSummary:
    site: str
    media: int = 0
    posts: int = 0
    pictures: int = 0
    sent: list[OutboxEntry] = field(default_factory=list)
    failed: list[OutboxEntry] = field(default_factory=list)


class AltEngine:
    """One workspace's queue; thread-safe (one lock around the outbox and the caches)."""

    def __init__(self, workspace: Path, store: ArticleStore, bundles: Callable[[], list[Path]],
                 connect: Connect | None = None, local_writer: LocalWriter | None = None) -> None:
        self.workspace = workspace
        self.store = store
        self.bundles = bundles
        self.connect = connect
        self.local_writer = local_writer
        self._lock = threading.RLock()  # the outbox and the caches' structure
        self._send_lock = threading.Lock()  # one send at a time (network)
        self._caches: dict[str, SiteCache] = {}
        self._outbox: Outbox | None = None

    @property
    def outbox(self) -> Outbox:
        with self._lock:
            if self._outbox is None:
                self._outbox = Outbox(self.workspace)
            return self._outbox

    def cache(self, site: str) -> SiteCache | None:
        with self._lock:
            if site not in self._caches:
                found = load_cache(self.workspace, site)
                if found is None:
                    return None
                self._caches[site] = found
            return self._caches[site]

    def cached_sites(self) -> list[str]:
        folder = alt_dir(self.workspace)
        try:
            return sorted(p.parent.name for p in folder.glob("*/cache.json"))
        except OSError:
            return []

    # ----- listing ------------------------------------------------------------------------------------------------
    def items(self, sites: list[str] | None = None, local: bool = True) -> list[AltItem]:
        with self._lock:  # another program (`sr-editor alt`, a second window) may have queued or sent some
            self.outbox.refresh()
        found = local_items(self.store, self.bundles()) if local else []
        for site in self.cached_sites() if sites is None else sites:
            found += self.site_items(site)
        return found

    def site_items(self, site: str) -> list[AltItem]:
        cache = self.cache(site)
        if cache is None:
            return []
        with self._lock:
            usages = cache.usages_of()
            pictures = _pictures(thumb_path(self.workspace, site, 0).parent)
            entries = self.outbox.latest_by_item()
            found = (site_item(cache, media, usages.get(media.id, []), pictures.get(media.id, ""),
                               entries.get(f"{site}:media:{media.id}")) for media in cache.media.values())
            return [item for item in found if item is not None]

    def find(self, item_id: str) -> AltItem:
        if is_local_id(item_id):
            for item in local_items(self.store, [parse_local_id(self.store.root, item_id).bundle]):
                if item.id == item_id:
                    return item
            raise UnknownItemError(item_id, translate(
                "UnknownItemError", "Its alt text may already pass the checks; run `sr-editor alt list`."))
        parsed = site_id(item_id)
        if parsed is None:
            raise UnknownItemError(item_id)
        site, media_id = parsed
        cache = self.cache(site)
        if cache is None or media_id not in cache.media:
            raise UnknownItemError(item_id, translate("UnknownItemError", "Run `sr-editor alt sync --site {0}` first.")
                                   .format(site))
        with self._lock:
            picture = _pictures(thumb_path(self.workspace, site, 0).parent).get(media_id, "")
            found = site_item(cache, cache.media[media_id], cache.usages_of().get(media_id, []), picture,
                              self.outbox.latest(item_id), include_passing=True)
        assert found is not None
        return found

    # ----- writing ------------------------------------------------------------------------------------------------
    def set_alt(self, item_id: str, alt: str, decorative: bool = False, send: bool = True) -> SetResult:
        alt = "" if decorative else " ".join(alt.split())
        check_typed_alt(alt)
        if not decorative and not alt:
            raise errors.PublishError(translate("alt_engine", "Type a description, or mark the image decorative."))
        if is_local_id(item_id):
            target = parse_local_id(self.store.root, item_id)
            (self.local_writer or self._write_local)(target, alt, decorative)
            return SetResult(item_id, "written", [translate("alt_engine", "{0}: alt text saved in the article.")
                                                  .format(item_id)])
        item = self.find(item_id)
        if not item.fixable:
            reason = item.reason.rstrip(".")
            raise MediaRefused(item.source, translate("alt_engine", "describe {0}").format(item.name),
                               reason[:1].lower() + reason[1:])
        assert item.media_id is not None
        with self._lock:
            entry = self.outbox.add(item_id, item.source, item.media_id, alt, decorative)
        if not send:
            return SetResult(item_id, WAITING, [translate("alt_engine", "{0}: kept; it will be sent on the next sync.")
                                                .format(item_id)])
        return self._send_one(item.source, entry)

    def _write_local(self, target: LocalTarget, alt: str, decorative: bool) -> None:
        write_local_alt(self.store, target, alt, decorative)

    def _send_one(self, site: str, entry: OutboxEntry) -> SetResult:
        try:
            client = self._client(site)
            self._deliver(client, site, entry)
        except _OFFLINE as exc:
            return SetResult(entry.item_id, WAITING, [translate(
                "alt_engine", "{0}: kept; it will be sent on the next sync ({1})").format(entry.item_id, exc)])
        return SetResult(entry.item_id, entry.state, entry.report or [entry.reason])

    def _client(self, site: str) -> WordPressClient:
        if self.connect is None:
            raise errors.CredentialsUnavailable(site, translate("alt_engine", "this copy cannot reach sites."))
        return self.connect(site)

    def _deliver(self, client: WordPressClient, site: str, entry: OutboxEntry) -> bool:
        """Send one entry; offline errors leave it waiting (and propagate), other errors mark it failed. False
        when there was nothing to send: a newer description replaced it, or another program sent it.

        Sends are serialised by their own lock, so writing the next description to the outbox never waits
        for the network."""
        cache = self.cache(site)
        if cache is None:
            with self._lock:
                self.outbox.mark(entry, FAILED, translate("alt_engine", "No copy of {0}'s queue; sync it first.")
                                 .format(site))
            return True
        with self._send_lock:
            with self._lock:
                now = self.outbox.current(entry)
            if now is None or now.state == SENT:  # replaced by a newer description, or another program sent it
                return False
            try:
                if not cache.user_id:
                    sync_account(client, cache)
                report = writer_for(cache)(client, cache, entry.media_id, entry.alt)
            except _OFFLINE:
                raise
            except errors.PublishError as exc:
                with self._lock:
                    if isinstance(exc, errors.NotFound):
                        cache.media.pop(entry.media_id, None)
                    self.outbox.mark(entry, FAILED, str(exc))
                return True
            with self._lock:
                if report.unfinished:  # waits for the posts that refused it; the next sync tries them again
                    self.outbox.mark(entry, WAITING, " ".join(report.unfinished.values()), report.sentences())
                else:
                    self.outbox.mark(entry, SENT, "", report.sentences())
                save_cache(self.workspace, cache)
        self._update_linked(site, entry, report)
        return True

    def send_item(self, item_id: str) -> SetResult:
        """Send what waits for one image (the window sends each description right after keeping it)."""
        with self._lock:
            entry = self.outbox.latest(item_id)
        if entry is None or entry.state == SENT:
            return SetResult(item_id, SENT if entry else "written", [])
        return self._send_one(entry.site, entry)

    def _update_linked(self, site: str, entry: OutboxEntry, report: ApplyReport) -> None:
        """Local articles that uploaded this media item get the same alt (never over an external change)."""
        for update in linked_articles(self.store, self.bundles(), site, entry.media_id):
            try:
                write_linked_alt(self.store, update, site, entry.media_id, entry.alt, entry.decorative,
                                 report.modified)
                entry.report.append(translate("alt_engine", "Local article {0} updated too.").format(
                    update.bundle.name))
            except (SrEditorError, OSError) as exc:  # the site is done; the local copy is reported, not fatal
                entry.report.append(translate("alt_engine", "Local article {0} was not updated: {1}").format(
                    update.bundle.name, exc))
        with self._lock:
            self.outbox.update(entry)

    # ----- syncing ------------------------------------------------------------------------------------------------
    def send(self, site: str, client: WordPressClient | None = None,
             cancelled: Cancelled | None = None) -> tuple[list[OutboxEntry], list[OutboxEntry]]:
        """Deliver every waiting or failed entry of the site; (sent, failed)."""
        client = client or self._client(site)
        sent: list[OutboxEntry] = []
        failed: list[OutboxEntry] = []
        with self._lock:
            self.outbox.refresh()
            waiting = self.outbox.pending(site)
        for entry in waiting:
            if cancelled is not None and cancelled():
                break
            if self._deliver(client, site, entry):  # one still waiting for a post that refused it counts as failed
                (sent if entry.state == SENT else failed).append(entry)
        return sent, failed

    def picture(self, site: str, media_id: int) -> str:
        """Fetch and keep one image's picture now (the window asks when it shows an image without one)."""
        cache = self.cache(site)
        target = thumb_path(self.workspace, site, media_id)
        if cache is not None and not target.exists():
            fetch_thumbnails(self._client(site), self.workspace, cache, [media_id])
        return str(target) if target.exists() else ""

    def _pictures_wanted(self, site: str) -> list[int]:
        """Queued images without a kept picture, those in published posts first, at most PICTURES_PER_SYNC
        (a library of 20,000 undescribed images would otherwise be downloaded in one go)."""
        missing = [i for i in self.site_items(site) if i.media_id is not None and not i.image and i.fixable]
        missing.sort(key=lambda i: (not i.in_published(), not i.used_in, -(i.media_id or 0)))
        return [i.media_id for i in missing[:PICTURES_PER_SYNC] if i.media_id is not None]

    def sync(self, site: str, progress: Progress | None = None, cancelled: Cancelled | None = None,
             pictures: bool = True) -> SyncSummary:
        """Send what waits, then fetch what changed (media, posts), then keep pictures of the queued images."""
        client = self._client(site)
        summary = SyncSummary(site)
        with self._lock:
            cache = self.cache(site) or SiteCache(site)
            self._caches[site] = cache
            self.outbox.refresh()
            waiting = bool(self.outbox.pending(site))
        if waiting:  # what waits is sent first, as the account allows, and the listings see it
            sync_account(client, cache)
            summary.sent, summary.failed = self.send(site, client, cancelled)
        with self._lock:  # fetched into a copy: listings and sends keep reading the current one meanwhile
            working = replace(cache, media=dict(cache.media), posts=dict(cache.posts))
        # Nothing to send: the account is asked beside the listings (a refused one stops them, nothing kept)
        account = None if waiting else AccountBeside(client, working)
        try:
            summary.media, summary.posts = sync_library(client, working, progress, cancelled)
        except BaseException:
            if account is not None:
                account.raise_failure()
            raise
        finally:
            if account is None or not account.refused():
                with self._lock:
                    self._caches[site] = cache = working
                    save_cache(self.workspace, cache)
        if account is not None:
            account.raise_failure()
        if pictures:
            summary.pictures = fetch_thumbnails(client, self.workspace, cache, self._pictures_wanted(site),
                                                progress, cancelled)
        return summary


def site_item(cache: SiteCache, media: MediaInfo, usages: list[tuple[PostInfo, str]], picture: str,
              entry: OutboxEntry | None, include_passing: bool = False) -> AltItem | None:
    """The queue item of one media item; None when its alt passes the checks and nothing waits to be sent."""
    used_in = tuple(_usage(cache, post, where, media.id) for post, where in usages)
    nearby = [s for u in used_in for s in (u.sentence_before, u.sentence_after) if s]
    problems = alt_problems(media.alt, False, media.caption, media.file or media.url, nearby)
    pending = entry if entry is not None and entry.state != SENT else None
    if not problems and pending is None and not include_passing:
        return None
    fixable = cache.may_describe(media.author)
    return AltItem(
        id=f"{cache.site}:media:{media.id}", source=cache.site, alt=(pending.alt if pending else media.alt) or None,
        decorative=bool(pending and pending.decorative),
        problem=problems[0].rule if problems else "", message=problems[0].message if problems else "",
        caption=media.caption, used_in=used_in,
        media_id=media.id, image=picture, fixable=fixable,
        reason="" if fixable else (
            translate("alt_engine", "Another author uploaded this image; your account ({0}) may describe only its "
                      "own.").format(cache.role)),
        state=pending.state if pending else "", state_reason=pending.reason if pending else "",
        name=media.file or media.title,
    )


def _usage(cache: SiteCache, post: PostInfo, where: str, media_id: int) -> Usage:
    before, after = (post.context.get(str(media_id)) or ["", ""])[:2]
    editable = where == "featured" or cache.may_describe(post.author, post.status)
    sentence_before, sentence_after = sentences_around(before, after)
    return Usage(post.title, tuple(cache.categories.get(str(c), "") for c in post.categories), post.status,
                 where, before, after, post_id=post.id, editable=editable, sentence_before=sentence_before,
                 sentence_after=sentence_after,
                 reason="" if editable else translate("alt_engine",
                                                      "another author's post: your account may not change it"))


def _pictures(folder: Path) -> dict[int, str]:
    """media id -> kept picture, from one listing of the folder (a stat per item is slow at 20,000)."""
    try:
        names = os.listdir(folder)
    except OSError:
        return {}
    prefix = f"{folder}{os.sep}"
    return {int(name[:-4]): prefix + name for name in names if name.endswith(".img") and name[:-4].isdigit()}
