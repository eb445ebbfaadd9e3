"""A request log for threaded local sites: each answer's start and end, and how many ran at once.

Wrap a LocalServer's answer function with `OverlapLog.wrap`. Requests that `gated(seen)` selects wait (up to
`wait` seconds) until `meet` of them are in flight at once, or until the log is released: a client that overlaps
its requests passes the gate at once, one that does not waits out each gate, and the log shows which happened
(`most_at_once`) with no timing asserted.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from local_http import Reply, Seen


@dataclass
class Entry:
    path: str
    start: float
    end: float | None = None


@dataclass
class OverlapLog:
    gated: Callable[[Seen], bool] = lambda seen: False
    meet: int = 2
    wait: float = 2.0
    entries: list[Entry] = field(default_factory=list)
    most_at_once: int = 0  # gated requests in flight at once, at most
    _now: int = 0

    def __post_init__(self) -> None:
        self._lock = threading.Condition()
        self.released = threading.Event()

    def wrap(self, answer: Callable[[Seen], Reply]) -> Callable[[Seen], Reply]:
        def logged(seen: Seen) -> Reply:
            entry = Entry(seen.path, time.monotonic())
            gated = self.gated(seen)
            with self._lock:
                self.entries.append(entry)
                if gated:
                    self._now += 1
                    self.most_at_once = max(self.most_at_once, self._now)
                    self._lock.notify_all()
                    self._lock.wait_for(lambda: self._now >= self.meet or self.released.is_set(), self.wait)
            try:
                return answer(seen)
            finally:
                with self._lock:
                    entry.end = time.monotonic()
                    if gated:
                        self._now -= 1

        return logged

    def release(self) -> None:
        """Let every gated request through now (and every later one)."""
        self.released.set()
        with self._lock:
            self._lock.notify_all()

    def paths(self, part: str) -> list[str]:
        return [e.path for e in self.entries if part in e.path]
