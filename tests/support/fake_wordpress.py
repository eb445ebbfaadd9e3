"""A hostile WordPress on 127.0.0.1 for pull and alt-sync tests: a LocalServer answering the REST routes from a
list of posts, with hooks to make each answer lie (headers, pages, files)."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlsplit

from local_http import LocalServer, Reply, Seen, wp_route

ME = {"id": 1, "slug": "editor1", "name": "Editor", "roles": ["editor"],
      "capabilities": {"edit_others_posts": True, "edit_posts": True, "publish_posts": True, "upload_files": True,
                       "edit_published_posts": True}}


def post(post_id: Any, slug: str = "", content: str = "<p>Text.</p>", title: Any = "A post",
         **extra: Any) -> dict[str, Any]:
    """A post as `context=edit` gives it."""
    return {"id": post_id, "slug": slug, "status": "draft", "title": {"raw": title}, "excerpt": {"raw": ""},
            "content": {"raw": content}, "modified_gmt": "2026-12-01T10:00:00", "date_gmt": "2026-12-01T10:00:00",
            "author": 1, "categories": [], "tags": [], "featured_media": 0, "link": "", **extra}


@dataclass
class FakeWordPress:
    """Posts come from `posts` (any JSON, objects or not); `listing` may replace the post listing's answer for a
    page; `files` answers everything outside /wp-json/; `media` lists media items."""

    posts: list[Any]
    listing: Callable[[int, int, list[Any]], Reply] | None = None  # (page, per_page, default items) -> answer
    files: Callable[[Seen], Reply] | None = None
    media: list[dict[str, Any]] = field(default_factory=list)
    me: dict[str, Any] = field(default_factory=lambda: dict(ME))

    def answer(self, seen: Seen) -> Reply:
        if not seen.path.startswith("/wp-json/"):
            return self.files(seen) if self.files is not None else (404, {}, {"code": "not_found"})
        route, query = wp_route(seen), parse_qs(urlsplit(seen.path).query)
        if route == "/wp/v2/users/me":
            return 200, {}, self.me
        if route in ("/wp/v2/categories", "/wp/v2/tags", "/wp/v2/users"):
            return 200, {"X-WP-Total": "0", "X-WP-TotalPages": "0"}, []
        if route == "/wp/v2/media":
            return 200, {"X-WP-Total": str(len(self.media)), "X-WP-TotalPages": "1"}, self.media
        if route == "/wp/v2/posts":
            return self._posts(query)
        if route.startswith("/wp/v2/posts/"):
            found = [p for p in self.posts if isinstance(p, dict) and str(p.get("id")) == route.rsplit("/", 1)[1]]
            return (200, {}, found[0]) if found else (404, {}, {"code": "rest_post_invalid_id", "message": "no"})
        return 404, {}, {"code": "rest_no_route", "message": "no route"}

    def _posts(self, query: dict[str, list[str]]) -> Reply:
        if "include" in query:
            wanted = query["include"][0].split(",")
            return 200, {}, [p for p in self.posts if isinstance(p, dict) and str(p.get("id")) in wanted]
        page, per_page = int(query.get("page", ["1"])[0]), int(query.get("per_page", ["10"])[0])
        items = self.posts[(page - 1) * per_page : page * per_page]
        if self.listing is not None:
            return self.listing(page, per_page, items)
        pages = max(1, -(-len(self.posts) // per_page))
        return 200, {"X-WP-Total": str(len(self.posts)), "X-WP-TotalPages": str(pages)}, items


def serve(site: FakeWordPress) -> LocalServer:
    return LocalServer(site.answer)


def json_body(value: Any) -> bytes:
    return json.dumps(value).encode()
