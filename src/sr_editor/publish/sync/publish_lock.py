"""One publish of an article at a time, across windows and commands (processes).

Two publishes of one article at once both searched the media library, found nothing, and uploaded the same
image twice (7 rounds in 10). The lock is `<workspace>/.sr-editor/locks/publish-<folder>.lock`, held with `flock`
for the whole publish: the kernel releases it when the process ends, even by SIGKILL, so it is never stale. The
second publish waits for the first (cancellable), then loads the article and finds the first one's uploads and
post.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from sr_editor.core.i18n import translate
from sr_editor.publish import errors

LOCK_WAIT = 120.0  # seconds a publish waits for another publish of the same article
_POLL = 0.1


def lock_path(bundle: Path) -> Path:
    from sr_editor.core.storage.store import STATE_DIR

    return bundle.parent / STATE_DIR / "locks" / f"publish-{bundle.name}.lock"


def _try_lock(fd: int) -> bool:
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


@contextlib.contextmanager
def publishing(
    bundle: Path, path_text: str, cancelled: Callable[[], bool], wait: float = LOCK_WAIT
) -> Iterator[None]:
    """Hold the article's publish lock; PublishBusy after `wait` seconds, PublishCancelled when cancelled."""
    target = lock_path(bundle)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(target, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as exc:
        raise errors.PublishError(translate("publish_lock", "{0}: cannot create the publish lock {1} ({2}).").format(
            path_text, target, exc.strerror or exc)) from exc
    try:
        ends = time.monotonic() + wait
        while not _try_lock(fd):
            if cancelled():
                raise errors.PublishCancelled(path_text)
            if time.monotonic() >= ends:
                raise errors.PublishBusy(path_text, wait)
            time.sleep(_POLL)
        yield
    finally:
        os.close(fd)  # closing releases the lock
