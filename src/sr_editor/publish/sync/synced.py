"""The last synced version of each post: what this workspace and the site last agreed on.

Kept as the whole `index.md` text under `.sr-editor/sites/<site>/synced/<post id>.md`, written after every pull
and publish. It answers two questions: "did the writer change the article since?" (pull: update or conflict;
publish: nothing to send) and "what is the common base?" (the three-way merge of a conflict). The site's
version of a conflict waits beside it in `incoming/<post id>.md` until the writer merges it.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sr_editor.core.article.article import Article
from sr_editor.core.article.frontmatter import parse_article, serialize_article
from sr_editor.core.blocks.keep import SiteBase
from sr_editor.core.digest import sha256_hex
from sr_editor.core.errors import BrokenArticleError
from sr_editor.core.storage.atomicfile import atomic_write_bytes
from sr_editor.core.storage.lock import state_file_lock
from sr_editor.publish.wordpress.sites import atomic_write_text

STATE_DIR = ".sr-editor"
# Front-matter keys that are the article (what a publish sends); `remote` and unknown keys are bookkeeping.
CONTENT_KEYS = ("title", "slug", "excerpt", "status", "date", "regions", "tags", "featured_image")


def _folder(workspace: Path, site: str, kind: str) -> Path:
    return workspace / STATE_DIR / "sites" / site / kind


def base_path(workspace: Path, site: str, post_id: int) -> Path:
    return _folder(workspace, site, "synced") / f"{int(post_id)}.md"


def incoming_path(workspace: Path, site: str, post_id: int) -> Path:
    return _folder(workspace, site, "incoming") / f"{int(post_id)}.md"


def _save(path: Path, article: Article, durable: bool = True) -> None:
    clean = article.copy()
    clean.raw_front = None
    _save_text(path, serialize_article(clean), durable)


def _save_text(path: Path, text: str, durable: bool = True) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(path, text.encode("utf-8"), durable=durable)


def _load(path: Path) -> Article | None:
    try:
        return parse_article(path.read_text(encoding="utf-8"), path, keep_raw=False)
    except (OSError, UnicodeDecodeError, BrokenArticleError):
        return None  # a missing or broken base only means "unknown": the caller is careful


def save_base(workspace: Path, site: str, post_id: int, article: Article) -> None:
    _save(base_path(workspace, site, post_id), article)


def save_base_text(workspace: Path, site: str, post_id: int, text: str, durable: bool = True) -> None:
    """The base as the text of an article file already serialized without a writer's own layout (a new one)."""
    _save_text(base_path(workspace, site, post_id), text, durable)


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


