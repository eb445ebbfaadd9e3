"""Crash-safe file replacement: temp file in the same folder, fsync, `os.replace`, fsync the folder.

A reader (or a crash at any instant) sees either the whole old file or the whole new one, never a mix.
"""

from __future__ import annotations

import contextlib
import logging
import os
import time
from pathlib import Path

log = logging.getLogger(__name__)

TEMP_SUFFIX = ".sr-tmp"


def temp_prefix(target: Path) -> str:
    """Temp files are hidden and named after their target, so listings skip them and cleanup can find them."""
    return f".{target.name}."


def is_temp_file(name: str) -> bool:
    return name.startswith(".") and name.endswith(TEMP_SUFFIX)


def atomic_write_bytes(path: Path, data: bytes, durable: bool = True, mode: int | None = None) -> None:
    """Replace `path` with `data`; on any error the old file is intact and the temp file removed.

    `durable=False` skips the fsyncs, for caches that may be lost without harm.
    """
    tmp = path.parent / f"{temp_prefix(path)}{os.getpid()}.{time.monotonic_ns()}{TEMP_SUFFIX}"
    if mode is None:
        try:
            mode = os.stat(path).st_mode & 0o7777
        except FileNotFoundError:
            mode = 0o644
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    try:
        try:
            _write_all(fd, data)
            if durable:
                os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    if durable:
        fsync_dir(path.parent)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def fsync_dir(folder: Path) -> None:
    """Make a rename durable; the new file is already in place, so a failure here is only logged."""
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError as exc:
        log.warning("cannot open %s to fsync it: %s", folder, exc)
        return
    try:
        os.fsync(fd)
    except OSError as exc:  # some file systems refuse fsync on folders (EINVAL)
        log.warning("fsync of folder %s failed: %s", folder, exc)
    finally:
        os.close(fd)


def remove_stale_temp_files(folder: Path, min_age: float = 60.0) -> list[Path]:
    """Delete temp files left by a crash; younger ones may belong to a save in progress and are kept."""
    removed: list[Path] = []
    now = time.time()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        if not is_temp_file(entry.name):
            continue
        try:
            if now - entry.stat(follow_symlinks=False).st_mtime >= min_age:
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError as exc:
            log.warning("cannot remove stale temp file %s: %s", entry.path, exc)
    return removed


def remove_stale_state_temp_files(state_dir: Path, min_age: float = 60.0) -> list[Path]:
    """Crash leftovers in a workspace's state folder: the folder itself (index cache), each of its sub-folders
    (recovery, locks) and their sub-folders (history/<article>, sites/<site>); the trash is left alone.
    A snapshot killed mid-write leaves a full-size temp file, so without this they pile up for ever."""
    removed = remove_stale_temp_files(state_dir, min_age)
    for child in _subfolders(state_dir, skip={"trash"}):
        removed += remove_stale_temp_files(child, min_age)
        for grandchild in _subfolders(child, skip=set()):
            removed += remove_stale_temp_files(grandchild, min_age)
    return removed


def _subfolders(folder: Path, skip: set[str]) -> list[Path]:
    try:
        return [Path(e.path) for e in os.scandir(folder) if e.is_dir(follow_symlinks=False) and e.name not in skip]
    except OSError:
        return []
