"""Front matter a writer typed by hand: a misspelt key is named with the key meant; an unclosed quote is reported
at the line where the quoted text starts."""

from __future__ import annotations

from pathlib import Path

import pytest

from sr_editor.cli.main import main
from sr_editor.core.article.frontmatter import parse_article
from sr_editor.core.errors import BrokenArticleError
from sr_editor.core.storage.samples import create_sample_workspace


def _check(tmp_path: Path, capsys: pytest.CaptureFixture[str], front: str) -> str:
    bundle = tmp_path / "ws" / "story"
    bundle.mkdir(parents=True)
    (bundle / "index.md").write_text(f"---\n{front}---\nBody.\n", encoding="utf-8")
    main(["check", "--workspace", str(tmp_path / "ws")])
    return capsys.readouterr().out


def test_a_misspelt_key_is_a_warning_naming_the_key_meant_at_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = _check(tmp_path, capsys, "titel: Haiti today\nexcerpt: A teaser.\nregions: [Asia]\n")
    assert "index.md:2: warning [front-matter-unknown-key] Unknown key 'titel' (did you mean 'title'?)" in out


def test_a_top_level_alt_is_said_to_belong_to_the_featured_image(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = _check(tmp_path, capsys, "title: T\nalt: A crowd in the square\nregions: [Asia]\n")
    assert "index.md:3: warning [front-matter-unknown-key] Unknown key 'alt' (did you mean 'alt' under " \
           "'featured_image'?)" in out


def test_a_misspelt_key_of_the_featured_image_is_named_too(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = _check(tmp_path, capsys, "title: T\nfeatured_image:\n  src: a.jpg\n  captoin: The crowd\n")
    assert "Unknown key 'featured_image.captoin' (did you mean 'caption'?)" in out


def test_the_keys_sr_editor_writes_are_not_unknown(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    create_sample_workspace(tmp_path / "samples")
    main(["check", "--workspace", str(tmp_path / "samples")])
    out = _check(tmp_path, capsys, "title: T\nlang: es\ndate: 2026-12-01\nslug: t\nauthor: ana\nstatus: draft\n"
                 "tags: [Haiti]\nremote: {}\n")
    assert "front-matter-unknown-key" not in out


def test_an_unclosed_quote_is_reported_at_the_line_where_it_starts() -> None:
    text = '---\ntitle: A title\nexcerpt: "An unclosed teaser\nregions: [Asia]\nstatus: draft\n---\nBody\n'
    with pytest.raises(BrokenArticleError) as info:
        parse_article(text)
    assert info.value.line == 3 and "line 3" in str(info.value) and "never closed" in str(info.value)
