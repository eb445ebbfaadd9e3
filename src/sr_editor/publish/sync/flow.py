"""`PublishJob`: one article to one site, step by step, each step safe to repeat after a cut connection.

Order: checks -> categories/tags -> images (each upload recorded in the front matter at once) -> post (created
once: a hidden `sr-editor:UID:TOKEN` marker in the first block's comment attributes lets a retry find a post
whose create answer was lost) -> write-back of post id, link, status and modified_gmt. Only the front matter is
ever rewritten; the body stays byte-identical. Progress goes to a callback; `cancel()` stops between steps (the
GUI runs the job in a worker thread).
"""

from __future__ import annotations

import copy
import threading
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, cast

from sr_editor.core.article.article import Article
from sr_editor.core.article.remote import RemoteEntry
from sr_editor.core.blocks.keep import SiteBase, keep_site_blocks
from sr_editor.core.blocks.text import attach_marker
from sr_editor.core.errors import ExternalChangeError, SrEditorError
from sr_editor.core.i18n import translate
from sr_editor.core.images.files import ImagePlace, locate_image
from sr_editor.core.pacing import Progress
from sr_editor.core.storage.store import StoreLike
from sr_editor.publish import errors
from sr_editor.publish.errors import Operation
from sr_editor.publish.sync import conflict, synced
from sr_editor.publish.sync.publish_lock import publishing
from sr_editor.publish.sync.publish_parts import (  # noqa: F401  (re-exported: flow is their public home)
    FIELD_OF_PART,
    POST_FIELDS,
    WRITE_BACK_ATTEMPTS,
    Collaborators,
    PublishOptions,
    PublishResult,
    _article_date,
    _current_user,
    _int_or_none,
    _verify,
    gmt_string,
    marker_comment,
    marker_text,
)
from sr_editor.publish.wordpress import media, roles, terms
from sr_editor.publish.wordpress.client import WordPressClient

__all__ = [
    "FIELD_OF_PART", "POST_FIELDS", "WRITE_BACK_ATTEMPTS", "Collaborators", "PublishJob", "PublishOptions",
    "PublishResult", "gmt_string", "marker_comment", "marker_text",
]


