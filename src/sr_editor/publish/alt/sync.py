"""Fetching a site's media library and the posts that use each image, for the alt-text queue.

The first sync pages through everything (100 items a request, oldest id first, so items added meanwhile do
not shift the pages; once the first page has said how many there are, a few pages are in flight at once:
publish/wordpress/paging.py with `workers=`); later syncs ask only for what changed since the previous one
(`modified_after`).
The cursor is the server's own clock (the `Date` header of the first answer) minus a small overlap, so a
slow or wrong local clock never makes a sync miss a change. Deleted items are not seen by an incremental
sync: a 404 when sending drops them.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import urlsplit

from sr_editor.core.alt.content import image_offsets
from sr_editor.core.alt.queue import CONTEXT_MAX
from sr_editor.core.alt.state import MediaInfo, PostInfo, SiteCache, thumb_path
from sr_editor.core.i18n import translate
from sr_editor.core.pacing import Progress
from sr_editor.core.storage.atomicfile import atomic_write_bytes
from sr_editor.publish import errors
from sr_editor.publish.wordpress import paging
from sr_editor.publish.wordpress.client import WordPressClient, normalize_site_url

if TYPE_CHECKING:
    import requests

Cancelled = Callable[[], bool]
PAGE_WORKERS = 6  # pages of the library in flight at once, after the first announced the count (at 80 ms, 4
# left the site idle between answers)
OVERLAP = timedelta(seconds=2)
MEDIA_FIELDS = "id,alt_text,caption,title,author,source_url,modified_gmt,media_details.sizes,media_details.file"
POST_FIELDS = "id,title,status,author,categories,featured_media,content,modified_gmt"
DISPLAY_SIZES = ("large", "medium_large", "full")
THUMB_MAX_BYTES = 20 * 1024 * 1024
THUMB_DEADLINE = 60.0  # seconds for one picture, however slowly it comes
MAX_ID = 2**63  # WordPress ids are unsigned 64-bit in MySQL; above that a number is garbage
T = TypeVar("T")
# Bounded patterns: `[^<>]` and `[^\[\]]` stop at the next opening, so text full of `<` or `[caption` stays linear.
_TAG = re.compile(r"<[^<>]+>")
_CAPTION = re.compile(r"\[/?caption[^\[\]]*\]")
_P_OPEN = re.compile(r"<p\b", re.I)
_P_CLOSE = re.compile(r"</p\s*>", re.I)


class SyncCancelled(errors.PublishError):
    def __init__(self, site: str) -> None:
        super().__init__(translate("SyncCancelled", "The sync with {0} was cancelled; what was fetched so far is kept.")
                         .format(site))


def _server_now(response: requests.Response) -> datetime | None:
    try:
        return parsedate_to_datetime(response.headers.get("Date", "")).astimezone(UTC)
    except (TypeError, ValueError, IndexError):
        return None


def _plain(text: Any) -> str:
    raw = text.get("raw", text.get("rendered", "")) if isinstance(text, dict) else text
    return " ".join(html.unescape(_TAG.sub(" ", str(raw or ""))).split())


def pages(
    client: WordPressClient, route: str, params: dict[str, Any], what: str = "", progress: Progress | None = None,
    cancelled: Cancelled | None = None, on_started: Callable[[datetime | None], None] | None = None,
) -> Iterator[list[dict[str, Any]]]:
    """Each page of a collection as it comes (so a cancel keeps what was fetched), with progress; raises
    SyncCancelled between pages. `on_started` gets the server's clock from the first answer. The paging is the
    app's one bounded listing loop (publish/wordpress/paging.py): repeated pages, counts that grow or lie and
    entries that are not objects cannot keep it going or stop it."""
    seen = 0
    for page in paging.pages(client, route, params, cancelled=cancelled,
                             on_cancel=lambda: SyncCancelled(client.site_name), workers=PAGE_WORKERS,
                             twin=client.twin):
        if page.number == 1 and on_started is not None:
            on_started(_server_now(page.response))
        if not _same_origin(page.response.url, client.base_url):
            raise errors.ServerError(client.site_name, page.response.status_code, translate(
                "ServerError", "the answer came from another site"))
        seen += len(page.items)
        yield page.items
        total = max(page.total or 0, seen)
        if progress is not None:
            progress(translate("alt_sync", "{0}: {1} of {2}").format(what, seen, total), seen, total)


def _same_origin(url: str | None, base: str) -> bool:
    """Whether `url` (where an answer came from, after any redirect) is on the site's own scheme and host."""
    if not url:
        return True  # a test transport without URLs
    there, here = urlsplit(url), urlsplit(base)
    return (there.scheme, there.netloc.lower()) == (here.scheme, here.netloc.lower())


