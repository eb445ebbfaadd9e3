"""The workspace lock: `<workspace>/.sr-editor/lock` tells a second sr-editor that the workspace is in use.
The article lock (`article_lock`) makes one article's check-and-replace atomic between processes.

The lock file holds pid, host name, time and a random token. A lock whose process is gone (same host, pid dead)
is stale and taken over; a lock from another host cannot be checked and is respected unless forced.
"""

from __future__ import annotations

import contextlib
import json
import logging
import math
import os
import socket
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType, TracebackType

from sr_editor.core.digest import sha256_hex
from sr_editor.core.errors import SrEditorError, WorkspaceLockedError
from sr_editor.core.i18n import translate
from sr_editor.core.visible_text import shown_path

log = logging.getLogger(__name__)

fcntl: ModuleType | None
msvcrt: ModuleType | None
try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None
try:
    import msvcrt
except ImportError:
    msvcrt = None

LOCK_NAME = "lock"


@dataclass(frozen=True)
class LockHolder:
    pid: int
    host: str
    since: float
    token: str

    def describe(self) -> str:
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(self.since)) if self.since \
            else translate("WorkspaceLockedError", "an unknown time")
        return translate("WorkspaceLockedError", "process {0} on {1}, since {2}").format(
            self.pid, self.host or translate("WorkspaceLockedError", "an unknown computer"), when)


class WorkspaceLock:
    """Acquire on opening a workspace in the window; release on close. The CLI does not lock."""

    def __init__(self, workspace_root: Path) -> None:
        self.path = workspace_root / ".sr-editor" / LOCK_NAME
        self.root = workspace_root
        self._token: str | None = None

    @property
    def held(self) -> bool:
        return self._token is not None

    def holder(self) -> LockHolder | None:
        """Who holds the lock now (None: nobody, or the file is unreadable)."""
        return _read_holder(self.path)

    def acquire(self, force: bool = False) -> None:
        """Take the lock; WorkspaceLockedError when a live process holds it (unless `force`)."""
        if self._token is not None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        for _ in range(5):
            token = os.urandom(8).hex()
            if self._try_create(token):
                self._token = token
                return
            holder = self.holder()
            if holder is not None and not force and not _is_stale(holder):
                raise WorkspaceLockedError(self.root, holder.describe())
            if holder is None and not force and not self._unreadable_for_long():
                raise WorkspaceLockedError(self.root, translate("WorkspaceLockedError",
                                                                "a process that is still starting"))
            self._break_lock(holder)
        raise WorkspaceLockedError(self.root, translate("WorkspaceLockedError",
                                                        "another process that keeps taking the lock"))

    def release(self) -> None:
        """Remove the lock file if it is still ours (a forced takeover by another process is left alone)."""
        if self._token is None:
            return
        holder = self.holder()
        if holder is not None and holder.token == self._token:
            with contextlib.suppress(FileNotFoundError):
                self.path.unlink()
        self._token = None

    def __enter__(self) -> WorkspaceLock:
        self.acquire()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.release()

    def _try_create(self, token: str) -> bool:
        """Write the complete record to a temp file, then link it into place: never a half-written lock."""
        record = {"pid": os.getpid(), "host": socket.gethostname(), "time": time.time(), "token": token}
        tmp = self.path.with_name(f".{LOCK_NAME}.{token}.tmp")
        tmp.write_text(json.dumps(record), encoding="utf-8")
        try:
            os.link(tmp, self.path)
            return True
        except FileExistsError:
            return False
        except OSError:  # no hard links here (some network or FAT file systems): exclusive create instead
            return _create_exclusive(self.path, json.dumps(record))
        finally:
            with contextlib.suppress(OSError):
                tmp.unlink()

    def _break_lock(self, judged: LockHolder | None) -> None:
        """Move the judged lock away. Renaming is atomic, so of two processes breaking the same stale lock
        only one succeeds; if what we moved is not the lock we judged (someone took it meanwhile), put it back."""
        moved = self.path.with_name(f".{LOCK_NAME}.stale.{os.urandom(4).hex()}")
        try:
            os.rename(self.path, moved)
        except FileNotFoundError:
            return
        taken = _read_holder(moved)
        if judged is not None and (taken is None or taken.token != judged.token):
            with contextlib.suppress(OSError):
                os.link(moved, self.path)
        with contextlib.suppress(OSError):
            moved.unlink()

    def _unreadable_for_long(self) -> bool:
        try:
            return time.time() - self.path.stat().st_mtime > 10.0
        except FileNotFoundError:
            return True


def _read_holder(path: Path) -> LockHolder | None:
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
        holder = LockHolder(int(record["pid"]), str(record["host"]), float(record["time"]), str(record["token"]))
    except (OSError, ValueError, KeyError, TypeError, OverflowError):
        return None
    # a damaged record (`"time": Infinity`) is unreadable, like a half-written one
    return holder if math.isfinite(holder.since) and 0 <= holder.since < 2**40 else None


