"""Fakes for the publishing GUI tests: a WordPress client answering from a dict, a scripted job, and helpers."""


from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sr_editor.core.storage.store import INDEX_NAME
from sr_editor.publish import errors
from sr_editor.publish.sync.flow import PublishResult
from sr_editor.publish.sync.session import PublishSession
from sr_editor.publish.wordpress.credentials import MemoryCredentialStore
from sr_editor.publish.wordpress.sites import SiteProfile

PASSWORD = "abcd EFGH ijkl MNOP qrst UVWX"
ME = {"id": 3, "name": "Ana Writer", "roles": ["author"],
      "capabilities": {"publish_posts": True, "upload_files": True, "edit_others_posts": False}}


class FakeClient:
    """Answers GETs from `routes` (route -> value or exception); records the thread of every call."""

    def __init__(self, profile: SiteProfile, password: str | None, routes: dict[str, Any]) -> None:
        self.site_name, self.username, self.password = profile.name, profile.username, password
        self.base_url = profile.url
        self.routes = routes
        self.route_mode = "pretty"
        self.threads: list[threading.Thread] = []

    def get(self, route: str, params: dict[str, Any] | None = None) -> Any:
        self.threads.append(threading.current_thread())
        answer = self.routes.get(route)
        if callable(answer):
            answer = answer(self)
        if isinstance(answer, BaseException):
            raise answer
        if answer is None:
            raise errors.NotFound(self.site_name, route)
        return answer

    # The shape-checking readers of WordPressClient, over the same routes.
    def get_object(self, route: str, params: dict[str, Any] | None = None, *, what: str, op: Any = None) -> Any:
        found = self.get(route, params)
        if not isinstance(found, dict):
            raise errors.UnexpectedAnswer(self.site_name, what, "an object")
        return found

    def get_list(self, route: str, params: dict[str, Any] | None = None, *, what: str) -> Any:
        found = self.get(route, params)
        if not isinstance(found, list) or not all(isinstance(item, dict) for item in found):
            raise errors.UnexpectedAnswer(self.site_name, what, "a list of objects")
        return found

    def me(self) -> Any:
        return self.get_object("/wp/v2/users/me", {"context": "edit"}, what="the user request (users/me)")


@dataclass
class ClientFactory:
    routes: dict[str, Any] = field(default_factory=lambda: {"/": {"name": "News"}, "/wp/v2/users/me": ME})
    made: list[FakeClient] = field(default_factory=list)

    def __call__(self, profile: SiteProfile, password: str | None) -> FakeClient:
        client = FakeClient(profile, password, self.routes)
        self.made.append(client)
        return client


@dataclass
class Env:
    session: PublishSession
    store: MemoryCredentialStore
    clients: ClientFactory
    config: Path


class ScriptedJob:
    """Stands in for PublishJob: reports `steps`, can wait on a gate, raise an error, or write remote ids."""

    def __init__(self, progress: Callable[[str, int, int], None], steps: list[str], error: Exception | None = None,
                 gate: threading.Event | None = None, write: Callable[[], None] | None = None,
                 result: PublishResult | None = None) -> None:
        self.progress, self.steps, self.error, self.gate, self.write = progress, steps, error, gate, write
        self.result = result or PublishResult(post_id=42, link="https://news.example.org/haiti/", status="publish")
        self.cancelled = threading.Event()
        self.thread: threading.Thread | None = None

    def cancel(self) -> None:
        self.cancelled.set()

    def run(self) -> PublishResult:
        self.thread = threading.current_thread()
        for number, step in enumerate(self.steps, 1):
            if self.cancelled.is_set():
                raise errors.PublishCancelled("haiti/index.md")
            self.progress(step, number, len(self.steps))
            if self.gate is not None and number == 1:
                self.gate.wait(10)
        if self.cancelled.is_set():
            raise errors.PublishCancelled("haiti/index.md")
        if self.write is not None:
            self.write()
        if self.error is not None:
            raise self.error
        return self.result


def write_remote(store: Any, bundle: Path, site: str, post_id: int) -> None:
    """What the flow does at the end: rewrite only the front matter with the post's ids."""
    loaded = store.load(bundle)
    loaded.article.set_remote_for(site, {"post_id": post_id, "link": f"https://news.example.org/?p={post_id}",
                                         "status": "publish", "modified_gmt": "2026-11-24T10:00:00"})
    store.save(bundle, loaded.article, loaded.disk_hash)


def index_text(bundle: Path) -> str:
    return (bundle / INDEX_NAME).read_text(encoding="utf-8")