def load_racy(workspace: Path, site: str) -> dict[int, tuple[str, str]]:
    """post id -> (modified_gmt, fingerprint of the site's content) for posts last read or written in the second
    they were modified: `modified_gmt` has 1-second resolution, so an edit later in that second keeps it, and only
    the content tells. {} when missing or damaged (a lost record costs a missed same-second edit, as before)."""
    try:
        raw = json.loads(racy_path(workspace, site).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(raw, dict):
        return {}
    return {int(k): (v[0], v[1]) for k, v in raw.items()
            if k.isdigit() and len(k) < 19 and isinstance(v, list) and len(v) == 2
            and all(isinstance(x, str) for x in v)}


def update_racy(workspace: Path, site: str, changed: dict[int, tuple[str, str]], dropped: set[int]) -> None:
    """Set `changed` and drop `dropped` in the file as it is now, under its lock: a pull and a publish in two
    programs each keep their records."""
    path = racy_path(workspace, site)
    path.parent.mkdir(parents=True, exist_ok=True)
    with state_file_lock(path):
        records = load_racy(workspace, site)
        if not changed and not dropped.intersection(records):
            return
        records.update(changed)
        for post_id in dropped - changed.keys():
            records.pop(post_id, None)
        data = {str(k): list(v) for k, v in sorted(records.items())}
        atomic_write_text(path, json.dumps(data, indent=1) + "\n")


def remember_racy(workspace: Path, site: str, post: dict[str, Any], racy: bool) -> None:
    """Keep (or drop, when read after its modified second) the post's fingerprint, for one post."""
    post_id = int(post["id"])
    if racy:
        update_racy(workspace, site, {post_id: (str(post.get("modified_gmt", "")), site_fingerprint(post))}, set())
    else:
        update_racy(workspace, site, {}, {post_id})


def edited_in_same_second(workspace: Path, site: str, post: dict[str, Any]) -> bool:
    """The site's post has the recorded racy `modified_gmt` but other content: an edit made in that second."""
    record = load_racy(workspace, site).get(int(post["id"]))
    return record is not None and record[0] == str(post.get("modified_gmt", "")) and \
        record[1] != site_fingerprint(post)


def site_fingerprint(post: dict[str, Any]) -> str:
    """sha256 of the fields whose edit sets a new `modified_gmt`: raw title, excerpt and content, status, slug,
    date and author. Not categories, tags nor the featured image: deleting a term or a media item on the site
    changes them without a new `modified_gmt`, which must not read as an edit of the post."""
    def raw(key: str) -> Any:
        value = post.get(key)
        return value.get("raw", value.get("rendered")) if isinstance(value, dict) else value

    taken = [raw(k) for k in ("title", "excerpt", "content")] + [
        post.get(k) for k in ("status", "slug", "date_gmt", "author")]
    return sha256_hex(json.dumps(taken, sort_keys=True, default=str).encode("utf-8"))


def read_in_modified_second(date_header: str, modified_gmt: str) -> bool:
    """Whether the server's clock (its `Date` header) was still in the post's `modified_gmt` second when it
    answered; True when either cannot be read (a fingerprint is cheap, a missed edit is not)."""
    from email.utils import parsedate_to_datetime  # the email package: for pulls, not the Site panel's start

    try:
        read = parsedate_to_datetime(date_header)
        modified = datetime.fromisoformat(modified_gmt).replace(tzinfo=UTC)
    except (TypeError, ValueError, IndexError):
        return True
    return read.astimezone(UTC).replace(microsecond=0) <= modified


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


# ----- the site's own markup of the synced version (block-preserving publish, core/blocks/keep.py) -------------
SITE_BASES_KEPT = 3  # the synced version, a conflict's incoming one, and one more


def site_base_path(workspace: Path, site: str, post_id: int) -> Path:
    return _folder(workspace, site, "synced") / f"{int(post_id)}.site.json"


def _body_key(body: str) -> str:
    return sha256_hex(body.rstrip().encode("utf-8"))


def _site_bases(path: Path) -> list[dict[str, Any]]:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    entries = raw.get("bases") if isinstance(raw, dict) else None
    return [e for e in entries if isinstance(e, dict)] if isinstance(entries, list) else []


def save_site_base(workspace: Path, site: str, post_id: int, body: str, base: SiteBase | None,
                   durable: bool = True) -> None:
    """Keep the site's content for the article body `body` (the Markdown it was converted to, or published
    from). A few are kept, each found again by its body: a conflict's incoming version becomes the synced one
    when the writer merges it. `durable=False`: no fsync, for a new file the caller makes durable itself."""
    if base is None:
        return
    path = site_base_path(workspace, site, post_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    key = _body_key(body)
    with state_file_lock(path):
        entries = [e for e in _site_bases(path) if e.get("body_sha256") != key]
        entry: dict[str, Any] = {"body_sha256": key, "content": base.content}
        if base.sources is not None:
            entry["sources"] = list(base.sources)
        entries = [entry, *entries][:SITE_BASES_KEPT]
        text = json.dumps({"bases": entries}, ensure_ascii=False) + "\n"
        atomic_write_bytes(path, text.encode("utf-8"), durable=durable)


def load_site_base(workspace: Path, site: str, post_id: int, body: str) -> SiteBase | None:
    """The site's content kept for this synced body; None when there is none (or it is damaged)."""
    key = _body_key(body)
    for entry in _site_bases(site_base_path(workspace, site, post_id)):
        content, sources = entry.get("content"), entry.get("sources")
        if entry.get("body_sha256") != key or not isinstance(content, str):
            continue
        if sources is None:
            return SiteBase(content)
        if isinstance(sources, list) and all(isinstance(i, int) and not isinstance(i, bool) for i in sources):
            return SiteBase(content, tuple(sources))
    return None
