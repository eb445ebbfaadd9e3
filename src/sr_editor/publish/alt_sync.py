"""Fetching a site's media library and the posts that use each image, for the alt-text queue.

The first sync pages through everything (100 items a request, oldest id first, so items added meanwhile do
not shift the pages); later syncs ask only for what changed since the previous one (`modified_after`).
The cursor is the server's own clock (the `Date` header of the first answer) minus a small overlap, so a
slow or wrong local clock never makes a sync miss a change. Deleted items are not seen by an incremental
sync: a 404 when sending drops them.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

import requests

from sr_editor.core.alt_content import image_offsets
from sr_editor.core.alt_queue import CONTEXT_MAX
from sr_editor.core.alt_state import MediaInfo, PostInfo, SiteCache, thumb_path
from sr_editor.core.atomicfile import atomic_write_bytes
from sr_editor.publish import errors
from sr_editor.publish.client import WordPressClient, normalize_site_url

Progress = Callable[[str, int, int], None]  # message, done, total
Cancelled = Callable[[], bool]
PER_PAGE = 100
OVERLAP = timedelta(seconds=2)
MEDIA_FIELDS = "id,alt_text,caption,title,author,source_url,modified_gmt,media_details.sizes,media_details.file"
POST_FIELDS = "id,title,status,author,categories,featured_media,content,modified_gmt"
DISPLAY_SIZES = ("large", "medium_large", "full")
THUMB_MAX_BYTES = 20 * 1024 * 1024


class SyncCancelled(errors.PublishError):
    def __init__(self, site: str) -> None:
        super().__init__(f"The sync with {site} was cancelled; what was fetched so far is kept.")


def _server_now(response: requests.Response) -> datetime | None:
    try:
        return parsedate_to_datetime(response.headers.get("Date", "")).astimezone(UTC)
    except (TypeError, ValueError, IndexError):
        return None


def _plain(text: Any) -> str:
    raw = text.get("raw", text.get("rendered", "")) if isinstance(text, dict) else text
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", str(raw or ""))).split())


def _pages(
    client: WordPressClient, route: str, params: dict[str, Any], what: str, progress: Progress | None,
    cancelled: Cancelled | None, on_started: Callable[[datetime | None], None],
) -> Iterator[list[dict[str, Any]]]:
    """Each page of a collection as it comes (so a cancel keeps what was fetched), with progress; raises
    SyncCancelled between pages. `on_started` gets the server's clock from the first answer."""
    page, seen = 1, 0
    while True:
        if cancelled is not None and cancelled():
            raise SyncCancelled(client.site_name)
        response = client.request("GET", route, params={**params, "per_page": PER_PAGE, "page": page})
        if page == 1:
            on_started(_server_now(response))
        try:
            found = response.json() if response.content else []
        except ValueError:  # an HTML page from a proxy, a PHP error, a login wall
            raise errors.ServerError(client.site_name, response.status_code, "the answer was not JSON") from None
        if not isinstance(found, list):
            raise errors.ServerError(client.site_name, response.status_code, "the answer was not a list")
        items = [i for i in found if isinstance(i, dict) and "id" in i]
        seen += len(found)
        yield items
        total = int(response.headers.get("X-WP-Total", seen) or 0)
        pages = int(response.headers.get("X-WP-TotalPages", 1) or 1)
        if progress is not None:
            progress(f"{what}: {seen} of {total}", seen, max(total, seen))
        if page >= pages or not found:
            return
        page += 1


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
        id=int(raw["id"]), alt=str(raw.get("alt_text") or ""), caption=_plain(raw.get("caption")),
        title=_plain(raw.get("title")), author=int(raw.get("author") or 0), url=source,
        display_url=str(display or source), modified_gmt=str(raw.get("modified_gmt") or ""),
        file=Path(str(details.get("file") or source)).name,
    )


def _paragraphs(content: str) -> list[tuple[int, int, str]]:
    """(start, end, plain text) of the content's paragraphs; blank-line chunks for classic posts without <p>."""
    found = [(m.start(), m.end(), _plain(m.group(1)))
             for m in re.finditer(r"<p\b[^>]*>(.*?)</p\s*>", content, re.S | re.I)]
    if found:
        return [f for f in found if f[2]]
    chunks: list[tuple[int, int, str]] = []
    for m in re.finditer(r"(?:(?!\n[ \t]*\n).)+", content, re.S):
        text = _plain(re.sub(r"\[/?caption[^\]]*\]", " ", m.group(0)))
        if text and "<img" not in m.group(0):
            chunks.append((m.start(), m.end(), text))
    return chunks


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
    featured = int(raw.get("featured_media") or 0)
    if featured and str(featured) not in context:
        context[str(featured)] = ["", paragraphs[0][2][:CONTEXT_MAX] if paragraphs else ""]
    return PostInfo(
        id=int(raw["id"]), title=_plain(raw.get("title")), status=str(raw.get("status") or ""),
        author=int(raw.get("author") or 0), categories=[int(c) for c in raw.get("categories") or []],
        featured_media=featured, media_ids=media_ids, context=context,
        modified_gmt=str(raw.get("modified_gmt") or ""),
    )


def sync_account(client: WordPressClient, cache: SiteCache) -> None:
    me = client.me()
    caps = me.get("capabilities") if isinstance(me.get("capabilities"), dict) else {}
    cache.user_id = int(me.get("id") or 0)
    cache.roles = [str(r) for r in me.get("roles") or []]
    cache.capabilities = {str(k): bool(v) for k, v in (caps or {}).items()}
    categories = client.get_all("/wp/v2/categories", {"_fields": "id,name"})
    cache.categories = {str(c["id"]): html.unescape(str(c.get("name", ""))) for c in categories if "id" in c}


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
    for page in _pages(client, "/wp/v2/media", params, "Images", progress, cancelled, started.append):
        for raw in page:
            info = media_info(raw)
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
    for page in _pages(client, "/wp/v2/posts", params, "Posts", progress, cancelled, started.append):
        for raw in page:
            info = post_info(raw)
            cache.posts[info.id] = info
        count += len(page)
    cache.posts_cursor = _cursor(started[0] if started else None, cache.posts_cursor)
    return count


def _fetchable(url: str) -> bool:
    """Only https, or http on this computer: the same rule as for the site itself."""
    try:
        normalize_site_url(url)
    except errors.InsecureURLError:
        return False
    return True


def fetch_thumbnails(
    client: WordPressClient, workspace: Path, cache: SiteCache, media_ids: list[int],
    progress: Progress | None = None, cancelled: Cancelled | None = None,
) -> int:
    """Keep a copy of each queued image for offline work; images already kept are not fetched again."""
    fetched = 0
    session = requests.Session()
    session.trust_env = False
    for done, media_id in enumerate(media_ids, 1):
        if cancelled is not None and cancelled():
            raise SyncCancelled(client.site_name)
        target = thumb_path(workspace, cache.site, media_id)
        info = cache.media.get(media_id)
        if info is None or not _fetchable(info.display_url) or target.exists():
            continue
        try:
            response = session.get(info.display_url, timeout=client.timeout, stream=True)
            data = response.raw.read(THUMB_MAX_BYTES + 1, decode_content=True)
        except requests.RequestException:
            continue  # shown as "no picture" offline; the next sync tries again
        if response.status_code != 200 or len(data) > THUMB_MAX_BYTES:
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(target, data, durable=False)
        fetched += 1
        if progress is not None:
            progress(f"Pictures: {done} of {len(media_ids)}", done, len(media_ids))
    return fetched
