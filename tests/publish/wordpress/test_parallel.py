"""map_ahead and Twins: work on a few threads with results in order, bounded ahead, errors where met, and the
work in flight abandoned when the caller stops."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from sr_editor.publish.wordpress.parallel import Twins, map_ahead


def test_results_come_in_the_order_of_the_items() -> None:
    assert list(map_ahead(lambda n: n * n, range(30), 4)) == [n * n for n in range(30)]


def test_work_overlaps_up_to_the_number_of_workers() -> None:
    barrier = threading.Barrier(3, timeout=5)  # passes only when three run at once
    assert list(map_ahead(lambda n: barrier.wait() >= 0 and n, range(6), 3)) == list(range(6))


def test_never_more_items_taken_than_workers_ahead_of_the_caller() -> None:
    taken: list[int] = []

    def items() -> Iterator[int]:
        for n in range(100):
            taken.append(n)
            yield n

    results = map_ahead(lambda n: n, items(), 3)
    assert next(results) == 0
    assert len(taken) <= 3 + 1
    results.close()


def test_an_error_is_raised_where_its_item_is_met() -> None:
    def work(n: int) -> int:
        if n == 3:
            raise ValueError("item 3")
        return n

    got: list[int] = []
    with pytest.raises(ValueError, match="item 3"):
        for value in map_ahead(work, range(10), 2):
            got.append(value)
    assert got == [0, 1, 2]


def test_stopping_early_calls_on_stop_and_a_full_run_does_not() -> None:
    stopped: list[bool] = []
    results = map_ahead(lambda n: n, range(10), 2, on_stop=lambda: stopped.append(True))
    next(results)
    results.close()
    assert stopped == [True]
    assert list(map_ahead(lambda n: n, range(10), 2, on_stop=lambda: stopped.append(False))) == list(range(10))
    assert stopped == [True]


class Client:
    def __init__(self) -> None:
        self.cancelled = False

    def cancel(self) -> None:
        self.cancelled = True


def test_twins_give_each_thread_its_own_client_and_cancel_reaches_all_even_later_ones() -> None:
    twins: Twins[Client] = Twins(Client)
    mine = twins.mine()
    assert twins.mine() is mine
    other: list[Client] = []
    thread = threading.Thread(target=lambda: other.append(twins.mine()))
    thread.start()
    thread.join()
    assert other[0] is not mine
    twins.cancel()
    assert mine.cancelled and other[0].cancelled and twins.new().cancelled
