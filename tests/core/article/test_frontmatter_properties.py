"""Property tests: what we write we read back identically, and a file we wrote is reproduced byte for byte."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sr_editor.core.article.article import Article
from sr_editor.core.article.frontmatter import parse_article, serialize_article

# Text YAML and UTF-8 can carry: no surrogates (not encodable).
_text = st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=40)
_scalars = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-(2**63), max_value=2**63),
    st.floats(allow_nan=False), _text,
)
_values: st.SearchStrategy[Any] = st.recursive(
    _scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(_text, inner, max_size=4)
    ),
    max_leaves=12,
)
# Keys the model checks by type get values of their type; the rest is free-form (unknown keys).
_known = st.fixed_dictionaries(
    {},
    optional={
        "title": _text, "slug": _text, "excerpt": _text, "status": _text, "author": _text,
        "regions": st.lists(_text, max_size=3), "tags": st.lists(_text, max_size=3),
        "featured_image": st.dictionaries(_text.filter(lambda k: k != "decorative"), _scalars, max_size=4),
        "remote": st.dictionaries(_text, _values, max_size=3),
    },
)
_unknown = st.dictionaries(
    _text.filter(lambda k: k not in {"title", "slug", "excerpt", "status", "author", "regions", "tags", "date",
                                     "featured_image", "remote"}),
    _values, max_size=5,
)
_line = st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=30)
_body = st.one_of(
    st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=200),
    # Markdown-ish bodies with chosen line endings, trailing spaces, '---' rules, no final newline.
    st.builds(
        lambda lines, nl, end: nl.join(lines) + end,
        st.lists(st.one_of(_line, st.just("---"), st.just("text   "), st.just("")), max_size=8),
        st.sampled_from(["\n", "\r\n"]), st.sampled_from(["", "\n", "\r\n", "  "]),
    ),
)


@st.composite
def articles(draw: st.DrawFn) -> Article:
    meta = dict(draw(_known))
    for key, value in draw(_unknown).items():
        meta.setdefault(key, value)
    return Article(meta=meta, body=draw(_body), newline=draw(st.sampled_from(["\n", "\r\n"])))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles())
def test_parse_of_serialize_gives_the_same_article(article: Article) -> None:
    assert parse_article(serialize_article(article)) == article


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles())
def test_serialize_of_parse_reproduces_a_file_we_wrote_byte_for_byte(article: Article) -> None:
    text = serialize_article(article)
    assert serialize_article(parse_article(text)) == text


@settings(max_examples=200, deadline=None)
@given(articles(), _unknown)
def test_unknown_keys_keep_their_order_through_an_edit(article: Article, extra: dict[str, Any]) -> None:
    parsed = parse_article(serialize_article(article))
    parsed.title = "Changed"
    again = parse_article(serialize_article(parsed))
    assert [k for k in again.meta if k != "title"] == [k for k in parsed.meta if k != "title"]
    assert again.meta == parsed.meta


@settings(max_examples=200, deadline=None)
@given(articles())
def test_a_crlf_article_stays_crlf_after_an_edit_of_its_metadata(article: Article) -> None:
    article.newline = "\r\n"
    parsed = parse_article(serialize_article(article))
    parsed.meta["edited"] = True
    text = serialize_article(parsed)
    head = text[: len(text) - len(parsed.body)]
    assert "\n" not in head.replace("\r\n", "")
