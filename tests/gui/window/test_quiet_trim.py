"""Start-up's freed C-heap pages go back to the system once the process is quiet, not while it still works."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer

from sr_editor.gui.window.start_up import (
    QUIET_TRIM_NAME,
    collect_frozen_garbage,
    freeze_start_up_objects,
    release_memory_once_quiet,
)


class FakeCpu:
    """CPU seconds that grow by `per_call` at each reading (busy), or not at all (quiet)."""

    def __init__(self, per_call: float) -> None:
        self.now, self.per_call = 0.0, per_call

    def __call__(self) -> float:
        self.now += self.per_call
        return self.now


def test_memory_is_released_once_on_the_first_quiet_interval(qtbot: Any) -> None:
    owner, trims, cpu = QObject(), [], FakeCpu(per_call=0.5)  # half a CPU second per 10 ms: busy
    timer = release_memory_once_quiet(owner, cpu=cpu, release=lambda: trims.append(cpu.now), interval_ms=10)
    qtbot.wait(60)
    assert trims == [] and timer.isActive()
    cpu.per_call = 0.0
    qtbot.waitUntil(lambda: bool(trims), timeout=2_000)
    qtbot.wait(50)
    assert len(trims) == 1 and owner.findChild(QTimer, QUIET_TRIM_NAME) is None  # stopped and deleted


def test_a_process_that_never_goes_quiet_is_trimmed_after_the_last_check(qtbot: Any) -> None:
    owner, trims = QObject(), []
    release_memory_once_quiet(owner, cpu=FakeCpu(per_call=1.0), release=lambda: trims.append(1), interval_ms=5,
                              max_checks=3)
    qtbot.waitUntil(lambda: trims == [1], timeout=2_000)


def test_a_second_call_restarts_the_wait_with_one_timer(qtbot: Any) -> None:
    owner, trims = QObject(), []
    busy = FakeCpu(per_call=1.0)
    first = release_memory_once_quiet(owner, cpu=busy, release=lambda: trims.append("first"), interval_ms=10)
    second = release_memory_once_quiet(owner, cpu=busy, release=lambda: trims.append("second"), interval_ms=10)
    assert not first.isActive() and second.isActive()
    busy.per_call = 0.0
    qtbot.waitUntil(lambda: bool(trims), timeout=2_000)
    assert trims == ["second"]


def test_freezing_start_ups_objects_starts_the_quiet_wait(qtbot: Any) -> None:
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance()
    assert app is not None
    freeze_start_up_objects()
    assert app.findChild(QTimer, QUIET_TRIM_NAME) is not None


class Cycle:
    """An object that points at itself: only the cyclic garbage collector can free it."""

    def __init__(self) -> None:
        self.me = self


def _frozen_garbage() -> Any:
    import weakref

    cycle = Cycle()
    ref = weakref.ref(cycle)
    del cycle
    return ref


def test_garbage_frozen_with_start_ups_objects_is_collected_and_the_rest_frozen_again() -> None:
    import gc

    dropped = _frozen_garbage()
    gc.freeze()
    gc.collect()
    assert dropped() is not None  # frozen: out of the collector's reach
    collect_frozen_garbage()
    assert dropped() is None
    assert gc.get_freeze_count() > 0


def test_start_ups_frozen_garbage_is_collected_once_the_process_is_quiet(qtbot: Any) -> None:
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance()
    assert app is not None
    dropped = _frozen_garbage()
    freeze_start_up_objects(cpu=FakeCpu(per_call=0.0))  # idle: the test process itself may not be
    assert dropped() is not None
    qtbot.waitUntil(lambda: dropped() is None, timeout=5_000)


def test_a_wait_that_never_finds_quiet_ends_with_tired_not_release(qtbot: Any) -> None:
    owner, calls = QObject(), []
    release_memory_once_quiet(owner, cpu=FakeCpu(per_call=1.0), release=lambda: calls.append("release"),
                              interval_ms=5, max_checks=3, tired=lambda: calls.append("tired"))
    qtbot.waitUntil(lambda: bool(calls), timeout=2_000)
    assert calls == ["tired"]
