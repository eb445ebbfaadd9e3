"""read_ahead: a helper thread one item ahead; order kept, errors raised where they would have been met, and the
helper stops when the consumer does."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from sr_editor.publish.sync.read_ahead import read_ahead


def test_items_come_in_order() -> None:
    assert list(read_ahead(lambda: iter(range(50)))) == list(range(50))


def test_an_error_of_the_producer_is_raised_after_the_items_before_it() -> None:
    def produce() -> Iterator[int]:
        yield 1
        yield 2
        raise ValueError("page 3 failed")

    got: list[int] = []
    with pytest.raises(ValueError, match="page 3"):
        for item in read_ahead(produce):
            got.append(item)
    assert got == [1, 2]


def test_the_producer_stops_soon_after_the_consumer_stops() -> None:
    made: list[int] = []
    stopped = threading.Event()

    def produce() -> Iterator[int]:
        try:
            for n in range(10_000):
                made.append(n)
                yield n
        finally:
            stopped.set()

    items = read_ahead(produce)
    assert next(items) == 0
    items.close()
    assert stopped.wait(5) and len(made) < 10
