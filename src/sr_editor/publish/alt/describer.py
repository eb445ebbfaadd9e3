"""Writing one description through the companion plugin's Image describer routes, for an account that has the
`sr_describe_images` capability but may not edit other people's (or published) posts: a volunteer with a
Contributor account fixing an image in a colleague's published post.

The same steps as `apply.py`, on the plugin's alt-only routes: the media item's alt, then each post that shows
the image, read raw, rewritten by `set_alt_in_content` and sent back with the `modified_gmt` it was read at. The
server takes the new content only when it equals the stored one in everything but `alt` attributes, and only
when the post was not saved meanwhile (409: read again and redo the change on the new text). The choice between
the two paths is made here, in `writer_for`, and nowhere else.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sr_editor.core.alt.content import set_alt_in_content
from sr_editor.core.alt.state import SiteCache
from sr_editor.core.i18n import translate
from sr_editor.publish import errors
from sr_editor.publish.alt.apply import MAX_ATTEMPTS, ApplyReport, apply_site_alt, kept_changing, refused, updated
from sr_editor.publish.alt.sync import as_int
from sr_editor.publish.errors import Operation
from sr_editor.publish.review.companion import NAMESPACE, is_missing_route
from sr_editor.publish.review.errors import CompanionMissing
from sr_editor.publish.wordpress.client import WordPressClient

Writer = Callable[[WordPressClient, SiteCache, int, str], ApplyReport]
FEATURE = translate("CompanionMissing", "describing images with the Image describer role")


def uses_describer(cache: SiteCache) -> bool:
    """The account has the describer right and the core routes would refuse it some image or post."""
    caps = cache.capabilities
    return cache.can_describe and not (caps.get("edit_others_posts") and caps.get("edit_published_posts"))


def writer_for(cache: SiteCache) -> Writer:
    """The one place that picks the route a description is written by."""
    return apply_described_alt if uses_describer(cache) else apply_site_alt


def _call(client: WordPressClient, method: str, route: str, op: Operation, body: dict[str, Any] | None = None) -> Any:
    try:
        if method == "GET":
            return client.get(NAMESPACE + route, op=op)
        return client.post(NAMESPACE + route, body or {}, op=op)
    except errors.ApiError as exc:
        if is_missing_route(exc):  # the plugin was removed or deactivated since the capability was read
            raise CompanionMissing(client.site_name, FEATURE) from None
        raise


def apply_described_alt(client: WordPressClient, cache: SiteCache, media_id: int, alt: str) -> ApplyReport:
    """The media item first, then every post the plugin says shows the image."""
    report = ApplyReport(media_id)
    known = cache.media.get(media_id)
    try:
        answer = _call(client, "POST", f"/media/{media_id}/alt", Operation.UPDATE_MEDIA, {"alt": alt})
    except errors.NotFound:
        raise errors.NotFound(client.site_name, translate(
            "alt_apply", "image {0} (it was deleted from the site)").format(media_id)) from None
    report.media_updated = known is None or known.alt != alt
    if known is not None and isinstance(answer, dict):
        known.alt = str(answer.get("alt_text") or alt)
    uses = _call(client, "GET", f"/media/{media_id}/uses", Operation.READ)
    post_ids = sorted({as_int(use.get("id")) for use in uses if isinstance(use, dict)} - {0}) \
        if isinstance(uses, list) else []
    for post_id in post_ids:
        _update_post(client, cache, post_id, media_id, alt, report)
    for post in cache.posts.values():
        if post.featured_media == media_id and post.id not in report.posts_updated:
            report.notes.append(translate("alt_apply", "“{0}” (post {1}) shows it as featured image, which takes the "
                                          "media library's alt.").format(post.title, post.id))
    return report


def _update_post(client: WordPressClient, cache: SiteCache, post_id: int, media_id: int, alt: str,
                 report: ApplyReport) -> None:
    route = f"/posts/{post_id}/alt"
    for _attempt in range(MAX_ATTEMPTS):
        try:
            source = _call(client, "GET", route, Operation.UPDATE_POST)
        except errors.NotFound:
            return  # deleted meanwhile: nothing shows the image there any more
        if not isinstance(source, dict):
            raise errors.UnexpectedAnswer(client.site_name, translate("UnexpectedAnswer", "the post request"),
                                          translate("UnexpectedAnswer", "an object"))
        rewrite = set_alt_in_content(str(source.get("content") or ""), media_id, alt)
        if rewrite.changed == 0:
            return
        before = str(source.get("modified_gmt") or "")
        try:
            answer = _call(client, "POST", route, Operation.UPDATE_POST,
                           {"content": rewrite.content, "modified_gmt": before})
        except errors.ApiError as exc:
            if exc.status == 409:  # saved on the site since we read it: read it again
                report.retried.append(post_id)
                continue
            raise
        except errors.PermissionDenied as exc:
            refused(report, post_id, translate("alt_apply", "Post {0} was not changed: the site refused it ({1}).")
                    .format(post_id, str(exc).rstrip(".")))
            return
        updated(cache, report, post_id, before, answer)
        return
    kept_changing(report, post_id)
