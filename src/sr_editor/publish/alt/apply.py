"""Writing one description to a site: the media item's `alt_text`, then every post that shows the image.

The posts are read fresh (`context=edit`, up to 100 in one `include=` request) and updated a few at a time,
each worker on a client of its own; only that image's alt is changed in a post's content, and just before
sending, its `modified_gmt` is read again: a post edited meanwhile is re-read and the change made again on the
new text, never sent over it. Everything is idempotent (an alt already in place is not sent again), so an
outbox entry retried after a crash changes nothing twice. What the account may not change is refused with a
sentence naming the post and the reason; posts using the image only as featured image need no change (the
theme takes the featured image's alt from the media item).
"""

from __future__ import annotations

import html
import queue
from concurrent.futures import CancelledError, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from sr_editor.core.alt.content import media_ids_in_content, set_alt_in_content
from sr_editor.core.alt.state import PostInfo, SiteCache
from sr_editor.core.i18n import translate
from sr_editor.publish import errors
from sr_editor.publish.alt.sync import as_int, pages
from sr_editor.publish.errors import Operation
from sr_editor.publish.wordpress.client import WordPressClient

MAX_ATTEMPTS = 4
POST_WORKERS = 8  # post updates in flight at once (each a check, then the update: two round trips)
PER_REQUEST = 100  # posts read in one request (`include=`, the REST API's largest page)
POST_FIELDS = "id,author,status,title,content,modified_gmt,featured_media"
# What an update's answer is read for: the site renders nothing else (a post's rendered content runs every
# content filter, most of the site's work for an update)
ANSWER_FIELDS = {"_fields": "id,alt_text,modified_gmt"}


@dataclass
class ApplyReport:
    media_id: int
    media_updated: bool = False
    posts_updated: list[int] = field(default_factory=list)
    modified: dict[int, tuple[str, str]] = field(default_factory=dict)  # post -> (modified_gmt before, after)
    retried: list[int] = field(default_factory=list)  # posts edited on the site while we worked
    refusals: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    # Posts the site refused when asked (403) or that kept changing: the entry stays waiting for them and the
    # next sync tries them again (a refusal predicted from the account's role is final and only said).
    unfinished: dict[int, str] = field(default_factory=dict)

    def merge(self, part: ApplyReport) -> None:
        """Add what one post's update said (its own report, made on a worker)."""
        self.posts_updated += part.posts_updated
        self.modified.update(part.modified)
        self.retried += part.retried
        self.refusals += part.refusals
        self.notes += part.notes
        self.unfinished.update(part.unfinished)

    def sentences(self) -> list[str]:
        if self.media_updated:
            done = [translate("alt_apply", "Image {0}: the media library's alt text was updated.").format(
                self.media_id)]
        else:
            done = [translate("alt_apply", "Image {0}: the media library's alt text was already right.").format(
                self.media_id)]
        done += [translate("alt_apply", "Post {0} updated.").format(p) for p in self.posts_updated]
        return done + self.notes + self.refusals


class MediaRefused(errors.PermissionDenied):
    """The account may not change this media item; nothing was sent."""


def _title(post: dict[str, Any]) -> str:
    title = post.get("title")
    raw = (title.get("raw") or title.get("rendered", "")) if isinstance(title, dict) else title
    return html.unescape(str(raw or translate("alt_apply", "post {0}").format(post.get("id"))))


def _refusal(cache: SiteCache, post: dict[str, Any], why: str) -> str:
    return translate("alt_apply", "“{0}” (post {1}) was not changed: {2}.").format(_title(post), post.get("id"), why)


def _why_not(cache: SiteCache, author: int, status: str) -> str:
    if author != cache.user_id and not cache.capabilities.get("edit_others_posts"):
        return translate("alt_apply", "it belongs to another author, and your account ({0}) may edit only its own "
                         "posts").format(cache.role)
    return translate("alt_apply", "it is published, and your account ({0}) may not edit published posts").format(
        cache.role)


def update_media(client: WordPressClient, cache: SiteCache, media_id: int, alt: str) -> bool:
    """Set the media item's alt text; False when it already had it. MediaRefused when the role may not."""
    current = client.get(f"/wp/v2/media/{media_id}", {"context": "edit", "_fields": "id,alt_text,author"})
    author = int(current.get("author") or 0) if isinstance(current, dict) else 0
    if not cache.can_edit(author):
        name = cache.media[media_id].file if media_id in cache.media else translate(
            "alt_apply", "image {0}").format(media_id)
        raise MediaRefused(client.site_name, translate("alt_apply", "change {0}").format(name), translate(
            "alt_apply", "another author uploaded it, and your account ({0}) may edit only its own images").format(
                cache.role))
    if isinstance(current, dict) and str(current.get("alt_text") or "") == alt:
        return False
    try:
        answer = client.post(f"/wp/v2/media/{media_id}", {"alt_text": alt}, ANSWER_FIELDS, op=Operation.UPDATE_MEDIA)
    except errors.PermissionDenied as exc:
        raise MediaRefused(client.site_name, translate("alt_apply", "change image {0}").format(media_id),
                           str(exc).rstrip(".")) from None
    if isinstance(answer, dict) and media_id in cache.media:
        cache.media[media_id].alt = str(answer.get("alt_text") or alt)
        cache.media[media_id].modified_gmt = str(answer.get("modified_gmt") or "")
    return True


