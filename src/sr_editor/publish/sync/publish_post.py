"""A publish's post step: the post's fields and content, sent once.

A post is created once: a hidden `sr-editor:UID:TOKEN` marker in the first block's comment attributes lets a retry
find a post whose create answer was lost (and a create that timed out is waited for, not repeated). An update
first checks that nobody changed the post on the site since our last sync; a republish of an unchanged article
asks the site only whether its post is unchanged too.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from sr_editor.core.blocks.keep import SiteBase, keep_site_blocks
from sr_editor.core.blocks.text import attach_marker
from sr_editor.core.errors import SrEditorError
from sr_editor.core.i18n import translate
from sr_editor.publish import errors
from sr_editor.publish.errors import Operation
from sr_editor.publish.sync import conflict, synced
from sr_editor.publish.sync.publish_parts import (
    FIELD_OF_PART,
    POST_FIELDS,
    Collaborators,
    PublishOptions,
    PublishResult,
    _article_date,
    _int_or_none,
    _verify,
    gmt_string,
    marker_text,
)
from sr_editor.publish.sync.publish_writeback import Record
from sr_editor.publish.wordpress import media, terms
from sr_editor.publish.wordpress.client import WordPressClient


class PostStep:
    """The post of one publish. `changed`: the parts changed since the last sync (None: unknown, send all);
    `said(message)` reports progress without counting a step."""

    def __init__(self, record: Record, core: Collaborators, options: PublishOptions, term_cache: terms.TermCache,
                 said: Callable[[str], None],
                 twin: Callable[[WordPressClient], WordPressClient] | None = None) -> None:
        self.record = record
        self.core = core
        self.options = options
        self.terms = term_cache
        self.said = said
        self.changed: set[str] | None = None
        # A client of its own that the job's cancel reaches: the site's copy is read on it while ours renders
        self.twin = twin
        self._early: _CopyRead | None = None  # the site's copy, asked when the job began (`ask_early`)

    def _content(self, records: dict[str, media.MediaRecord], token: str, uid: str) -> str:
        def resolve(src: str) -> Any:
            record = records.get(src)
            return self.core.uploaded_image(record.url, record.id) if record else None

        version = self.options.site_version
        form: dict[str, Any] = {"site_version": version} if version else {}
        html = self.core.render_body(self.record.article.body, resolve, **form)
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
        record = self.record
        workspace, post_id = record.workspace(), _int_or_none(record.remote().get("post_id"))
        if workspace is None or post_id is None:
            return "", None
        base = synced.load_base(workspace, record.site, post_id)
        if base is None:
            return "", None
        return base.body, synced.load_site_base(workspace, record.site, post_id, base.body)

    def _fields(
        self, categories: list[int], tags: list[int], records: dict[str, media.MediaRecord], creating: bool
    ) -> dict[str, Any]:
        article = self.record.article
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
        if creating or self.changed is None:
            return body
        wanted = {FIELD_OF_PART[part] for part in self.changed if part in FIELD_OF_PART}
        return {key: value for key, value in body.items() if key in wanted}

    def send(
        self,
        client: WordPressClient,
        categories: list[int],
        tags: list[int],
        records: dict[str, media.MediaRecord],
        result: PublishResult,
    ) -> None:
        record = self.record
        entry = record.remote()
        uid = str(entry.get("uid") or uuid.uuid4().hex)
        previous_pending = str(entry.get("pending") or "")
        token = uuid.uuid4().hex[:12]
        post_id = _int_or_none(entry.get("post_id"))
        adopted = False
        if post_id is None:
            post_id = self._find_by_marker(client, uid)
            adopted = post_id is not None
        copy = self._read_copy(client, post_id) if post_id is not None and not adopted else None
        try:
            content = self._content(records, token, uid)
        except BaseException:
            if copy is not None:
                copy.cancel()
            raise
        if post_id is not None and not adopted:
            post_id = self.check_conflict(client, post_id, entry, uid, previous_pending, content, copy)
        entry.update({"uid": uid, "pending": token})
        record.save_remote(entry)  # the token lets a retry recognise this write as ours
        body = self._fields(categories, tags, records, creating=post_id is None)
        if post_id is None or self.changed is None or "body" in self.changed:
            body["content"] = content
        params = {"context": "edit", "_fields": POST_FIELDS}
        if post_id is None:
            answer = self._create(client, body, params, uid)
            result.created = True
        else:
            answer = client.post(f"/wp/v2/posts/{post_id}", body, params, op=Operation.UPDATE_POST)
        record.write_back(answer, result)
        record.save_base(int(answer["id"]), conflict.raw_content(answer) if "content" in body else None)
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
            self.said(translate("PublishJob", "The site is slow: checking whether the post has arrived"))
            try:
                post_id = self._find_by_marker(client, uid)
            except (errors.SiteTimeout, errors.SiteUnreachable):
                post_id = None
            if post_id is not None:
                return client.get_object(f"/wp/v2/posts/{post_id}", {"context": "edit", "_fields": POST_FIELDS},
                                         what=translate("UnexpectedAnswer", "the new post"), op=Operation.CREATE_POST)
            left = ends - time.monotonic()
            if left <= 0:
                raise errors.CreateUnconfirmed(self.record.path, self.record.site, limit)
            client.pause(min(pause, left))
            pause = min(pause * 2, 8.0)

    def _find_by_marker(self, client: WordPressClient, uid: str) -> int | None:
        query = {"status": "any", "search": uid, "context": "edit", "_fields": "id,content", "per_page": 10}
        found = client.get_list("/wp/v2/posts", query, what=translate("UnexpectedAnswer", "the post search"))
        for post in found:
            if f"sr-editor:{uid}:" in conflict.raw_content(post) and _int_or_none(post.get("id")):
                return _int_or_none(post.get("id"))
        return None

    def ask_early(self, client: WordPressClient) -> None:
        """Ask for the site's copy of the post now, beside the question about its images, while the article is
        checked and rendered; it is taken for the conflict check only when nothing was sent to the site in
        between (`drop_early` otherwise), so it is still the last thing read before the update."""
        post_id = _int_or_none(self.record.remote().get("post_id"))
        if post_id is not None and self.twin is not None:
            self._early = _CopyRead(self.twin(client), post_id)

    def drop_early(self) -> None:
        """Something was sent to the site since the copy was asked: it is read again when checked."""
        if self._early is not None:
            self._early.cancel()
            self._early = None

    def _read_copy(self, client: WordPressClient, post_id: int) -> _CopyRead | None:
        """The site's copy of the post: the one asked early, or asked now on a client of its own (None without
        one: read when checked)."""
        if self._early is not None and self._early.post_id == post_id:
            return self._early
        return _CopyRead(self.twin(client), post_id) if self.twin is not None else None

    def check_conflict(
        self, client: WordPressClient, post_id: int, entry: dict[str, Any], uid: str, pending: str, ours: str,
        copy: _CopyRead | None = None,
    ) -> int | None:
        """Refuse (ConflictError) when the site's copy changed since our last sync, unless told to overwrite; the
        post id to update, None when the post was deleted on the site. `copy`: the copy asked while ours
        rendered, taken instead of asking now."""
        try:
            post = copy.result() if copy is not None else conflict.fetch_for_check(client, post_id)
        except errors.NotFound:
            return None  # deleted on the site: publish it anew
        marker = f"sr-editor:{uid}:{pending}" if pending else None
        stored = str(entry.get("modified_gmt") or "")
        if conflict.is_conflict(post, stored, marker) or self._edited_in_our_second(post, stored, marker):
            if not self.overwrite_conflicts():
                raise errors.ConflictError(self.record.path, self.record.site, conflict.conflict_info(
                    client, post, ours, self.record.article, self.terms))
            self.changed = None  # overwriting the site's edit: send the whole article
        return post_id

    def _edited_in_our_second(self, post: dict[str, Any], stored: str, marker: str | None) -> bool:
        """`modified_gmt` has 1-second resolution: an edit on the site in the second of our last write keeps the
        recorded one, and only the content (fingerprinted at that write) tells."""
        workspace = self.record.workspace()
        if workspace is None or not stored or str(post.get("modified_gmt", "")) != stored:
            return False
        if marker and marker in conflict.raw_content(post):
            return False  # our own write, whose answer was lost
        return synced.edited_in_same_second(workspace, self.record.site, post)

    def overwrite_conflicts(self) -> bool:
        chosen = self.options.overwrite_conflicts
        return self.options.force if chosen is None else chosen

    def site_unchanged(self, client: WordPressClient) -> bool:
        post_id = _int_or_none(self.record.remote().get("post_id"))
        try:
            early = self._early if self._early is not None and self._early.post_id == post_id else None
            post = early.result() if early is not None else \
                client.get(f"/wp/v2/posts/{post_id}", {"context": "edit", "_fields": "id,modified_gmt"})
        except errors.NotFound:
            return False
        stored = str(self.record.remote().get("modified_gmt") or "")
        return isinstance(post, dict) and str(post.get("modified_gmt", "")) == stored


class _CopyRead:
    """The site's copy of a post (conflict.fetch_for_check), read on `reader` in a helper thread."""

    def __init__(self, reader: WordPressClient, post_id: int) -> None:
        self._reader, self.post_id = reader, post_id
        pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="post-copy")
        self._future = pool.submit(conflict.fetch_for_check, reader, post_id)
        pool.shutdown(wait=False)

    def result(self) -> dict[str, Any]:
        return self._future.result()

    def cancel(self) -> None:
        self._reader.cancel()
