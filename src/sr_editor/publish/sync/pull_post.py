"""One post of the site -> one article (front matter, Markdown body, images in the bundle).

The `remote:` entry is filled exactly as a publish from this machine leaves it (uid, post id, link, status,
modified time, and one media record per image with the sha256 of the file in the bundle and the alt text,
caption and credit the article gives it), so publishing the pulled article unchanged has nothing to upload.
Images are downloaded at full size (the upload, not a resized copy) under safe ASCII names; an image whose
media id and bytes are already in the bundle is not downloaded again.
"""

from __future__ import annotations

import hashlib
import html
import os
import re
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sr_editor.core.article.article import Article, FeaturedImage
from sr_editor.core.article.remote import RemoteEntry
from sr_editor.core.blocks import html_markdown
from sr_editor.core.blocks.keep import SiteBase
from sr_editor.core.i18n import translate
from sr_editor.core.images.files import SUPPORTED_SUFFIXES, safe_image_name
from sr_editor.core.images.in_source import find_images
from sr_editor.core.storage.atomicfile import atomic_write_bytes
from sr_editor.core.storage.site_names import ensure_inside, safe_folder_name
from sr_editor.core.visible_text import visible
from sr_editor.publish import errors
from sr_editor.publish.sync import synced
from sr_editor.publish.sync.download_ahead import DownloadAhead
from sr_editor.publish.wordpress import media, paging
from sr_editor.publish.wordpress.client import WordPressClient
from sr_editor.publish.wordpress.terms import TermCache

MEDIA_FIELDS = "id,source_url,alt_text,caption,description,mime_type"
_CREDIT = re.compile(r"^\s*Credit:\s*(.+?)\s*$", re.S)


@dataclass
class SiteImage:
    """An image file as the site has it, and where it is (or will be) in the bundle."""

    media_id: int | None
    url: str  # the address the content uses
    original: str  # the full-size upload
    alt: str = ""
    caption: str = ""
    credit: str = ""


@dataclass
class BuiltArticle:
    article: Article
    files: dict[str, bytes] = field(default_factory=dict)  # new or changed image files to write (name -> bytes)
    notes: list[str] = field(default_factory=list)  # sentences for the user (kept raw HTML, unreadable images)
    site_base: SiteBase | None = None  # the site's content and which block each Markdown block came from


def plain(text: Any) -> str:
    """A `raw` field as plain text (titles of contributors' posts come back HTML-escaped)."""
    if isinstance(text, dict):
        text = text.get("raw", text.get("rendered", ""))
    return html.unescape(str(text or "")).strip()


def caption_text(raw: Any) -> str:
    markup = plain(raw) if not isinstance(raw, dict) else str(raw.get("raw", raw.get("rendered", "")) or "")
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", markup)).split())


