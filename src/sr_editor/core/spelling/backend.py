"""The shape of a dictionary, and one lock per underlying Hunspell object.

pyenchant's global broker hands back the same Hunspell object for the same tag (`enchant.Dict("en_US")` twice
share one), and ctypes lets go of the interpreter lock during a call: the window's speller and the background
`SpellWorker` would then call one Hunspell object from two threads at once, which Hunspell does not promise to
survive. `LockedBackend` serialises the calls to one underlying dictionary; a second broker would double the
memory instead.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Protocol


class SpellBackend(Protocol):
    """One language's dictionary (enchant.Dict has this shape)."""

    def check(self, word: str) -> bool: ...
    def suggest(self, word: str) -> list[str]: ...


BackendFactory = Callable[[str], SpellBackend]

_LOCKS: dict[str, threading.Lock] = {}
_LOCKS_GUARD = threading.Lock()


def lock_for(tag: str) -> threading.Lock:
    """The one lock of the underlying dictionary `tag` names ('en_US'), made on first use."""
    with _LOCKS_GUARD:
        lock = _LOCKS.get(tag)
        if lock is None:
            lock = _LOCKS[tag] = threading.Lock()
        return lock


class LockedBackend:
    """A dictionary whose calls hold the lock of its underlying object: every wrapper of one tag shares it."""

    def __init__(self, backend: SpellBackend, tag: str) -> None:
        self.backend = backend
        self.tag = tag
        self._lock = lock_for(tag)

    def check(self, word: str) -> bool:
        with self._lock:
            return bool(self.backend.check(word))

    def suggest(self, word: str) -> list[str]:
        with self._lock:
            return list(self.backend.suggest(word))


class EitherSpelling:
    """English without a chosen variety, while the British list is not ready: a word is right in American or
    British spelling ('color', 'colour'); suggestions come from the first dictionary."""

    def __init__(self, first: SpellBackend, second: SpellBackend) -> None:
        self.first, self.second = first, second

    def check(self, word: str) -> bool:
        return bool(self.first.check(word)) or bool(self.second.check(word))

    def suggest(self, word: str) -> list[str]:
        return list(self.first.suggest(word))
