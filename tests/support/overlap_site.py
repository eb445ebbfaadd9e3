"""A fake WordPress on 127.0.0.1 that logs when each request starts and ends, to prove that requests overlap
(never by timing them): `most_in_flight`, and `hold(kind, n)` that keeps requests of a kind waiting until `n` of
them are in flight together (bounded: a client that sends one at a time is let through after HOLD_LIMIT s).

Enough of the REST API for a publish (media search, upload, update; post search, create, read, update) and for
the alt queue (media and post listings with `include=` and paging, media and post reads and updates)."""

from __future__ import annotations

import json
import re
import threading
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlsplit

from local_http import HANG, LocalServer, Reply, Seen, wp_route

HOLD_LIMIT = 10.0  # seconds a held request waits for its companions before going on alone
ME = {"id": 1, "slug": "editor1", "name": "Editor", "roles": ["editor"],
      "capabilities": {"edit_others_posts": True, "edit_posts": True, "publish_posts": True, "upload_files": True,
                       "edit_published_posts": True}}


@dataclass
class Logged:
    kind: str  # "GET /wp/v2/media", "POST /wp/v2/media/7", ...
    query: dict[str, list[str]]
    order_started: int
    order_ended: int = -1


@dataclass
class OverlapSite:
    media: dict[int, dict[str, Any]] = field(default_factory=dict)
    posts: dict[int, dict[str, Any]] = field(default_factory=dict)
    log: list[Logged] = field(default_factory=list)
    fail_upload: set[str] = field(default_factory=set)  # upload file names (substrings) answered with a 500
    hang: set[str] = field(default_factory=set)  # kinds (prefix match) that never answer
    fail: set[str] = field(default_factory=set)  # kinds (exact) answered with a 500
    next_id: int = 1000
    in_flight: int = 0
    most_in_flight: int = 0

    def __post_init__(self) -> None:
        self._lock = threading.Condition()
        self._clock = 0
        self._held: dict[str, int] = {}
        self._holds: dict[str, int] = {}
        self._waits: dict[str, str] = {}

    def hold(self, kind: str, together: int, after: int = 0) -> None:
        """Requests whose kind starts with `kind` wait until `together` of them are in flight at once (the first
        `after` of them go through at once: a listing's first page, asked alone)."""
        self._holds[kind] = together
        self._held[kind] = -after

    def wait_for(self, kind: str, other: str) -> None:
        """Requests of `kind` (prefix) wait until a request of `other` (prefix) has started (bounded likewise)."""
        self._waits[kind] = other

    def started(self, kind: str) -> list[Logged]:
        return [entry for entry in self.log if entry.kind.startswith(kind)]

    def most_together(self, kind: str) -> int:
        """The most requests of this kind that were in flight at once."""
        edges = sorted([(e.order_started, 1) for e in self.started(kind)] +
                       [(e.order_ended, -1) for e in self.started(kind)])
        most = now = 0
        for _, step in edges:
            now += step
            most = max(most, now)
        return most

    def overlapped(self, kind: str) -> bool:
        """Whether two requests of this kind were in flight at once (one started before the other ended)."""
        spans = [(e.order_started, e.order_ended) for e in self.started(kind)]
        return any(a[0] < b[0] < a[1] for a in spans for b in spans if a is not b)

    # ----- serving ------------------------------------------------------------------------------------
    def __call__(self, seen: Seen) -> Reply:
        route, query = wp_route(seen), parse_qs(urlsplit(seen.path).query)
        kind = f"{seen.method} {route}"
        with self._lock:
            self._clock += 1
            entry = Logged(kind, query, self._clock)
            self.log.append(entry)
            self.in_flight += 1
            self.most_in_flight = max(self.most_in_flight, self.in_flight)
            self._lock.notify_all()
        try:
            if any(kind.startswith(h) for h in self.hang):
                return HANG
            self._wait_for_companions(kind)
            if kind in self.fail:
                return 500, {}, {"code": "internal_server_error", "message": "It broke."}
            return self._answer(seen, route, query)
        finally:
            with self._lock:
                self._clock += 1
                entry.order_ended = self._clock
                self.in_flight -= 1

    def _wait_for_companions(self, kind: str) -> None:
        other = next((o for k, o in self._waits.items() if kind.startswith(k)), None)
        if other is not None:
            with self._lock:
                self._lock.notify_all()
                self._lock.wait_for(lambda: bool(self.started(other)), timeout=HOLD_LIMIT)
        held = next((k for k in self._holds if kind.startswith(k)), None)
        if held is None:
            return
        with self._lock:
            self._held[held] += 1
            if self._held[held] <= 0:
                return
            self._lock.notify_all()
            self._lock.wait_for(lambda: self._held[held] >= self._holds[held], timeout=HOLD_LIMIT)

    def _answer(self, seen: Seen, route: str, query: dict[str, list[str]]) -> Reply:
        if route == "/wp/v2/users/me":
            return 200, {}, ME
        if route in ("/wp/v2/categories", "/wp/v2/tags"):
            return 200, {"X-WP-Total": "0", "X-WP-TotalPages": "0"}, []
        if route == "/wp/v2/media" and seen.method == "POST":
            return self._upload(seen)
        if route == "/wp/v2/media":
            return self._listing(list(self.media.values()), query)
        if route == "/wp/v2/posts" and seen.method == "POST":
            return self._write_post(None, seen)
        if route == "/wp/v2/posts":
            return self._listing(list(self.posts.values()), query)
        found = re.fullmatch(r"/wp/v2/(media|posts)/(\d+)", route)
        if found is None:
            return 404, {}, {"code": "rest_no_route", "message": "No route."}
        table = self.media if found.group(1) == "media" else self.posts
        item_id = int(found.group(2))
        if item_id not in table:
            return 404, {}, {"code": "rest_post_invalid_id", "message": "Invalid id."}
        if seen.method == "POST":
            if table is self.posts:
                return self._write_post(item_id, seen)
            table[item_id].update(json.loads(seen.body or b"{}"))
        return 200, {}, table[item_id]

    def _upload(self, seen: Seen) -> Reply:
        name = seen.headers.get("Content-Disposition", "")
        if any(bad in name for bad in self.fail_upload):
            return 500, {}, {"code": "internal_server_error", "message": "The upload broke."}
        with self._lock:
            self.next_id += 1
            media_id = self.next_id
        filename = name.split('filename="', 1)[-1].rstrip('"')
        self.media[media_id] = {"id": media_id, "source_url": f"http://127.0.0.1/{filename}", "slug": filename,
                                "alt_text": "", "author": 1, "modified_gmt": "2026-12-01T10:00:00"}
        return 201, {}, self.media[media_id]

    def _write_post(self, post_id: int | None, seen: Seen) -> Reply:
        body = json.loads(seen.body or b"{}")
        with self._lock:
            if post_id is None:
                self.next_id += 1
                post_id = self.next_id
            old = self.posts.get(post_id, {})
            content = body.get("content", (old.get("content") or {}).get("raw", ""))
            self._clock += 1
            stamp = f"2026-12-01T10:{self._clock // 60 % 60:02d}:{self._clock % 60:02d}"
            self.posts[post_id] = {**old, **{k: v for k, v in body.items() if k != "content"}, "id": post_id,
                                   "content": {"raw": content, "rendered": content}, "author": old.get("author", 1),
                                   "link": f"http://127.0.0.1/?p={post_id}",
                                   "status": body.get("status", old.get("status", "draft")), "modified_gmt": stamp}
        return 200, {}, self.posts[post_id]

    def _listing(self, items: list[dict[str, Any]], query: dict[str, list[str]]) -> Reply:
        if "include" in query:
            wanted = {int(i) for i in query["include"][0].split(",") if i.isdigit()}
            items = [i for i in items if i["id"] in wanted]
        if "search" in query:
            needle = query["search"][0]
            items = [i for i in items if needle in json.dumps(i)]
        items = sorted(items, key=lambda i: int(i["id"]))
        per_page, page = int(query.get("per_page", ["10"])[0]), int(query.get("page", ["1"])[0])
        pages = max(1, -(-len(items) // per_page))
        chosen = items[(page - 1) * per_page : page * per_page]
        return 200, {"X-WP-Total": str(len(items)), "X-WP-TotalPages": str(pages)}, chosen


def serve(site: OverlapSite) -> LocalServer:
    return LocalServer(site)
