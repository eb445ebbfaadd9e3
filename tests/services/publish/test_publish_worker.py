"""The worker layer: blocking calls leave the GUI thread, and their answers come back on it."""

from __future__ import annotations

import threading
from typing import Any

import shiboken6
from pubgui_fakes import ScriptedJob

from sr_editor.publish import errors
from sr_editor.services.publish.worker import BackgroundCalls, PublishWorker


def test_results_are_delivered_on_the_gui_thread(qtbot: Any) -> None:
    calls = BackgroundCalls()
    ran_in: list[threading.Thread] = []
    delivered_in: list[threading.Thread] = []

    def work() -> int:
        ran_in.append(threading.current_thread())
        return 7

    calls.run(work, lambda value: delivered_in.append(threading.current_thread()), lambda e: None)
    qtbot.waitUntil(lambda: bool(delivered_in))
    assert ran_in[0] is not threading.main_thread() and delivered_in[0] is threading.main_thread()


def test_an_exception_in_the_worker_reaches_the_failure_callback(qtbot: Any) -> None:
    calls = BackgroundCalls()
    failures: list[BaseException] = []
    calls.run(lambda: 1 / 0, lambda value: None, failures.append)
    qtbot.waitUntil(lambda: bool(failures))
    assert isinstance(failures[0], ZeroDivisionError) and not calls.busy


def test_progress_signals_arrive_in_order_then_success(qtbot: Any) -> None:
    worker = PublishWorker()
    seen: list[tuple[str, int, int]] = []
    worker.progress.connect(lambda *args: seen.append(args))
    with qtbot.waitSignal(worker.succeeded, timeout=5000):
        worker.start(lambda progress: ScriptedJob(progress, ["a", "b", "c"]))  # type: ignore[arg-type,return-value]
    assert seen == [("a", 1, 3), ("b", 2, 3), ("c", 3, 3)]


def test_cancel_before_the_job_exists_still_stops_it(qtbot: Any) -> None:
    worker = PublishWorker()
    gate = threading.Event()

    def factory(progress: Any) -> Any:
        gate.wait(5)
        return ScriptedJob(progress, ["a", "b"])

    with qtbot.waitSignal(worker.failed, timeout=5000) as failed:
        worker.start(factory)
        worker.cancel()
        gate.set()
    assert isinstance(failed.args[0], errors.PublishCancelled)


def test_an_answer_arriving_after_its_owner_was_deleted_is_dropped(qtbot: Any) -> None:
    from PySide6.QtWidgets import QWidget

    owner = QWidget()
    calls = BackgroundCalls(owner)
    gate = threading.Event()
    delivered: list[Any] = []
    calls.run(lambda: gate.wait(5), delivered.append, delivered.append)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(calls))
    gate.set()
    qtbot.wait(200)
    assert delivered == []


def test_calls_waiting_their_turn_hold_no_thread_of_their_own(qtbot: Any) -> None:
    calls = BackgroundCalls(threads=1)
    release = threading.Event()
    ran: list[int] = []
    before = threading.active_count()
    calls.run(release.wait, lambda _v: None, lambda _e: None)
    for number in range(30):  # a describer faster than the disk: the saves back up
        calls.run(lambda number=number: ran.append(number), lambda _v: None, lambda _e: None)
    assert threading.active_count() - before <= 1
    release.set()
    assert calls.wait(5000)
    assert ran == list(range(30))  # in order, none lost
    qtbot.waitUntil(lambda: not calls.busy)
