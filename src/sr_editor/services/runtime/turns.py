"""One budget for all the background work the GUI thread does in an event-loop turn.

Each background slicer (the body going into the editor, the preview's appending, the highlighter's catch-up, the
spelling sweep, the Images panel's rows) was budgeted alone, and every zero timer due fires in the same pass of
the event loop, so several slices landed in one turn, on top of Qt's own layout and painting: 50-60 ms blocks
while a 100k-word article opened. So the window has one `TurnBudget` (built by the composition root, handed to
each slicer): a slice starts only while the turn has room left, else it waits for the next turn, and it ends
when the room is spent. A turn's room counts the GUI thread's CPU already spent in the same pass (painting,
layout, a key), and a key typed spends the rest of its turn: the slices wait for the next one, and while the
writer types the turns' room is small, so a key that comes due waits for little.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QAbstractEventDispatcher, QObject, QTimer

TURN_SECONDS = 0.016  # a frame of background work per event-loop turn: all slicers, and Qt's work in the pass
TYPING_TURN_SECONDS = 0.004  # the same while the writer types: a key coming due waits at most about this long
TYPING_SECONDS = 0.5  # a key typed less than this long ago: the writer is typing
MIN_SECONDS = 0.002  # a slice is not started with less room than this left
PATIENCE = 3  # a slicer refused this many turns in a row starts its smallest step anyway: nothing starves


class TurnBudget(QObject):
    """The room left in this event-loop turn for background work. A turn is one pass of the event loop: the
    event dispatcher's `awake` marks its edge (emitted once per pass: after it in `exec`, before it in
    `processEvents`; each is a call into Python, which waits for the interpreter lock while a worker thread holds
    it, so only one per pass), or a posted call where there is no event dispatcher yet."""

    def __init__(self, parent: QObject | None = None, seconds: float = TURN_SECONDS,
                 typing_seconds: float = TYPING_TURN_SECONDS, clock: Callable[[], float] = time.perf_counter,
                 cpu: Callable[[], float] = time.thread_time) -> None:
        super().__init__(parent)
        self._seconds, self._typing_seconds = seconds, typing_seconds
        self._clock, self._cpu = clock, cpu
        self._deadline: float | None = None  # None: this turn has not been asked yet
        self._turn_cpu = cpu()  # the GUI thread's CPU time when this turn began
        self._typed_at = float("-inf")
        self._refused: dict[str, int] = {}  # slicer -> turns in a row it was refused
        self.turns = 0  # for tests and benchmarks: turns seen
        dispatcher = QAbstractEventDispatcher.instance()
        self._follows_loop = dispatcher is not None
        if dispatcher is not None:
            dispatcher.awake.connect(self.next_turn)

    def next_turn(self) -> None:
        """A new pass of the event loop: the whole room again."""
        if self._deadline is not None:
            self.turns += 1
        self._deadline = None
        self._turn_cpu = self._cpu()

    @property
    def typing(self) -> bool:
        """A key was typed a moment ago."""
        return self._clock() - self._typed_at < TYPING_SECONDS

    def may_start(self, slicer: str) -> bool:
        """Whether `slicer` may start a slice now; if not, it asks again on the next turn. Refused PATIENCE turns
        in a row, it may start anyway (its smallest step: one piece, one run of blocks)."""
        if self.left() >= MIN_SECONDS:
            self._refused.pop(slicer, None)
            return True
        refusals = self._refused.get(slicer, 0) + 1
        if refusals > PATIENCE:
            self._refused.pop(slicer, None)
            return True
        self._refused[slicer] = refusals
        return False

    def deadline(self) -> float:
        """When this turn's room is spent (the `clock`'s time): a slice stops there."""
        if self._deadline is None:
            # Qt's work earlier in this pass (a paint, a layout, a key) counts: its CPU since the turn began
            spent = max(0.0, self._cpu() - self._turn_cpu)
            room = self._typing_seconds if self.typing else self._seconds
            self._deadline = self._clock() - spent + room
            if not self._follows_loop:
                QTimer.singleShot(0, self.next_turn)
        return self._deadline

    def left(self) -> float:
        """Seconds of room left in this turn."""
        return self.deadline() - self._clock()

    def spent(self) -> bool:
        """The turn has no room left: a slice in progress ends at its next step."""
        return self.left() <= 0

    def typed(self) -> None:
        """A key was typed: its handling and paint take the rest of this turn, and the next turns, while typing
        goes on, have the typing room."""
        now = self._clock()
        self._typed_at = now
        self.deadline()
        self._deadline = now