def candidate_posts(client: WordPressClient, cache: SiteCache, media_id: int) -> list[int]:
    """Posts that may show the image: the cached index plus a live search (a post written since the last sync)."""
    ids = {p.id for p in cache.posts.values() if media_id in p.media_ids}
    try:
        found = [post for page in pages(client, "/wp/v2/posts", {"search": f"wp-image-{media_id}", "status": "any",
                                                                "_fields": "id"}) for post in page]
    except errors.PermissionDenied:
        found = []
    ids |= {number for post in found if (number := as_int(post.get("id")))}
    return sorted(ids)


def read_posts(client: WordPressClient, post_ids: list[int]) -> dict[int, dict[str, Any]]:
    """The posts as `update_post` reads them, 100 a request (`include=`). Those the answer leaves out (deleted,
    or another author's: the edit context skips them) are read one by one after, as before."""
    found: dict[int, dict[str, Any]] = {}
    for start in range(0, len(post_ids), PER_REQUEST):
        chunk = post_ids[start : start + PER_REQUEST]
        params = {"include": ",".join(map(str, chunk)), "status": "any", "context": "edit", "_fields": POST_FIELDS}
        try:
            for page in pages(client, "/wp/v2/posts", params):
                found.update((number, post) for post in page
                             if (number := as_int(post.get("id"))) in chunk and _complete(post))
        except (errors.PermissionDenied, errors.ApiError):
            continue  # an account that may not list in edit context: each post is read alone
    return found


def _complete(post: dict[str, Any]) -> bool:
    """Whether a listed post carries what an update needs (its raw content and time); else it is read alone."""
    content = post.get("content")
    return isinstance(content, dict) and isinstance(content.get("raw"), str) and "modified_gmt" in post


def _found_posts(client: WordPressClient, cache: SiteCache,
                 media_id: int) -> tuple[list[int], dict[int, dict[str, Any]]]:
    post_ids = candidate_posts(client, cache, media_id)
    return post_ids, read_posts(client, post_ids) if post_ids else {}


def update_posts(client: WordPressClient, cache: SiteCache, post_ids: list[int], media_id: int, alt: str,
                 report: ApplyReport, read: dict[int, dict[str, Any]] | None = None) -> None:
    """`update_post` for each post, POST_WORKERS at a time (each worker on a client of its own), the posts read
    together first (`read`: already read); what each says goes into the report in the posts' order. After a
    failure no other post is started, those in flight finish, and the first failure (in the posts' order) is
    raised."""
    if read is None:
        read = read_posts(client, post_ids) if post_ids else {}
    parts = {post_id: ApplyReport(media_id) for post_id in post_ids}
    workers = min(POST_WORKERS, len(post_ids))
    idle: queue.SimpleQueue[WordPressClient] = queue.SimpleQueue()
    for _ in range(workers):
        idle.put(client.twin())

    def one(post_id: int) -> None:
        if client.cancelled:
            raise errors.RequestCancelled(client.site_name)
        twin = idle.get()
        try:
            update_post(twin, cache, post_id, media_id, alt, parts[post_id], read.get(post_id))
        finally:
            idle.put(twin)

    failure: BaseException | None = None
    with ThreadPoolExecutor(max_workers=max(1, workers), thread_name_prefix="alt-post") as pool:
        futures = [pool.submit(one, post_id) for post_id in post_ids]
        for future in futures:
            try:
                future.result()
            except CancelledError:
                continue
            except BaseException as exc:  # raised below, once the posts in flight are done
                failure = failure or exc
                for other in futures:
                    other.cancel()
    for post_id in post_ids:
        report.merge(parts[post_id])
    if failure is not None:
        raise failure


