"""Images to the site's media library: upload only what the site lacks, found again after a cut connection.

Each uploaded file is named `<ascii-stem>-<first 12 hex of the source sha256>.<ext>`, so its media title carries
that marker: before uploading, the library is searched for it, and a copy uploaded by an attempt whose answer was
lost is reused instead of duplicated. Credit goes into the media item's description ("Credit: ..."), because
WordPress has no credit field and themes show the caption under the image: the caption stays exactly the
article's caption, so both round-trip unchanged.
"""

from __future__ import annotations

import hashlib
import logging
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from sr_editor.core.i18n import translate
from sr_editor.publish import errors
from sr_editor.publish.errors import Operation
from sr_editor.publish.wordpress.client import WordPressClient

log = logging.getLogger(__name__)

MARKER_LEN = 12


class PreparedImageLike(Protocol):
    data: bytes
    filename: str
    mime: str


@dataclass(frozen=True)
class ImageUse:
    """One image the post needs, with the text that goes on its media item."""

    src: str  # as written in the article, relative to the bundle
    path: Path
    alt: str  # "" when decorative
    caption: str
    credit: str


@dataclass(frozen=True)
class MediaRecord:
    id: int
    sha256: str
    url: str
    alt: str = ""
    caption: str = ""
    credit: str = ""

    def to_meta(self) -> dict[str, Any]:
        return {"id": self.id, "sha256": self.sha256, "url": self.url, "alt": self.alt, "caption": self.caption,
                "credit": self.credit}

    @classmethod
    def from_meta(cls, raw: Any) -> MediaRecord | None:
        """The record kept in the front matter; None (the image is then looked up or uploaded again) for one
        that is not a mapping with a media id (a whole number, not `true`, `.inf` or a date) and a hash."""
        if not isinstance(raw, dict):
            return None
        media_id = meta_int(raw.get("id"))
        sha256 = raw.get("sha256")
        if media_id is None or not isinstance(sha256, str):
            log.warning("ignoring a malformed media record in the front matter (id %r)", raw.get("id"))
            return None
        texts = [raw.get(k) for k in ("url", "alt", "caption", "credit")]
        return cls(media_id, sha256, *(t if isinstance(t, str) else "" for t in texts))


def meta_int(value: Any) -> int | None:
    """A whole non-negative number written in the front matter (`12` or `"12"`); None for anything else (`true`
    would read as 1, `.inf` cannot be a number, a float or a date is a mistake)."""
    if isinstance(value, str) and value.strip().isdigit() and len(value) < 20:
        return int(value)
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 2**63:
        return value
    return None


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def upload_name(src: str, sha256: str, prepared_name: str) -> str:
    """ASCII file name carrying the hash marker; WordPress sanitises names, so keep them plain."""
    stem = Path(src).stem
    ascii_stem = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode()
    ascii_stem = re.sub(r"[^A-Za-z0-9]+", "-", ascii_stem).strip("-").lower()[:40] or "image"
    ext = Path(prepared_name).suffix.lower() or Path(src).suffix.lower() or ".jpg"
    return f"{ascii_stem}-{sha256[:MARKER_LEN]}{ext}"


def find_uploaded(client: WordPressClient, sha256: str) -> dict[str, Any] | None:
    """A media item this user uploaded earlier for these bytes (its file name carries the marker).

    Only the user's own uploads: another user's item may carry other alt text, and may not be editable by us.
    """
    marker = sha256[:MARKER_LEN]
    query = {"search": marker, "per_page": 20, "_fields": "id,source_url,slug", "author": client.user_id()}
    for item in client.get_list("/wp/v2/media", query, what=translate("UnexpectedAnswer", "the media search")):
        if marker in str(item.get("source_url", "")) or marker in str(item.get("slug", "")):
            _media_id(client, item)
            return item
    return None


def _media_id(client: WordPressClient, item: dict[str, Any]) -> int:
    value = item.get("id")
    if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
        raise errors.UnexpectedAnswer(client.site_name, translate("UnexpectedAnswer", "a media request"),
                                      translate("UnexpectedAnswer", "a media item with an id"))
    return value


def existing_ids(client: WordPressClient, ids: list[int]) -> set[int]:
    """Which of these media ids still exist on the site (a deleted item must be uploaded again)."""
    found: set[int] = set()
    for start in range(0, len(ids), 100):
        chunk = ids[start : start + 100]
        query = {"include": ",".join(map(str, chunk)), "per_page": 100, "_fields": "id"}
        for item in client.get_list("/wp/v2/media", query, what=translate("UnexpectedAnswer", "the media check")):
            found.add(_media_id(client, item))
    return found


def media_fields(use: ImageUse) -> dict[str, Any]:
    return {
        "alt_text": use.alt,
        "caption": use.caption,
        "description": f"Credit: {use.credit}" if use.credit else "",
    }


def upload_or_reuse(client: WordPressClient, use: ImageUse, sha256: str, prepared: PreparedImageLike) -> MediaRecord:
    """Reuse the site's copy when an earlier attempt left one, else upload; then set alt, caption, credit."""
    existing = find_uploaded(client, sha256)
    if existing is None:
        name = upload_name(use.src, sha256, prepared.filename)
        created = client.upload_media(prepared.data, name, prepared.mime, media_fields(use))
        return MediaRecord(_media_id(client, created), sha256, str(created.get("source_url", "")), use.alt,
                           use.caption, use.credit)
    return update_fields(client, _media_id(client, existing), sha256, str(existing.get("source_url", "")), use)


def update_fields(client: WordPressClient, media_id: int, sha256: str, url: str, use: ImageUse) -> MediaRecord:
    item = client.post(f"/wp/v2/media/{media_id}", media_fields(use), op=Operation.UPDATE_MEDIA)
    source = str(item.get("source_url", url))
    return MediaRecord(media_id, sha256, source, use.alt, use.caption, use.credit)


def needs_upload(record: MediaRecord | None, sha256: str) -> bool:
    return record is None or record.sha256 != sha256


def needs_fields(record: MediaRecord, use: ImageUse) -> bool:
    return (record.alt, record.caption, record.credit) != (use.alt, use.caption, use.credit)
