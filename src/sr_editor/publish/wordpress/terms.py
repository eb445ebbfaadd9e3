"""The site's categories and tags, cached in the workspace, and the mapping regions -> categories, countries -> tags.

Names match ignoring case, accents, HTML escaping, spacing and hyphens, by name or slug, so "Haití", "haiti" and
"HAITI " are one tag, and a tag is never created twice.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from sr_editor.core.article.regions import fold
from sr_editor.core.i18n import translate
from sr_editor.publish import errors
from sr_editor.publish.errors import Operation
from sr_editor.publish.wordpress.client import WordPressClient
from sr_editor.publish.wordpress.sites import atomic_write_text

STATE_DIR = ".sr-editor"


def term_key(text: str) -> str:
    """`fold` (HTML unescaped, accents and case ignored) with spaces, hyphens and underscores dropped, so that
    a name and its slug ("Latin America", "latin-america") meet."""
    return re.sub(r"[\s\-_]+", "", fold(text))


@dataclass(frozen=True)
class Term:
    id: int
    name: str  # HTML-unescaped
    slug: str


@dataclass
class TermCache:
    categories: list[Term] = field(default_factory=list)
    tags: list[Term] = field(default_factory=list)
    synced_at: str = ""

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=2, ensure_ascii=False) + "\n"

    @classmethod
    def from_json(cls, text: str) -> TermCache:
        """ValueError or TypeError for anything but the shape `to_json` writes (a broken cache is synced again)."""
        raw = json.loads(text)
        if not isinstance(raw, dict):
            raise ValueError("the term cache is not an object")
        return cls(
            categories=[_cached_term(t) for t in raw.get("categories") or []],
            tags=[_cached_term(t) for t in raw.get("tags") or []],
            synced_at=str(raw.get("synced_at", "")),
        )

    def find(self, kind: str, name: str) -> Term | None:
        wanted = term_key(name)
        for term in self.categories if kind == "categories" else self.tags:
            if term_key(term.name) == wanted or term_key(term.slug) == wanted:
                return term
        return None


def _cached_term(raw: Any) -> Term:
    term = Term(**raw)
    if not (type(term.id) is int and isinstance(term.name, str) and isinstance(term.slug, str)):  # not True
        raise TypeError("a cached term has values of the wrong type")
    return term


def cache_path(workspace: Path, site: str) -> Path:
    return workspace / STATE_DIR / "sites" / site / "terms.json"


def load_cache(workspace: Path, site: str) -> TermCache | None:
    try:
        return TermCache.from_json(cache_path(workspace, site).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, TypeError):
        return None  # a broken cache is only a cache: sync again


def save_cache(workspace: Path, site: str, cache: TermCache) -> Path:
    path = cache_path(workspace, site)
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_text(path, cache.to_json())
    return path


def _term(item: dict[str, Any], site: str = "") -> Term:
    term_id = item.get("id")
    if not isinstance(term_id, int) or isinstance(term_id, bool):
        raise errors.UnexpectedAnswer(site or translate("UnexpectedAnswer", "The site"),
                                      translate("UnexpectedAnswer", "a category or tag request"),
                                      translate("UnexpectedAnswer", "terms with an id"))
    return Term(term_id, html.unescape(str(item.get("name", ""))), str(item.get("slug", "")))


def fetch_terms(client: WordPressClient) -> TermCache:
    """All categories and tags of the site (every page)."""
    from datetime import UTC, datetime

    fields = {"_fields": "id,name,slug", "hide_empty": "false"}
    categories = [_term(i, client.site_name) for i in client.get_all("/wp/v2/categories", fields)]
    tags = [_term(i, client.site_name) for i in client.get_all("/wp/v2/tags", fields)]
    return TermCache(categories, tags, datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"))


def sync_terms(client: WordPressClient, workspace: Path, site: str) -> TermCache:
    cache = fetch_terms(client)
    save_cache(workspace, site, cache)
    return cache


def resolve_categories(cache: TermCache, regions: list[str], path: str, site: str) -> list[int]:
    """Category ids for the regions; an unknown region is an error (raised before anything is uploaded)."""
    ids: list[int] = []
    for region in regions:
        term = cache.find("categories", region)
        if term is None:
            raise errors.UnknownRegion(path, region, site)
        if term.id not in ids:
            ids.append(term.id)
    return ids


def missing_tags(cache: TermCache, names: list[str]) -> list[str]:
    seen: set[str] = set()
    result: list[str] = []
    for name in names:
        key = term_key(name)
        if cache.find("tags", name) is None and key not in seen:
            seen.add(key)
            result.append(name.strip())
    return result


def ensure_tags(client: WordPressClient, cache: TermCache, names: list[str]) -> list[int]:
    """Tag ids for the names, creating the missing ones once; `term_exists` means someone made it meanwhile."""
    ids: list[int] = []
    for name in names:
        term = cache.find("tags", name) or _create_tag(client, cache, name.strip())
        if term.id not in ids:
            ids.append(term.id)
    return ids


def _create_tag(client: WordPressClient, cache: TermCache, name: str) -> Term:
    try:
        item = client.post("/wp/v2/tags", {"name": name}, op=Operation.CREATE_TAG)
        term = _term(item, client.site_name)
    except errors.ApiError as exc:
        if exc.code != "term_exists":
            raise
        term_id = _existing_term_id(exc)
        if term_id is None:
            raise
        found = client.get_object(f"/wp/v2/tags/{term_id}", {"_fields": "id,name,slug"},
                                  what=translate("UnexpectedAnswer", "the existing tag"))
        term = _term(found, client.site_name)
    cache.tags.append(term)
    return term


def _existing_term_id(exc: errors.ApiError) -> int | None:
    data = getattr(exc, "data", None)
    if isinstance(data, dict):
        value = data.get("term_id")
        if isinstance(value, int):
            return value
    return None