def as_int(value: Any) -> int:
    """A whole number from an answer; 0 for anything else (a string of digits is accepted, as PHP sends some)."""
    if isinstance(value, bool):
        return 0
    if isinstance(value, int):
        return value if 0 <= value < MAX_ID else 0
    text = str(value or "").strip()
    return int(text) if text.isdigit() and len(text) < 19 else 0


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _item_id(raw: dict[str, Any]) -> int:
    found = as_int(raw.get("id"))
    if not found:
        raise ValueError(f"not an item id: {raw.get('id')!r}")
    return found


def _parsed(parse: Callable[[dict[str, Any]], T], raw: dict[str, Any]) -> T | None:
    """One item of an answer; None for an item whose id or shape is not usable (skipped, not a crash)."""
    try:
        return parse(raw)
    except (TypeError, ValueError, AttributeError, KeyError):
        return None


def _cursor(started: datetime | None, fallback: str) -> str:
    if started is None:
        return fallback
    return (started - OVERLAP).strftime("%Y-%m-%dT%H:%M:%S")


def media_info(raw: dict[str, Any]) -> MediaInfo:
    details = raw.get("media_details") if isinstance(raw.get("media_details"), dict) else {}
    assert isinstance(details, dict)
    sizes = details.get("sizes") if isinstance(details.get("sizes"), dict) else {}
    assert isinstance(sizes, dict)
    display = next((sizes[s].get("source_url") for s in DISPLAY_SIZES
                    if isinstance(sizes.get(s), dict) and sizes[s].get("source_url")), None)
    source = str(raw.get("source_url") or "")
    return MediaInfo(
        id=_item_id(raw), alt=str(raw.get("alt_text") or ""), caption=_plain(raw.get("caption")),
        title=_plain(raw.get("title")), author=as_int(raw.get("author")), url=source,
        display_url=str(display or source), modified_gmt=str(raw.get("modified_gmt") or ""),
        file=Path(str(details.get("file") or source)).name,
    )


def _paragraphs(content: str) -> list[tuple[int, int, str]]:
    """(start, end, plain text) of the content's paragraphs; blank-line chunks for classic posts without <p>."""
    found = _tagged_paragraphs(content)
    if found:
        return [f for f in found if f[2]]
    chunks: list[tuple[int, int, str]] = []
    for m in re.finditer(r"(?:(?!\n[ \t]*\n).)+", content, re.S):
        text = _plain(_CAPTION.sub(" ", m.group(0)))
        if text and "<img" not in m.group(0):
            chunks.append((m.start(), m.end(), text))
    return chunks


def _tagged_paragraphs(content: str) -> list[tuple[int, int, str]]:
    """The `<p>...</p>` paragraphs, in one pass (a lazy regex rescans the rest for each unclosed `<p>`)."""
    found: list[tuple[int, int, str]] = []
    position = 0
    while (opening := _P_OPEN.search(content, position)) is not None:
        end_of_tag = content.find(">", opening.end())
        closing = _P_CLOSE.search(content, end_of_tag + 1) if end_of_tag >= 0 else None
        if closing is None:
            break  # no paragraph after this one can be closed either
        found.append((opening.start(), closing.end(), _plain(content[end_of_tag + 1 : closing.start()])))
        position = closing.end()
    return found


