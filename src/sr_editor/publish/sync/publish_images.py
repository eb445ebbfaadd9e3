"""A publish's image step: which images the post needs, which of them the site lacks, and their uploads.

Uploads go UPLOAD_WORKERS at a time, each on a worker with its own client (`client.twin()`); each is recorded in
the front matter as soon as it lands, on the job's thread, so a retry after a cut connection never uploads an
image twice; the "what changed since the last sync" check lives here too, since images decide most of it.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, as_completed
from pathlib import Path

from sr_editor.core.i18n import translate
from sr_editor.core.images.files import ImagePlace, locate_image
from sr_editor.publish import errors
from sr_editor.publish.sync import synced
from sr_editor.publish.sync.publish_parts import Collaborators, PublishOptions, PublishResult, _int_or_none
from sr_editor.publish.sync.publish_writeback import Record
from sr_editor.publish.wordpress import media
from sr_editor.publish.wordpress.client import WordPressClient

UPLOAD_WORKERS = 4  # uploads in flight at once: enough to fill a link far away, few enough for a small site


def _naming(error: BaseException, src: str) -> BaseException:
    """The failure of one image's upload, its sentence naming the image (its type kept, so that a refused upload
    is still a PermissionDenied); a cancel or a fault that is not the site's goes on as it is."""
    if isinstance(error, errors.PublishError) and not isinstance(error, errors.RequestCancelled) \
            and src not in str(error):
        said = str(error).rstrip()
        said = said[:-1] if said.endswith(".") else said
        error.args = (translate("PublishJob", "{0} (the image {1}).").format(said, src),)
    return error


