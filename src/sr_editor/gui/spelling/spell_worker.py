"""Checks many words off the GUI thread (the first check of a long article) with its own dictionary objects (Enchant
shares the Hunspell object underneath with the window's speller; core/spelling/backend.py serialises the calls).

A daemon thread fed by a queue, not a QThread: closing the window never waits for it and never destroys a running
QThread. Answers come back through a signal (queued to the GUI thread); stale work (another language, another
article) is dropped by a generation number.
"""

from __future__ import annotations

import logging
import queue
import threading

import shiboken6
from PySide6.QtCore import QObject, Signal

from sr_editor.core.spelling.backend import BackendFactory, SpellBackend
from sr_editor.core.spelling.checker import SpellingUnavailableError

log = logging.getLogger(__name__)
CHUNK = 400  # words per answer: the GUI thread underlines the first (visible) words early


class SpellWorker(QObject):
    """`submit(language, words)`; `answered(language, {word: correct})` arrives on the GUI thread, in chunks."""

    answered = Signal(str, dict)
    _answer = Signal(int, str, dict, bool)  # emitted by the worker thread; bool: last chunk of a submission

    def __init__(self, factory: BackendFactory, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._factory = factory
        self._queue: queue.Queue[tuple[int, str, list[str]] | None] = queue.Queue()
        self._generation = 0
        self._thread: threading.Thread | None = None
        self.outstanding = 0  # submissions not fully answered yet
        self._answer.connect(self._on_answer)

    def submit(self, language: str, words: list[str]) -> None:
        if not words:
            return
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="spell-worker", daemon=True)
            self._thread.start()
        self.outstanding += 1
        self._queue.put((self._generation, language, list(words)))

    def abandon(self) -> None:
        """Drop the answers of everything submitted so far (the language or the article changed)."""
        self._generation += 1

    def stop(self) -> None:
        self.abandon()
        self._queue.put(None)

    def _on_answer(self, generation: int, language: str, answers: dict[str, bool], last: bool) -> None:
        if last:
            self.outstanding -= 1
        if generation == self._generation:
            self.answered.emit(language, answers)

    # ----- worker thread -----------------------------------------------------------------------------
    def _run(self) -> None:
        backends: dict[str, SpellBackend | None] = {}
        while True:
            job = self._queue.get()
            if job is None or not shiboken6.isValid(self):
                return
            generation, language, words = job
            if language not in backends:
                backends[language] = _open(self._factory, language)
            backend = backends[language]
            if backend is not None:
                self._check(backend, generation, language, words)
            else:
                self._emit(generation, language, {}, True)

    def _check(self, backend: SpellBackend, generation: int, language: str, words: list[str]) -> None:
        for first in range(0, len(words), CHUNK):
            last = first + CHUNK >= len(words)
            if generation != self._generation:
                self._emit(generation, language, {}, True)
                return
            answers: dict[str, bool] = {}
            for word in words[first:first + CHUNK]:
                try:
                    answers[word] = bool(backend.check(word))
                except Exception:  # one odd word must not stop the rest
                    log.exception("background spell check of %r failed", word)
                    answers[word] = True
            if not self._emit(generation, language, answers, last):
                return

    def _emit(self, generation: int, language: str, answers: dict[str, bool], last: bool) -> bool:
        try:
            self._answer.emit(generation, language, answers, last)
        except RuntimeError:  # the window is gone
            return False
        return True


def _open(factory: BackendFactory, language: str) -> SpellBackend | None:
    try:
        return factory(language)
    except SpellingUnavailableError:
        return None
