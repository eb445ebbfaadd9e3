"""Spell checking without Qt: the system's Hunspell dictionaries through Enchant, word lists, and a cached checker.

Library choice: pyenchant (maintained, thin ctypes binding over libenchant-2, which loads the Debian
hunspell-* dictionaries through its Hunspell provider): ~30 µs a word, 0.15 s to open a dictionary. spylls (pure
Python Hunspell) needs 4 s to load en_US and ~90 µs a word, 1 s a suggestion; phunspell is spylls with its own
47 MB of dictionaries and unmaintained since 2021; Qt Widgets has no spell checker (only WebEngine does).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from sr_editor.core.errors import SrEditorError
from sr_editor.core.i18n import translate
from sr_editor.core.spelling.backend import BackendFactory as BackendFactory  # spelling_ui imports it from here
from sr_editor.core.spelling.backend import LockedBackend, SpellBackend
from sr_editor.core.spelling.english import open_english
from sr_editor.core.spelling.prose_words import prose_words, word_key
from sr_editor.core.storage.atomicfile import atomic_write_bytes
from sr_editor.core.storage.lock import StateFileBusyError, state_file_lock

log = logging.getLogger(__name__)

# Article `lang:` values we offer, and the Debian package that brings each one's dictionary.
LANGUAGES: dict[str, str] = {"en": "English", "es": "Español", "pt-BR": "Português (Brasil)"}
_DICTIONARY_OF = {"en": "en_US", "es": "es_ES", "pt": "pt_BR"}
_PACKAGE_OF = {"en": "hunspell-en-us", "es": "hunspell-es", "pt": "hunspell-pt-br"}
SUGGESTION_LIMIT = 7
# Answers kept per checker: a day's articles use tens of thousands of distinct words; a file of random tokens could
# bring millions. Past this the answers start over (asking Hunspell again costs ~30 µs a word).
ANSWER_CACHE_LIMIT = 200_000


class SpellingUnavailableError(SrEditorError):
    """No spell checking for a language: the library or the dictionary is missing. Says what to install."""

    def __init__(self, language: str, missing: str) -> None:
        self.language = language
        self.missing = missing
        super().__init__(translate("SpellingUnavailableError",
                                   "Spell checking is off for {0}: install the Debian package {1}.").format(
                                       language, missing))


def normalise_language(code: object) -> str:
    """A front-matter `lang:` value as one of LANGUAGES' keys where it names one: 'pt_BR' -> 'pt-BR', 'EN' -> 'en'.
    Unknown values are kept (trimmed), so the error can name them."""
    text = str(code or "").strip().replace("_", "-")
    lowered = text.lower()
    for known in LANGUAGES:
        if lowered == known.lower() or lowered.split("-")[0] == known.lower():
            return known
    if lowered.startswith("pt"):
        return "pt-BR"
    return text


def dictionary_tag(language: str) -> str:
    """The Hunspell dictionary name for a language: 'en' -> 'en_US', 'pt-BR' -> 'pt_BR', 'es-MX' -> 'es_MX'."""
    parts = language.replace("-", "_").split("_")
    if len(parts) > 1 and parts[1]:
        return f"{parts[0].lower()}_{parts[1].upper()}"
    return _DICTIONARY_OF.get(parts[0].lower(), parts[0].lower())


def open_enchant(language: str) -> SpellBackend:
    """The system dictionary for `language` through Enchant; SpellingUnavailableError naming what to install."""
    base = language.replace("-", "_").split("_")[0].lower()
    try:
        import enchant
    except (ImportError, OSError) as exc:  # pyenchant raises ImportError when libenchant-2 is missing
        log.info("no enchant: %s", exc)
        raise SpellingUnavailableError(language, translate(
            "SpellingUnavailableError", "libenchant-2-2 (and the Python package pyenchant)")) from exc
    tag = dictionary_tag(language)
    if language.replace("-", "_").lower() == "en":  # no variety chosen: British spellings are right too
        english = open_english(enchant)
        if english is not None:
            return english
    for candidate in (tag, base):
        try:
            if enchant.dict_exists(candidate):
                dictionary = enchant.Dict(candidate)
                return LockedBackend(dictionary, str(getattr(dictionary, "tag", candidate)))
        except enchant.errors.Error as exc:
            log.info("enchant cannot open %s: %s", candidate, exc)
    raise SpellingUnavailableError(language, _PACKAGE_OF.get(base, f"hunspell-{base}"))


class WordList:
    """Accepted words kept in a UTF-8 text file, one a line ('#' starts a comment); adding writes atomically."""

    def __init__(self, path: Path, seed: Iterable[str] = ()) -> None:
        self.path = path
        self._seed = list(seed)
        self.words: set[str] = set()
        self.reload()

    def reload(self) -> None:
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            text = ""
        except (OSError, UnicodeDecodeError) as exc:  # unreadable: accept nothing from it, never crash the editor
            log.warning("word list %s unreadable: %s", self.path, exc)
            text = ""
        self.words = {word_key(w.strip()) for w in text.splitlines() if w.strip() and not w.lstrip().startswith("#")}

    def add(self, word: str) -> None:
        """Remember a word; creates the file (with the seed words) when it does not exist. OSError propagates."""
        word = word_key(word.strip())
        if not word or word in self.words:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            with state_file_lock(self.path):  # two windows adding words at once both keep theirs
                existing = self.path.read_bytes() if self.path.exists() else self._header()
                if existing and not existing.endswith(b"\n"):
                    existing += b"\n"
                atomic_write_bytes(self.path, existing + word.encode("utf-8") + b"\n")
        except StateFileBusyError as exc:
            raise OSError(str(exc)) from exc
        self.words.add(word)

    def _header(self) -> bytes:
        lines = ["# Words the spell checker accepts, one a line.", *sorted(set(self._seed), key=str.casefold)]
        return ("\n".join(lines) + "\n").encode("utf-8")


def seed_words(names: Iterable[str], extra_file: Path | None = None) -> set[str]:
    """The single words of region and country names and their spellings ('Côte d'Ivoire' -> Côte, d'Ivoire),
    plus the names listed in `extra_file` (people and places of the site's news: Piñera, Moïse)."""
    words: set[str] = set()
    lines = list(names)
    if extra_file is not None:
        try:
            lines += [ln for ln in extra_file.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
        except (OSError, UnicodeDecodeError) as exc:
            log.warning("seed words %s unreadable: %s", extra_file, exc)
    for line in lines:
        words.update(word_key(w) for _, w in prose_words(line.replace("-", " ")))
    return words


@dataclass
class SpellChecker:
    """One language's backend, the accepted words (seed, personal, workspace) and a cache of answers."""

    backend: SpellBackend
    language: str
    lists: tuple[WordList, ...] = ()
    seed: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        self._cache: dict[str, bool] = {}
        self._ignored: set[str] = set()

    def accepted(self, word: str) -> bool:
        """In a word list or ignored: no dictionary needed. A capitalised word also passes as its lower case."""
        key = word_key(word)
        capitalised = key[:1].isupper() and key[1:] == key[1:].lower()
        candidates = (key, key.lower()) if capitalised else (key,)
        for candidate in candidates:
            if candidate in self.seed or candidate in self._ignored:
                return True
            if any(candidate in wl.words for wl in self.lists):
                return True
        return False

    def known(self, word: str) -> bool | None:
        """True/False when answered before (or accepted), None when the dictionary has not been asked yet."""
        answer = self._cache.get(word_key(word))
        if answer is True:  # the common case first: one lookup
            return True
        if self.accepted(word):
            return True
        return answer

    def check(self, word: str) -> bool:
        """Correct? Asks the dictionary once per distinct word."""
        answer = self.known(word)
        if answer is None:
            answer = self._ask(word_key(word))
            self._keep({word_key(word): answer})
        return answer

    def _keep(self, answers: dict[str, bool]) -> None:
        if len(self._cache) + len(answers) > ANSWER_CACHE_LIMIT:
            self._cache.clear()
        self._cache.update(answers)

    def _ask(self, key: str) -> bool:
        try:
            return bool(self.backend.check(key))
        except Exception:  # a dictionary that cannot answer must not break typing
            log.exception("spell check of %r failed", key)
            return True

    def remember(self, answers: dict[str, bool]) -> None:
        """Answers found elsewhere (a background worker with its own backend)."""
        self._keep(answers)

    def suggest(self, word: str) -> list[str]:
        try:
            return list(self.backend.suggest(word_key(word)))[:SUGGESTION_LIMIT]
        except Exception:
            log.exception("suggestions for %r failed", word)
            return []

    def ignore(self, word: str) -> None:
        """Accept the word for this session only."""
        self._ignored.add(word_key(word))


def personal_words_path(data_dir: Path) -> Path:
    return data_dir / "words.txt"


def workspace_words_path(workspace_root: Path) -> Path:
    return workspace_root / ".sr-editor" / "words.txt"


def article_language(lang: object, workspace_root: Path | None, preference: str) -> str:
    """The spelling language of an article: its `lang:`, else its workspace's, else the writer's preference."""
    workspace = workspace_language(workspace_root) if workspace_root is not None and not lang else ""
    return normalise_language(lang or workspace or preference) or "en"


class Preopened:
    """Dictionaries opened ahead of need (`warm()` on a worker thread: Enchant's ~100 ms of loading release the
    GIL), each handed out once by `open`; any other language is opened when asked for."""

    def __init__(self, languages: Iterable[str] = (), opener: BackendFactory = open_enchant) -> None:
        self.languages = tuple(languages)
        self._opener = opener
        self._ready: dict[str, SpellBackend] = {}

    def warm(self) -> None:
        for language in self.languages:
            try:
                self._ready[language] = self._opener(language)
            except (SpellingUnavailableError, OSError) as exc:  # the window's own open says what to install
                log.info("could not open the %s dictionary ahead: %s", language, exc)

    def open(self, language: str) -> SpellBackend:
        backend = self._ready.pop(language, None)
        return backend if backend is not None else self._opener(language)


def workspace_language_path(workspace_root: Path) -> Path:
    return workspace_root / ".sr-editor" / "language.txt"


def workspace_language(workspace_root: Path) -> str:
    """The workspace's default article language, shared by its writers: the first line of
    `.sr-editor/language.txt` that is not blank or a '#' comment ('es', 'pt-BR'); '' when there is none, or
    when it does not name a language with a dictionary we know (the writer's own preference applies then)."""
    path = workspace_language_path(workspace_root)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return ""
    except (OSError, UnicodeDecodeError) as exc:
        log.warning("workspace language %s unreadable: %s", path, exc)
        return ""
    first = next((line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")), "")
    language = normalise_language(first[:20])
    if first and language not in LANGUAGES:
        log.warning("workspace language %s names no known language: %r", path, first[:40])
        return ""
    return language


def can_write(path: Path) -> bool:
    folder = path.parent if path.parent.exists() else path.parent.parent
    return os.access(folder, os.W_OK)
