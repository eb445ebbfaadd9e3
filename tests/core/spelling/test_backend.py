"""One lock per underlying dictionary: Enchant hands every caller of a tag the same Hunspell object."""

from __future__ import annotations

import threading
import time

from sr_editor.core.spelling.backend import LockedBackend, lock_for


class OverlapRecorder:
    """A dictionary that notes how many calls are inside it at once (ctypes would let two threads in)."""

    def __init__(self) -> None:
        self.inside = 0
        self.most_inside = 0
        self._count = threading.Lock()

    def _enter(self) -> None:
        with self._count:
            self.inside += 1
            self.most_inside = max(self.most_inside, self.inside)
        time.sleep(0.0005)  # long enough for the other thread to come in, were it let in
        with self._count:
            self.inside -= 1

    def check(self, word: str) -> bool:
        self._enter()
        return True

    def suggest(self, word: str) -> list[str]:
        self._enter()
        return [word]


def hammer(*backends: LockedBackend) -> None:
    def calls(backend: LockedBackend) -> None:
        for i in range(200):
            backend.check("colour") if i % 2 else backend.suggest("colur")

    threads = [threading.Thread(target=calls, args=(backend,)) for backend in backends]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def test_two_threads_never_call_one_dictionary_at_once() -> None:
    shared = OverlapRecorder()
    hammer(LockedBackend(shared, "en_US"), LockedBackend(shared, "en_US"))  # the window's and the worker's
    assert shared.most_inside == 1


def test_the_recorder_does_see_overlap_without_the_lock() -> None:
    shared = OverlapRecorder()
    unlocked = [LockedBackend(shared, "en_US"), LockedBackend(shared, "en_US")]
    for backend in unlocked:
        backend._lock = threading.Lock()  # one lock each: as if every opener had its own
    hammer(*unlocked)
    assert shared.most_inside == 2


def test_every_wrapper_of_a_tag_shares_its_lock_and_other_tags_have_their_own() -> None:
    assert lock_for("en_US") is lock_for("en_US")
    assert lock_for("en_US") is not lock_for("en_GB")
