"""The fast front-matter reader: it gives exactly what the safe YAML loader gives, or hands over to it."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sr_editor.core.article import frontmatter
from sr_editor.core.article.frontmatter import parse_article
from sr_editor.core.article.frontmatter_fast import NOT_SIMPLE, load_simple
from sr_editor.core.errors import BrokenArticleError

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# Pieces of lines, the usual ones and the hostile ones, glued into front matters at random.
_words = st.sampled_from([
    "Haiti", "Latin America", "yes", "No", "on", "null", "~", "true", "False", "2021-02-28", "12", "0x1f", ".5",
    ".inf", "-x", "a: b", "x #c", "C#", "a'b", "it''s", "http://x.org", "&a", "*a", "!!str x", "|", ">", "@x",
    "`x`", "%x", "é", "日本", "a\u0085b", "a\u2028b", "\x00", "<<", "=", "a,b", "[a]", "{a: 1}", " ", "",
])
_keys = st.sampled_from(["title", "tags", "regions", "featured_image", "alt", "yes", "null", "on", "a b", "1",
                         "x-y", "_k", "<<", "title"])
_values = st.one_of(
    _words,
    _words.map(lambda w: f"'{w}'"),
    _words.map(lambda w: f'"{w}"'),
    st.lists(_words, max_size=3).map(lambda ws: "[" + ", ".join(ws) + "]"),
)
_lines = st.one_of(
    st.tuples(st.sampled_from(["", "  ", "    ", "\t"]), _keys, st.sampled_from([": ", ":", ":  ", " : "]),
              _values, st.sampled_from(["", " ", " # note", "\r"])).map("".join),
    st.sampled_from(["", "# a comment", "  # indented comment", "- item", "...", "%YAML 1.1", "key"]),
)
_fronts = st.lists(_lines, max_size=8).map(lambda lines: "".join(f"{line}\n" for line in lines))
# Mostly what the fast reader takes, so that most examples compare two values rather than one refusal.
_near_words = st.sampled_from(["Haiti", "Latin America", "yes", "No", "OFF", "null", "Null", "~", "C#", "a'b", "é",
                               "http://x.org", "a  b", "x.y", "Perú", "12", "it''s", "<b>", "a,b", ""])
_near_values = st.one_of(
    _near_words, _near_words.map(lambda w: f"'{w}'"), _near_words.map(lambda w: f'"{w}"'),
    st.lists(_near_words, max_size=3).map(lambda ws: "[" + ", ".join(ws) + "]"),
)
_near_lines = st.one_of(
    st.tuples(st.sampled_from(["", "", "  "]), st.sampled_from(["title", "tags", "alt", "src", "on", "x_1"]),
              st.sampled_from([": ", ":"]), _near_values, st.sampled_from(["", "  "])).map("".join),
    st.sampled_from(["", "# note", "featured_image:"]),
)
_near_fronts = st.lists(_near_lines, max_size=8).map(lambda lines: "".join(f"{line}\n" for line in lines))


@settings(max_examples=1500, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.one_of(_fronts, _near_fronts))
def test_whatever_the_fast_reader_accepts_reads_as_the_yaml_loader_reads_it(front: str) -> None:
    fast = load_simple(front)
    if fast is NOT_SIMPLE:
        return
    assert fast == (yaml.load(front, Loader=_Loader) or {})


def test_the_common_front_matter_is_read_without_the_yaml_loader() -> None:
    front = ("title: 'Story 1: a headline'\nslug: story-1\nstatus: draft\nregions: [Latin America]\ntags: []\n"
             "featured_image:\n  src: photo.jpg\n  alt:\n  decorative: false\n")
    assert load_simple(front) == yaml.load(front, Loader=_Loader)


@pytest.mark.parametrize("front", [
    "date: 2021-02-28\n", "count: 12\n", "a: &x 1\nb: *x\n", "title: x\ntitle: y\n", "yes: 1\n",
    "title: !!binary aGk=\n", "title: a\n  continued\n", "tags:\n  - Haiti\n", "title:\tx\n", "a:\n  b:\n    c: d\n",
    "title: x # comment\n", 'title: "a\\tb"\n', "tags: [a, 1]\n", "title: \x85x\n",
])
def test_anything_else_goes_to_the_yaml_loader(front: str) -> None:
    assert load_simple(front) is NOT_SIMPLE


def test_a_key_written_twice_still_gets_its_sentence_and_line() -> None:
    with pytest.raises(BrokenArticleError) as caught:
        parse_article("---\ntitle: a\nslug: b\ntitle: c\n---\nbody\n")
    assert caught.value.line == 4
    assert "title" in caught.value.reason and "twice" in caught.value.reason


def test_a_wrong_shape_read_by_the_fast_reader_still_gets_its_sentence() -> None:
    with pytest.raises(BrokenArticleError) as caught:
        parse_article("---\ntitle: a\nregions: Latin America\n---\nbody\n")
    assert caught.value.line == 3 and "regions" in caught.value.reason


def test_reading_the_front_matter_stops_at_its_closing_line(tmp_path: Path) -> None:
    path = tmp_path / "index.md"
    path.write_bytes(b"---\ntitle: Kept\n---\n" + b"\xff\x00 not text at all" * 10_000)
    article = frontmatter.read_front_matter(path, path.stat().st_size)
    assert article.title == "Kept" and article.body == ""


def test_a_front_matter_longer_than_the_first_read_is_read_in_steps(tmp_path: Path) -> None:
    path = tmp_path / "index.md"
    path.write_text("---\ntitle: Long\nexcerpt: " + "word " * 10_000 + "\n---\nbody\n", encoding="utf-8")
    assert frontmatter.read_front_matter(path, path.stat().st_size).title == "Long"


@pytest.mark.parametrize("text", [
    b"---\ntitle: a\nregions: Latin America\n---\nbody\n",  # a wrong shape
    b"---\ntitle: \xff\n---\nbody\n",  # not UTF-8 in the front matter
    b"---\ntitle: 'never closed\n---\nbody\n",
    b"---\ntitle: open front matter\n",  # no closing line: read whole, same sentence
])
def test_the_front_matter_alone_breaks_with_the_same_sentence_as_the_whole_file(tmp_path: Path, text: bytes) -> None:
    path = tmp_path / "index.md"
    path.write_bytes(text)
    with pytest.raises(BrokenArticleError) as whole:
        frontmatter.read_article_file(path)
    with pytest.raises(BrokenArticleError) as head:
        frontmatter.read_front_matter(path, len(text))
    assert (head.value.reason, head.value.line) == (whole.value.reason, whole.value.line)


def test_a_simple_front_matter_with_too_many_values_is_refused_as_the_yaml_loader_refuses_it() -> None:
    names = ", ".join(["a"] * (frontmatter.MAX_FRONT_MATTER_NODES + 10))
    with pytest.raises(BrokenArticleError) as caught:
        parse_article(f"---\ntitle: x\ntags: [{names}]\n---\nbody\n")
    assert "more than" in caught.value.reason