def post_info(raw: dict[str, Any]) -> PostInfo:
    body = raw.get("content")
    content = str(body.get("raw") or body.get("rendered") or "") if isinstance(body, dict) else ""
    paragraphs = _paragraphs(content)
    media_ids: list[int] = []
    context: dict[str, list[str]] = {}
    for offset, ids in image_offsets(content):
        before = next((t for s, e, t in reversed(paragraphs) if e <= offset), "")
        after = next((t for s, e, t in paragraphs if s > offset), "")
        for media_id in sorted(ids):
            if media_id not in media_ids:
                media_ids.append(media_id)
                context[str(media_id)] = [before[-CONTEXT_MAX:], after[:CONTEXT_MAX]]
    featured = as_int(raw.get("featured_media"))
    if featured and str(featured) not in context:
        context[str(featured)] = ["", paragraphs[0][2][:CONTEXT_MAX] if paragraphs else ""]
    return PostInfo(
        id=_item_id(raw), title=_plain(raw.get("title")), status=str(raw.get("status") or ""),
        author=as_int(raw.get("author")), categories=[as_int(c) for c in _list(raw.get("categories")) if as_int(c)],
        featured_media=featured, media_ids=media_ids, context=context,
        modified_gmt=str(raw.get("modified_gmt") or ""),
    )


def sync_account(client: WordPressClient, cache: SiteCache) -> None:
    """The account (users/me: id, roles, capabilities) and the site's categories, asked at once (the categories
    on a client of their own); a failed account abandons the categories."""
    twin = client.twin()
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="alt-sync-categories")
    categories = pool.submit(lambda: {str(c["id"]): html.unescape(str(c.get("name", "")))
                                      for page in pages(twin, "/wp/v2/categories", {"_fields": "id,name"})
                                      for c in page})
    try:
        me = client.me()
    except BaseException:
        twin.cancel()
        raise
    finally:
        pool.shutdown(wait=False)
    caps = me.get("capabilities") if isinstance(me.get("capabilities"), dict) else {}
    cache.user_id = as_int(me.get("id"))
    roles = me.get("roles")
    cache.roles = [str(r) for r in roles] if isinstance(roles, list) else []
    cache.capabilities = {str(k): bool(v) for k, v in (caps or {}).items()}
    cache.categories = categories.result()


class AccountBeside:
    """`sync_account` on a client of its own while the listings run on `client`; when the account fails (a wrong
    password) `client` is cancelled, so the listings stop, and the account's failure is the one raised."""

    def __init__(self, client: WordPressClient, cache: SiteCache) -> None:
        self._asker = client.twin()
        pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="alt-sync-account")
        self._done = pool.submit(sync_account, self._asker, cache)
        self._done.add_done_callback(lambda done: client.cancel() if done.exception() is not None else None)
        pool.shutdown(wait=False)

    def refused(self) -> bool:
        """Waits for the account; whether it failed (abandoned after the listings failed is not failing)."""
        failure = self._done.exception()
        return failure is not None and not isinstance(failure, errors.RequestCancelled)

    def raise_failure(self) -> None:
        """The account's own failure, if it failed; one still asking is abandoned (the listings failed)."""
        if not self._done.done():
            self._asker.cancel()
        if self.refused():
            raise self._done.exception()  # type: ignore[misc]