class ImageStep:
    """The images of one publish; `advance(message)` counts a step (and raises when the job was cancelled)."""

    def __init__(self, record: Record, core: Collaborators, options: PublishOptions,
                 advance: Callable[[str], None]) -> None:
        self.record = record
        self.core = core
        self.options = options
        self.advance = advance
        self._lock = threading.Lock()
        self._twins: list[WordPressClient] = []
        self._cancelled = False
        self._alive: tuple[frozenset[int], set[int]] | None = None  # (ids asked about, those the site has)
        self._asked: tuple[frozenset[int], Future[set[int]]] | None = None  # the same, asked early (ask_early)
        self._shas: dict[Path, tuple[tuple[int, int, int], str]] = {}  # path -> (its stat key, sha256)
        self.sent_any = False  # whether `upload` sent anything (a file, or an image's texts)

    def uses(self) -> list[media.ImageUse]:
        article, bundle = self.record.article, self.record.bundle
        uses: dict[str, media.ImageUse] = {}
        featured = article.featured_image
        if featured is not None and featured.src:
            alt = "" if featured.decorative else (featured.alt or "")
            uses[featured.src] = media.ImageUse(featured.src, self._inside(featured.src), alt, featured.caption,
                                                featured.credit)
        for ref in self.core.find_images(article.body):
            if ref.src in uses or locate_image(bundle, ref.src).place is ImagePlace.REMOTE:
                continue
            alt = "" if ref.decorative else (ref.alt or "")
            uses[ref.src] = media.ImageUse(ref.src, self._inside(ref.src), alt, ref.caption, "")
        return list(uses.values())

    def sha256(self, path: Path) -> str:
        """The file's sha256, read once per publish (the account check, what changed and the uploads each ask):
        read again only when its size or times changed meanwhile."""
        found = path.stat()
        key = (found.st_mtime_ns, found.st_ctime_ns, found.st_size)
        kept = self._shas.get(path)
        if kept is not None and kept[0] == key:
            return kept[1]
        sha = media.file_sha256(path)
        self._shas[path] = (key, sha)
        return sha

    def _inside(self, src: str) -> Path:
        """The image's file, by the same rules as the checks (no `..`, symlinks, absolute or `file:` paths)."""
        location = locate_image(self.record.bundle, src)
        if location.place is ImagePlace.FILE and location.path is not None:
            return location.path
        missing = translate("PublishJob", "{0}: the image {1} does not exist in the article's folder.")
        outside = translate("PublishJob", "{0}: the image {1} is outside the article's folder.")
        path = self.record.path
        raise errors.PublishError((missing if location.place is ImagePlace.MISSING else outside).format(path, src))

    def cancel(self) -> None:
        """Abandon every upload in flight (from any thread); later ones raise RequestCancelled at once."""
        with self._lock:
            self._cancelled = True
            twins = list(self._twins)
        for twin in twins:
            twin.cancel()

    def release(self) -> None:
        """The job is over: drop whatever is still in flight (a question asked early that nobody waited for)."""
        with self._lock:
            twins, self._twins = self._twins, []
        for twin in twins:
            twin.cancel()

    def twin(self, client: WordPressClient) -> WordPressClient:
        """A client of its own for a helper thread, abandoned by `cancel()` and `release()`."""
        twin = client.twin()  # a client is not thread-safe: one per worker, sharing the connections
        with self._lock:
            self._twins.append(twin)
            if self._cancelled:
                twin.cancel()
        return twin

    def upload(
        self, client: WordPressClient, uses: list[media.ImageUse], result: PublishResult
    ) -> dict[str, media.MediaRecord]:
        """Send what the site lacks, UPLOAD_WORKERS at a time, each recorded in the front matter as it lands.
        When one fails, the others in flight still land and are recorded (a retry sends only the rest), the ones
        not started are not sent, and the failure is raised naming its image."""
        records = self.media_records()
        wanted = [records[u.src].id for u in uses if u.src in records]
        if wanted:
            alive = self._existing(client, wanted)
            records = {src: r for src, r in records.items() if r.id in alive or src not in {u.src for u in uses}}
        work: list[tuple[int, media.ImageUse, str]] = []
        for number, use in enumerate(uses, 1):
            try:
                sha = self.sha256(use.path)
            except OSError as exc:
                raise errors.PublishError(translate("PublishJob", "{0}: cannot read the image {1} ({2}).").format(
                    self.record.path, use.src, exc.strerror)) from exc
            record = records.get(use.src)
            if media.needs_upload(record, sha) or (record is not None and media.needs_fields(record, use)):
                work.append((number, use, sha))
            else:
                self._said_image(number, len(uses), use)
        if any(media.needs_upload(records.get(use.src), sha) for _, use, sha in work):
            client.user_id()  # asked once here, not once by each worker (the search for a lost upload needs it)
        sent = {use.src for _, use, sha in work if media.needs_upload(records.get(use.src), sha)}
        self.sent_any = bool(work)
        self._send_all(client, work, len(uses), records)
        for use in uses:
            (result.reused if use.src not in sent else result.uploaded).append(use.src)
        return records

    def _said_image(self, number: int, total: int, use: media.ImageUse) -> None:
        self.advance(translate("PublishJob", "Image {0} of {1}: {2}").format(number, total, use.src))

    def _send_all(self, client: WordPressClient, work: list[tuple[int, media.ImageUse, str]], total: int,
                  records: dict[str, media.MediaRecord]) -> None:
        if not work:
            return
        workers = min(UPLOAD_WORKERS, len(work))
        idle: queue.SimpleQueue[WordPressClient] = queue.SimpleQueue()
        for _ in range(workers):
            idle.put(self.twin(client))
        known = dict(records)  # read by the workers; `records` is only written here, on the job's thread

        def send(use: media.ImageUse, sha: str) -> media.MediaRecord:
            twin = idle.get()
            try:
                return self._send_one(twin, use, sha, known.get(use.src))
            finally:
                idle.put(twin)

        failure: tuple[media.ImageUse, BaseException] | None = None
        pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="image-upload")
        try:
            futures = {pool.submit(send, use, sha): (number, use) for number, use, sha in work}
            for future in as_completed(futures):
                number, use = futures[future]
                if future.cancelled():
                    continue
                error = future.exception()
                if error is not None:
                    failure = failure or (use, error)
                    for other in futures:
                        other.cancel()  # those not started yet; the ones in flight land and are recorded
                    continue
                records[use.src] = future.result()
                self._save_media(records)  # recorded at once: a retry will not upload it again
                if failure is None:
                    self._said_image(number, total, use)  # raises PublishCancelled once the job is cancelled
        finally:
            pool.shutdown(wait=True, cancel_futures=True)  # a cancel has already abandoned those in flight
        if failure is not None:
            raise _naming(failure[1], failure[0].src)

    def _send_one(self, client: WordPressClient, use: media.ImageUse, sha: str,
                  record: media.MediaRecord | None) -> media.MediaRecord:
        """One image on a worker thread: uploaded (or found from a lost attempt), or only its texts updated."""
        if media.needs_upload(record, sha):
            prepared = self.core.prepare_image(use.path, self.options.max_image_width)
            return media.upload_or_reuse(client, use, sha, prepared)
        assert record is not None
        return media.update_fields(client, record.id, sha, record.url, use)

    def media_records(self) -> dict[str, media.MediaRecord]:
        raw = self.record.remote().get("media")
        found: dict[str, media.MediaRecord] = {}
        for src, value in (raw.items() if isinstance(raw, dict) else []):
            record = media.MediaRecord.from_meta(value)
            if record is not None:
                found[str(src)] = record
        return found

    def _save_media(self, records: dict[str, media.MediaRecord]) -> None:
        entry = self.record.remote()
        entry["media"] = {src: r.to_meta() for src, r in records.items()}
        self.record.save_remote(entry)

    def ask_early(self, client: WordPressClient, uses: list[media.ImageUse]) -> None:
        """Ask the site which recorded images it still has now, on a client of its own, while the job checks the
        article: the answer is waited for where it is needed (`_existing`), with its error if it failed."""
        records = self.media_records()
        ids = [records[u.src].id for u in uses if u.src in records]
        if not ids:
            return
        twin = self.twin(client)
        pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="media-check")
        self._asked = (frozenset(ids), pool.submit(media.existing_ids, twin, ids))
        pool.shutdown(wait=False)

    def _existing(self, client: WordPressClient, ids: list[int]) -> set[int]:
        """Which of these media items the site still has, asked once per publish: the check of what changed and
        the uploads that follow it a moment later share the answer (a republish makes one request fewer)."""
        key = frozenset(ids)
        if self._alive is None or self._alive[0] != key:
            early = self._asked[1] if self._asked is not None and self._asked[0] == key else None
            self._alive = (key, early.result() if early is not None else media.existing_ids(client, ids))
        return self._alive[1]

    def new_images(self, uses: list[media.ImageUse]) -> list[str]:
        records = self.media_records()
        new: list[str] = []
        for use in uses:
            try:
                sha = self.sha256(use.path)
            except OSError:
                sha = ""
            if media.needs_upload(records.get(use.src), sha):
                new.append(use.src)
        return new

    def changed_since_sync(self, uses: list[media.ImageUse], client: WordPressClient | None) -> set[str] | None:
        """Parts to send: those that differ from the last synced version (None: no base, send everything).
        Without a client (a dry run) images recorded as sent are taken to be still on the site."""
        record = self.record
        workspace, post_id = record.workspace(), _int_or_none(record.remote().get("post_id"))
        if workspace is None or post_id is None:
            return None
        base = synced.load_base(workspace, record.site, post_id)
        if base is None:
            return None
        changed = synced.changed_parts(record.article, base)
        entry = record.remote()
        if self.options.status and self.options.status != str(entry.get("status", "")):
            changed.add("status")
        if self.options.date is not None:
            changed.add("date")
        records = self.media_records()
        featured = record.article.featured_image
        ids = [records[u.src].id for u in uses if u.src in records]
        alive = set(ids) if client is None else self._existing(client, ids) if ids else set()  # deleted: again
        for use in uses:
            kept = records.get(use.src)
            if kept is not None and kept.id not in alive:
                kept = None
            try:
                stale = kept is None or media.needs_upload(kept, self.sha256(use.path)) or \
                    media.needs_fields(kept, use)
            except OSError:
                stale = True
            if stale:
                changed.add("featured_image" if featured is not None and featured.src == use.src else "body")
        return changed
