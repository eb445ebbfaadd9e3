"""core.spelling and core.prose_words: which words are checked, word lists, the cached checker, the Enchant door."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from sr_editor.core.article.regions import load_vocabulary
from sr_editor.core.spelling import checker as spelling
from sr_editor.core.spelling.checker import (
    SpellChecker,
    SpellingUnavailableError,
    WordList,
    dictionary_tag,
    normalise_language,
    open_enchant,
    seed_words,
)
from sr_editor.core.spelling.prose_words import prose_words


def words(line: str) -> list[str]:
    return [w for _, w in prose_words(line)]


class CountingBackend:
    def __init__(self, good: set[str]) -> None:
        self.good = good
        self.asked: list[str] = []

    def check(self, word: str) -> bool:
        self.asked.append(word)
        return word in self.good

    def suggest(self, word: str) -> list[str]:
        return sorted(self.good)


def test_markdown_syntax_urls_code_and_html_are_not_prose() -> None:
    line = "See **teh** [link](https://exmple.org/pth) `codde` <span class='clss'>text</span> www.wrng.com a@b.org"
    assert words(line) == ["See", "teh", "link", "text"]


def test_offsets_point_at_the_word_in_the_line() -> None:
    line = "Crowds in *Port-au-Prince* wrold"
    assert [line[o:o + len(w)] for o, w in prose_words(line)] == words(line)


def test_image_alt_and_title_are_prose_but_the_file_name_is_not() -> None:
    assert words('![Crowd marchs](crwd.jpg "A captoin"){: .wide}') == ["Crowd", "marchs", "captoin"]


def test_indented_code_comments_footnotes_and_reference_links_are_skipped() -> None:
    assert words("    code_line = wrng()") == []
    assert words("<!-- wp:paragraph --> hello") == ["hello"]
    assert words("Said so[^1] too") == ["Said", "so", "too"]
    assert words("[ref]: https://x.org/y") == []


def test_abbreviations_numbers_and_identifiers_are_not_checked() -> None:
    assert words("NATO and the UN met G20 leaders on covid_19 2nd day") == ["and", "the", "met", "leaders", "on", "day"]


def test_apostrophes_stay_inside_words() -> None:
    assert words("don’t leave Côte d'Ivoire") == ["don’t", "leave", "Côte", "d'Ivoire"]


def test_a_list_item_in_an_indented_list_is_still_prose() -> None:
    assert words("    - nested itme") == ["nested", "itme"]


def test_languages_are_normalised_to_the_offered_codes() -> None:
    assert normalise_language("EN") == "en"
    assert normalise_language("en_GB") == "en"
    assert normalise_language("pt_BR") == "pt-BR"
    assert normalise_language("es-MX") == "es"
    assert normalise_language(" fr ") == "fr"
    assert dictionary_tag("pt-BR") == "pt_BR"
    assert dictionary_tag("en") == "en_US"


def test_the_dictionary_is_asked_once_per_distinct_word() -> None:
    backend = CountingBackend({"hello"})
    checker = SpellChecker(backend, "en")
    assert checker.check("hello") and checker.check("hello")
    assert not checker.check("wrold") and not checker.check("wrold")
    assert backend.asked == ["hello", "wrold"]


def test_the_answers_kept_stay_bounded_however_many_distinct_words_come(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(spelling, "ANSWER_CACHE_LIMIT", 100)
    checker = SpellChecker(CountingBackend({"word"}), "en")
    for number in range(1_000):
        checker.check(f"token{number}")
    checker.remember({f"other{number}": True for number in range(50)})
    assert len(checker._cache) <= 100
    assert checker.check("word") and not checker.check("token7")  # answers are still right after starting over


def test_seed_and_word_lists_accept_words_without_asking(tmp_path: Path) -> None:
    backend = CountingBackend(set())
    personal = WordList(tmp_path / "words.txt")
    personal.add("Sheinbaum")
    checker = SpellChecker(backend, "en", (personal,), frozenset({"Piñera"}))
    assert checker.check("Piñera") and checker.check("Sheinbaum")
    assert backend.asked == []


def test_a_capitalised_word_passes_when_its_lower_case_is_listed(tmp_path: Path) -> None:
    listed = WordList(tmp_path / "w.txt")
    listed.add("gerrymander")
    checker = SpellChecker(CountingBackend(set()), "en", (listed,))
    assert checker.check("Gerrymander")
    assert not checker.check("GerryMander")


def test_curly_and_straight_apostrophes_are_the_same_word(tmp_path: Path) -> None:
    listed = WordList(tmp_path / "w.txt")
    listed.add("d’Ivoire")
    assert SpellChecker(CountingBackend(set()), "en", (listed,)).check("d'Ivoire")


def test_ignored_words_pass_for_the_session_only(tmp_path: Path) -> None:
    checker = SpellChecker(CountingBackend(set()), "en")
    checker.ignore("Ayiti")
    assert checker.check("Ayiti")
    assert not SpellChecker(CountingBackend(set()), "en").check("Ayiti")


def test_a_dictionary_that_raises_does_not_flag_the_word() -> None:
    class Broken(CountingBackend):
        def check(self, word: str) -> bool:
            raise RuntimeError("enchant fell over")

    assert SpellChecker(Broken(set()), "en").check("anything")


def test_adding_a_word_creates_the_list_with_its_seed_and_survives_a_reload(tmp_path: Path) -> None:
    path = tmp_path / "ws" / ".sr-editor" / "words.txt"
    shared = WordList(path, seed=["Moïse", "Haití"])
    shared.add("Ayiti")
    text = path.read_text(encoding="utf-8")
    assert text.startswith("#") and "Moïse" in text and text.endswith("Ayiti\n")
    assert WordList(path).words == {"Moïse", "Haití", "Ayiti"}


def test_an_unreadable_word_list_accepts_nothing_and_does_not_raise(tmp_path: Path) -> None:
    path = tmp_path / "words.txt"
    path.write_bytes(b"\xff\xfe\x00broken")
    assert WordList(path).words == set()


def test_a_failed_write_leaves_the_list_as_it_was(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "words.txt"
    listed = WordList(path)
    listed.add("first")

    def full_disk(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(spelling, "atomic_write_bytes", full_disk)
    with pytest.raises(OSError):
        listed.add("second")
    assert "second" not in listed.words
    assert path.read_text(encoding="utf-8").splitlines()[-1] == "first"


def test_seed_words_hold_the_accented_country_names_and_the_shipped_names() -> None:
    vocabulary = load_vocabulary()
    names = [*vocabulary.regions, *vocabulary.countries, *vocabulary.country_aliases]
    seed = seed_words(names, Path(__file__).resolve().parents[3] / "resources" / "spelling" / "names.txt")
    assert {"Haití", "Piñera", "Moïse", "d'Ivoire", "Brasil", "Burkina"} <= seed


def test_without_the_enchant_library_the_error_names_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "enchant", None)  # import enchant -> ImportError
    with pytest.raises(SpellingUnavailableError) as caught:
        open_enchant("en")
    assert "libenchant-2-2" in str(caught.value)


def test_a_missing_dictionary_names_its_debian_package() -> None:
    pytest.importorskip("enchant")
    with pytest.raises(SpellingUnavailableError) as caught:
        open_enchant("qu")  # Quechua: no Hunspell dictionary here
    assert "hunspell-qu" in str(caught.value)


def test_the_system_dictionaries_accept_the_seeded_names_and_flag_typos() -> None:
    try:
        backend = open_enchant("es")
    except SpellingUnavailableError as error:
        pytest.skip(str(error))
    vocabulary = load_vocabulary()
    seed = seed_words([*vocabulary.countries, *vocabulary.country_aliases],
                      Path(__file__).resolve().parents[3] / "resources" / "spelling" / "names.txt")
    checker = SpellChecker(backend, "es", (), frozenset(seed))
    assert checker.check("gobierno") and checker.check("Haití") and checker.check("Piñera")
    assert not checker.check("gobiernno")
    assert "gobierno" in checker.suggest("gobiernno")


@pytest.mark.slow
def test_two_processes_adding_words_at_once_keep_every_word(tmp_path: Path) -> None:
    """Two windows adding to the personal word list: each read the file and wrote it back with its word."""
    import os
    import subprocess
    import sys
    import time

    import sr_editor

    path, start = tmp_path / "words.txt", tmp_path / "go"
    script = ("import sys, time; from pathlib import Path; from sr_editor.core.spelling.checker import WordList\n"
              "while not Path(sys.argv[3]).exists(): time.sleep(0.001)\n"
              "for i in range(60): WordList(Path(sys.argv[1])).add(f'{sys.argv[2]}word{i}')\n")
    env = {**os.environ, "PYTHONPATH": str(Path(sr_editor.__file__).resolve().parents[1])}
    children = [subprocess.Popen([sys.executable, "-c", script, str(path), name, str(start)], env=env)
                for name in ("a", "b")]
    time.sleep(0.5)
    start.touch()
    assert [child.wait(timeout=120) for child in children] == [0, 0]
    missing = {f"{n}word{i}" for n in "ab" for i in range(60)} - WordList(path).words
    assert missing == set(), f"{len(missing)} of 120 words lost"


def test_the_workspace_language_file_names_the_default_language(tmp_path: Path) -> None:
    from sr_editor.core.spelling.checker import workspace_language, workspace_language_path

    path = workspace_language_path(tmp_path)
    assert workspace_language(tmp_path) == ""
    path.parent.mkdir()
    path.write_text("\n# the desk writes in Portuguese\npt_BR\n", encoding="utf-8")
    assert workspace_language(tmp_path) == "pt-BR"


@pytest.mark.parametrize("content", [b"klingon\n", b"\xff\xfe\x00broken", b"", b"\x00" * 50, b"es" * 10_000])
def test_a_workspace_language_file_that_names_nothing_we_know_is_ignored(tmp_path: Path, content: bytes) -> None:
    from sr_editor.core.spelling.checker import workspace_language, workspace_language_path

    path = workspace_language_path(tmp_path)
    path.parent.mkdir()
    path.write_bytes(content)
    assert workspace_language(tmp_path) == ""


def test_an_unreadable_workspace_language_file_is_ignored(tmp_path: Path) -> None:
    from sr_editor.core.spelling.checker import workspace_language, workspace_language_path

    workspace_language_path(tmp_path).mkdir(parents=True)  # a folder where the file should be: OSError
    assert workspace_language(tmp_path) == ""


def test_a_dictionary_opened_ahead_is_handed_out_once_and_others_are_opened_when_asked() -> None:
    from sr_editor.core.spelling.checker import Preopened

    opened: list[str] = []

    def opener(language: str) -> Any:
        opened.append(language)
        return object()

    preopened = Preopened(["es"], opener)
    preopened.warm()
    assert opened == ["es"]
    first = preopened.open("es")
    assert opened == ["es"]  # the one opened ahead
    assert preopened.open("es") is not first and opened == ["es", "es"]
    preopened.open("en")
    assert opened == ["es", "es", "en"]


def test_a_dictionary_that_cannot_be_opened_ahead_is_left_to_the_window() -> None:
    from sr_editor.core.spelling.checker import Preopened, SpellingUnavailableError

    def missing(language: str) -> Any:
        raise SpellingUnavailableError(language, "hunspell-pt-br")

    preopened = Preopened(["pt-BR"], missing)
    preopened.warm()  # no error here
    with pytest.raises(SpellingUnavailableError):
        preopened.open("pt-BR")  # the window's own open says what to install


def test_the_article_language_comes_from_lang_then_the_workspace_then_the_preference(tmp_path: Path) -> None:
    from sr_editor.core.spelling.checker import article_language, workspace_language_path

    assert article_language(None, tmp_path, "es") == "es"
    assert article_language(None, None, "") == "en"
    workspace_language_path(tmp_path).parent.mkdir()
    workspace_language_path(tmp_path).write_text("pt-BR\n", encoding="utf-8")
    assert article_language(None, tmp_path, "es") == "pt-BR"
    assert article_language("en", tmp_path, "es") == "en"


def test_english_accepts_british_and_american_spellings_unless_a_variety_is_named() -> None:
    try:
        either, american = open_enchant("en"), open_enchant("en-US")
    except SpellingUnavailableError as error:
        pytest.skip(str(error))
    import enchant

    if not enchant.dict_exists("en_GB"):
        pytest.skip("hunspell-en-gb is not installed (packaging/debian-packages.txt lists it)")
    assert either.check("neighbourhoods") and either.check("neighborhoods") and either.check("kilometres")
    assert not american.check("neighbourhoods")
    assert not either.check("neighbourhoodz")


def test_the_place_names_of_the_sample_articles_are_in_the_shipped_word_list() -> None:
    seed = seed_words([], Path(__file__).resolve().parents[3] / "resources" / "spelling" / "names.txt")
    assert {"Uyuni", "Colchani", "Jacmel", "Delmas", "Petorca"} <= seed
