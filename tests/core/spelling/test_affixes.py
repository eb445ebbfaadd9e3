"""Expanding a Hunspell dictionary's roots by its affix rules (small dictionaries written here)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sr_editor.core.spelling.affixes import AffixFileError, parse_affixes, word_forms

AFF = """SET UTF-8
NEEDAFFIX X
ONLYINCOMPOUND _
FORBIDDENWORD !
KEEPCASE K
PFX U Y 1
PFX U 0 un .
PFX R N 1
PFX R 0 re .
SFX D Y 3
SFX D y ied [^aeiou]y
SFX D 0 ed [^y]
SFX D 0 ed [aeiou]y
SFX G Y 1
SFX G 0 ing .
SFX S Y 1
SFX S 0 s .
SFX A Y 1
SFX A 0 s/B .
SFX B Y 1
SFX B 0 x .
SFX L Y 1
SFX L long short .
"""


def forms(tmp_path: Path, dic: str, aff: str = AFF) -> set[str]:
    (tmp_path / "t.aff").write_text(aff, encoding="utf-8")
    lines = dic.strip().splitlines()
    (tmp_path / "t.dic").write_text("\ufeff" + f"{len(lines)}\n" + "\n".join(lines) + "\n", encoding="utf-8")
    return set(word_forms(tmp_path / "t.aff", tmp_path / "t.dic"))


def test_a_suffix_strips_adds_and_applies_only_where_its_condition_matches(tmp_path: Path) -> None:
    assert forms(tmp_path, "cry/D\nplay/D\nwalk/D") == {"cry", "cried", "play", "played", "walk", "walked"}


def test_a_prefix_and_a_suffix_combine_only_when_both_allow_cross_products(tmp_path: Path) -> None:
    assert forms(tmp_path, "do/UG") == {"do", "undo", "doing", "undoing"}
    assert forms(tmp_path, "do/RG") == {"do", "redo", "doing"}


def test_a_suffix_whose_continuation_class_names_another_takes_it_too(tmp_path: Path) -> None:
    assert forms(tmp_path, "foo/A") == {"foo", "foos", "foosx"}


def test_a_needaffix_root_is_listed_only_with_an_affix(tmp_path: Path) -> None:
    assert forms(tmp_path, "bar/XS") == {"bars"}


def test_compound_only_forbidden_and_keepcase_roots_are_left_out(tmp_path: Path) -> None:
    assert forms(tmp_path, "part/_S\ncolor/!S\nNASA/KS\nok") == {"ok"}


def test_a_form_that_is_a_forbidden_word_is_left_out(tmp_path: Path) -> None:
    assert forms(tmp_path, "qu/S\nqus/!") == {"qu"}


def test_a_rule_never_strips_the_whole_root(tmp_path: Path) -> None:
    assert forms(tmp_path, "long/L\nbelong/L") == {"long", "belong", "beshort"}


def test_escaped_slashes_morphological_fields_and_blank_lines_are_read(tmp_path: Path) -> None:
    assert forms(tmp_path, "and\\/or\nwalk/G\tpo:verb\n\nsing st:sing") == {"and/or", "walk", "walking", "sing"}


def test_long_and_numeric_flags_and_flag_aliases_are_read(tmp_path: Path) -> None:
    long_aff = "FLAG long\nSFX Aa Y 1\nSFX Aa 0 s .\nSFX Bb Y 1\nSFX Bb 0 ed .\n"
    assert forms(tmp_path, "walk/AaBb", long_aff) == {"walk", "walks", "walked"}
    num_aff = "FLAG num\nSFX 12 Y 1\nSFX 12 0 s .\n"
    assert forms(tmp_path, "walk/12,7", num_aff) == {"walk", "walks"}
    alias_aff = "AF 1\nAF S\nSFX S Y 1\nSFX S 0 s .\n"
    assert forms(tmp_path, "walk/1", alias_aff) == {"walk", "walks"}


def test_a_file_in_a_latin_1_encoding_is_decoded_as_its_set_line_says(tmp_path: Path) -> None:
    (tmp_path / "t.aff").write_bytes("SET ISO8859-1\nSFX S Y 1\nSFX S 0 s .\n".encode("latin-1"))
    (tmp_path / "t.dic").write_bytes("1\ncafé/S\n".encode("latin-1"))
    assert set(word_forms(tmp_path / "t.aff", tmp_path / "t.dic")) == {"café", "cafés"}


def test_an_unknown_encoding_or_a_broken_condition_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "a.aff").write_text("SET KLINGON-8\n", encoding="utf-8")
    with pytest.raises(AffixFileError):
        parse_affixes(tmp_path / "a.aff")
    (tmp_path / "b.aff").write_text("SFX S Y 1\nSFX S 0 s [ab\n", encoding="utf-8")
    with pytest.raises(AffixFileError):
        parse_affixes(tmp_path / "b.aff")
