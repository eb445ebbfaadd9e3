"""The child that lists British spellings: its answer is checked, its failures leave the window as it was, and the
list it makes from the real dictionaries is sound (en_GB accepts every word) and covers common British words."""

from __future__ import annotations

import errno
import io
import json
import random
import shutil
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from sr_editor import paths
from sr_editor.core.spelling import british_child
from sr_editor.core.spelling.british_child import Made, british_only, parse_reply, run_child, serve
from sr_editor.core.spelling.british_words import BritishWords, list_path, read_list
from sr_editor.core.spelling.checker import open_enchant
from sr_editor.core.spelling.english import BritishSpelling

KEY = "e" * 64
BRITISH = ["colour", "colours", "coloured", "organise", "organised", "organisation", "centre", "centres",
           "travelled", "licence", "programme", "analyse", "defence", "catalogue", "grey", "honour", "neighbour",
           "favourite", "realise", "theatre", "behaviour", "labour", "kilometres", "neighbourhoods", "judgement",
           "Colour", "ORGANISATION", "neighbour’s", "travellers", "cancelled", "modelling", "paralysed"]
AMERICAN = ["color", "colors", "organize", "organization", "center", "traveled", "license", "program", "analyze",
            "defense", "catalog", "gray", "honor", "neighbor", "favorite", "realize", "theater", "the", "Colorado"]
MISSPELT = ["colur", "organisashun", "centr", "travveled", "lisence", "neighbourr", "favourit", "theatr", "teh",
            "recieve", "goverment", "colourr", "cOLOUR", "honoure", "greyy"]


def python_child(code: str) -> Callable[[], tuple[list[str], dict[str, str]]]:
    return lambda: ([sys.executable, "-c", code], {})


def reply(**fields: Any) -> bytes:
    return json.dumps({"key": KEY, "forms": 120_000, "bytes": 360_000, **fields}).encode() + b"\n"


def test_a_well_formed_answer_for_the_expected_dictionaries_is_taken() -> None:
    assert parse_reply(reply(), KEY) == Made(KEY, 120_000, 360_000)


@pytest.mark.parametrize("data", [
    b"", b"garbage\n", b"[1, 2]\n", reply(key="f" * 64), reply(forms=-1), reply(forms="many"), reply(bytes=0),
    reply(bytes=10**12), reply(forms=True), b"x" * 10_000,
], ids=["empty", "garbage", "list", "other key", "negative", "text", "no bytes", "huge", "bool", "long"])
def test_an_answer_of_any_other_shape_is_refused(data: bytes) -> None:
    assert parse_reply(data, KEY) is None


@pytest.mark.parametrize("code", [
    "import os, signal; os.kill(os.getpid(), signal.SIGKILL)",  # killed
    "print('garbage')",
    "import sys; print('{}'); sys.exit(1)",  # failed (a full disk): no list
    "import sys; sys.stdout.write('" + reply().decode().strip() + "'); sys.exit(3)",  # good words, bad exit
], ids=["killed", "garbage", "failed", "bad exit"])
def test_a_child_that_fails_leaves_nothing_to_use(tmp_path: Path, code: str,
                                                  caplog: pytest.LogCaptureFixture) -> None:
    assert run_child(tmp_path / "list", KEY, python_child(code)) is None
    assert "failed" in caplog.text


def test_a_child_that_overstays_is_stopped(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    assert run_child(tmp_path / "list", KEY, python_child("import time; time.sleep(60)"), timeout=0.3) is None
    assert "stopped" in caplog.text


def test_a_child_that_cannot_start_is_logged(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    assert run_child(tmp_path / "list", KEY, lambda: ([str(tmp_path / "no-such-program")], {})) is None
    assert "cannot start" in caplog.text


def test_a_child_that_answers_well_is_believed(tmp_path: Path) -> None:
    code = f"import sys; sys.stdout.write({reply().decode()!r})"
    assert run_child(tmp_path / "list", KEY, python_child(code)) == Made(KEY, 120_000, 360_000)


def test_a_full_disk_gives_no_answer_and_a_failure_exit(monkeypatch: pytest.MonkeyPatch) -> None:
    def full(path: Path) -> Made:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(british_child, "make_list", full)
    replies = io.StringIO()
    assert serve(Path("list"), replies) == 1
    assert replies.getvalue() == ""


def test_only_forms_en_us_rejects_and_en_gb_accepts_are_kept() -> None:
    kept = british_only(["colour", "color", "colourz", "1080p", "colour"], lambda w: w == "color",
                        lambda w: w in {"colour", "color", "1080p"})
    assert kept == ["colour"]


# ----- with the real dictionaries ----------------------------------------------------------------------------
@pytest.fixture(scope="module")
def real_list(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The list made by a real child from the installed en_US and en_GB (about 10 s)."""
    enchant = pytest.importorskip("enchant")
    try:
        key, _ = british_child.dictionary_key()
        installed = enchant.dict_exists("en_US") and enchant.dict_exists("en_GB")
    except (british_child.BritishListUnavailable, enchant.errors.Error) as error:
        pytest.skip(str(error))
    if not installed:
        pytest.skip("hunspell-en-us or hunspell-en-gb is not installed (packaging/debian-packages.txt lists them)")
    path = list_path(tmp_path_factory.mktemp("cache"))
    made = run_child(path, key)
    assert made is not None and made.forms > 50_000
    return path


def words_of(path: Path) -> BritishWords:
    words = read_list(path, british_child.dictionary_key()[0])
    assert words is not None
    return words


def test_every_listed_form_of_a_sample_is_accepted_by_en_gb(real_list: Path) -> None:
    import enchant

    words = words_of(real_list)
    british = enchant.Dict("en_GB")
    every = words._blob.decode("utf-8").split()
    sample = random.Random(11).sample(every, 5000)
    assert [word for word in sample if not british.check(word)] == []


def test_bare_english_takes_british_and_american_spellings_and_refuses_misspellings(real_list: Path) -> None:
    cached = list_path(paths.cache_dir())
    cached.parent.mkdir(parents=True)
    shutil.copy(real_list, cached)
    english = open_enchant("en")
    assert isinstance(english, BritishSpelling)
    assert [word for word in BRITISH + AMERICAN if not english.check(word)] == []
    assert [word for word in MISSPELT if english.check(word)] == []
    assert [word for word in BRITISH if open_enchant("en-US").check(word) and word[0].islower()] == []
