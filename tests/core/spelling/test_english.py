"""Bare "en": en_US with the cached British list once it is there; en_US and en_GB's Hunspell until then."""

from __future__ import annotations

import threading
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from sr_editor.core.spelling import english
from sr_editor.core.spelling.backend import EitherSpelling, LockedBackend
from sr_editor.core.spelling.british_words import list_path, write_list
from sr_editor.core.spelling.english import BritishListSource, BritishSpelling, open_english

KEY = "c" * 64


class FakeDict:
    def __init__(self, tag: str, words: set[str]) -> None:
        self.tag, self.words = tag, words

    def check(self, word: str) -> bool:
        return word in self.words

    def suggest(self, word: str) -> list[str]:
        return sorted(self.words)[:2]


class FakeEnchant:
    """Enchant's module shape, noting which dictionaries were opened."""

    errors = SimpleNamespace(Error=RuntimeError)

    def __init__(self, installed: tuple[str, ...] = ("en_US", "en_GB")) -> None:
        self.installed = installed
        self.opened: list[str] = []

    def dict_exists(self, tag: str) -> bool:
        return tag in self.installed

    def Dict(self, tag: str) -> FakeDict:
        self.opened.append(tag)
        return FakeDict(tag, {"color", "tree"} if tag == "en_US" else {"colour", "tree"})


def source(tmp_path: Path, started: list[tuple[Path, str]], key: str = KEY) -> BritishListSource:
    return BritishListSource(lambda: tmp_path, lambda path, k: started.append((path, k)), lambda: key)


def test_with_the_list_cached_only_en_us_is_opened(tmp_path: Path) -> None:
    write_list(list_path(tmp_path), KEY, ["colour", "neighbour"])
    enchant, started = FakeEnchant(), []
    backend = open_english(enchant, source(tmp_path, started))
    assert enchant.opened == ["en_US"] and started == []
    assert isinstance(backend, BritishSpelling)
    assert backend.check("color") and backend.check("Colour") and backend.check("neighbour")
    assert not backend.check("colur")
    assert backend.suggest("colur") == ["color", "tree"]  # from en_US


def test_without_the_list_en_gb_is_opened_as_before_and_the_list_is_started_once(tmp_path: Path) -> None:
    enchant, started = FakeEnchant(), []
    words = source(tmp_path, started)
    first, second = open_english(enchant, words), open_english(enchant, words)  # the window's, the worker's
    assert enchant.opened == ["en_US", "en_GB", "en_US", "en_GB"]
    assert isinstance(first, EitherSpelling) and isinstance(second, EitherSpelling)
    assert first.check("colour") and first.check("color") and not first.check("colur")
    assert started == [(list_path(tmp_path), KEY)]


def test_the_list_made_meanwhile_is_used_from_the_next_open_on(tmp_path: Path) -> None:
    enchant, started = FakeEnchant(), []
    words = source(tmp_path, started)
    open_english(enchant, words)
    write_list(list_path(tmp_path), KEY, ["colour"])  # the child finished
    assert isinstance(open_english(enchant, words), BritishSpelling)
    assert enchant.opened == ["en_US", "en_GB", "en_US"]


def test_a_stale_list_is_made_again_and_en_gb_opened_meanwhile(tmp_path: Path) -> None:
    write_list(list_path(tmp_path), "d" * 64, ["colour"])  # from the dictionaries before an upgrade
    enchant, started = FakeEnchant(), []
    assert isinstance(open_english(enchant, source(tmp_path, started)), EitherSpelling)
    assert started == [(list_path(tmp_path), KEY)]


def test_an_odd_list_falls_back_to_en_gb(tmp_path: Path) -> None:
    list_path(tmp_path).parent.mkdir(parents=True)
    list_path(tmp_path).write_bytes(b"\x00" * 100)
    enchant, started = FakeEnchant(), []
    assert isinstance(open_english(enchant, source(tmp_path, started)), EitherSpelling)
    assert len(started) == 1


def test_one_list_is_read_and_shared_by_every_speller(tmp_path: Path) -> None:
    write_list(list_path(tmp_path), KEY, ["colour"])
    words, enchant = source(tmp_path, []), FakeEnchant()
    found: list[Any] = []
    threads = [threading.Thread(target=lambda: found.append(open_english(enchant, words))) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len({id(backend.british) for backend in found}) == 1


def test_without_en_gb_installed_en_us_alone_is_opened(tmp_path: Path) -> None:
    enchant = FakeEnchant(("en_US",))
    backend = open_english(enchant, BritishListSource(lambda: tmp_path, lambda p, k: None, _no_dictionaries))
    assert isinstance(backend, LockedBackend) and enchant.opened == ["en_US"]
    assert open_english(FakeEnchant(("en_GB",)), source(tmp_path, [])) is None


def _no_dictionaries() -> str:
    from sr_editor.core.spelling.british_child import BritishListUnavailable

    raise BritishListUnavailable("en_GB is not installed")


def test_the_window_process_starts_the_list_through_the_default_source(
        tmp_path: Path, _no_british_list_child: list[tuple[Path, str]]) -> None:
    english.default_source()._key = lambda: KEY  # the machine's dictionaries may be missing here
    assert isinstance(open_english(FakeEnchant()), EitherSpelling)
    assert len(_no_british_list_child) == 1 and _no_british_list_child[0][1] == KEY
