"""A real WordPress whose database holds what a hostile or broken site would send (slugs that name paths and
devices, a NUL, markup nested 5,000 deep or made of 200,000 unclosed tags): the pull writes only inside the
workspace, pulls every post, and converts in bounded time."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
import wpsite
from pull_helpers import pull
from wp_php import run_wp_php

from sr_editor.core.article.frontmatter import read_article_file
from sr_editor.core.storage.site_names import WINDOWS_RESERVED

pytestmark = pytest.mark.wordpress

# wp_insert_post would sanitize these; the post is made first and its row then rewritten as a broken or
# hostile site (a plugin, a database edited by hand, an attacker) would serve it.
MAKE_RAW_POSTS = r"""
global $wpdb;
$ids = [];
foreach ($input['posts'] as $p) {
    $id = wp_insert_post(['post_title' => $p['title'], 'post_content' => 'x', 'post_status' => 'draft',
                          'post_author' => $input['author']], true);
    if (is_wp_error($id)) { fwrite(STDERR, $id->get_error_message()); exit(1); }
    $wpdb->update($wpdb->posts, ['post_name' => $p['slug'], 'post_content' => $p['content']], ['ID' => $id]);
    clean_post_cache($id);
    $ids[] = $id;
}
echo json_encode(['ids' => $ids]);
"""


def make_raw_posts(site: wpsite.WordPressSite, posts: list[dict[str, str]]) -> list[int]:
    found = run_wp_php(site, MAKE_RAW_POSTS, {"posts": posts, "author": site.user("author").user_id})
    return [int(i) for i in found["ids"]]


def files_under(folder: Path) -> set[Path]:
    return {Path(root) / name for root, _dirs, names in os.walk(folder) for name in names}


def test_hostile_slugs_and_pathological_markup_from_a_real_site_stay_inside_the_workspace(
    client_as: Any, wordpress: wpsite.WordPressSite, tmp_path: Path, unique: str
) -> None:
    slugs = ["../../escape-" + unique, "..", ".", "/tmp/abs-" + unique, ".sr-editor", "CON", "nul\x00byte",
             "s" * 190]
    paragraph = "<!-- wp:paragraph -->\n<p>Fine.</p>\n<!-- /wp:paragraph -->"
    posts = [{"title": f"Hostile {unique} {n}", "slug": slug, "content": paragraph} for n, slug in enumerate(slugs)]
    posts.append({"title": f"Nested {unique}", "slug": f"nested-{unique}",
                  "content": "<div>" * 5000 + "deep" + "</div>" * 5000})
    posts.append({"title": f"Unclosed {unique}", "slug": f"unclosed-{unique}", "content": "<p " * 200000})
    ids = make_raw_posts(wordpress, posts)
    workspace = tmp_path / "outer" / "ws"
    workspace.mkdir(parents=True)
    before = files_under(tmp_path)
    items, job = pull(client_as("editor"), workspace, *ids)
    assert not job.failures and sorted(i.post_id for i in items) == sorted(ids)
    assert all(workspace in f.parents for f in files_under(tmp_path) - before)
    assert not Path(f"/tmp/abs-{unique}").exists() and not (tmp_path / f"escape-{unique}").exists()
    for item in items:
        name = item.bundle.name
        assert item.bundle.parent == workspace and not name.startswith(".")
        assert name.split(".")[0] not in WINDOWS_RESERVED and len(name) <= 80
        read_article_file(item.bundle / "index.md")  # every one is a readable article
    kept = [note for item in items for note in item.notes if "HTML" in note]
    assert len(kept) >= 2  # the nested and the unclosed markup are kept as raw HTML, with a note
