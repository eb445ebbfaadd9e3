"""The British-only word list on disk (untrusted on read) and in memory (one bytes object and a small index)."""

from __future__ import annotations

import errno
import hashlib
import itertools
import logging
import os
import string
import threading
import zlib
from pathlib import Path

import pytest

from sr_editor.core.spelling import british_words
from sr_editor.core.spelling.british_words import (
    MAGIC,
    BritishWords,
    decode_list,
    dictionary_files,
    encode_list,
    list_key,
    read_list,
    write_list,
)

KEY = "a" * 64
WORDS = ["colour", "colours", "neighbour's", "Labour", "organise", "théâtre"]


def packed(blob: bytes, key: str = KEY) -> bytes:
    digest = hashlib.sha256(blob).hexdigest().encode()
    return MAGIC + key.encode() + b"\n" + digest + b"\n" + zlib.compress(blob)


def test_every_listed_word_is_found_and_no_other() -> None:
    many = ["w" + "".join(letters) for letters in itertools.product(string.ascii_lowercase, repeat=3)]
    words = decode_list(encode_list(KEY, many), KEY)
    assert len(words) == len(many) == 17_576
    assert all(w in words for w in many)
    assert not any(w + "z" in words or w[1:] in words or w[:-1] in words for w in many)


def test_a_lower_case_entry_passes_capitalised_and_in_capitals_but_not_the_other_way() -> None:
    words = decode_list(encode_list(KEY, WORDS), KEY)
    assert words.accepts("colour") and words.accepts("Colour") and words.accepts("COLOUR")
    assert words.accepts("Labour") and words.accepts("LABOUR") and not words.accepts("labour")
    assert not words.accepts("cOlour") and not words.accepts("colou") and not words.accepts("")


def test_curly_apostrophes_count_as_straight_ones() -> None:
    words = decode_list(encode_list(KEY, WORDS), KEY)
    assert words.accepts("neighbour’s") and words.accepts("Neighbour’s")


def test_forms_the_editor_never_asks_about_are_not_kept() -> None:
    words = decode_list(encode_list(KEY, [*WORDS, "1080p", "well-known", "'tis", "o'", ""]), KEY)
    assert len(words) == len(WORDS)


def test_a_list_made_from_other_dictionaries_is_stale(tmp_path: Path) -> None:
    write_list(tmp_path / "list", KEY, WORDS)
    assert read_list(tmp_path / "list", KEY) is not None
    assert read_list(tmp_path / "list", "b" * 64) is None


@pytest.mark.parametrize("data", [
    b"",
    b"not a list at all",
    MAGIC + KEY.encode() + b"\n",
    packed(b"colour\n")[:-4],  # truncated
    packed(b"colour\n") + b"more",
    packed(b"colour\n").replace(hashlib.sha256(b"colour\n").hexdigest().encode(), b"0" * 64),
    packed(b"colour\nabc1\n"),  # a digit
    packed(b"colour\n\ncolours\n"),  # an empty line
    packed(b"colour\n'tis\n"),
    packed(b"colour"),  # no final newline
    packed(b"col\xffour\n"),  # not UTF-8
    packed(b"c" * (british_words.MAX_WORDS_BYTES + 1) + b"\n"),  # compresses small, unpacks too big
], ids=["empty", "other", "header only", "truncated", "trailing", "digest", "digit", "blank", "apostrophe",
        "unterminated", "latin-1", "bomb"])
def test_an_odd_file_is_ignored_with_one_log_line(tmp_path: Path, data: bytes,
                                                   caplog: pytest.LogCaptureFixture) -> None:
    (tmp_path / "list").write_bytes(data)
    with caplog.at_level(logging.WARNING):
        assert read_list(tmp_path / "list", KEY) is None
    assert len(caplog.records) == 1


def test_a_huge_file_is_not_read_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(british_words, "MAX_FILE_BYTES", 1000)
    (tmp_path / "list").write_bytes(packed(b"colour\n") + b"x" * 2000)
    assert read_list(tmp_path / "list", KEY) is None


def test_a_folder_or_a_pipe_in_the_lists_place_is_ignored(tmp_path: Path) -> None:
    (tmp_path / "folder").mkdir()
    os.mkfifo(tmp_path / "pipe")
    assert read_list(tmp_path / "folder", KEY) is None
    assert read_list(tmp_path / "pipe", KEY) is None  # returns: opening a pipe would wait for a writer


def test_a_full_disk_leaves_the_old_list_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "spelling" / "list"
    write_list(path, KEY, WORDS)

    def full(fd: int, data: bytes) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "write", full)
    with pytest.raises(OSError):
        write_list(path, KEY, ["grey"])
    monkeypatch.undo()
    words = read_list(path, KEY)
    assert words is not None and "colour" in words and "grey" not in words
    assert os.listdir(path.parent) == ["list"]  # no temp file left


def test_two_writers_at_once_leave_one_whole_list(tmp_path: Path) -> None:
    path = tmp_path / "list"
    first, second = [f"colour{'s' * i}" for i in range(3000)], [f"grey{'s' * i}" for i in range(3000)]
    threads = [threading.Thread(target=write_list, args=(path, KEY, words)) for words in (first, second) * 3]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    words = read_list(path, KEY)
    assert words is not None and len(words) == 3000
    assert all(w in words for w in first) or all(w in words for w in second)


def test_the_dictionaries_are_found_in_the_first_folder_holding_both_files(tmp_path: Path) -> None:
    user, system = tmp_path / "user", tmp_path / "system"
    for folder in (user, system):
        folder.mkdir()
        (folder / "en_GB.dic").write_text("1\ncolour\n", encoding="utf-8")
    (system / "en_GB.aff").write_text("SET UTF-8\n", encoding="utf-8")
    assert dictionary_files("en_GB", [user, system]) == (system / "en_GB.aff", system / "en_GB.dic")
    assert dictionary_files("en_AU", [user, system]) is None


def test_the_user_enchant_folder_is_searched_before_the_system_ones(monkeypatch: pytest.MonkeyPatch,
                                                                    tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    monkeypatch.setenv("XDG_DATA_DIRS", "/opt/share")
    dirs = british_words.dictionary_dirs()
    assert dirs[0] == tmp_path / "enchant" / "hunspell"
    assert Path("/opt/share/hunspell") in dirs and Path("/usr/share/hunspell") in dirs


def test_the_key_changes_when_a_dictionary_file_is_replaced(tmp_path: Path) -> None:
    files = [tmp_path / name for name in ("en_US.aff", "en_US.dic", "en_GB.aff", "en_GB.dic")]
    for file in files:
        file.write_text("1\n", encoding="utf-8")
    before = list_key(files)
    assert list_key(files) == before
    os.utime(files[3], ns=(0, 1_000_000_000))
    assert list_key(files) != before


def test_the_words_take_one_bytes_object_and_a_small_index() -> None:
    words = BritishWords(b"".join(f"w{i:06d}x\n".encode() for i in range(100_000)).replace(b"0", b"o"))
    assert words.nbytes < 1_000_000 + 200_000


def test_the_list_lives_in_the_users_cache_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from sr_editor import paths

    monkeypatch.delenv("SR_EDITOR_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert british_words.list_path(paths.cache_dir()) == tmp_path / "sr-editor" / "spelling" / "en_GB-only.words"
    monkeypatch.setenv("SR_EDITOR_CACHE_DIR", str(tmp_path / "elsewhere"))
    assert paths.cache_dir() == tmp_path / "elsewhere"