class PostBuilder:
    """Builds articles from posts for one client and one bundle; downloads what the bundle lacks."""

    def __init__(self, client: WordPressClient, site: str, terms: TermCache, authors: dict[int, str],
                 fetch_files: bool = True) -> None:
        self.client = client
        self.fetch_files = fetch_files  # False: names only (to compare or list), nothing downloaded
        self.site = site
        self.terms = terms
        self.authors = authors
        self.downloads = 0
        self._media_cache: dict[int, dict[str, Any] | None] = {}
        self.ahead: DownloadAhead | None = None  # the pull's downloads ahead (download_ahead.py), if any

    def prefetch(self, posts: list[dict[str, Any]], new: set[int] | frozenset[int] = frozenset()) -> None:
        """Read the media items of these posts in requests of 100 (one per item would dominate a pull), then plan
        the downloads of the posts in `new` (no bundle yet: every image of theirs is fetched) on `ahead`."""
        self._prefetch_media(posts)
        ahead = self.ahead if self.fetch_files else None
        if ahead is None:
            return
        for post in posts:
            post_id = paging.item_id(post.get("id"))
            if post_id in new:
                ahead.plan(post_id, self._addresses(post))

    def _addresses(self, post: dict[str, Any]) -> list[str]:
        """The files `build` will download for a new post, in its order (featured image, then the content's);
        media items not in the cache are left out (`build` reads those one by one)."""
        found: list[tuple[int | None, str]] = []
        featured = paging.item_id(post.get("featured_media"))
        if featured:
            found.append((featured, ""))
        content = post.get("content")
        raw = str(content.get("raw", "")) if isinstance(content, dict) else str(content or "")
        if "<img" in raw.lower():
            found += [(f.media_id, f.src) for f in html_markdown.find_images(raw, in_units=False)
                      if self._is_own(f.src)]
        addresses: list[str] = []
        for media_id, url in found:
            if media_id and media_id not in self._media_cache:
                continue
            image = _image_of(media_id, url, self._media_cache.get(media_id) if media_id else None)
            address = image.original or image.url
            if address:
                addresses.append(address)
        return addresses

    def _prefetch_media(self, posts: list[dict[str, Any]]) -> None:
        wanted: set[int] = set()
        for post in posts:
            wanted.add(paging.item_id(post.get("featured_media")))
            content = post.get("content")
            raw = str(content.get("raw", "")) if isinstance(content, dict) else ""
            wanted.update(int(i) for i in re.findall(r"wp-image-(\d+)", raw))
        ids = sorted(i for i in wanted - set(self._media_cache) if i)
        for start in range(0, len(ids), 100):
            chunk = ids[start : start + 100]
            try:
                items = self.client.get("/wp/v2/media", {"include": ",".join(map(str, chunk)), "per_page": 100,
                                                         "context": "edit", "_fields": MEDIA_FIELDS})
            except errors.PublishError:
                return  # one by one then (an account that may not edit every item)
            for item in items if isinstance(items, list) else []:
                if isinstance(item, dict) and "id" in item:
                    self._media_cache[int(item["id"])] = item

    # ----- front matter -------------------------------------------------------------------------------
    def build(self, post: dict[str, Any], bundle: Path, old: Article | None) -> BuiltArticle:
        built = BuiltArticle(Article())
        if self.ahead is not None:
            self.ahead.begin(paging.item_id(post.get("id")))
        article = built.article
        old_entry = old.remote_for(self.site) if old is not None else {}
        article.title = plain(post.get("title"))
        slug = str(post.get("slug") or post.get("generated_slug") or "")
        # Kept as the site has it (publishing sends it back), unless it is not a plain slug at all.
        article.slug = slug if _plain_slug(slug) else safe_folder_name(slug, article.title, fallback=bundle.name)
        article.excerpt = plain(post.get("excerpt"))
        article.status = str(post.get("status") or "draft")
        author = self.authors.get(paging.item_id(post.get("author")))
        if author:
            article.author = author
        if post.get("date_gmt"):
            article.set("date", f"{post['date_gmt']}Z")
        article.regions = self._names("categories", post.get("categories"))
        article.tags = self._names("tags", post.get("tags"))
        records = _records(old_entry)
        featured = self._featured(post, bundle, records, old, built)
        body = self._body(post, bundle, records, old, built)
        article.body = body
        if featured is not None:
            article.featured_image = featured
        content = str((post.get("content") or {}).get("raw", "")) if isinstance(post.get("content"), dict) else ""
        uid = old_entry.get("uid") or html_markdown.marker_uid(content) or uuid.uuid4().hex
        entry: RemoteEntry = {"uid": str(uid), "post_id": int(post["id"]), "link": str(post.get("link", "")),
                              "status": article.status, "modified_gmt": str(post.get("modified_gmt", ""))}
        entry["media"] = {src: r.to_meta() for src, r in self._final_records(article, records).items()}
        article.set_remote_for(self.site, entry)
        return built

    def _names(self, kind: str, ids: Any) -> list[str]:
        names: list[str] = []
        for term_id in ids if isinstance(ids, list) else []:
            found = next((t for t in (self.terms.categories if kind == "categories" else self.terms.tags)
                          if t.id == int(term_id)), None)
            if found is not None and found.slug != "uncategorized":
                names.append(found.name)
        return names

    # ----- images ---------------------------------------------------------------------------------------
    def _media(self, media_id: int) -> dict[str, Any] | None:
        if not self.fetch_files:
            return None  # listing and comparing: the content's own alt text and caption are enough
        if media_id in self._media_cache:
            return self._media_cache[media_id]
        for context in ("edit", "view"):
            try:
                item = self.client.get(f"/wp/v2/media/{media_id}", {"context": context, "_fields": MEDIA_FIELDS})
            except (errors.PermissionDenied, errors.ApiError, errors.AuthError):
                continue
            except errors.NotFound:
                return None
            return item if isinstance(item, dict) else None
        return None

    def _site_image(self, media_id: int | None, url: str) -> SiteImage:
        return _image_of(media_id, url, self._media(media_id) if media_id else None)

    def _file_for(self, image: SiteImage, bundle: Path, records: dict[str, media.MediaRecord],
                  built: BuiltArticle) -> str | None:
        """The image's name in the bundle: the one it already has (same media id, same bytes), else download."""
        for src, record in records.items():
            if image.media_id and record.id == image.media_id and (
                    src in built.files or _same_file(bundle / src, record.sha256)):
                return src  # already in the bundle, or fetched a moment ago (a featured image used in the text)
        if not self.fetch_files:
            return _image_name(image.original or image.url)
        data = self._download(image, built)
        if data is None:
            return None
        digest = hashlib.sha256(data).hexdigest()
        taken = set(built.files)
        name = _image_name(image.original or image.url)
        stem, suffix = Path(name).stem, Path(name).suffix
        number = 1
        while True:
            path = bundle / name
            if name in built.files and hashlib.sha256(built.files[name]).hexdigest() == digest:
                return name
            if _same_file(path, digest):
                return name
            if name not in taken and not path.exists():
                built.files[name] = data
                return name
            number += 1
            name = f"{stem}-{number}{suffix}"

    def _download(self, image: SiteImage, built: BuiltArticle) -> bytes | None:
        for address in dict.fromkeys([image.original, image.url]):
            if not address:
                continue
            try:
                ahead = self.ahead.take(address) if self.ahead is not None else None
                data = ahead if ahead is not None else self.client.download(address)
            except errors.NotFound:
                continue
            except errors.RequestCancelled:
                raise  # the pull was cancelled: this post is not written (pulled again next time)
            except errors.PublishError as exc:
                built.notes.append(translate("pull", "The image {0} could not be downloaded: {1}").format(address, exc))
                return None
            self.downloads += 1
            return data
        built.notes.append(translate(
            "pull", "The image {0} is missing on the site; the article refers to its address.").format(image.url))
        return None

    def _featured(self, post: dict[str, Any], bundle: Path, records: dict[str, media.MediaRecord],
                  old: Article | None, built: BuiltArticle) -> FeaturedImage | None:
        media_id = paging.item_id(post.get("featured_media"))
        if not media_id:
            return None
        image = self._site_image(media_id, "")
        if not image.original:
            built.notes.append(translate(
                "pull", "The featured image (media {0}) is not readable with this account.").format(media_id))
            return None
        name = self._file_for(image, bundle, records, built)
        if name is None:
            return None
        old_featured = old.featured_image if old is not None else None
        decorative = bool(old_featured and old_featured.src == name and old_featured.decorative and not image.alt)
        records[name] = media.MediaRecord(media_id, _sha(bundle / name, built.files.get(name)), image.original)
        return FeaturedImage(name, None if not image.alt and not decorative else image.alt, decorative,
                             image.caption, image.credit)

    def _body(self, post: dict[str, Any], bundle: Path, records: dict[str, media.MediaRecord],
              old: Article | None, built: BuiltArticle) -> str:
        content = post.get("content")
        raw = str(content.get("raw", "")) if isinstance(content, dict) else str(content or "")
        names: dict[str, str] = {}
        for found in html_markdown.find_images(raw, in_units=False) if "<img" in raw.lower() else []:
            image = self._site_image(found.media_id, found.src)
            if not self._is_own(found.src):
                continue  # an image from another site stays an address
            name = self._file_for(image, bundle, records, built)
            if name is not None:
                names[found.src] = name
                records[name] = media.MediaRecord(found.media_id or 0, _sha(bundle / name, built.files.get(name)),
                                                  found.src)
        decorative = {ref.src for ref in find_images(old.body) if ref.decorative} if old is not None else set()
        converted = html_markdown.to_markdown(raw, names, decorative)
        if converted.sources is not None:
            built.site_base = SiteBase(raw, tuple(converted.sources))
        if converted.units:
            built.notes.append(translate("pull", "kept as on the site (published back unchanged): {0}").format(
                ", ".join(dict.fromkeys(converted.units))))
        for what in converted.raw:
            built.notes.append(translate("pull", "kept as HTML: {0}").format(what))
        for what in converted.lossy:
            built.notes.append(translate(
                "pull", "{0} holds markup that sr-editor does not publish; editing here would drop it").format(what))
        return converted.markdown

    def _is_own(self, url: str) -> bool:
        return url.startswith(self.client.base_url + "/")

    def _final_records(self, article: Article, records: dict[str, media.MediaRecord]) -> dict[str, media.MediaRecord]:
        """One record per image the article uses, carrying the text the article gives it (as a publish would)."""
        final: dict[str, media.MediaRecord] = {}
        featured = article.featured_image
        if featured is not None and featured.src in records:
            r = records[featured.src]
            alt = "" if featured.decorative else (featured.alt or "")
            final[featured.src] = media.MediaRecord(r.id, r.sha256, r.url, alt, featured.caption, featured.credit)
        for ref in find_images(article.body):
            if ref.src in final or ref.src not in records or not records[ref.src].id:
                continue
            r = records[ref.src]
            alt = "" if ref.decorative else (ref.alt or "")
            final[ref.src] = media.MediaRecord(r.id, r.sha256, r.url, alt, ref.caption, "")
        return final


