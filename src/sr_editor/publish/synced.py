"""The last synced version of each post: what this workspace and the site last agreed on.

Kept as the whole `index.md` text under `.sr-editor/sites/<site>/synced/<post id>.md`, written after every pull
and publish. It answers two questions: "did the writer change the article since?" (pull: update or conflict;
publish: nothing to send) and "what is the common base?" (the three-way merge of a conflict). The site's
version of a conflict waits beside it in `incoming/<post id>.md` until the writer merges it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sr_editor.core.article import Article
from sr_editor.core.errors import BrokenArticleError
from sr_editor.core.frontmatter import parse_article, serialize_article
from sr_editor.publish.sites import atomic_write_text

STATE_DIR = ".sr-editor"
# Front-matter keys that are the article (what a publish sends); `remote` and unknown keys are bookkeeping.
CONTENT_KEYS = ("title", "slug", "excerpt", "status", "date", "regions", "tags", "featured_image")


def _folder(workspace: Path, site: str, kind: str) -> Path:
    return workspace / STATE_DIR / "sites" / site / kind


def base_path(workspace: Path, site: str, post_id: int) -> Path:
    return _folder(workspace, site, "synced") / f"{int(post_id)}.md"


def incoming_path(workspace: Path, site: str, post_id: int) -> Path:
    return _folder(workspace, site, "incoming") / f"{int(post_id)}.md"


def _save(path: Path, article: Article) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    clean = article.copy()
    clean.raw_front = None
    atomic_write_text(path, serialize_article(clean))


def _load(path: Path) -> Article | None:
    try:
        return parse_article(path.read_text(encoding="utf-8"), path, keep_raw=False)
    except (OSError, UnicodeDecodeError, BrokenArticleError):
        return None  # a missing or broken base only means "unknown": the caller is careful


def save_base(workspace: Path, site: str, post_id: int, article: Article) -> None:
    _save(base_path(workspace, site, post_id), article)


def load_base(workspace: Path, site: str, post_id: int) -> Article | None:
    return _load(base_path(workspace, site, post_id))


def save_incoming(workspace: Path, site: str, post_id: int, article: Article) -> None:
    _save(incoming_path(workspace, site, post_id), article)


def load_incoming(workspace: Path, site: str, post_id: int) -> Article | None:
    return _load(incoming_path(workspace, site, post_id))


def drop_incoming(workspace: Path, site: str, post_id: int) -> None:
    incoming_path(workspace, site, post_id).unlink(missing_ok=True)


def racy_path(workspace: Path, site: str) -> Path:
    return _folder(workspace, site, "synced") / "racy.json"


def load_racy(workspace: Path, site: str) -> dict[int, str]:
    """post id -> fingerprint of the site's content, for posts last read in the second they were modified (a
    later edit in that second keeps the same `modified_gmt`); {} when missing or damaged (a lost record costs a
    missed same-second edit, as before)."""
    try:
        raw = json.loads(racy_path(workspace, site).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(raw, dict):
        return {}
    return {int(k): v for k, v in raw.items() if k.isdigit() and len(k) < 19 and isinstance(v, str)}


def save_racy(workspace: Path, site: str, racy: dict[int, str]) -> None:
    path = racy_path(workspace, site)
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_text(path, json.dumps({str(k): v for k, v in sorted(racy.items())}, indent=1) + "\n")


def _value(article: Article, key: str) -> Any:
    if key == "status":
        return article.status
    if key == "featured_image":
        featured = article.featured_image
        return featured.to_meta() if featured else None
    if key in ("regions", "tags"):
        return article.regions if key == "regions" else article.tags
    value = article.meta.get(key)
    return str(value).strip() if value is not None else ""


def changed_parts(current: Article, base: Article | None) -> set[str]:
    """Which parts of the article differ from the base ("body" and front-matter keys); all when no base."""
    if base is None:
        return {"body", *CONTENT_KEYS}
    changed = {key for key in CONTENT_KEYS if _value(current, key) != _value(base, key)}
    if current.body.rstrip() != base.body.rstrip():
        changed.add("body")
    return changed
