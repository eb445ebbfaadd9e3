"""Fetching the next page while the current one is being written: the site's time and ours overlap.

A pull spends about as long waiting for WordPress to build a page of 100 whole posts as converting and writing
them; a helper thread a page or two ahead hides the wait. It starts at once, so the first page is on its way
while the pull reads the workspace. It has its own client (`WordPressClient.twin`: a client is
not thread-safe), stops as soon as the consumer stops (cancel, error, end), and hands its errors over to be raised
where the consumer would have met them.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterator
from typing import Any, Generic, TypeVar

T = TypeVar("T")
_POLL = 0.1  # seconds between looks at the stop flag while the consumer is busy


def read_ahead(produce: Callable[[], Iterator[T]], depth: int = 1) -> Ahead[T]:
    """The items of `produce()`, made by a helper thread at most `depth` items ahead of the caller. The helper
    starts at once (the first item is on its way while the caller prepares); `close()` stops it."""
    return Ahead(produce, depth)


class Ahead(Generic[T]):
    """The iterator `read_ahead` returns; closing it (or reaching its end or an error) stops the helper."""

    def __init__(self, produce: Callable[[], Iterator[T]], depth: int) -> None:
        self._box: queue.Queue[tuple[str, Any]] = queue.Queue(maxsize=max(1, depth))
        self._stop = threading.Event()
        self._produce = produce
        threading.Thread(target=self._run, name="pull-read-ahead", daemon=True).start()

    def _put(self, kind: str, value: Any) -> bool:
        while not self._stop.is_set():
            try:
                self._box.put((kind, value), timeout=_POLL)
                return True
            except queue.Full:
                continue
        return False

    def _run(self) -> None:
        items: Iterator[T] | None = None
        try:
            items = self._produce()
            for item in items:
                if not self._put("item", item):
                    return
            self._put("done", None)
        except BaseException as exc:  # handed to the consumer, raised there
            self._put("error", exc)
        finally:
            getattr(items, "close", lambda: None)()  # its own helpers stop too (pages in flight)

    def __iter__(self) -> Ahead[T]:
        return self

    def __next__(self) -> T:
        if self._stop.is_set():
            raise StopIteration
        kind, value = self._box.get()
        if kind == "item":
            item: T = value
            return item
        self._stop.set()
        if kind == "error":
            raise value
        raise StopIteration

    def close(self) -> None:
        self._stop.set()
