"""A few requests in flight at once, results in order: what hides the round trips of a site far away.

`map_ahead(work, items, workers)` runs `work(item)` on up to `workers` threads, never more than `workers` items
ahead of the caller (so memory stays bounded however long the list), and yields the results in the items' order;
an error is raised where the caller meets its item. When the caller stops early (it breaks, fails or is
cancelled), items not started are dropped and `on_stop` runs: it abandons the requests in flight (`Twins.cancel`).

A `WordPressClient` is not thread-safe, so each worker thread talks through a client of its own: `Twins` makes one
per thread (`WordPressClient.twin`, sharing the connection pool) and cancels them all at once.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Generic, Protocol, TypeVar

T = TypeVar("T")
U = TypeVar("U")


class Cancellable(Protocol):
    def cancel(self) -> None: ...


C = TypeVar("C", bound=Cancellable)


class Twins(Generic[C]):
    """One client per thread, made by `make` on first use; `cancel()` cancels every one made, and each made after."""

    def __init__(self, make: Callable[[], C]) -> None:
        self._make = make
        self._local = threading.local()
        self._lock = threading.Lock()
        self._made: list[C] = []
        self._cancelled = False

    def new(self) -> C:
        """A client of its own for the caller (kept, so that `cancel()` reaches it)."""
        client = self._make()
        with self._lock:
            self._made.append(client)
            cancelled = self._cancelled
        if cancelled:
            client.cancel()
        return client

    def mine(self) -> C:
        """The calling thread's client."""
        client: C | None = getattr(self._local, "client", None)
        if client is None:
            client = self._local.client = self.new()
        return client

    def cancel(self) -> None:
        with self._lock:
            self._cancelled = True
            made = list(self._made)
        for client in made:
            client.cancel()


def map_ahead(work: Callable[[T], U], items: Iterable[T], workers: int,
              on_stop: Callable[[], None] | None = None) -> Iterator[U]:
    """`work(item)` for each item on up to `workers` threads, results in order (see the module)."""
    if workers <= 1:
        for item in items:
            yield work(item)
        return
    pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="sr-ahead")
    pending: deque[Future[U]] = deque()
    source = iter(items)
    exhausted = finished = False
    try:
        while True:
            while not exhausted and len(pending) < workers:
                try:
                    item = next(source)
                except StopIteration:
                    exhausted = True
                    break
                pending.append(pool.submit(work, item))
            if not pending:
                finished = True
                return
            yield pending.popleft().result()
    finally:
        for future in pending:
            future.cancel()
        if not finished and on_stop is not None:
            on_stop()
        pool.shutdown(wait=False, cancel_futures=True)
