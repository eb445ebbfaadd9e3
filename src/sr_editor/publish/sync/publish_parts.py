"""What one publish is given and answers, and the small pieces of its steps: options, result, collaborators, the
retry marker, dates, and the check that the site kept what was sent (`flow.PublishJob` runs the steps:
publish_images, publish_post, publish_writeback, publish_plan)."""

from __future__ import annotations

import getpass
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sr_editor.core.article.article import Article
from sr_editor.core.images.files import MAX_IMAGE_WIDTH
from sr_editor.publish import errors
from sr_editor.publish.sync.publish_lock import LOCK_WAIT
from sr_editor.publish.wordpress import media, roles

WRITE_BACK_ATTEMPTS = 20  # each retry means another save landed in the few ms between our read and write
# content, excerpt and author too: their fingerprint tells a site edit made in the second of our write (below)
POST_FIELDS = "id,link,status,modified_gmt,categories,tags,featured_media,slug,title,date_gmt,content,excerpt,author"
# Article part (synced.changed_parts) -> the post field that carries it.
FIELD_OF_PART = {"title": "title", "excerpt": "excerpt", "slug": "slug", "status": "status", "date": "date_gmt",
                 "regions": "categories", "tags": "tags", "featured_image": "featured_media", "body": "content"}

@dataclass
class PublishOptions:
    status: str | None = None  # None: keep the site's status on update, "draft" on create
    date: datetime | None = None  # aware; naive means this computer's local time
    force: bool = False  # publish despite check errors (recorded in the article)
    # Publish despite images without alt text (rule alt-missing) only, for this reason (recorded in the article
    # like the window's override); "" refuses them as usual.
    allow_missing_alt: str = ""
    # Overwrite a post changed on the site since our last publish; None: the same as `force` (the CLI's --force).
    # The window asks separately, after showing the conflict.
    overwrite_conflicts: bool | None = None
    dry_run: bool = False
    who: str = field(default_factory=lambda: _current_user())
    max_image_width: int = MAX_IMAGE_WIDTH
    create_tags: bool = True
    # After a create whose answer never came (timeout, cut), the site may still be making the post: look for it
    # this long before giving up, so that no retry creates a second one.
    late_create_wait: float = 60.0
    lock_wait: float = LOCK_WAIT  # for another publish of the same article (another window or command)
    site_version: str = ""  # the site's WordPress version from its profile: which block markup to write


@dataclass
class PublishResult:
    post_id: int | None = None
    link: str = ""
    preview_url: str = ""  # WordPress's preview of the post as it is now (drafts too); needs a login in the browser
    status: str = ""
    modified_gmt: str = ""
    created: bool = False
    uploaded: list[str] = field(default_factory=list)
    reused: list[str] = field(default_factory=list)
    plan: list[str] = field(default_factory=list)
    forced: list[str] = field(default_factory=list)
    nothing_to_send: bool = False  # the article and the post were already the same: no request changed anything


@dataclass
class Collaborators:
    """What the job needs from core/, passed in so tests can substitute any of them."""

    checker: Callable[[Article, Path], list[Any]]
    find_images: Callable[[str], list[Any]]
    render_body: Callable[[str, Any], str]
    prepare_image: Callable[[Path, int], Any]
    uploaded_image: Callable[[str, int], Any]
    # What the account may do (stored at site check); None: read it from the workspace, else let the site say.
    account: roles.AccountInfo | None = None

    @classmethod
    def default(cls) -> Collaborators:
        from sr_editor.core.article import regions
        from sr_editor.core.checks import lint
        from sr_editor.core.images import files as images
        from sr_editor.core.render import render

        vocabulary = regions.load_vocabulary()

        def checker(article: Article, bundle: Path) -> list[Any]:
            return lint.check_article(article, bundle, vocabulary)

        return cls(checker, render.find_images, render.render_body, images.prepare_image, render.UploadedImage)


def _current_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def marker_text(uid: str, token: str) -> str:
    return f"sr-editor:{uid}:{token}"


def marker_comment(uid: str, token: str) -> str:
    return f"<!-- {marker_text(uid, token)} -->"


def gmt_string(moment: datetime) -> str:
    aware = moment if moment.tzinfo else moment.astimezone()
    return aware.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="seconds")


def _article_date(article: Article) -> datetime | None:
    raw = article.meta.get("date")
    if isinstance(raw, datetime):
        return raw
    if isinstance(raw, date):
        return datetime(raw.year, raw.month, raw.day)
    if isinstance(raw, str) and raw.strip():
        try:
            return datetime.fromisoformat(raw.strip().replace("Z", "+00:00"))
        except ValueError:
            return None
    return None


def _int_or_none(value: Any) -> int | None:
    """A post id from the front matter; `true`, `.inf` or a date is no id (it would update post 1, or crash)."""
    return media.meta_int(value)


def _verify(answer: dict[str, Any], sent: dict[str, Any], site: str) -> None:
    """WordPress drops unknown term and media ids without an error; compare what came back."""
    for key in ("categories", "tags"):
        if key not in answer or key not in sent:  # a partial update sends only what changed
            continue
        kept = answer.get(key) or []
        if not isinstance(kept, list) or set(sent[key]) - {k for k in kept if isinstance(k, int)}:
            raise errors.ResponseMismatch(site, key)
    featured = _int_or_none(answer.get("featured_media")) or 0
    if "featured_media" in answer and "featured_media" in sent and featured != int(sent["featured_media"]):
        raise errors.ResponseMismatch(site, "featured image")
