"""Detecting an edit made on the site since our last publish, and describing it (who, when, what changed).

WordPress has no ETag or If-Match: we compare the post's `modified_gmt` with the one stored at our last publish.
A change that carries our own pending token (an update whose answer was lost) is ours, not a conflict.
"""

from __future__ import annotations

import difflib
from typing import Any

from sr_editor.core.article.article import Article, FeaturedImage
from sr_editor.core.i18n import translate
from sr_editor.publish import errors
from sr_editor.publish.errors import Operation
from sr_editor.publish.wordpress.client import WordPressClient
from sr_editor.publish.wordpress.terms import TermCache

CHECK_FIELDS = ("id,modified_gmt,modified,author,link,status,content,title,excerpt,categories,tags,featured_media,"
                "slug,date_gmt")  # every field of synced.site_fingerprint


def unified_diff(site_text: str, ours: str) -> str:
    lines = difflib.unified_diff(
        site_text.splitlines(), ours.splitlines(), fromfile=translate("ConflictError", "on the site"),
        tofile=translate("ConflictError", "yours"), lineterm=""
    )
    return "\n".join(lines)


def raw_content(post: dict[str, Any]) -> str:
    content = post.get("content")
    if isinstance(content, dict):
        return str(content.get("raw", content.get("rendered", "")))
    return str(content or "")


def who_changed(client: WordPressClient, post: dict[str, Any]) -> str:
    """The display name of the latest revision's author (who last saved), else of the post's author; a name, never
    an error."""
    author_id = post.get("author")
    try:
        revisions = client.get_list(
            f"/wp/v2/posts/{post['id']}/revisions", {"per_page": 1, "_fields": "author,modified_gmt"},
            what=translate("UnexpectedAnswer", "the revisions request"))
        if revisions:
            author_id = revisions[0].get("author", author_id)
    except (errors.PublishError, TypeError, KeyError):
        pass
    name = _display_name(client, author_id)
    if name:
        return name
    return translate("ConflictError", "user #{0}").format(author_id) if author_id else translate("ConflictError",
                                                                                               "someone")


def _display_name(client: WordPressClient, user_id: Any) -> str:
    """The site's display name of a user. A user without published posts (an editor who only approves) is hidden
    from /users/<id> for Authors and Contributors, but listed among the authors the block editor offers."""
    try:
        wanted = int(str(user_id))
    except ValueError:
        return ""
    what = translate("UnexpectedAnswer", "the user")
    try:
        user = client.get_object(f"/wp/v2/users/{wanted}", {"_fields": "name"}, what=what)
        return str(user.get("name") or "")
    except errors.PublishError:
        pass
    try:
        found = client.get_list("/wp/v2/users", {"who": "authors", "include": wanted, "_fields": "id,name"},
                                what=what)
    except errors.PublishError:
        return ""
    return next((str(u.get("name") or "") for u in found if str(u.get("id")) == str(wanted)), "")


def fetch_for_check(client: WordPressClient, post_id: int) -> dict[str, Any]:
    return client.get_object(f"/wp/v2/posts/{post_id}", {"context": "edit", "_fields": CHECK_FIELDS},
                             what=translate("UnexpectedAnswer", "the post request"), op=Operation.UPDATE_POST)


def is_conflict(post: dict[str, Any], stored_modified: str, pending_marker: str | None) -> bool:
    site_modified = str(post.get("modified_gmt", ""))
    if not stored_modified or site_modified == stored_modified:
        return False
    return not (pending_marker and pending_marker in raw_content(post))


def conflict_info(client: WordPressClient, post: dict[str, Any], ours: str, local: Article | None = None,
                  terms: TermCache | None = None) -> errors.ConflictInfo:
    return errors.ConflictInfo(
        who=who_changed(client, post),
        when=str(post.get("modified_gmt", "")),
        diff=unified_diff(raw_content(post), ours),
        fields=tuple(readable_diff(post, local, terms)) if local is not None else (),
    )


def readable_diff(post: dict[str, Any], local: Article, terms: TermCache | None) -> list[Any]:
    """Title, teaser, regions, tags, featured image and body of the site's post against the local article, word by
    word on what readers see (no markup, no marker comments)."""
    from sr_editor.core.blocks.html_markdown import to_markdown
    from sr_editor.core.review.compare import compare_articles
    from sr_editor.publish.sync.pull_post import plain

    site = Article()
    site.title, site.excerpt = plain(post.get("title")), plain(post.get("excerpt"))
    site.body = to_markdown(raw_content(post)).markdown
    if terms is not None:
        site.regions = [t.name for i in post.get("categories") or [] for t in terms.categories
                        if t.id == i and t.slug != "uncategorized"]
        site.tags = [t.name for i in post.get("tags") or [] for t in terms.tags if t.id == i]
    featured = local.featured_image
    site_media = int(post.get("featured_media") or 0)
    if featured is not None and site_media and _featured_id(local) == site_media:
        site.featured_image = featured
    elif site_media:
        site.featured_image = FeaturedImage(src=translate("ConflictError", "media item {0} on the site").format(
            site_media))
    return compare_articles(local, site)


def _featured_id(local: Article) -> int | None:
    featured = local.featured_image
    for entry in local.remote.values():
        media = entry.get("media") if isinstance(entry, dict) else None
        record = media.get(featured.src) if isinstance(media, dict) and featured is not None else None
        if isinstance(record, dict) and isinstance(record.get("id"), int):
            return int(record["id"])
    return None