def _create_exclusive(path: Path, text: str) -> bool:
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        return False
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
    return True


def _is_stale(holder: LockHolder) -> bool:
    if holder.host != socket.gethostname():
        return False
    return not _pid_alive(holder.pid)


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


# ----- per-article lock: one save at a time across processes ------------------------------------------------
ARTICLE_LOCKS_DIR = "locks"
ARTICLE_LOCK_TIMEOUT = 10.0  # seconds; a save of even a large article holds the lock for well under one


class ArticleBusyError(SrEditorError):
    """Another process held an article's lock for longer than a save takes."""

    def __init__(self, bundle: Path) -> None:
        self.bundle = bundle
        super().__init__(translate(
            "ArticleBusyError", "{0} is being saved by another program that does not finish; not saved, try again."
        ).format(shown_path(bundle / "index.md")))


class ArticleInUseError(ArticleBusyError):
    """A move (rename, trash) found the article held by a save in another process or window."""

    def __init__(self, bundle: Path, sentence: str) -> None:
        SrEditorError.__init__(self, sentence)  # one per move, so translators see whole sentences
        self.bundle = bundle


def article_lock_path(locks_dir: Path, bundle: Path) -> Path:
    """One small lock file per article, named after its absolute path, kept in the state folder so the article
    folder (which users keep in git) gets no extra file."""
    absolute = str(Path(bundle).absolute())
    key = sha256_hex(absolute.encode("utf-8", "surrogatepass"))[:20]
    return locks_dir / f"{key}.lock"


@contextlib.contextmanager
def article_lock(
    locks_dir: Path, bundle: Path, timeout: float = ARTICLE_LOCK_TIMEOUT,
    busy: Callable[[], SrEditorError] | None = None,
) -> Iterator[None]:
    """Hold an exclusive lock on `bundle` between processes (and threads: each call opens its own descriptor).

    Held from reading the file on disk (the hash check) to the rename, it makes check-and-replace atomic for
    every sr-editor process. It is advisory: other programs are still caught by the hash check.
    Portability: POSIX uses flock(2), which Linux and macOS provide on local disks; on NFS Linux emulates it
    with fcntl locks and some SMB mounts ignore it (then saves fall back to the hash check alone). Windows has
    no fcntl: msvcrt.locking locks the file's first byte instead. The kernel drops the lock when the process
    dies, so a killed save never leaves the article locked.
    """
    try:
        locks_dir.mkdir(parents=True, exist_ok=True)
        fd = os.open(article_lock_path(locks_dir, bundle), os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:  # a read-only state folder must not stop saving: the hash check still guards
        log.warning("cannot create the lock of %s in %s (%s); saving without it", bundle, locks_dir, exc)
        yield
        return
    try:
        _lock_fd(fd, timeout, busy or (lambda: ArticleBusyError(bundle)))
        try:
            yield
        finally:
            _unlock_fd(fd)
    finally:
        os.close(fd)


def _lock_fd(fd: int, timeout: float, busy: Callable[[], SrEditorError]) -> None:
    deadline = time.monotonic() + timeout
    delay = 0.001
    while True:
        try:
            if fcntl is not None:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            elif msvcrt is not None:  # pragma: no cover - Windows
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return
        except (BlockingIOError, PermissionError):
            if time.monotonic() >= deadline:
                raise busy() from None
            time.sleep(delay)
            delay = min(delay * 2, 0.05)


def _unlock_fd(fd: int) -> None:
    if fcntl is not None:
        fcntl.flock(fd, fcntl.LOCK_UN)
    elif msvcrt is not None:  # pragma: no cover - Windows
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)


# ----- a state file's lock: read-modify-write of one shared file across processes -------------------------------
STATE_LOCK_TIMEOUT = 10.0  # seconds; a read-modify-write of a state file takes milliseconds


class StateFileBusyError(SrEditorError):
    """Another process held a state file's lock for longer than a read-modify-write takes."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(translate("StateFileBusyError", "{0} is being changed by another program that does not "
                                   "finish; nothing was changed, try again.").format(shown_path(path)))


@contextlib.contextmanager
def state_file_lock(path: Path, timeout: float = STATE_LOCK_TIMEOUT) -> Iterator[None]:
    """Hold an exclusive lock on the shared file `path` (the outbox, the site list) between processes and
    threads, from reading it to replacing it, so two programs changing it at once both keep their change.

    The lock is `<path>.lock` beside it, held with flock (released by the kernel when the process dies, so it is
    never stale). When the lock file cannot be created the change goes ahead unlocked: writing the file itself
    will then report the real problem.
    """
    lock_file = path.with_name(f".{path.name}.lock")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(lock_file, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as exc:
        log.warning("cannot create the lock %s (%s); changing %s without it", lock_file, exc, path)
        yield
        return
    try:
        _lock_fd(fd, timeout, lambda: StateFileBusyError(path))
        try:
            yield
        finally:
            _unlock_fd(fd)
    finally:
        os.close(fd)
