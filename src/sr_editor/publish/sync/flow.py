"""`PublishJob`: one article to one site, step by step, each step safe to repeat after a cut connection.

Order: checks -> categories/tags -> images (publish_images.py; each upload recorded in the front matter at once)
-> post (publish_post.py; created once, found again by its hidden marker after a lost answer) -> write-back of
post id, link, status and modified_gmt (publish_writeback.py); a dry run only plans (publish_plan.py). Only the
front matter is ever rewritten; the body stays byte-identical. Progress goes to a callback; `cancel()` stops
between steps (the GUI runs the job in a worker thread).
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sr_editor.core.i18n import translate
from sr_editor.core.pacing import Progress
from sr_editor.core.storage.store import StoreLike
from sr_editor.publish import errors
from sr_editor.publish.sync.publish_images import ImageStep
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
from sr_editor.publish.sync.publish_plan import plan
from sr_editor.publish.sync.publish_post import PostStep
from sr_editor.publish.sync.publish_writeback import Record
from sr_editor.publish.wordpress import roles, terms
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
        self._step = 0
        self._total = 5
        self.record = Record(store, bundle, site)
        self.images = ImageStep(self.record, self.core, self.options, self._advance)
        self.post = PostStep(self.record, self.core, self.options, term_cache, self._say, self.images.twin)

    @property
    def path(self) -> str:
        return str(self.bundle / "index.md")

    def cancel(self) -> None:
        """Stop at once, from any thread: the request in flight is abandoned (each step is safe to repeat)."""
        self._cancel.set()
        if self.client is not None:
            self.client.cancel()
        self.images.cancel()  # the uploads in flight, each on a client of its own

    # ----- steps --------------------------------------------------------------------------------
    def _advance(self, message: str) -> None:
        if self._cancel.is_set():
            raise errors.PublishCancelled(self.path)
        self._step += 1
        self._say(message)

    def _say(self, message: str) -> None:
        if self._progress is not None:
            self._progress(message, self._step, self._total)

    def run(self) -> PublishResult:
        """One publish at a time per article, across processes; the article is loaded once the lock is held."""
        try:
            with publishing(self.bundle, self.path, self._cancel.is_set, self.options.lock_wait):
                return self._run()
        except errors.RequestCancelled:
            raise errors.PublishCancelled(self.path) from None
        finally:
            self.images.release()  # a question asked early and no longer wanted (the checks refused) is dropped

    def _run(self) -> PublishResult:
        result = PublishResult()
        self.record.load()
        article = self.record.article
        uses = self.images.uses()
        self._total = 3 + len(uses)
        if self.client is not None and not self.options.dry_run:
            self.images.ask_early(self.client, uses)  # at a distance, its round trip overlaps the checks
            self.post.ask_early(self.client)  # and the site's copy of the post, its own
        self._advance(translate("PublishJob", "Checking the article"))
        self._run_checks(result)
        self._advance(translate("PublishJob", "Matching regions and countries to categories and tags"))
        category_ids = terms.resolve_categories(self.terms, article.regions, self.path, self.site)
        roles.preflight(self._account(), self.site, self.options.status, self.images.new_images(uses))
        if self.options.dry_run:
            return plan(self.images, self.terms, self.options.status, result, uses, category_ids)
        client = self._require_client()
        changed = self.post.changed = self.images.changed_since_sync(uses, client)
        if changed is not None and not changed and self.post.site_unchanged(client):
            result.nothing_to_send = True
            entry = self.record.remote()
            result.post_id, result.link = _int_or_none(entry.get("post_id")), str(entry.get("link", ""))
            result.status, result.modified_gmt = str(entry.get("status", "")), str(entry.get("modified_gmt", ""))
            result.plan.append(translate("PublishJob", "nothing to send"))
            return result
        tag_ids = self._tags(client)
        records = self.images.upload(client, uses, result)
        if self.images.sent_any:
            self.post.drop_early()  # the copy asked early is older than what was just sent: asked again
        self._advance(translate("PublishJob", "Sending the post"))
        self.post.send(client, category_ids, tag_ids, records, result)
        return result

    def _require_client(self) -> WordPressClient:
        if self.client is None:
            raise errors.PublishError(translate(
                "PublishJob", "Publishing needs a connection to the site (only a dry run works without)."))
        return self.client

    def _run_checks(self, result: PublishResult) -> None:
        from sr_editor.core.checks.lint import Severity

        problems = self.core.checker(self.record.article, self.bundle)
        blocking = [p for p in problems if getattr(p, "severity", None) == Severity.ERROR]
        if not blocking:
            return
        reason = self.options.allow_missing_alt.strip()
        refused = [p for p in blocking if not (reason and str(p.rule) == "alt-missing")]
        if refused and not self.options.force:
            raise errors.ChecksFailed(self.path, [str(p.message) for p in refused])
        result.forced = [str(p.rule) for p in blocking]
        if not self.options.dry_run:
            entry = self.record.remote()
            forced = list(entry.get("forced", [])) if isinstance(entry.get("forced"), list) else []
            record: dict[str, Any] = {"by": self.options.who, "at": gmt_string(datetime.now(UTC)) + "Z",
                                      "rules": result.forced}
            if reason:
                record["reason"] = reason
            forced.append(record)
            entry["forced"] = forced
            self.record.save_remote(
                entry, reason=f"publish forced by {self.options.who} past {', '.join(result.forced)}")

    def _tags(self, client: WordPressClient) -> list[int]:
        names = self.record.article.tags
        missing = terms.missing_tags(self.terms, names)
        if missing and not self.options.create_tags:
            raise errors.PublishError(translate(
                "PublishJob", "{0}: the tags {1} do not exist on {2}; nothing was sent. Check the spelling, or let "
                "publishing create them (the Publish dialog's \"Create new tags\" box, or --create-tags).").format(
                self.path, ", ".join(missing), self.site))
        return terms.ensure_tags(client, self.terms, names)

    def _account(self) -> roles.AccountInfo | None:
        if self.core.account is not None:
            return self.core.account
        workspace = self.record.workspace()
        return roles.load_account(workspace, self.site) if workspace is not None else None
