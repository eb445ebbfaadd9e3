"""core.pacing.Breather: background work naps every few milliseconds, so the GUI thread gets the interpreter lock."""

from __future__ import annotations

from sr_editor.core.pacing import Breather


class _Clock:
    def __init__(self) -> None:
        self.now = 100.0
        self.naps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.naps.append(seconds)
        self.now += seconds


def test_no_nap_before_the_work_budget_is_spent() -> None:
    clock = _Clock()
    breathe = Breather(work=0.002, nap=0.001, clock=clock, sleep=clock.sleep)
    clock.now += 0.0019
    breathe()
    assert clock.naps == []


def test_a_nap_once_the_work_budget_is_spent_then_a_fresh_budget() -> None:
    clock = _Clock()
    breathe = Breather(work=0.002, nap=0.001, clock=clock, sleep=clock.sleep)
    clock.now += 0.0025
    breathe()
    assert clock.naps == [0.001]
    clock.now += 0.0015
    breathe()
    assert clock.naps == [0.001]  # 1.5 ms of work since that nap: within the budget
    clock.now += 0.001
    breathe()
    assert clock.naps == [0.001, 0.001]


def test_a_real_nap_sleeps() -> None:
    import time

    breathe = Breather(work=0.0, nap=0.002)
    start = time.perf_counter()
    breathe()
    assert time.perf_counter() - start >= 0.002
