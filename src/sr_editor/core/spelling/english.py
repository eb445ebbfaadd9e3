"""English with no variety chosen (bare 'en', the default): American or British spellings are right.

Once the British-only list is in the cache (made by a child process, core/spelling/british_child.py), a word is
right when en_US accepts it or the list holds it: ~1.4 MB in place of en_GB's Hunspell object (~10 MB). Until then,
and whenever the list cannot be had, en_GB's Hunspell is opened as before, so a British writer never sees a false
underline; the list is made in the background for the next article opened or the next start.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sr_editor import paths
from sr_editor.core.spelling import british_child
from sr_editor.core.spelling.backend import EitherSpelling, LockedBackend, SpellBackend
from sr_editor.core.spelling.british_words import BritishWords, list_path, read_list

log = logging.getLogger(__name__)


class BritishSpelling:
    """en_US, then the British-only list (with Hunspell's case rules); suggestions from en_US."""

    def __init__(self, american: SpellBackend, british: BritishWords) -> None:
        self.american, self.british = american, british

    def check(self, word: str) -> bool:
        return bool(self.american.check(word)) or self.british.accepts(word)

    def suggest(self, word: str) -> list[str]:
        return list(self.american.suggest(word))


Starter = Callable[[Path, str], object]


def start_generation(path: Path, key: str) -> object:
    """Make the list in a child process, in the background (tests put a recorder in its place)."""
    return british_child.start_in_background(path, key)


class BritishListSource:
    """The list for the installed dictionaries, read once per process and shared by every speller; when it is
    missing or stale, its making is started (once per process) and None returned."""

    def __init__(self, cache_dir: Callable[[], Path] = paths.cache_dir, start: Starter | None = None,
                 key: Callable[[], str] | None = None) -> None:
        self._cache_dir = cache_dir
        self._start = start
        self._key = key or (lambda: british_child.dictionary_key()[0])
        self._guard = threading.Lock()  # the window's speller and the spell worker may ask at once
        self._loaded: tuple[Path, str, BritishWords] | None = None
        self._started: set[tuple[Path, str]] = set()

    def words(self) -> BritishWords | None:
        try:
            key = self._key()
        except (OSError, british_child.BritishListUnavailable) as exc:
            log.info("no British word list: %s", exc)
            return None
        path = list_path(self._cache_dir())
        with self._guard:
            if self._loaded is not None and self._loaded[:2] == (path, key):
                return self._loaded[2]
            words = read_list(path, key)
            if words is not None:
                self._loaded = (path, key, words)
                return words
            if (path, key) not in self._started:
                self._started.add((path, key))
                (self._start or start_generation)(path, key)
            return None


_SOURCE: list[BritishListSource] = []  # made on first use, not at import


def default_source() -> BritishListSource:
    if not _SOURCE:
        _SOURCE.append(BritishListSource())
    return _SOURCE[0]


def open_english(enchant: Any, source: BritishListSource | None = None) -> SpellBackend | None:
    """en_US with the British list, else en_US with en_GB's Hunspell; None when en_US is not installed."""
    if not _exists(enchant, "en_US"):
        return None
    american = LockedBackend(enchant.Dict("en_US"), "en_US")
    british = (source or default_source()).words()
    if british is not None:
        return BritishSpelling(american, british)
    if _exists(enchant, "en_GB"):
        return EitherSpelling(american, LockedBackend(enchant.Dict("en_GB"), "en_GB"))
    return american


def _exists(enchant: Any, tag: str) -> bool:
    try:
        return bool(enchant.dict_exists(tag))
    except enchant.errors.Error:
        return False
