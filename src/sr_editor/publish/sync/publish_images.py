"""A publish's image step: which images the post needs, which of them the site lacks, and their uploads.

Each upload is recorded in the front matter as soon as it lands, so a retry after a cut connection never uploads
an image twice; the "what changed since the last sync" check lives here too, since images decide most of it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sr_editor.core.i18n import translate
from sr_editor.core.images.files import ImagePlace, locate_image
from sr_editor.publish import errors
from sr_editor.publish.sync import synced
from sr_editor.publish.sync.publish_parts import Collaborators, PublishOptions, PublishResult, _int_or_none
from sr_editor.publish.sync.publish_writeback import Record
from sr_editor.publish.wordpress import media
from sr_editor.publish.wordpress.client import WordPressClient


class ImageStep:
    """The images of one publish; `advance(message)` counts a step (and raises when the job was cancelled)."""

    def __init__(self, record: Record, core: Collaborators, options: PublishOptions,
                 advance: Callable[[str], None]) -> None:
        self.record = record
        self.core = core
        self.options = options
        self.advance = advance

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

    def _inside(self, src: str) -> Path:
        """The image's file, by the same rules as the checks (no `..`, symlinks, absolute or `file:` paths)."""
        location = locate_image(self.record.bundle, src)
        if location.place is ImagePlace.FILE and location.path is not None:
            return location.path
        missing = translate("PublishJob", "{0}: the image {1} does not exist in the article's folder.")
        outside = translate("PublishJob", "{0}: the image {1} is outside the article's folder.")
        path = self.record.path
        raise errors.PublishError((missing if location.place is ImagePlace.MISSING else outside).format(path, src))

    def upload(
        self, client: WordPressClient, uses: list[media.ImageUse], result: PublishResult
    ) -> dict[str, media.MediaRecord]:
        records = self.media_records()
        wanted = [records[u.src].id for u in uses if u.src in records]
        if wanted:
            alive = media.existing_ids(client, wanted)
            records = {src: r for src, r in records.items() if r.id in alive or src not in {u.src for u in uses}}
        for number, use in enumerate(uses, 1):
            self.advance(translate("PublishJob", "Image {0} of {1}: {2}").format(number, len(uses), use.src))
            try:
                sha = media.file_sha256(use.path)
            except OSError as exc:
                raise errors.PublishError(translate("PublishJob", "{0}: cannot read the image {1} ({2}).").format(
                    self.record.path, use.src, exc.strerror)) from exc
            record = records.get(use.src)
            if media.needs_upload(record, sha):
                prepared = self.core.prepare_image(use.path, self.options.max_image_width)
                record = media.upload_or_reuse(client, use, sha, prepared)
                result.uploaded.append(use.src)
            else:
                assert record is not None
                if media.needs_fields(record, use):
                    record = media.update_fields(client, record.id, sha, record.url, use)
                result.reused.append(use.src)
            records[use.src] = record
            self._save_media(records)  # recorded at once: a retry will not upload it again
        return records

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

    def new_images(self, uses: list[media.ImageUse]) -> list[str]:
        records = self.media_records()
        new: list[str] = []
        for use in uses:
            try:
                sha = media.file_sha256(use.path)
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
        alive = set(ids) if client is None else media.existing_ids(client, ids) if ids else set()  # deleted: again
        for use in uses:
            kept = records.get(use.src)
            if kept is not None and kept.id not in alive:
                kept = None
            try:
                stale = kept is None or media.needs_upload(kept, media.file_sha256(use.path)) or \
                    media.needs_fields(kept, use)
            except OSError:
                stale = True
            if stale:
                changed.add("featured_image" if featured is not None and featured.src == use.src else "body")
        return changed