def _image_of(media_id: int | None, url: str, item: dict[str, Any] | None) -> SiteImage:
    """The image as its media item describes it; without one, the content's address and its full-size form."""
    if item is None:
        return SiteImage(media_id, url, html_markdown.original_url(url) if url else "")
    description = caption_text(item.get("description"))
    credit = _CREDIT.match(description)
    return SiteImage(media_id, url or str(item.get("source_url", "")), str(item.get("source_url", "") or url),
                     plain(item.get("alt_text")), caption_text(item.get("caption")),
                     credit.group(1) if credit else "")


def _plain_slug(slug: str) -> bool:
    """A slug WordPress could have made: no separator, no control or invisible character, bounded."""
    return 0 < len(slug) <= 200 and "/" not in slug and "\\" not in slug and slug not in (".", "..") \
        and visible(slug) == slug


def _records(entry: RemoteEntry) -> dict[str, media.MediaRecord]:
    raw = entry.get("media")
    found: dict[str, media.MediaRecord] = {}
    for src, value in raw.items() if isinstance(raw, dict) else []:
        record = media.MediaRecord.from_meta(value)
        if record is not None:
            found[str(src)] = record
    return found


def _same_file(path: Path, sha256: str) -> bool:
    try:
        return path.is_file() and media.file_sha256(path) == sha256
    except OSError:
        return False