def update_post(client: WordPressClient, cache: SiteCache, post_id: int, media_id: int, alt: str,
                report: ApplyReport, first: dict[str, Any] | None = None) -> None:
    """Change this image's alt in one post, re-reading and retrying when the post changes under us (`first`:
    the post as just read, so that the first attempt need not read it)."""
    for _attempt in range(MAX_ATTEMPTS):
        try:
            post = first or client.get_object(f"/wp/v2/posts/{post_id}", {"context": "edit", "_fields": POST_FIELDS},
                                              what=translate("UnexpectedAnswer", "the post request"),
                                              op=Operation.UPDATE_POST)
            first = None
        except errors.NotFound:
            return
        except errors.PermissionDenied as exc:  # another author's post, or a site that guards this one
            _refuse_unreadable(client, cache, post_id, media_id, report, exc)
            return
        raw = post.get("content", {}).get("raw", "") if isinstance(post.get("content"), dict) else ""
        rewrite = set_alt_in_content(str(raw), media_id, alt)
        if rewrite.changed == 0:
            return
        author, status = int(post.get("author") or 0), str(post.get("status") or "")
        if not cache.can_edit(author, status):
            report.refusals.append(_refusal(cache, post, _why_not(cache, author, status)))
            return
        before = str(post.get("modified_gmt") or "")
        try:  # the site may refuse this post alone (a plugin guarding it) though it listed it with the others
            check = client.get_object(f"/wp/v2/posts/{post_id}", {"context": "edit", "_fields": "modified_gmt"},
                                      what=translate("UnexpectedAnswer", "the post request"), op=Operation.UPDATE_POST)
            if str(check.get("modified_gmt") or "") != before:
                report.retried.append(post_id)  # edited on the site since we read it: read it again
                continue
            answer = client.post(f"/wp/v2/posts/{post_id}", {"content": rewrite.content}, ANSWER_FIELDS,
                                 op=Operation.UPDATE_POST)
        except errors.PermissionDenied as exc:
            refused(report, post_id, _refusal(cache, post, translate("alt_apply", "the site refused it ({0})").format(
                exc).rstrip(".")))
            return
        updated(cache, report, post_id, before, answer)
        return
    kept_changing(report, post_id)


def updated(cache: SiteCache, report: ApplyReport, post_id: int, before: str, answer: Any) -> None:
    """The post took the new alt: note it, and the post's new modified time (the next check compares with it)."""
    after = str(answer.get("modified_gmt") or "") if isinstance(answer, dict) else ""
    report.posts_updated.append(post_id)
    report.modified[post_id] = (before, after)
    if post_id in cache.posts:
        cache.posts[post_id].modified_gmt = after


def refused(report: ApplyReport, post_id: int, refusal: str) -> None:
    """The site refused this post: the description waits for it, and the next sync tries it again."""
    report.refusals.append(refusal)
    report.unfinished[post_id] = refusal


def kept_changing(report: ApplyReport, post_id: int) -> None:
    refused(report, post_id, translate("alt_apply", "Post {0} was not changed: it kept being edited on the site "
                                       "while we tried ({1} times); sync again later.").format(post_id, MAX_ATTEMPTS))


def _refuse_unreadable(client: WordPressClient, cache: SiteCache, post_id: int, media_id: int,
                       report: ApplyReport, refusal: errors.PermissionDenied) -> None:
    """Name the post and say why, if it really shows the image (its public text tells). When the account's role
    may edit it, the refusal is the site's own (a plugin guarding the post, rights changed on the site): the
    update waits for that post and the next sync tries it again."""
    try:
        post = client.get(f"/wp/v2/posts/{post_id}", {"_fields": "id,title,author,status,content"})
    except errors.PublishError:
        post = {}
    if not isinstance(post, dict) or not post:
        info = cache.posts.get(post_id)
        post = {"id": post_id, "title": info.title if info else "", "author": info.author if info else -1,
                "status": info.status if info else ""}
    elif media_id not in media_ids_in_content(str((post.get("content") or {}).get("rendered", ""))):
        return  # the search matched something else (wp-image-123 for 12): nothing to refuse
    author, status = int(post.get("author") or -1), str(post.get("status") or "")
    if not cache.can_edit(author, status):
        report.refusals.append(_refusal(cache, post, _why_not(cache, author, status)))
        return
    refused(report, post_id, _refusal(cache, post, translate("alt_apply", "the site refused it ({0})").format(
        refusal).rstrip(".")))


def apply_site_alt(client: WordPressClient, cache: SiteCache, media_id: int, alt: str) -> ApplyReport:
    """The media item first (refused as a whole when the account may not change it), then each post; the posts
    that show it are found and read while the media item is updated."""
    report = ApplyReport(media_id)
    finder = client.twin()  # the posts are found and read meanwhile; each is re-checked before it is sent
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="alt-posts-read")
    finding = pool.submit(_found_posts, finder, cache, media_id)
    try:
        try:
            report.media_updated = update_media(client, cache, media_id, alt)
        except errors.NotFound:
            raise errors.NotFound(client.site_name, translate(
                "alt_apply", "image {0} (it was deleted from the site)").format(media_id)) from None
        post_ids, read = finding.result()
    finally:
        if not finding.done():
            finder.cancel()  # the media item was refused: the posts are not wanted
        pool.shutdown(wait=False)
    update_posts(client, cache, post_ids, media_id, alt, report, read)
    featured = [p for p in cache.posts.values() if p.featured_media == media_id and p.id not in report.posts_updated]
    report.notes += [_featured_note(p) for p in featured]
    return report


def _featured_note(post: PostInfo) -> str:
    return translate("alt_apply", "“{0}” (post {1}) shows it as featured image, which takes the media library's "
                     "alt.").format(post.title, post.id)
