"""One room for background work per event-loop turn, shared by every slicer of the window."""

from __future__ import annotations

from typing import Any

from sr_editor.services.runtime import turns as turns_module
from sr_editor.services.runtime.turns import TurnBudget


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def _budget(cpu: FakeClock | None = None) -> tuple[TurnBudget, FakeClock]:
    clock = FakeClock()
    return TurnBudget(seconds=0.020, typing_seconds=0.004, clock=clock, cpu=cpu or FakeClock()), clock


def test_a_slice_may_start_while_the_turn_has_room_and_not_once_it_is_spent(qapp: Any) -> None:
    turns, clock = _budget()
    assert turns.may_start("preview")
    clock.now += 0.019  # another slicer's work in the same turn
    assert turns.spent() is False and not turns.may_start("highlighter")
    clock.now += 0.002
    assert turns.spent()


def test_a_new_turn_has_the_whole_room_again(qapp: Any) -> None:
    turns, clock = _budget()
    turns.may_start("preview")
    clock.now += 0.050
    assert not turns.may_start("spelling")
    turns.next_turn()
    assert turns.may_start("spelling") and abs(turns.left() - 0.020) < 1e-9


def test_the_gui_threads_work_earlier_in_the_pass_counts_against_the_turn(qapp: Any) -> None:
    cpu = FakeClock()
    turns, _clock = _budget(cpu)
    turns.next_turn()
    cpu.now += 0.015  # Qt laid out and painted before the first slicer asked
    assert abs(turns.left() - 0.005) < 1e-9


def test_a_key_typed_spends_the_rest_of_its_turn_and_typing_turns_have_less_room(qapp: Any) -> None:
    turns, clock = _budget()
    assert turns.may_start("preview")
    turns.typed()
    assert turns.spent() and not turns.may_start("spelling")
    turns.next_turn()
    assert turns.typing and abs(turns.left() - 0.004) < 1e-9
    clock.now += turns_module.TYPING_SECONDS
    turns.next_turn()
    assert not turns.typing and abs(turns.left() - 0.020) < 1e-9


def test_a_slicer_refused_turn_after_turn_starts_anyway_so_nothing_starves(qapp: Any) -> None:
    turns = TurnBudget(seconds=0.0, clock=FakeClock(), cpu=FakeClock())  # never any room
    answers = []
    for _ in range(turns_module.PATIENCE + 1):
        turns.next_turn()
        answers.append(turns.may_start("spelling"))
    assert answers == [False] * turns_module.PATIENCE + [True]
    turns.next_turn()
    assert not turns.may_start("spelling")  # and it waits again from there


def test_a_pass_of_the_event_loop_begins_a_new_turn(qapp: Any) -> None:
    turns, clock = _budget()
    assert turns.may_start("preview")
    clock.now += 1.0
    assert turns.spent()
    qapp.processEvents()
    assert turns.turns >= 1 and not turns.spent()