def _sha(path: Path, data: bytes | None) -> str:
    if data is not None:
        return hashlib.sha256(data).hexdigest()
    try:
        return media.file_sha256(path)
    except OSError:
        return ""


def _image_name(url: str) -> str:
    """A safe file name from the upload's address; our publish's `-<sha256 prefix>` marker is taken off again, so
    `crowd-0a1b2c3d4e5f.jpg` comes back as `crowd.jpg`."""
    base = url.split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1] or "image.jpg"
    base = re.sub(rf"-[0-9a-f]{{{media.MARKER_LEN}}}(?=\.[A-Za-z0-9]+$)", "", base)
    suffix = Path(base).suffix.lower()
    ext = suffix if suffix in SUPPORTED_SUFFIXES else ".jpg"
    name = safe_image_name(base, ext)
    return name if name != "index.md" else f"image{ext}"


def write_files(workspace: Path, bundle: Path, files: dict[str, bytes], durable: bool = True) -> None:
    """Write the images into the bundle; each target is first proven to be a plain name inside the bundle and
    the workspace (UnsafePathError otherwise, nothing written)."""
    targets = [ensure_inside(bundle, ensure_inside(workspace, bundle / name)) for name in files]
    bundle.mkdir(parents=True, exist_ok=True)
    for target, data in zip(targets, files.values(), strict=True):
        atomic_write_bytes(target, data, durable=durable)


def make_durable_now(paths: list[Path]) -> None:
    """Files written without fsync, and their folders, onto the disk: one `sync()` where the system has it
    (about 20 ms for a page of 100 new articles, where an fsync per file and folder took 1.5 s), else each."""
    if hasattr(os, "sync"):
        os.sync()
        return
    for path in [*paths, *dict.fromkeys(p.parent for p in paths)]:
        try:
            descriptor = os.open(path, os.O_RDONLY)
        except OSError:
            continue
        try:
            os.fsync(descriptor)
        except OSError:
            pass  # a folder cannot be fsynced on some systems
        finally:
            os.close(descriptor)


def merge_into(local: Article, site: Article, site_name: str) -> Article:
    """The site's article, keeping the local file's unknown keys and other sites' remote entries."""
    merged = local.copy()
    for key in synced.CONTENT_KEYS:
        if key in site.meta:
            merged.set(key, site.meta[key])
        else:
            merged.remove(key)
    if "author" in site.meta:
        merged.set("author", site.meta["author"])
    merged.set_remote_for(site_name, site.remote_for(site_name))
    merged.body = site.body
    return merged
