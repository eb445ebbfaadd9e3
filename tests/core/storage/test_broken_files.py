"""Files we cannot read safely are reported (path, line, reason) and never rewritten."""

from __future__ import annotations

from pathlib import Path

import pytest

from sr_editor.core.article.article import Article
from sr_editor.core.article.frontmatter import MAX_ARTICLE_BYTES, read_article_file
from sr_editor.core.digest import sha256_hex
from sr_editor.core.errors import BrokenArticleError, ExternalChangeError
from sr_editor.core.storage.store import ArticleStore
from sr_editor.core.storage.workspace import Workspace


def write_bundle(root: Path, name: str, data: bytes) -> Path:
    bundle = root / name
    bundle.mkdir()
    (bundle / "index.md").write_bytes(data)
    return bundle


def load_error(root: Path, data: bytes) -> BrokenArticleError:
    bundle = write_bundle(root, "broken", data)
    with pytest.raises(BrokenArticleError) as info:
        ArticleStore(root).load(bundle)
    assert info.value.path == bundle / "index.md"
    assert str(bundle / "index.md") in str(info.value)
    return info.value


def test_bad_yaml_names_the_line(workspace_dir: Path) -> None:
    error = load_error(workspace_dir, b"---\ntitle: ok\nregions: [Asia\nslug: x\n---\nbody\n")
    assert error.line == 4
    assert "not valid YAML" in error.reason
    assert "line 4" in str(error)


def test_a_list_where_the_front_matter_mapping_belongs(workspace_dir: Path) -> None:
    error = load_error(workspace_dir, b"---\n- one\n- two\n---\nbody\n")
    assert "mapping" in error.reason and error.line == 2


def test_a_list_where_featured_image_mapping_belongs(workspace_dir: Path) -> None:
    error = load_error(workspace_dir, b"---\ntitle: T\nfeatured_image:\n  - a.jpg\n---\n")
    assert "featured_image" in error.reason and error.line == 3


def test_a_mapping_where_tags_list_belongs(workspace_dir: Path) -> None:
    error = load_error(workspace_dir, b"---\ntags: {a: 1}\n---\n")
    assert "tags" in error.reason and error.line == 2


def test_binary_data_names_the_line_of_the_nul_byte(workspace_dir: Path) -> None:
    error = load_error(workspace_dir, b"---\ntitle: T\n---\nline\n\x00\x01\x02")
    assert "binary" in error.reason and error.line == 5


def test_non_utf8_names_the_offending_byte_and_line(workspace_dir: Path) -> None:
    error = load_error(workspace_dir, "---\ntitle: Piñera\n---\n".encode("latin-1"))
    assert "UTF-8" in error.reason and "0xf1" in error.reason and error.line == 2


def test_a_file_over_20_mb_is_not_opened(workspace_dir: Path) -> None:
    error = load_error(workspace_dir, b"---\ntitle: T\n---\n" + b"a" * MAX_ARTICLE_BYTES)
    assert "MB" in error.reason


def test_a_missing_closing_delimiter(workspace_dir: Path) -> None:
    error = load_error(workspace_dir, b"---\ntitle: T\nbody without end\n")
    assert "closing" in error.reason and error.line == 1


def test_an_alias_bomb_is_refused_quickly(workspace_dir: Path) -> None:
    lines = ["---", "a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 9)]
    error = load_error(workspace_dir, ("\n".join([*lines, "---", ""])).encode())
    assert "values" in error.reason


def test_deep_nesting_is_refused(workspace_dir: Path) -> None:
    error = load_error(workspace_dir, b"---\nx: " + b"[" * 5000 + b"]" * 5000 + b"\n---\n")
    assert "nested" in error.reason or "YAML" in error.reason


def test_an_unreadable_file_is_reported_broken(workspace_dir: Path) -> None:
    bundle = write_bundle(workspace_dir, "dir-index", b"")
    (bundle / "index.md").unlink()
    (bundle / "index.md").mkdir()
    with pytest.raises(BrokenArticleError):
        read_article_file(bundle / "index.md")


def test_a_broken_file_is_never_rewritten_by_save(workspace_dir: Path) -> None:
    data = b"---\ntitle: [unclosed\n---\nprecious text\n"
    bundle = write_bundle(workspace_dir, "broken", data)
    store = ArticleStore(workspace_dir)
    for expected in (None, sha256_hex(b"something else")):
        with pytest.raises(ExternalChangeError):
            store.save(bundle, Article(meta={"title": "T"}, body="new"), expected)
    assert (bundle / "index.md").read_bytes() == data


def test_a_broken_file_is_listed_with_its_reason_and_the_listing_goes_on(workspace_dir: Path) -> None:
    write_bundle(workspace_dir, "a-broken", b"---\ntitle: [x\n---\n")
    write_bundle(workspace_dir, "b-fine", b"---\ntitle: Fine\n---\n")
    rows = Workspace(workspace_dir).list_articles()
    assert [r.slug for r in rows] == ["a-broken", "b-fine"]
    assert rows[0].broken is not None and rows[0].broken.startswith("line ")
    assert rows[1].broken is None and rows[1].title == "Fine"


def test_a_key_written_twice_is_broken_rather_than_silently_dropped(workspace_dir: Path) -> None:
    error = load_error(workspace_dir, b"---\ntitle: First\nstatus: draft\ntitle: Second\n---\n")
    assert error.line == 4 and "'title' appears twice (first on line 2)" in error.reason


def test_yaml_merge_keys_may_override_without_counting_as_duplicates(workspace_dir: Path) -> None:
    bundle = write_bundle(workspace_dir, "merge", b"---\nbase: &b {a: 1}\nother:\n  <<: *b\n  a: 2\n---\n")
    assert ArticleStore(workspace_dir).load(bundle).article.meta["other"] == {"a": 2}
