"""A writer's comments, key order and quoting survive every change the app makes to the front matter
(issue 10 item 16): metadata edits in the window, `remote:` written back by a publish, a rename's new slug."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sr_editor.core.article.article import Article, FeaturedImage
from sr_editor.core.article.frontmatter import parse_article, same_value, serialize_article
from sr_editor.core.storage.store import ArticleStore

HAND_WRITTEN = """---
# Edited by hand: keep these notes
title: "Haiti: The Fight against Dictatorship"   # the headline
slug: haiti-fight
excerpt: 'It''s the teaser'
status: draft               # draft | review | ready | published
regions: [Latin America]    # one region
tags:
  - Haiti                   # the country
  - "Cuba"
my_note: keep me            # a key the app does not know
featured_image:
  src: crowd.jpg            # a file inside the bundle
  alt: "Protesters fill a street"
  decorative: false
---
Body.
"""

_word = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=8)
_phrase = st.lists(_word, min_size=1, max_size=4).map(" ".join)
_NAMES = ["Latin America", "Africa", "Europe", "Haiti", "Chile", "Cuba", "Perú"]


def _quoted(draw: st.DrawFn, text: str) -> str:
    style = draw(st.sampled_from(["plain", "double", "single"]))
    return {"plain": text, "double": f'"{text}"', "single": f"'{text}'"}[style]


def _names(draw: st.DrawFn, key: str) -> list[str]:
    names = draw(st.lists(st.sampled_from(_NAMES), min_size=1, max_size=3, unique=True))
    if draw(st.booleans()):
        return [f"{key}: [{', '.join(names)}]"]
    indent = draw(st.sampled_from(["", "  "]))
    return [f"{key}:"] + [f"{indent}- {_quoted(draw, n)}" for n in names]


@st.composite
def hand_written(draw: st.DrawFn) -> tuple[str, dict[str, str]]:
    """Front matter as people type it: any key order, comments after values and on their own lines,
    quoted and plain strings, flow and block lists, a nested mapping, keys the app does not know."""
    parts: dict[str, list[str]] = {
        "title": [f"title: {_quoted(draw, draw(_phrase).title())}"],
        "slug": [f"slug: {draw(_word)}"],
        "excerpt": [f"excerpt: {_quoted(draw, draw(_phrase))}"],
        "status": [f"status: {draw(st.sampled_from(['draft', 'review', 'ready']))}"],
        "author": [f"author: {_quoted(draw, draw(_word))}"],
        "regions": _names(draw, "regions"),
        "tags": _names(draw, "tags"),
        "featured_image": ["featured_image:", f"  src: {draw(_word)}.jpg", f"  alt: {_quoted(draw, draw(_phrase))}"],
        "extra": [f"extra_{draw(_word)}: {_quoted(draw, draw(_phrase))}"],
    }
    keys = draw(st.permutations(list(parts)))
    lines: list[str] = []
    blocks: dict[str, str] = {}
    for number, key in enumerate(keys):
        if draw(st.booleans()):
            lines.append(f"# note {number} before {key}")
        block = list(parts[key])
        if draw(st.booleans()):
            block[0] += f"   # comment {number}"
        lines += block
        blocks[block[0].split(":", 1)[0]] = "\n".join(block) + "\n"
    return "---\n" + "\n".join(lines) + "\n---\nBody.\n", blocks


def _set_remote(article: Article) -> None:
    article.set_remote_for("production", {"uid": "u1", "post_id": 1234, "link": "https://example.org/?p=1234",
                                          "media": {"crowd.jpg": {"id": 77, "sha256": "ab" * 32}}})


def _featured(article: Article) -> None:
    image = article.featured_image or FeaturedImage(src="new.jpg")
    image.alt, image.credit, image.caption = "A described photo", "AP", "At the square"
    article.featured_image = image


CHANGES: dict[str, Callable[[Article], None]] = {
    "title": lambda a: setattr(a, "title", "A new: headline"),
    "excerpt": lambda a: setattr(a, "excerpt", "A new teaser, with 'quotes'"),
    "status": lambda a: setattr(a, "status", "review"),
    "author": lambda a: setattr(a, "author", "someone-else"),
    "slug": lambda a: setattr(a, "slug", "renamed-slug"),
    "regions": lambda a: setattr(a, "regions", [*a.regions, "Asia"]),
    "tags": lambda a: setattr(a, "tags", ["Chile", *a.tags[1:]]),
    "featured_image": _featured,
    "remote": _set_remote,
    "second remote": lambda a: (_set_remote(a), a.set_remote_for("staging", {"post_id": 9})),
}


def _comments(text: str) -> list[str]:
    return re.findall(r"# (?:note|comment) \d+[^\n]*", text)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hand_written(), st.lists(st.sampled_from(sorted(CHANGES)), min_size=1, max_size=3))
def test_comments_order_and_quoting_survive_every_change_we_make(
    source: tuple[str, dict[str, str]], changes: list[str]
) -> None:
    text, blocks = source
    article = parse_article(text)
    original = parse_article(text).meta
    before_keys = list(article.meta)
    for change in changes:
        CHANGES[change](article)
    written = serialize_article(article)
    again = parse_article(written)
    assert same_value(again.meta, article.meta)  # the change itself is there, nothing else moved
    assert _comments(written) == _comments(text)
    assert [k for k in again.meta if k in before_keys] == before_keys
    for key, block in blocks.items():  # an unchanged value keeps its lines: quoting, spacing, comment
        if key in article.meta and same_value(article.meta[key], original[key]):
            assert "\n" + block in written, (block, written)


def test_a_status_change_keeps_the_hand_written_file_except_that_line() -> None:
    article = parse_article(HAND_WRITTEN)
    article.status = "review"
    assert serialize_article(article) == HAND_WRITTEN.replace(
        "status: draft               #", "status: review              #"
    )


def test_a_publish_write_back_through_the_store_keeps_comments_and_quotes(workspace_dir: Path) -> None:
    bundle = workspace_dir / "haiti-fight"
    bundle.mkdir()
    (bundle / "index.md").write_text(HAND_WRITTEN, encoding="utf-8")
    store = ArticleStore(workspace_dir)
    loaded = store.load(bundle)
    _set_remote(loaded.article)
    digest = store.save(bundle, loaded.article, loaded.disk_hash, reason="publish")
    loaded.article.set_remote_for("production", {**loaded.article.remote_for("production"), "status": "publish"})
    store.save(bundle, loaded.article, digest, reason="publish")
    text = (bundle / "index.md").read_text(encoding="utf-8")
    head, _ = text.split("remote:", 1)
    assert head == HAND_WRITTEN.split("---\nBody.")[0]
    assert "status: publish" in text and text.endswith("---\nBody.\n")


def test_a_crlf_hand_written_file_keeps_its_comments_and_line_endings() -> None:
    article = parse_article(HAND_WRITTEN.replace("\n", "\r\n"))
    article.tags = ["Haiti", "Cuba", "Chile"]
    written = serialize_article(article)
    assert "\n" not in written.replace("\r\n", "")
    assert "# the country" in written and '"Cuba"' in written and "Chile" in written


def test_a_front_matter_ruamel_cannot_edit_faithfully_is_still_written_correctly() -> None:
    article = parse_article("---\nbase: &b {x: 1}\nother:\n  <<: *b\n  y: 2\ntitle: T  # c\n---\n")
    article.title = "U"
    assert parse_article(serialize_article(article)).meta == article.meta
