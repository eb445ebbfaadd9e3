"""Recovery snapshots: the unsaved text of open articles, written about a second after typing stops.

Each snapshot is the full serialized article (front matter and body), so restoring needs nothing else; with it
goes the hash of the file on disk the edit started from, so the window can tell whether the file moved on since.
The window discards a snapshot after a successful save and, on start, offers to restore what is left.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import time
from dataclasses import dataclass
from pathlib import Path

from sr_editor.core.digest import sha256_hex
from sr_editor.core.storage.atomicfile import atomic_write_bytes, is_temp_file, remove_stale_temp_files

log = logging.getLogger(__name__)

_FORMAT = 1


@dataclass(frozen=True)
class RecoverySnapshot:
    bundle: Path
    saved_at: float  # seconds since the epoch
    text: str  # the whole article as it would be saved
    base_hash: str | None  # sha256 of index.md when editing started; None for a file not yet saved
    path: Path  # the snapshot file itself


class RecoveryStore:
    """One JSON file per bundle under `state_dir` (normally `<workspace>/.sr-editor/recovery`)."""

    def __init__(self, state_dir: Path) -> None:
        self.dir = state_dir

    def snapshot_path(self, bundle: Path) -> Path:
        absolute = str(Path(bundle).absolute())
        key = sha256_hex(absolute.encode("utf-8", "surrogatepass"))[:16]
        return self.dir / f"{bundle.name}-{key}.json"

    def store(self, bundle: Path, text: str, base_hash: str | None, now: float | None = None) -> Path:
        """Write (atomically, durably) the unsaved text of `bundle`, replacing its previous snapshot."""
        self.dir.mkdir(parents=True, exist_ok=True)
        record = {
            "format": _FORMAT, "bundle": str(Path(bundle).absolute()), "saved_at": now or time.time(),
            "base_hash": base_hash, "text": text,
        }
        path = self.snapshot_path(bundle)
        atomic_write_bytes(path, json.dumps(record, ensure_ascii=False).encode("utf-8"))
        return path

    def get(self, bundle: Path) -> RecoverySnapshot | None:
        return _read_snapshot(self.snapshot_path(bundle))

    def list(self) -> list[RecoverySnapshot]:
        """Every readable snapshot, newest first; unreadable ones are logged and skipped (never deleted).
        Temp files of snapshot writes killed half-way (older than a minute) are removed first."""
        remove_stale_temp_files(self.dir)
        try:
            names = sorted(os.listdir(self.dir))
        except FileNotFoundError:
            return []
        found = [
            snap for name in names
            if name.endswith(".json") and not is_temp_file(name)
            and (snap := _read_snapshot(self.dir / name)) is not None
        ]
        found.sort(key=lambda s: s.saved_at, reverse=True)
        return found

    def discard(self, bundle: Path) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.snapshot_path(bundle).unlink()

    def move(self, old_bundle: Path, new_bundle: Path) -> None:
        """Follow a renamed bundle, so its unsaved text is still offered under the new name."""
        snap = self.get(old_bundle)
        if snap is None:
            return
        self.store(new_bundle, snap.text, snap.base_hash, now=snap.saved_at)
        self.discard(old_bundle)


def _read_snapshot(path: Path) -> RecoverySnapshot | None:
    try:
        record = json.loads(path.read_bytes().decode("utf-8"))
        snapshot = RecoverySnapshot(
            bundle=Path(str(record["bundle"])), saved_at=float(record["saved_at"]), text=str(record["text"]),
            base_hash=None if record.get("base_hash") is None else str(record["base_hash"]), path=path,
        )
        if not 0 <= snapshot.saved_at < 2**40:  # also NaN: a time the recovery dialog cannot show
            raise ValueError(f"saved_at is {snapshot.saved_at}")
        return snapshot
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError, OverflowError) as exc:
        log.warning("ignoring unreadable recovery snapshot %s: %s", path, exc)
        return None
