"""A publish's dry run: what the real run would send, said line by line, with nothing sent or written."""

from __future__ import annotations

from sr_editor.core.i18n import translate
from sr_editor.publish.sync.publish_images import ImageStep
from sr_editor.publish.sync.publish_parts import PublishResult, _int_or_none
from sr_editor.publish.wordpress import media, terms


def plan(images: ImageStep, term_cache: terms.TermCache, status_wanted: str | None, result: PublishResult,
         uses: list[media.ImageUse], categories: list[int]) -> PublishResult:
    record = images.record
    article = record.article
    records = images.media_records()
    entry = record.remote()
    for use in uses:
        try:
            sha = media.file_sha256(use.path)
        except OSError:
            sha = ""
        upload = media.needs_upload(records.get(use.src), sha)
        result.plan.append(translate("PublishJob", "image {0}: upload").format(use.src) if upload else translate(
            "PublishJob", "image {0}: already on the site").format(use.src))
    missing = terms.missing_tags(term_cache, article.tags)
    result.plan.append(translate("PublishJob", "categories: {0} (ids {1})").format(
        ", ".join(article.regions) or "-", categories))
    if missing:
        result.plan.append(translate("PublishJob", "tags to create: {0}").format(", ".join(missing)))
    post_id = _int_or_none(entry.get("post_id"))
    if post_id is not None and images.changed_since_sync(uses, None) == set():  # as the real run would say
        result.plan = [translate("PublishJob", "nothing to send (post {0} is already the same)").format(post_id)]
        return result
    status = status_wanted or ("draft" if post_id is None else translate("PublishJob", "unchanged"))
    what = translate("PublishJob", "update post {0}") if post_id else translate("PublishJob", "create a new post")
    result.plan.append(translate("PublishJob", "post: {0}, status {1}").format(what.format(post_id), status))
    if result.forced:
        result.plan.append(translate("PublishJob", "forced past: {0}").format(", ".join(result.forced)))
    return result
