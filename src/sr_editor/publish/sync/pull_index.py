"""Which articles of the workspace are which posts of a site: the pull's index, kept between pulls.

A pull needs, for each article, only the post id and `modified_gmt` of its `remote` entry for the site; reading
every index.md (its YAML) for that takes seconds at 10,000 articles. `.sr-editor/sites/<site>/pull-index.json`
keeps them by bundle name with the key of the bundle's index.md (mtime_ns, size, as the listing's own cache
does): a row whose key still matches is believed, any other article is read again. The file is only a cache:
missing, damaged or of another format it is ignored and rebuilt, and it is written without fsync (losing it
costs a slower pull, never a wrong one: an article edited since has another key).
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import Any

from sr_editor.core.article.frontmatter import read_article_file
from sr_editor.core.errors import BrokenArticleError
from sr_editor.core.storage.atomicfile import atomic_write_bytes
from sr_editor.core.storage.workspace import article_folders
from sr_editor.publish.wordpress import paging

FORMAT = 1
NAME = "pull-index.json"
Row = tuple[int, int, int, str]  # index.md mtime_ns, size, post id (0: none for this site), modified_gmt


class PullIndex:
    """Post id -> bundle and post id -> `modified_gmt` recorded in the article, for one site of a workspace."""

    def __init__(self, workspace: Path, site: str) -> None:
        self.path = workspace / ".sr-editor" / "sites" / site / NAME
        self.workspace, self.site = workspace, site
        self.bundles: dict[int, Path] = {}
        self.modified: dict[int, str] = {}
        self._rows: dict[str, Row] = {}
        self._listing: tuple[int, bool, int] | None = None  # what the last pull's listing was (`last_listing`)

    def read(self) -> PullIndex:
        """Every article of the workspace, from the cache where its key matches, else from its file."""
        cached = self._load()
        for folder in article_folders(self.workspace):
            key = _key(folder)
            row = cached.get(folder.name)
            if key is None:
                continue
            if row is None or row[:2] != key:
                row = self._read_article(folder, key)
            self._rows[folder.name] = row
            if row[2] and row[2] not in self.bundles:
                self.bundles[row[2]] = folder
                self.modified[row[2]] = row[3]
        return self

    def note(self, bundle: Path, post_id: int, modified_gmt: str) -> None:
        """The pull wrote this bundle's index.md for the post (`modified_gmt` in its remote entry)."""
        key = _key(bundle)
        if key is not None:
            self._rows[bundle.name] = (*key, post_id, modified_gmt)

    def last_listing(self) -> tuple[int, bool, int] | None:
        """(account id, whether it listed every writer's posts, posts listed) as the last pull saved them, so the
        next can ask for its listing before the account answers; None when unknown or damaged."""
        data = self._data()
        raw = data.get("listing") if isinstance(data, dict) and data.get("format") == FORMAT else None
        if not isinstance(raw, list) or len(raw) != 3:
            return None
        account, sees_all, listed = raw
        if not paging.item_id(account) or not isinstance(account, int) or not isinstance(sees_all, bool) or \
                not isinstance(listed, int) or isinstance(listed, bool) or not 0 <= listed < 10**9:
            return None
        return account, sees_all, listed

    def note_listing(self, account: int, sees_all: bool, listed: int) -> None:
        """What this pull listed, for `last_listing` next time."""
        self._listing = (account, sees_all, listed)

    def save(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            kept: dict[str, Any] = {"format": FORMAT, "rows": self._rows}
            if self._listing is not None:
                kept["listing"] = list(self._listing)
            data = json.dumps(kept, ensure_ascii=False, separators=(",", ":"))
            atomic_write_bytes(self.path, data.encode("utf-8"), durable=False)
        except OSError as exc:  # only a cache: the next pull reads the articles instead
            logging.getLogger(__name__).warning("cannot keep the pull index %s: %s", self.path, exc)

    def _read_article(self, folder: Path, key: tuple[int, int]) -> Row:
        try:
            article, _ = read_article_file(folder / "index.md", keep_raw=False)
        except (BrokenArticleError, OSError):
            return (-1, -1, 0, "")  # never matches: read again next time
        entry = article.remote_for(self.site)
        post_id = entry.get("post_id")
        if not isinstance(post_id, int) or isinstance(post_id, bool) or not paging.item_id(post_id):
            return (*key, 0, "")
        return (*key, post_id, str(entry.get("modified_gmt", "")))

    def _data(self) -> Any:
        try:
            return json.loads(self.path.read_bytes())
        except (OSError, ValueError, RecursionError):
            return None

    def _load(self) -> dict[str, Row]:
        data = self._data()
        rows = data.get("rows") if isinstance(data, dict) and data.get("format") == FORMAT else None
        return {name: row for name, raw in rows.items() if (row := _row(raw)) is not None} \
            if isinstance(rows, dict) else {}


def _key(folder: Path) -> tuple[int, int] | None:
    try:
        found = os.stat(folder / "index.md")
    except OSError:
        return None
    return (found.st_mtime_ns, found.st_size)


def _row(raw: Any) -> Row | None:
    """A cached row when it has the row's shape; anything else is read again from the article."""
    if not isinstance(raw, list) or len(raw) != 4:
        return None
    mtime, size, post_id, modified = raw
    numbers = (mtime, size, post_id)
    if not all(isinstance(n, int) and not isinstance(n, bool) for n in numbers) or not isinstance(modified, str):
        return None
    if post_id and not paging.item_id(post_id):
        return None
    return (mtime, size, post_id, modified)
