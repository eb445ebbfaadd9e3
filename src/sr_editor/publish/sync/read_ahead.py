"""Fetching the next page while the current one is being written: the site's time and ours overlap.

A pull spends about as long waiting for WordPress to build a page of 100 whole posts as converting and writing
them; a helper thread one page ahead hides the wait. It has its own client (`WordPressClient.twin`: a client is
not thread-safe), stops as soon as the consumer stops (cancel, error, end), and hands its errors over to be raised
where the consumer would have met them.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

T = TypeVar("T")
_POLL = 0.1  # seconds between looks at the stop flag while the consumer is busy


def read_ahead(produce: Callable[[], Iterator[T]], depth: int = 1) -> Iterator[T]:
    """The items of `produce()`, made by a helper thread at most `depth` items ahead of the caller."""
    box: queue.Queue[tuple[str, Any]] = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def put(kind: str, value: Any) -> bool:
        while not stop.is_set():
            try:
                box.put((kind, value), timeout=_POLL)
                return True
            except queue.Full:
                continue
        return False

    def run() -> None:
        try:
            for item in produce():
                if not put("item", item):
                    return
            put("done", None)
        except BaseException as exc:  # handed to the consumer, raised there
            put("error", exc)

    worker = threading.Thread(target=run, name="pull-read-ahead", daemon=True)
    worker.start()
    try:
        while True:
            kind, value = box.get()
            if kind == "error":
                raise value
            if kind == "done":
                return
            yield value
    finally:
        stop.set()
