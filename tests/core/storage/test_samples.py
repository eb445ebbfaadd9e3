"""The sample workspace: parseable articles, real images, and deliberate problems for the checks to show."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from sr_editor.core.article.frontmatter import read_article_file
from sr_editor.core.storage.samples import create_sample_workspace


def test_samples_parse_and_every_referenced_image_exists(tmp_path: Path) -> None:
    bundles = create_sample_workspace(tmp_path / "ws")
    assert 4 <= len(bundles) <= 6
    for bundle in bundles:
        article, _ = read_article_file(bundle / "index.md")
        assert article.title and article.featured_image is not None
        assert (bundle / article.featured_image.src).is_file()
        with Image.open(bundle / article.featured_image.src) as image:
            assert image.width >= 900


def test_creating_samples_again_leaves_edited_articles_alone(tmp_path: Path) -> None:
    root = tmp_path / "ws"
    bundle = create_sample_workspace(root)[0]
    (bundle / "index.md").write_text("---\ntitle: Mine\n---\nedited\n", encoding="utf-8")
    create_sample_workspace(root)
    assert (bundle / "index.md").read_text(encoding="utf-8").endswith("edited\n")