class PublishJob:
    """Publish one article bundle to one site; `run()` returns a PublishResult or raises a PublishError."""

    def __init__(
        self,
        client: WordPressClient | None,
        site: str,
        store: StoreLike,
        bundle: Path,
        term_cache: terms.TermCache,
        options: PublishOptions | None = None,
        progress: Progress | None = None,
        collaborators: Collaborators | None = None,
    ) -> None:
        self.client = client
        self.site = site
        self.store = store
        self.bundle = bundle
        self.terms = term_cache
        self.options = options or PublishOptions()
        self._progress = progress
        self.core = collaborators or Collaborators.default()
        self._cancel = threading.Event()
        self._hash: str | None = None
        self._article = Article()
        self._step = 0
        self._total = 5
        self._changed: set[str] | None = None  # parts changed since the last sync; None: unknown (send all)

    @property
    def path(self) -> str:
        return str(self.bundle / "index.md")

    def cancel(self) -> None:
        """Stop at once, from any thread: the request in flight is abandoned (each step is safe to repeat)."""
        self._cancel.set()
        if self.client is not None:
            self.client.cancel()

    # ----- steps --------------------------------------------------------------------------------
    def _advance(self, message: str) -> None:
        if self._cancel.is_set():
            raise errors.PublishCancelled(self.path)
        self._step += 1
        if self._progress is not None:
            self._progress(message, self._step, self._total)

    def run(self) -> PublishResult:
        """One publish at a time per article, across processes; the article is loaded once the lock is held."""
        try:
            with publishing(self.bundle, self.path, self._cancel.is_set, self.options.lock_wait):
                return self._run()
        except errors.RequestCancelled:
            raise errors.PublishCancelled(self.path) from None

    def _run(self) -> PublishResult:
        result = PublishResult()
        loaded = self.store.load(self.bundle)
        self._article, self._hash = loaded.article, loaded.disk_hash
        uses = self._image_uses()
        self._total = 3 + len(uses)
        self._advance(translate("PublishJob", "Checking the article"))
        self._run_checks(result)
        self._advance(translate("PublishJob", "Matching regions and countries to categories and tags"))
        category_ids = terms.resolve_categories(self.terms, self._article.regions, self.path, self.site)
        roles.preflight(self._account(), self.site, self.options.status, self._new_images(uses))
        if self.options.dry_run:
            return self._plan(result, uses, category_ids)
        client = self._require_client()
        self._changed = self._changed_since_sync(uses, client)
        if self._changed is not None and not self._changed and self._site_unchanged(client):
            result.nothing_to_send = True
            entry = self._remote()
            result.post_id, result.link = _int_or_none(entry.get("post_id")), str(entry.get("link", ""))
            result.status, result.modified_gmt = str(entry.get("status", "")), str(entry.get("modified_gmt", ""))
            result.plan.append(translate("PublishJob", "nothing to send"))
            return result
        tag_ids = self._tags(client)
        records = self._upload_images(client, uses, result)
        self._advance(translate("PublishJob", "Sending the post"))
        self._send_post(client, category_ids, tag_ids, records, result)
        return result

    def _require_client(self) -> WordPressClient:
        if self.client is None:
            raise errors.PublishError(translate(
                "PublishJob", "Publishing needs a connection to the site (only a dry run works without)."))
        return self.client

    def _run_checks(self, result: PublishResult) -> None:
        from sr_editor.core.checks.lint import Severity

        problems = self.core.checker(self._article, self.bundle)
        blocking = [p for p in problems if getattr(p, "severity", None) == Severity.ERROR]
        if not blocking:
            return
        reason = self.options.allow_missing_alt.strip()
        refused = [p for p in blocking if not (reason and str(p.rule) == "alt-missing")]
        if refused and not self.options.force:
            raise errors.ChecksFailed(self.path, [str(p.message) for p in refused])
        result.forced = [str(p.rule) for p in blocking]
        if not self.options.dry_run:
            entry = self._remote()
            forced = list(entry.get("forced", [])) if isinstance(entry.get("forced"), list) else []
            record: dict[str, Any] = {"by": self.options.who, "at": gmt_string(datetime.now(UTC)) + "Z",
                                      "rules": result.forced}
            if reason:
                record["reason"] = reason
            forced.append(record)
            entry["forced"] = forced
            self._save_remote(entry, reason=f"publish forced by {self.options.who} past {', '.join(result.forced)}")

    def _tags(self, client: WordPressClient) -> list[int]:
        names = self._article.tags
        missing = terms.missing_tags(self.terms, names)
        if missing and not self.options.create_tags:
            raise errors.PublishError(translate(
                "PublishJob", "{0}: the tags {1} do not exist on {2}; nothing was sent. Check the spelling, or let "
                "publishing create them (the Publish dialog's \"Create new tags\" box, or --create-tags).").format(
                self.path, ", ".join(missing), self.site))
        return terms.ensure_tags(client, self.terms, names)

    # ----- images -------------------------------------------------------------------------------
    def _image_uses(self) -> list[media.ImageUse]:
        uses: dict[str, media.ImageUse] = {}
        featured = self._article.featured_image
        if featured is not None and featured.src:
            alt = "" if featured.decorative else (featured.alt or "")
            uses[featured.src] = media.ImageUse(featured.src, self._inside(featured.src), alt, featured.caption,
                                                featured.credit)
        for ref in self.core.find_images(self._article.body):
            if ref.src in uses or locate_image(self.bundle, ref.src).place is ImagePlace.REMOTE:
                continue
            alt = "" if ref.decorative else (ref.alt or "")
            uses[ref.src] = media.ImageUse(ref.src, self._inside(ref.src), alt, ref.caption, "")
        return list(uses.values())

    def _inside(self, src: str) -> Path:
        """The image's file, by the same rules as the checks (no `..`, symlinks, absolute or `file:` paths)."""
        location = locate_image(self.bundle, src)
        if location.place is ImagePlace.FILE and location.path is not None:
            return location.path
        missing = translate("PublishJob", "{0}: the image {1} does not exist in the article's folder.")
        outside = translate("PublishJob", "{0}: the image {1} is outside the article's folder.")
        raise errors.PublishError((missing if location.place is ImagePlace.MISSING else outside).format(self.path, src))

    def _upload_images(
        self, client: WordPressClient, uses: list[media.ImageUse], result: PublishResult
    ) -> dict[str, media.MediaRecord]:
        records = self._media_records()
        wanted = [records[u.src].id for u in uses if u.src in records]
        if wanted:
            alive = media.existing_ids(client, wanted)
            records = {src: r for src, r in records.items() if r.id in alive or src not in {u.src for u in uses}}
        for number, use in enumerate(uses, 1):
            self._advance(translate("PublishJob", "Image {0} of {1}: {2}").format(number, len(uses), use.src))
            try:
                sha = media.file_sha256(use.path)
            except OSError as exc:
                raise errors.PublishError(translate("PublishJob", "{0}: cannot read the image {1} ({2}).").format(
                    self.path, use.src, exc.strerror)) from exc
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

    def _media_records(self) -> dict[str, media.MediaRecord]:
        raw = self._remote().get("media")
        found: dict[str, media.MediaRecord] = {}
        for src, value in (raw.items() if isinstance(raw, dict) else []):
            record = media.MediaRecord.from_meta(value)
            if record is not None:
                found[str(src)] = record
        return found

    def _save_media(self, records: dict[str, media.MediaRecord]) -> None:
        entry = self._remote()
        entry["media"] = {src: r.to_meta() for src, r in records.items()}
        self._save_remote(entry)

    # ----- post ---------------------------------------------------------------------------------
    def _content(self, records: dict[str, media.MediaRecord], token: str, uid: str) -> str:
        def resolve(src: str) -> Any:
            record = records.get(src)
            return self.core.uploaded_image(record.url, record.id) if record else None

        version = self.options.site_version
        form: dict[str, Any] = {"site_version": version} if version else {}
        html = self.core.render_body(self._article.body, resolve, **form)
        marker = marker_text(uid, token)
        synced_body, site_base = self._site_base()
        if site_base is not None:
            try:
                base_html = self.core.render_body(synced_body, resolve, **form)
            except SrEditorError:  # the synced text no longer renders (a limit): send our rendering whole
                base_html = ""
            if base_html:
                # Blocks unchanged since the last sync go back as the site has them (core/blocks/keep.py).
                return keep_site_blocks(html, base_html, site_base, marker).content
        # Inside the first block's comment: no Classic block, no empty paragraph, nothing visible.
        return attach_marker(html, marker)

    def _site_base(self) -> tuple[str, SiteBase | None]:
        """The synced body and the site's content kept for it; ("", None) when there is none."""
        workspace, post_id = self._workspace(), _int_or_none(self._remote().get("post_id"))
        if workspace is None or post_id is None:
            return "", None
        base = synced.load_base(workspace, self.site, post_id)
        if base is None:
            return "", None
        return base.body, synced.load_site_base(workspace, self.site, post_id, base.body)

    def _fields(
        self, categories: list[int], tags: list[int], records: dict[str, media.MediaRecord], creating: bool
    ) -> dict[str, Any]:
        article = self._article
        body: dict[str, Any] = {"title": article.title, "excerpt": article.excerpt, "categories": categories,
                                "tags": tags}
        if article.slug:
            body["slug"] = article.slug
        status = self.options.status or ("draft" if creating else None)
        if status:
            body["status"] = status
        moment = self.options.date or _article_date(article)
        if moment is not None:
            body["date_gmt"] = gmt_string(moment)
        featured = article.featured_image
        record = records.get(featured.src) if featured and featured.src else None
        body["featured_media"] = record.id if record else 0
        if creating or self._changed is None:
            return body
        wanted = {FIELD_OF_PART[part] for part in self._changed if part in FIELD_OF_PART}
        return {key: value for key, value in body.items() if key in wanted}

    def _send_post(
        self,
        client: WordPressClient,
        categories: list[int],
        tags: list[int],
        records: dict[str, media.MediaRecord],
        result: PublishResult,
    ) -> None:
        entry = self._remote()
        uid = str(entry.get("uid") or uuid.uuid4().hex)
        previous_pending = str(entry.get("pending") or "")
        token = uuid.uuid4().hex[:12]
        post_id = _int_or_none(entry.get("post_id"))
        adopted = False
        if post_id is None:
            post_id = self._find_by_marker(client, uid)
            adopted = post_id is not None
        content = self._content(records, token, uid)
        if post_id is not None and not adopted:
            post_id = self._check_conflict(client, post_id, entry, uid, previous_pending, content)
        entry.update({"uid": uid, "pending": token})
        self._save_remote(entry)  # the token lets a retry recognise this write as ours
        body = self._fields(categories, tags, records, creating=post_id is None)
        if post_id is None or self._changed is None or "body" in self._changed:
            body["content"] = content
        params = {"context": "edit", "_fields": POST_FIELDS}
        if post_id is None:
            answer = self._create(client, body, params, uid)
            result.created = True
        else:
            answer = client.post(f"/wp/v2/posts/{post_id}", body, params, op=Operation.UPDATE_POST)
        self._write_back(answer, result)
        self._save_base(int(answer["id"]), conflict.raw_content(answer) if "content" in body else None)
        result.preview_url = f"{client.base_url}/?p={result.post_id}&preview=true"
        _verify(answer, body, client.site_name)

    def _create(self, client: WordPressClient, body: dict[str, Any], params: dict[str, Any], uid: str) -> Any:
        try:
            return client.post("/wp/v2/posts", body, params, op=Operation.CREATE_POST)
        except (errors.SiteTimeout, errors.SiteUnreachable):
            return self._await_late_create(client, uid)

    def _await_late_create(self, client: WordPressClient, uid: str) -> dict[str, Any]:
        """The create's answer was lost, but the site may still be making the post (a 65 s hang made 2 posts):
        search for its marker with growing pauses for `late_create_wait` seconds before giving up."""
        limit = self.options.late_create_wait
        ends = time.monotonic() + limit
        pause = 0.5
        while True:
            if self._progress is not None:
                self._progress(translate("PublishJob", "The site is slow: checking whether the post has arrived"),
                               self._step, self._total)
            try:
                post_id = self._find_by_marker(client, uid)
            except (errors.SiteTimeout, errors.SiteUnreachable):
                post_id = None
            if post_id is not None:
                return client.get_object(f"/wp/v2/posts/{post_id}", {"context": "edit", "_fields": POST_FIELDS},
                                         what=translate("UnexpectedAnswer", "the new post"), op=Operation.CREATE_POST)
            left = ends - time.monotonic()
            if left <= 0:
                raise errors.CreateUnconfirmed(self.path, self.site, limit)
            client.pause(min(pause, left))
            pause = min(pause * 2, 8.0)

    def _find_by_marker(self, client: WordPressClient, uid: str) -> int | None:
        query = {"status": "any", "search": uid, "context": "edit", "_fields": "id,content", "per_page": 10}
        found = client.get_list("/wp/v2/posts", query, what=translate("UnexpectedAnswer", "the post search"))
        for post in found:
            if f"sr-editor:{uid}:" in conflict.raw_content(post) and _int_or_none(post.get("id")):
                return _int_or_none(post.get("id"))
        return None

    def _check_conflict(
        self, client: WordPressClient, post_id: int, entry: dict[str, Any], uid: str, pending: str, ours: str
    ) -> int | None:
        try:
            post = conflict.fetch_for_check(client, post_id)
        except errors.NotFound:
            return None  # deleted on the site: publish it anew
        marker = f"sr-editor:{uid}:{pending}" if pending else None
        stored = str(entry.get("modified_gmt") or "")
        if conflict.is_conflict(post, stored, marker) or self._edited_in_our_second(post, stored, marker):
            if not self._overwrite_conflicts():
                raise errors.ConflictError(self.path, self.site, conflict.conflict_info(
                    client, post, ours, self._article, self.terms))
            self._changed = None  # overwriting the site's edit: send the whole article
        return post_id

    def _edited_in_our_second(self, post: dict[str, Any], stored: str, marker: str | None) -> bool:
        """`modified_gmt` has 1-second resolution: an edit on the site in the second of our last write keeps the
        recorded one, and only the content (fingerprinted at that write) tells."""
        workspace = self._workspace()
        if workspace is None or not stored or str(post.get("modified_gmt", "")) != stored:
            return False
        if marker and marker in conflict.raw_content(post):
            return False  # our own write, whose answer was lost
        return synced.edited_in_same_second(workspace, self.site, post)

    def _overwrite_conflicts(self) -> bool:
        chosen = self.options.overwrite_conflicts
        return self.options.force if chosen is None else chosen

    def _write_back(self, answer: Any, result: PublishResult) -> None:
        if not isinstance(answer, dict) or not isinstance(answer.get("id"), int) or answer["id"] <= 0:
            raise errors.UnexpectedAnswer(self.site, translate("UnexpectedAnswer", "the post request"),
                                          translate("UnexpectedAnswer", "a post with an id"))
        entry = self._remote()
        entry.pop("pending", None)
        entry.update({"post_id": int(answer["id"]), "link": str(answer.get("link", "")),
                      "status": str(answer.get("status", "")), "modified_gmt": str(answer.get("modified_gmt", ""))})
        status = str(answer["status"]) if answer.get("status") else None
        if status:
            self._article.status = status  # the front matter says what the site says
        self._save_remote(entry, status=status)
        workspace = self._workspace()
        if workspace is not None:  # written just now, so in its modified second: a racy record (see synced.py)
            synced.remember_racy(workspace, self.site, answer, racy=True)
        result.post_id, result.link = int(answer["id"]), str(answer.get("link", ""))
        result.status, result.modified_gmt = str(answer.get("status", "")), str(answer.get("modified_gmt", ""))

    # ----- what changed since the last sync, and who may send it -------------------------------------
    def _workspace(self) -> Path | None:
        root = getattr(self.store, "root", None)
        return Path(root) if root is not None else None

    def _account(self) -> roles.AccountInfo | None:
        if self.core.account is not None:
            return self.core.account
        workspace = self._workspace()
        return roles.load_account(workspace, self.site) if workspace is not None else None

    def _new_images(self, uses: list[media.ImageUse]) -> list[str]:
        records = self._media_records()
        new: list[str] = []
        for use in uses:
            try:
                sha = media.file_sha256(use.path)
            except OSError:
                sha = ""
            if media.needs_upload(records.get(use.src), sha):
                new.append(use.src)
        return new

    def _changed_since_sync(self, uses: list[media.ImageUse], client: WordPressClient | None) -> set[str] | None:
        """Parts to send: those that differ from the last synced version (None: no base, send everything).
        Without a client (a dry run) images recorded as sent are taken to be still on the site."""
        workspace, post_id = self._workspace(), _int_or_none(self._remote().get("post_id"))
        if workspace is None or post_id is None:
            return None
        base = synced.load_base(workspace, self.site, post_id)
        if base is None:
            return None
        changed = synced.changed_parts(self._article, base)
        entry = self._remote()
        if self.options.status and self.options.status != str(entry.get("status", "")):
            changed.add("status")
        if self.options.date is not None:
            changed.add("date")
        records = self._media_records()
        featured = self._article.featured_image
        ids = [records[u.src].id for u in uses if u.src in records]
        alive = set(ids) if client is None else media.existing_ids(client, ids) if ids else set()  # deleted: again
        for use in uses:
            record = records.get(use.src)
            if record is not None and record.id not in alive:
                record = None
            try:
                stale = record is None or media.needs_upload(record, media.file_sha256(use.path)) or \
                    media.needs_fields(record, use)
            except OSError:
                stale = True
            if stale:
                changed.add("featured_image" if featured is not None and featured.src == use.src else "body")
        return changed

    def _site_unchanged(self, client: WordPressClient) -> bool:
        post_id = _int_or_none(self._remote().get("post_id"))
        try:
            post = client.get(f"/wp/v2/posts/{post_id}", {"context": "edit", "_fields": "id,modified_gmt"})
        except errors.NotFound:
            return False
        stored = str(self._remote().get("modified_gmt") or "")
        return isinstance(post, dict) and str(post.get("modified_gmt", "")) == stored

    def _save_base(self, post_id: int, content: str | None) -> None:
        """The article as sent is the new synced version; when the body went, the site's content as it stored
        it is kept with it (one block for each block of our rendering)."""
        workspace = self._workspace()
        if workspace is not None:
            synced.save_base(workspace, self.site, post_id, self._article)
            if content:
                synced.save_site_base(workspace, self.site, post_id, self._article.body, SiteBase(content))

    # ----- front matter -------------------------------------------------------------------------
    def _remote(self) -> dict[str, Any]:
        return dict(self._article.remote_for(self.site))

    def _save_remote(self, entry: dict[str, Any], reason: str = "publish", status: str | None = None) -> None:
        """Merge this site's `remote:` entry (and the site's `status`, when given) into the file as it is now and
        write it, guarded.

        The job works on the article as loaded at its start; the writer may keep typing (the window autosaves)
        or edit in another program meanwhile. So each write-back re-reads the file, sets only this site's
        entry, and saves with the hash just read; a write that slips in between makes it try again."""
        first: tuple[str, ...] = ("uid", "post_id", "link", "status", "modified_gmt")
        ordered: dict[str, Any] = {k: entry[k] for k in first if k in entry}
        ordered.update({k: v for k, v in entry.items() if k not in ordered})
        self._article.set_remote_for(self.site, cast(RemoteEntry, ordered))
        for _ in range(WRITE_BACK_ATTEMPTS):
            loaded = self.store.load(self.bundle)
            current: Article = loaded.article
            current.set_remote_for(self.site, cast(RemoteEntry, copy.deepcopy(ordered)))
            if status:
                current.status = status
            try:
                self._hash = self.store.save(self.bundle, current, loaded.disk_hash, reason=reason)
                return
            except ExternalChangeError:
                continue
        raise errors.PublishError(translate("PublishJob", "{0} kept changing while the publish wrote its post id "
                                            "back; publish again to record it.").format(self.path))

    # ----- dry run ------------------------------------------------------------------------------
    def _plan(self, result: PublishResult, uses: list[media.ImageUse], categories: list[int]) -> PublishResult:
        records = self._media_records()
        entry = self._remote()
        for use in uses:
            try:
                sha = media.file_sha256(use.path)
            except OSError:
                sha = ""
            upload = media.needs_upload(records.get(use.src), sha)
            result.plan.append(translate("PublishJob", "image {0}: upload").format(use.src) if upload else translate(
                "PublishJob", "image {0}: already on the site").format(use.src))
        missing = terms.missing_tags(self.terms, self._article.tags)
        result.plan.append(translate("PublishJob", "categories: {0} (ids {1})").format(
            ", ".join(self._article.regions) or "-", categories))
        if missing:
            result.plan.append(translate("PublishJob", "tags to create: {0}").format(", ".join(missing)))
        post_id = _int_or_none(entry.get("post_id"))
        if post_id is not None and self._changed_since_sync(uses, None) == set():  # as the real run would say
            result.plan = [translate("PublishJob", "nothing to send (post {0} is already the same)").format(post_id)]
            return result
        status = self.options.status or ("draft" if post_id is None else translate("PublishJob", "unchanged"))
        what = translate("PublishJob", "update post {0}") if post_id else translate("PublishJob", "create a new post")
        result.plan.append(translate("PublishJob", "post: {0}, status {1}").format(what.format(post_id), status))
        if result.forced:
            result.plan.append(translate("PublishJob", "forced past: {0}").format(", ".join(result.forced)))
        return result