def sync_media(client: WordPressClient, cache: SiteCache, progress: Progress | None = None,
               cancelled: Cancelled | None = None) -> int:
    """Fetch the media library (all of it, or what changed since the last sync); returns how many came."""
    params: dict[str, Any] = {"media_type": "image", "_fields": MEDIA_FIELDS}
    if cache.media_cursor:
        params.update(modified_after=cache.media_cursor + "Z", orderby="modified", order="asc")
    else:
        params.update(orderby="id", order="asc")
    started: list[datetime | None] = []
    count = 0
    what = translate("alt_sync", "Image details from the media library")
    for page in pages(client, "/wp/v2/media", params, what, progress, cancelled, started.append):
        for raw in page:
            if (info := _parsed(media_info, raw)) is not None:
                cache.media[info.id] = info
        count += len(page)
    cache.media_cursor = _cursor(started[0] if started else None, cache.media_cursor)
    return count


def sync_posts(client: WordPressClient, cache: SiteCache, progress: Progress | None = None,
               cancelled: Cancelled | None = None) -> int:
    # View context: `context=edit` silently leaves out the posts the account may not edit, and the queue must
    # show those too (marked as such). The rendered content keeps the `wp-image-N` classes.
    params: dict[str, Any] = {"status": "any", "_fields": POST_FIELDS}
    if cache.posts_cursor:
        params.update(modified_after=cache.posts_cursor + "Z", orderby="modified", order="asc")
    else:
        params.update(orderby="id", order="asc")
    started: list[datetime | None] = []
    count = 0
    what = translate("alt_sync", "Posts read to find where images are used")
    for page in pages(client, "/wp/v2/posts", params, what, progress, cancelled, started.append):
        for raw in page:
            if (post := _parsed(post_info, raw)) is not None:
                cache.posts[post.id] = post
        count += len(page)
    cache.posts_cursor = _cursor(started[0] if started else None, cache.posts_cursor)
    return count


def sync_library(client: WordPressClient, cache: SiteCache, progress: Progress | None = None,
                 cancelled: Cancelled | None = None) -> tuple[int, int]:
    """`sync_media` and `sync_posts` at once, the posts on a client of their own (`client.twin()`): neither
    listing needs the other. They fill separate parts of the cache, each cursor moving only when its own listing
    is complete. When the media listing fails or is cancelled the posts' is abandoned; (media, posts) counts."""
    twin = client.twin()
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="alt-sync-posts")
    posts = pool.submit(sync_posts, twin, cache, progress, cancelled)
    try:
        media = sync_media(client, cache, progress, cancelled)
    except BaseException:
        twin.cancel()
        raise
    finally:
        pool.shutdown(wait=True)
    return media, posts.result()


def _fetchable(url: str, site: str) -> bool:
    """Only from the site's own scheme and host (https, or http on this computer: the rule for the site itself);
    a media item pointing at file://, another host or plain http is not fetched."""
    try:
        normalize_site_url(url)
    except errors.InsecureURLError:
        return False
    return _same_origin(url, site)


def fetch_thumbnails(
    client: WordPressClient, workspace: Path, cache: SiteCache, media_ids: list[int],
    progress: Progress | None = None, cancelled: Cancelled | None = None,
) -> int:
    """Keep a copy of each queued image for offline work; images already kept are not fetched again."""
    fetched = 0
    for done, media_id in enumerate(media_ids, 1):
        if cancelled is not None and cancelled():
            raise SyncCancelled(client.site_name)
        target = thumb_path(workspace, cache.site, media_id)
        info = cache.media.get(media_id)
        if info is None or not _fetchable(info.display_url, client.base_url) or target.exists():
            continue
        try:  # redirects only within the site, one deadline and size cap for the whole picture (fetch.py)
            data = client.download(info.display_url, limit=THUMB_MAX_BYTES, deadline=THUMB_DEADLINE)
        except errors.RequestCancelled:
            raise SyncCancelled(client.site_name) from None
        except errors.PublishError:
            continue  # shown as "no picture" offline; the next sync tries again
        target.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(target, data, durable=False)
        fetched += 1
        if progress is not None:
            said = translate("alt_sync", "Thumbnails to see offline: {0} of {1}").format(done, len(media_ids))
            progress(said, done, len(media_ids))
    return fetched
