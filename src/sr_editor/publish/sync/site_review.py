"""What the Site panel and "Compare with the site" need from a site, without Qt: the posts awaiting review,
scheduled or recently changed (with problem counts from our own checks), and a post as an article in memory."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sr_editor.core.article.article import Article
from sr_editor.core.article.status import STATUSES
from sr_editor.core.i18n import translate
from sr_editor.core.storage.store import StoreLike
from sr_editor.publish import errors
from sr_editor.publish.sync.pull import POST_FIELDS, PullJob, PullOptions
from sr_editor.publish.sync.pull_post import PostBuilder, plain
from sr_editor.publish.wordpress.client import WordPressClient
from sr_editor.publish.wordpress.terms import TermCache, load_cache, sync_terms

KINDS = ("pending", "future", "recent")
RECENT_DAYS = 7
# Checks about files in the bundle mean nothing before the post is pulled.
_FILE_RULES = frozenset({"featured-image-file-missing", "image-file-missing", "image-remote", "image-unsupported"})


@dataclass(frozen=True)
class SitePost:
    post_id: int
    title: str
    author: str
    date: str  # ISO, UTC
    modified: str
    status: str
    regions: tuple[str, ...]
    errors: int
    warnings: int
    kind: str  # "pending", "future" or "recent": why it is listed
    link: str = ""


def _terms(client: WordPressClient, workspace: Path, site: str) -> TermCache:
    return load_cache(workspace, site) or sync_terms(client, workspace, site)


def _authors(client: WordPressClient) -> dict[int, str]:
    me = client.me()
    found = {int(me.get("id", 0)): str(me.get("name") or me.get("slug") or client.username)}
    try:
        for user in client.get_all("/wp/v2/users", {"who": "authors", "_fields": "id,name"}):
            found[int(user["id"])] = str(user.get("name", ""))
    except (errors.PublishError, KeyError, TypeError, ValueError):
        pass
    return found


def review_posts(client: WordPressClient, workspace: Path, site: str, checker: Any,
                 now: datetime | None = None) -> list[SitePost]:
    """Pending, scheduled and changed in the last week (an Author or Contributor: their own), one row each."""
    terms = _terms(client, workspace, site)
    authors = _authors(client)
    me = client.me()
    caps = me.get("capabilities") if isinstance(me.get("capabilities"), dict) else {}
    own = {} if (caps or {}).get("edit_others_posts") else {"author": int(me.get("id", 0))}
    since = ((now or datetime.now(UTC)) - timedelta(days=RECENT_DAYS)).strftime("%Y-%m-%dT%H:%M:%SZ")
    queries = {"pending": {"status": "pending"}, "future": {"status": "future"},
               "recent": {"status": ",".join(STATUSES), "modified_after": since,
                          "orderby": "modified"}}
    builder = PostBuilder(client, site, terms, {}, fetch_files=False)
    rows: dict[int, SitePost] = {}
    for kind, query in queries.items():
        posts = client.get("/wp/v2/posts", {"context": "edit", "_fields": POST_FIELDS, "per_page": 100,
                                            **own, **query})
        for post in posts if isinstance(posts, list) else []:
            if int(post["id"]) not in rows:
                rows[int(post["id"])] = _row(post, kind, builder, authors, checker, workspace)
    return list(rows.values())


def _row(post: dict[str, Any], kind: str, builder: PostBuilder, authors: dict[int, str], checker: Any,
         workspace: Path) -> SitePost:
    article = builder.build(post, workspace / f".site-post-{post['id']}", None).article
    problems = [p for p in checker(article, workspace / f".site-post-{post['id']}") if p.rule not in _FILE_RULES]
    errs = sum(1 for p in problems if str(getattr(p, "severity", "")) in ("error", "Severity.ERROR"))
    return SitePost(int(post["id"]), plain(post.get("title")) or "(no title)",
                    authors.get(int(post.get("author") or 0), f"user #{post.get('author')}"),
                    str(post.get("date_gmt") or ""), str(post.get("modified_gmt") or ""), str(post.get("status")),
                    tuple(article.regions), errs, len(problems) - errs, kind, str(post.get("link", "")))


def site_article(client: WordPressClient, workspace: Path, site: str, post_id: int, local: Article | None) -> Article:
    """The post as it is on the site now, converted like a pull, in memory (image names as a pull would give)."""
    post = client.get(f"/wp/v2/posts/{post_id}", {"context": "edit", "_fields": POST_FIELDS})
    if not isinstance(post, dict):
        raise errors.ServerError(site, 200, translate("ServerError", "the post answer was not an object"))
    builder = PostBuilder(client, site, _terms(client, workspace, site), {}, fetch_files=False)
    return builder.build(post, workspace / f".site-post-{post_id}", local).article


def pull_one(client: WordPressClient, site: str, store: StoreLike, post_id: int, take_site: bool = False) -> Any:
    """Pull one post (the Site panel's Open; with `take_site`, "Keep the site's version": the local article is
    replaced and goes to history); returns its PullItem, or raises a sentence."""
    options = PullOptions(ids=[post_id], take_site=take_site)
    job = PullJob(client, site, store, load_cache(Path(store.root), site), options)
    items = job.run()
    if not items:
        raise errors.PublishError(job.failures[0] if job.failures else translate(
            "pull", "Post {0} could not be pulled.").format(post_id))
    return items[0]
