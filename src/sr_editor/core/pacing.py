"""Background work that leaves the GUI thread room to type in.

Python threads share one interpreter lock. A worker thread that runs Python without pause (reading and checking
10,000 articles) hands the lock over only when asked, and the GUI thread asks for it every time Qt calls into
Python: for one key that is dozens of times, each a wait of up to the interpreter's switch interval (5 ms) or
more. Measured with 10,000 articles being checked in the background: keys waited up to 0.7-1.7 s (p99 180-650
ms). A worker that naps briefly every few milliseconds gives the lock away at once: the same keys, p99 16-21 ms,
max 31-44 ms.
"""

from __future__ import annotations

import time
from collections.abc import Callable

Progress = Callable[[str, int, int], None]  # a long job's report: message, steps done, steps in all

WORK_SECONDS = 0.002  # the longest the worker runs before it naps
NAP_SECONDS = 0.001


class Breather:
    """Call it between two pieces of background work; it sleeps `nap` seconds once `work` seconds have passed
    since its last nap (the sleep releases the interpreter lock, so a waiting GUI thread takes it at once)."""

    def __init__(self, work: float = WORK_SECONDS, nap: float = NAP_SECONDS,
                 clock: Callable[[], float] = time.perf_counter, sleep: Callable[[float], None] = time.sleep) -> None:
        self._work, self._nap, self._clock, self._sleep = work, nap, clock, sleep
        self._since = clock()

    def __call__(self) -> None:
        if self._clock() - self._since >= self._work:
            self._sleep(self._nap)
            self._since = self._clock()


def no_pause() -> None:
    """The pause of work that nobody waits on (the command line)."""


class Superseded(BaseException):
    """Raised by a pause made with `stoppable` once the work's result would be thrown away (a newer request came):
    the work ends at its next pause instead of running on for nothing. A BaseException, so that the checks' own
    `except Exception` guards (one failing rule must not hide the others) let it through."""


def stoppable(pause: Callable[[], None], stale: Callable[[], bool]) -> Callable[[], None]:
    """`pause`, raising Superseded first when `stale()` says the result is no longer wanted."""

    def check() -> None:
        if stale():
            raise Superseded
        pause()

    return check
