"""The article model: front matter as an ordered mapping plus the Markdown body, with typed accessors.

Unknown front-matter keys stay in `meta` untouched and in order, so files edited by hand or by other tools
survive a round trip. Accessors never raise on odd values: lint reports them instead.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any, cast

from sr_editor.core.article.remote import RemoteEntry
from sr_editor.core.article.status import STATUSES, normalize

__all__ = ["STATUSES", "Article", "FeaturedImage"]

# Where known keys go when they are added to an article that lacks them; unknown keys keep their place.
CANONICAL_ORDER: tuple[str, ...] = (
    "title", "slug", "excerpt", "status", "author", "date", "regions", "tags", "featured_image", "remote",
)


@dataclass
class FeaturedImage:
    """The featured image; `alt is None` means missing, `decorative` means published with alt=""."""

    src: str = ""
    alt: str | None = None
    decorative: bool = False
    caption: str = ""
    credit: str = ""

    def to_meta(self) -> dict[str, Any]:
        data: dict[str, Any] = {"src": self.src}
        if self.alt is not None:
            data["alt"] = self.alt
        data["decorative"] = self.decorative
        if self.caption:
            data["caption"] = self.caption
        if self.credit:
            data["credit"] = self.credit
        return data


def _as_str(value: Any) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else str(value)


def _as_str_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value.strip() else []
    if isinstance(value, list):
        return [_as_str(v) for v in value if v is not None and _as_str(v).strip()]
    return [_as_str(value)]


@dataclass
class Article:
    """Front matter (`meta`, insertion-ordered) and body (exact text after the closing `---` line).

    `raw_front` and `newline` only serve byte-exact round trips and are not part of equality.
    """

    meta: dict[str, Any] = field(default_factory=dict)
    body: str = ""
    raw_front: str | None = field(default=None, compare=False, repr=False)
    raw_meta: dict[str, Any] | None = field(default=None, compare=False, repr=False)
    newline: str = field(default="\n", compare=False, repr=False)
    bom: bool = field(default=False, compare=False, repr=False)

    # ----- generic access -------------------------------------------------------------------------
    def set(self, key: str, value: Any) -> None:
        """Set a key; a new known key is inserted at its canonical place, a new unknown key at the end."""
        if key in self.meta or key not in CANONICAL_ORDER:
            self.meta[key] = value
            return
        rank = CANONICAL_ORDER.index(key)
        items = list(self.meta.items())
        insert_at = len(items)
        for i, (existing, _) in enumerate(items):
            if existing in CANONICAL_ORDER and CANONICAL_ORDER.index(existing) > rank:
                insert_at = i
                break
        items.insert(insert_at, (key, value))
        self.meta = dict(items)

    def remove(self, key: str) -> None:
        self.meta.pop(key, None)

    def copy(self) -> Article:
        return copy.deepcopy(self)

    # ----- typed fields ---------------------------------------------------------------------------
    @property
    def title(self) -> str:
        return _as_str(self.meta.get("title")).strip()

    @title.setter
    def title(self, value: str) -> None:
        self.set("title", value)

    @property
    def slug(self) -> str:
        return _as_str(self.meta.get("slug")).strip()

    @slug.setter
    def slug(self, value: str) -> None:
        self.set("slug", value)

    @property
    def excerpt(self) -> str:
        return _as_str(self.meta.get("excerpt")).strip()

    @excerpt.setter
    def excerpt(self, value: str) -> None:
        self.set("excerpt", value)

    @property
    def status(self) -> str:
        """In the one vocabulary (core/article/status.py): old files' `review`/`published` read as
        `pending`/`publish`."""
        return normalize(_as_str(self.meta.get("status")))

    @status.setter
    def status(self, value: str) -> None:
        self.set("status", value)

    @property
    def author(self) -> str:
        return _as_str(self.meta.get("author")).strip()

    @author.setter
    def author(self, value: str) -> None:
        self.set("author", value)

    @property
    def regions(self) -> list[str]:
        return _as_str_list(self.meta.get("regions"))

    @regions.setter
    def regions(self, value: list[str]) -> None:
        self.set("regions", list(value))

    @property
    def tags(self) -> list[str]:
        return _as_str_list(self.meta.get("tags"))

    @tags.setter
    def tags(self, value: list[str]) -> None:
        self.set("tags", list(value))

    @property
    def featured_image(self) -> FeaturedImage | None:
        raw = self.meta.get("featured_image")
        if isinstance(raw, str) and raw.strip():
            return FeaturedImage(src=raw.strip())
        if not isinstance(raw, dict):
            return None
        alt = raw.get("alt")
        return FeaturedImage(
            src=_as_str(raw.get("src")).strip(),
            alt=None if alt is None else _as_str(alt),
            decorative=bool(raw.get("decorative", False)),
            caption=_as_str(raw.get("caption")),
            credit=_as_str(raw.get("credit")),
        )

    @featured_image.setter
    def featured_image(self, value: FeaturedImage | None) -> None:
        if value is None:
            self.remove("featured_image")
            return
        old = self.meta.get("featured_image")
        data = value.to_meta()
        if isinstance(old, dict):  # keep unknown sub-keys and order
            merged = {k: v for k, v in old.items() if k not in ("alt", "caption", "credit") or k in data}
            merged.update(data)
            data = merged
        self.set("featured_image", data)

    @property
    def remote(self) -> dict[str, object]:
        """`remote:` as the file has it: site -> entry, each entry unchecked (it may not even be a mapping)."""
        raw = self.meta.get("remote")
        return raw if isinstance(raw, dict) else {}

    def remote_for(self, site: str) -> RemoteEntry:
        """This site's entry, the mapping in the file itself (copy it before changing it); {} when there is none
        or it is not a mapping. Its values are as read: check each one used (see `core/article/remote.py`)."""
        entry = self.remote.get(site)
        return cast(RemoteEntry, entry) if isinstance(entry, dict) else {}

    def set_remote_for(self, site: str, entry: RemoteEntry) -> None:
        remote = dict(self.remote)
        remote[site] = entry
        self.set("remote", remote)
