"""Every value YAML can build, in every known key, ends as a valid article or a broken one with line and reason.

The exact values of issue 10 item 7 crashed `list`, `check` and `render` (a traceback, nothing listed) and the
window at start; the property test feeds random scalars and tags into every known key and nested image field.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sr_editor.cli.main import main
from sr_editor.core.article.frontmatter import parse_article, same_value, serialize_article
from sr_editor.core.article.regions import load_vocabulary
from sr_editor.core.checks.lint import check_article
from sr_editor.core.errors import BrokenArticleError, UnwritableMetadataError
from sr_editor.core.render.render import render_body
from sr_editor.core.storage.workspace import Workspace

ISSUE_VALUES = [
    "2021-02-30", "2021-13-01", "2021-01-01T25:00:00Z", "2021-01-01T25:00Z", "!!float abc", "!!bool maybe",
    "!!timestamp soon", "9" * 5000, "0x" + "f" * 5000, "0b" + "1" * 20000, "1:2:3:4:5",
]
KNOWN_KEYS = ["title", "slug", "excerpt", "status", "author", "date", "regions", "tags", "featured_image", "remote"]
IMAGE_KEYS = ["src", "alt", "decorative", "caption", "credit"]
VOCABULARY = load_vocabulary()

_TAGS = [
    "", "!!str ", "!!int ", "!!float ", "!!bool ", "!!null ", "!!timestamp ", "!!binary ", "!!set ", "!!omap ",
    "!!pairs ", "!!seq ", "!!map ", "!custom ", "!!python/object:os.system ", "!!python/name:os.system ",
    "!<tag:yaml.org,2002:int> ", "!!merge ", "!!value ", "!!yaml ",
]
_WORDS = [
    "2021-02-30", "2021-02-28", "2021-2-3", "2021-01-01T10:00:00Z", "2021-01-01 10:00:00.5 +05:30",
    "2021-13-01", "0001-01-01", "9999-12-31T23:59:59.999999-24:00", "soon", "maybe", "yes", "no", "on", "off",
    "abc", ".nan", ".inf", "-.inf", "1e400", "0x1F", "0o17", "0b101", "190:20:30", "1_000", "+12", "-0", "0.",
    "9" * 4400, "0x" + "f" * 3700, "~", "null", "''", '""', "[]", "{}", "[a, b]", "{a: 1}", "{? [a]: b}",
    "[[[[a]]]]", "{a: {b: {c: [d]}}}", "'single'", '"double \\u0085 \\x00"', "|\n  block", ">-\n  folded",
    "&a x", "*a", "&b [1, 2]", "aGVsbG8=", "!!binary aGVsbG8=", "[!!binary aGVsbG8=]", "{? a}", "[a, {b: c}]",
    "!!set {a, b}", "!!omap [a: 1]", "[2021-02-30]", "[!!float abc]", "{src: !!binary aGVsbG8=}",
]
_scalar_text = st.one_of(
    st.sampled_from(_WORDS),
    st.text(alphabet=st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), max_size=12),
    st.integers().map(str),
    st.builds(lambda y, m, d: f"{y:04d}-{m:02d}-{d:02d}", st.integers(0, 9999), st.integers(0, 99), st.integers(0, 99)),
)
_value = st.builds(lambda tag, text: f"{tag}{text}", st.sampled_from(_TAGS), _scalar_text)


@st.composite
def front_matters(draw: st.DrawFn) -> str:
    lines = ["title: T"]
    for key in draw(st.lists(st.sampled_from(KNOWN_KEYS), min_size=1, max_size=4, unique=True)):
        if key == "title":
            lines = []
        if key == "featured_image" and draw(st.booleans()):
            lines.append("featured_image:")
            for sub in draw(st.lists(st.sampled_from(IMAGE_KEYS), min_size=1, max_size=3, unique=True)):
                lines.append("  " + f"{sub}: {draw(_value)}".replace("\n", "\n    "))
        elif key in ("regions", "tags") and draw(st.booleans()):
            lines.append(f"{key}:")
            lines += [f"  - {draw(_value)}".replace("\n", "\n    ") for _ in range(draw(st.integers(1, 3)))]
        else:
            lines.append(f"{key}: {draw(_value)}")
    return "---\n" + "\n".join(lines) + "\n---\nBody with [a link](https://example.org).\n"


def _use_every_accessor(text: str) -> None:
    """What list, check, render and the window do with an article; must not raise for a valid one."""
    article = parse_article(text, "index.md")
    for name in ("title", "slug", "excerpt", "status", "author", "regions", "tags", "featured_image", "remote"):
        getattr(article, name)
    json.dumps([article.title, article.excerpt, article.status, article.regions, article.tags])
    check_article(article, Path("/nonexistent-bundle"), VOCABULARY)
    render_body(article.body)
    article.status = "review"
    try:
        again = parse_article(serialize_article(article))
    except UnwritableMetadataError:
        return  # refused with a sentence, and the file is untouched
    assert same_value(again.meta, article.meta)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(front_matters())
def test_any_yaml_value_in_any_known_key_is_valid_or_broken_with_line_and_reason(text: str) -> None:
    try:
        _use_every_accessor(text)
    except BrokenArticleError as exc:
        assert exc.reason and exc.line is not None, text
        assert "index.md" in str(exc)


@pytest.mark.parametrize("value", ISSUE_VALUES)
@pytest.mark.parametrize("key", ["date", "title", "regions", "featured_image"])
def test_the_values_of_the_issue_are_broken_with_their_line_or_valid(key: str, value: str) -> None:
    text = f"---\ntitle: T\n{key}: {value}\n---\nbody\n"
    try:
        _use_every_accessor(text)
    except BrokenArticleError as exc:
        assert exc.line == 3 or (key == "title" and exc.line in (2, 3))


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("2021-02-30", "'2021-02-30' is not a date (day is out of range for month)"),
        ("2021-13-01", "'2021-13-01' is not a date (month must be in 1..12)"),
        ("2021-01-01T25:00:00Z", "'2021-01-01T25:00:00Z' is not a date (hour must be in 0..23)"),
        ("2021-01-01T25:00Z", "'date' must be a date like 2021-02-28 or 2021-02-28T10:00:00Z"),
        ("!!float abc", "'abc' is not a number"),
        ("!!bool maybe", "'maybe' is not true or false"),
        ("!!timestamp soon", "'soon' is not a date"),
        ("9" * 5000, "the number on this line has 5000 digits"),
    ],
)
def test_an_impossible_date_or_tagged_value_is_a_sentence(value: str, reason: str) -> None:
    with pytest.raises(BrokenArticleError) as info:
        parse_article(f"---\ntitle: T\ndate: {value}\n---\n", "a/index.md")
    assert info.value.line == 3
    assert info.value.reason.startswith(reason)


def test_list_check_and_render_report_every_bad_value_and_still_list_the_good_article(
    workspace_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for number, value in enumerate(ISSUE_VALUES):
        bundle = workspace_dir / f"bad-{number}"
        bundle.mkdir()
        (bundle / "index.md").write_text(f"---\ntitle: Bad\ndate: {value}\n---\nbody\n", encoding="utf-8")
    (workspace_dir / "good").mkdir()
    (workspace_dir / "good" / "index.md").write_text("---\ntitle: Good\n---\nbody\n", encoding="utf-8")
    summaries = Workspace(workspace_dir).list_articles()
    assert [s.slug for s in summaries if s.broken is None] == ["good"]
    assert all(s.broken and "line 3" in s.broken for s in summaries if s.slug != "good")
    ws = ["--workspace", str(workspace_dir)]
    assert main([*ws, "list"]) == 0
    assert main([*ws, "check"]) == 1
    out = capsys.readouterr().out
    assert "bad-0/index.md:3: error [file-broken] '2021-02-30' is not a date" in out
    assert main([*ws, "render", "bad-1"]) != 0
    assert "line 3" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("front", "words"),
    [
        ("regions: Latin America", "'regions' must be a list of names"),
        ('regions: "Latin America"', "'regions' must be a list of names"),
        ("regions: 5", "'regions' must be a list of names"),
        ("tags: Haiti", "'tags' must be a list of names"),
        ("regions: !!set {Africa}", "'regions' must be a list of names"),
        ("tags: [Haiti, [Cuba]]", "entry 2 is a list"),
        ("tags: [Haiti, true]", "entry 2 is 'true'"),
    ],
)
def test_regions_or_tags_that_are_not_a_list_of_names_are_broken(front: str, words: str) -> None:
    with pytest.raises(BrokenArticleError) as info:
        parse_article(f"---\ntitle: T\n{front}\n---\n")
    assert words in info.value.reason and info.value.line == 3


@pytest.mark.parametrize(
    ("front", "words"),
    [
        ("featured_image: {src: a.jpg, decorative: 'false'}", "'featured_image.decorative' must be true or false"),
        ("featured_image: {src: !!binary aGVsbG8=}", "'featured_image.src' must be a single value"),
        ("featured_image: {src: a.jpg, alt: [a]}", "'featured_image.alt' must be a single value"),
        ("title: !!binary aGVsbG8=", "'title' must be a single value (text), not binary data"),
        ("excerpt: !!set {a}", "'excerpt' must be a single value"),
        ("date: 5", "'date' must be a date"),
        ("remote: [a]", "'remote' must be a mapping"),
    ],
)
def test_known_keys_with_a_value_of_the_wrong_shape_are_broken(front: str, words: str) -> None:
    with pytest.raises(BrokenArticleError) as info:
        parse_article(f"---\n{front}\n---\n")
    assert words in info.value.reason and info.value.line == 2


@pytest.mark.parametrize("front", ["date: 2021-02-28", "date: 2021-02-28T10:00:00Z", "date: '2021-02-28T10:00'",
                                   "date:", "tags: [1984, Haiti]", "featured_image: {src: a.jpg, alt: 42}"])
def test_documented_shapes_stay_valid(front: str) -> None:
    parse_article(f"---\n{front}\n---\n")
