"""The listing cache `<workspace>/.sr-editor/index.json`: one row per bundle, valid while its key matches.

The key is (index.md mtime_ns, index.md size, bundle folder mtime_ns): editing the article changes the first
two, adding or removing an image changes the folder's mtime (and with it possibly the lint counts). Rows are
JSON lists, not objects, because loading 10,000 of them is on the path of every listing. A cache that cannot be
read, or was written by another version or another checker, is ignored and rebuilt.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sr_editor.core.pacing import no_pause
from sr_editor.core.storage.atomicfile import atomic_write_bytes

log = logging.getLogger(__name__)

CACHE_FORMAT = 1
CACHE_NAME = "index.json"

# Row layout: key (3 ints), then the summary fields; see Workspace._row / _summary.
Row = list[Any]
ROW_LENGTH = 12
# 50,000 articles make ~14 MB; a file far larger was not written by us (or by a sane workspace): it is ignored
# unread rather than parsed into gigabytes of memory.
MAX_CACHE_BYTES = 128 * 1024 * 1024
SAVE_SLICE = 1000  # rows encoded between two pauses of a worker thread


class IndexCache:
    """Loads and stores the rows; `context` names what the rows depend on (app version, checker)."""

    def __init__(self, path: Path, context: str) -> None:
        self.path = path
        self.context = context

    def load(self) -> dict[str, Row]:
        """Rows by bundle folder name; {} when missing, corrupt or written for another context."""
        try:
            with open(self.path, "rb") as file:
                size = os.fstat(file.fileno()).st_size
                if size > MAX_CACHE_BYTES:
                    log.warning("ignoring a listing cache of %d bytes (at most %d): %s", size, MAX_CACHE_BYTES,
                                self.path)
                    return {}
                raw = file.read(MAX_CACHE_BYTES + 1)
        except FileNotFoundError:
            return {}
        except OSError as exc:
            log.warning("cannot read the listing cache %s: %s", self.path, exc)
            return {}
        try:
            data = json.loads(raw)
        except ValueError as exc:
            log.warning("ignoring a corrupt listing cache %s: %s", self.path, exc)
            return {}
        if not _valid_header(data, self.context):
            return {}
        rows = data["rows"]
        valid = {name: row for name, row in rows.items() if _valid_row(row)}
        if len(valid) != len(rows):  # hand-edited or written by a buggy version: those articles are read again
            log.warning("ignoring %d malformed rows of the listing cache %s", len(rows) - len(valid), self.path)
        return valid

    def save(self, rows: dict[str, Row], pause: Callable[[], None] = no_pause) -> None:
        """Atomic but not fsynced: losing the cache costs one slow listing, nothing else. Encoded SAVE_SLICE rows
        at a time with `pause()` between (50,000 rows in one `json.dumps` hold the interpreter lock ~0.1 s, a
        stalled key in the window)."""
        head = json.dumps({"format": CACHE_FORMAT, "context": self.context}, ensure_ascii=False, separators=(",", ":"))
        items = list(rows.items())
        parts: list[str] = []
        for start in range(0, len(items), SAVE_SLICE):
            pause()
            parts.append(json.dumps(dict(items[start:start + SAVE_SLICE]), ensure_ascii=False,
                                    separators=(",", ":"))[1:-1])
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            payload = (head[:-1] + ',"rows":{' + ",".join(parts) + "}}").encode("utf-8")
            atomic_write_bytes(self.path, payload, durable=False)
        except OSError as exc:  # a read-only workspace still lists, just slowly
            log.warning("cannot write the listing cache %s: %s", self.path, exc)

    def clear(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()


def _valid_row(row: Any) -> bool:
    """The types `_summary` relies on: key ints, texts, lists of texts, mtime, counts, reason or None."""
    if type(row) is not list or len(row) != ROW_LENGTH:
        return False
    a, b, c, title, excerpt, status, regions, tags, updated, errors, warnings, broken = row
    return (
        type(a) is int and type(b) is int and type(c) is int
        and type(title) is str and type(excerpt) is str and type(status) is str
        and type(regions) is list and all(type(r) is str for r in regions)
        and type(tags) is list and all(type(t) is str for t in tags)
        and type(updated) in (float, int) and 0 <= updated < 2**40  # NaN and Infinity fail too
        and type(errors) is int and type(warnings) is int
        and (broken is None or type(broken) is str)
    )


def _valid_header(data: Any, context: str) -> bool:
    return (
        isinstance(data, dict)
        and data.get("format") == CACHE_FORMAT
        and data.get("context") == context
        and isinstance(data.get("rows"), dict)
    )
