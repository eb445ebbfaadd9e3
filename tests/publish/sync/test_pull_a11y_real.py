"""The seed posts pulled from the real WordPress (block markup as its editor saves it) raise none of the
accessibility rules: good writing stays quiet."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import wpsite
from pull_helpers import create_post, pull, upload

from sr_editor.core.article.frontmatter import read_article_file
from sr_editor.core.checks.a11y import check_accessibility

pytestmark = pytest.mark.wordpress


def test_pulled_seed_posts_raise_no_accessibility_rule(
    client_as: Any, wordpress: wpsite.WordPressSite, workspace_dir: Path, unique: str
) -> None:
    author = client_as("author")
    latin = wordpress.categories["Latin America"]
    photo = upload(author, f"assembly-{unique}.jpg", (20, 90, 160), "Delegates seated under a white tent",
                   "Delegates at Sucre", "Agency Andes")
    post = create_post(author, unique, "pending", [(photo, "Delegates seated under a white tent",
                                                     "Delegates at Sucre")], [latin])
    items, job = pull(client_as("editor"), workspace_dir, post["id"])
    assert [i.outcome for i in items] == ["created"] and not job.failures
    article, _ = read_article_file(items[0].bundle / "index.md")
    assert "Delegates seated under a white tent" in article.body
    assert check_accessibility(article, items[0].bundle) == []
