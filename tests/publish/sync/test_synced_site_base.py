"""The site's content kept with the synced version: found again by the body it belongs to, never trusted blindly."""

from __future__ import annotations

from pathlib import Path

from sr_editor.core.blocks.keep import SiteBase
from sr_editor.publish.sync import synced


def test_the_site_content_is_found_again_by_its_body(workspace_dir: Path) -> None:
    base = SiteBase("<!-- wp:paragraph -->\n<p>x</p>\n<!-- /wp:paragraph -->", (0,))
    synced.save_site_base(workspace_dir, "prod", 7, "x\n", base)
    assert synced.load_site_base(workspace_dir, "prod", 7, "x\n") == base
    assert synced.load_site_base(workspace_dir, "prod", 7, "x") == base  # trailing blank lines do not count


def test_another_body_finds_nothing(workspace_dir: Path) -> None:
    synced.save_site_base(workspace_dir, "prod", 7, "x\n", SiteBase("<p>x</p>"))
    assert synced.load_site_base(workspace_dir, "prod", 7, "y\n") is None
    assert synced.load_site_base(workspace_dir, "prod", 8, "x\n") is None


def test_a_conflicts_incoming_content_waits_beside_the_synced_one(workspace_dir: Path) -> None:
    synced.save_site_base(workspace_dir, "prod", 7, "mine\n", SiteBase("<p>mine</p>"))
    synced.save_site_base(workspace_dir, "prod", 7, "theirs\n", SiteBase("<p>theirs</p>", (0,)))
    assert synced.load_site_base(workspace_dir, "prod", 7, "mine\n") == SiteBase("<p>mine</p>")
    assert synced.load_site_base(workspace_dir, "prod", 7, "theirs\n") == SiteBase("<p>theirs</p>", (0,))


def test_only_the_last_few_are_kept(workspace_dir: Path) -> None:
    for n in range(synced.SITE_BASES_KEPT + 2):
        synced.save_site_base(workspace_dir, "prod", 7, f"v{n}\n", SiteBase(f"<p>{n}</p>"))
    assert synced.load_site_base(workspace_dir, "prod", 7, "v0\n") is None
    assert synced.load_site_base(workspace_dir, "prod", 7, f"v{synced.SITE_BASES_KEPT + 1}\n") is not None


def test_a_damaged_or_odd_file_means_no_site_content(workspace_dir: Path) -> None:
    path = synced.site_base_path(workspace_dir, "prod", 7)
    path.parent.mkdir(parents=True)
    for text in ("{", "[]", '{"bases": 5}', '{"bases": [{"body_sha256": 1}]}',
                 '{"bases": [{"body_sha256": "%s", "content": "x", "sources": [true, "a"]}]}'):
        path.write_text(text.replace("%s", synced._body_key("x")), encoding="utf-8")
        assert synced.load_site_base(workspace_dir, "prod", 7, "x") is None


def test_nothing_is_written_without_site_content(workspace_dir: Path) -> None:
    synced.save_site_base(workspace_dir, "prod", 7, "x\n", None)
    assert not synced.site_base_path(workspace_dir, "prod", 7).exists()
