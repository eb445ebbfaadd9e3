"""The images of the posts a pull is about to write, downloaded a few at a time ahead of it.

At a real distance every file costs a round trip; one after another, 400 images take 400 round trips on top of
the bytes. The pull plans, for each page, the files its new posts will need, in the order it will use them;
`workers` threads (4) fetch them, never more than `window` files ahead of the post being written, so memory
stays bounded (each file is under the download size cap). When the pull reaches a post it `begin`s it: files
planned for posts before it (skipped: unchanged, failed) are dropped; `take` hands over a file's download, and
anything not planned is downloaded by the caller as before. Each download is the client's own
(`WordPressClient.download`: the site's origin only, one deadline and one size cap per file); `cancel()` drops
what has not started and stops the ones running at their next piece (`RequestCancelled`).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable
from concurrent.futures import CancelledError, Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout

from sr_editor.publish import errors

WORKERS = 4
WINDOW = 8  # files fetched ahead of the post being written, at most
_POLL = 0.1  # seconds between looks at the stop flag while waiting for a file


class DownloadAhead:
    """Planned downloads on a small pool (see the module). Used from the pull's thread only, but `cancel()`."""

    def __init__(self, download: Callable[[str, Callable[[], bool]], bytes], site: str, *, workers: int = WORKERS,
                 window: int = WINDOW) -> None:
        self._download = download  # (address, stopped) -> bytes
        self._site = site
        self._window = max(1, window)
        self._pool = ThreadPoolExecutor(max_workers=max(1, workers), thread_name_prefix="sr-download")
        self._stop = threading.Event()
        self._waiting: OrderedDict[str, int] = OrderedDict()  # planned, not started: address -> post id
        self._started: OrderedDict[str, tuple[int, Future[bytes]]] = OrderedDict()  # started, not taken

    def plan(self, post_id: int, addresses: Iterable[str]) -> None:
        """Files post `post_id` will need, in the order it will use them."""
        for address in addresses:
            if address and address not in self._waiting and address not in self._started:
                self._waiting[address] = post_id
        self._top_up()

    def begin(self, post_id: int) -> None:
        """The pull is at post `post_id`: what was planned for the posts it passed is dropped."""
        order = list(dict.fromkeys([*(owner for owner, _ in self._started.values()), *self._waiting.values()]))
        if post_id not in order:
            return
        passed = set(order[: order.index(post_id)])
        for address, (owner, future) in list(self._started.items()):
            if owner in passed:
                future.cancel()
                del self._started[address]
        for address, owner in list(self._waiting.items()):
            if owner in passed:
                del self._waiting[address]
        self._top_up()

    def take(self, address: str) -> bytes | None:
        """The planned file at `address` (its download's error raised here); None when it was not planned."""
        if self._stop.is_set() and (address in self._waiting or address in self._started):
            raise errors.RequestCancelled(self._site)
        if address in self._waiting:
            post_id = self._waiting.pop(address)
            self._started[address] = (post_id, self._pool.submit(self._download, address, self._stop.is_set))
        found = self._started.pop(address, None)
        if found is None:
            return None
        self._top_up()
        while True:  # waiting for the file, but not past a cancel
            try:
                return found[1].result(timeout=_POLL)
            except FutureTimeout:
                if self._stop.is_set():
                    raise errors.RequestCancelled(self._site) from None
            except CancelledError:
                raise errors.RequestCancelled(self._site) from None

    def cancel(self) -> None:
        """Stop: nothing more starts, and the downloads running end at their next piece."""
        self._stop.set()
        self._pool.shutdown(wait=False, cancel_futures=True)

    def _top_up(self) -> None:
        while self._waiting and len(self._started) < self._window and not self._stop.is_set():
            address, post_id = self._waiting.popitem(last=False)
            self._started[address] = (post_id, self._pool.submit(self._download, address, self._stop.is_set))
