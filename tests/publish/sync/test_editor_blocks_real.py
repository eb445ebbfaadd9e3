"""A post written as each WordPress line's own block editor writes it, on that line's real site: every kind of core
block in tests/support/editor_blocks.py in one post, its markup made by the line's editor under Node (validate.js
--serialize: Debian's 6.1.9 scripts for 6.1, the 6.7 npm packages for the 6.7 pre-release).

Pulled and published unchanged, nothing is sent. Pulled, one word edited in the first paragraph and published,
the content read back (context=edit) differs from the editor's markup only inside that paragraph block: every
other top-level block comes back byte for byte (issue 18, section 1). One post per line keeps this to one pull
and two publishes; a failure names each kind of block that came back changed.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest
import validator_run  # tests/support/validator_run.py
import wp_fixture
import wpsite
from editor_blocks import one_post, top_level_blocks
from pull_helpers import publish, pull, upload

from sr_editor.publish.errors import Operation
from sr_editor.publish.sync.pull import PullItem
from sr_editor.publish.wordpress.client import WordPressClient

pytestmark = [pytest.mark.wordpress,
              pytest.mark.parametrize("wordpress", wp_fixture.LINE_PARAMS, indirect=True)]

OLD_WORD, NEW_WORD = "edit: draft.", "edit: final."
NEWER_THAN_61 = frozenset({"details"})  # core/details arrived in WordPress 6.3


@dataclass(frozen=True)
class Seeded:
    post_id: int
    markup: str  # as the site stored it (context=edit)
    labels: list[str]  # the kind of each top-level block


def editor_line(site: wpsite.WordPressSite) -> str:
    """The editor whose markup this site's own editor writes: its line in validator_run.LINES."""
    return "wp61" if site.version.startswith("6.1") else "npm"


def client(site: wpsite.WordPressSite, role: str) -> WordPressClient:
    user = site.user(role)
    return WordPressClient(site.url, user.login, user.app_password, site_name="test")


@pytest.fixture(scope="module")
def seeded(wordpress: wpsite.WordPressSite) -> Seeded:
    """The post, written by the line's editor and created by an administrator (unfiltered HTML, as in wp-admin)."""
    validator_run.require_validator()
    admin = client(wordpress, "administrator")
    photo = upload(admin, "editor-blocks.jpg", (30, 90, 150), "A salt flat at noon")
    skip = NEWER_THAN_61 if wordpress.version.startswith("6.1") else frozenset()
    specs, labels = one_post(wordpress.url, photo["id"], photo["source_url"], skip)
    written = validator_run.serialize(editor_line(wordpress), {"post": specs})
    assert written["missing"] == {}, written["missing"]
    fields = {"title": "Every core block", "content": written["results"]["post"], "status": "publish",
              "categories": [wordpress.categories["Latin America"]], "excerpt": "How each block comes back."}
    post = admin.post("/wp/v2/posts", fields, {"context": "edit", "_fields": "id,content"},
                      op=Operation.CREATE_POST)
    assert post["content"]["raw"] == written["results"]["post"]  # stored as the editor wrote it
    return Seeded(int(post["id"]), post["content"]["raw"], labels)


@pytest.fixture(scope="module")
def pulled(seeded: Seeded, wordpress: wpsite.WordPressSite,
           tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, PullItem]:
    ws = tmp_path_factory.mktemp("editor-blocks")
    [item], _ = pull(client(wordpress, "editor"), ws, seeded.post_id)
    return ws, item


def changed_kinds(seeded: Seeded, back: str) -> list[str]:
    """The kind of each original top-level block that is not in `back` byte for byte (lost, merged or rewritten),
    and a note when the blocks that are kept come back in another order."""
    before, after = top_level_blocks(seeded.markup), top_level_blocks(back)
    assert len(before) == len(seeded.labels)
    remaining = Counter(after)
    changed = []
    for label, old in zip(seeded.labels, before, strict=True):
        if remaining[old] > 0:
            remaining[old] -= 1
        else:
            changed.append(label)
    kept = [old for old in before if old in after]
    if [new for new in after if new in kept] != kept:
        changed.append("(order of the kept blocks)")
    return changed


def test_every_kind_is_in_the_post_and_the_site_keeps_it_as_written(
    seeded: Seeded, wordpress: wpsite.WordPressSite,
) -> None:
    assert len(top_level_blocks(seeded.markup)) == len(seeded.labels)
    assert ("details" in seeded.labels) == (not wordpress.version.startswith("6.1"))
    assert {"list-nested", "table-aligned", "embed-youtube", "shortcode", "gallery", "more"} <= set(seeded.labels)


def test_pulled_and_published_unchanged_sends_nothing(
    pulled: tuple[Path, PullItem], wordpress: wpsite.WordPressSite,
) -> None:
    ws, item = pulled
    assert publish(client(wordpress, "editor"), ws, item.bundle, site_version=wordpress.version).nothing_to_send


def test_a_one_word_edit_in_the_first_paragraph_leaves_every_other_block_byte_for_byte(
    seeded: Seeded, pulled: tuple[Path, PullItem], wordpress: wpsite.WordPressSite,
) -> None:
    ws, item = pulled
    index = item.bundle / "index.md"
    text = index.read_text(encoding="utf-8")
    assert text.count(OLD_WORD) == 1
    index.write_text(text.replace(OLD_WORD, NEW_WORD), encoding="utf-8")
    editor = client(wordpress, "editor")
    publish(editor, ws, item.bundle, site_version=wordpress.version)
    back = editor.get(f"/wp/v2/posts/{seeded.post_id}", {"context": "edit", "_fields": "content"})["content"]["raw"]
    assert NEW_WORD in top_level_blocks(back)[0] and OLD_WORD not in back  # the edited paragraph (retry marker ok)
    changed = [kind for kind in changed_kinds(seeded, back) if kind != "before"]
    kept = sorted(set(seeded.labels) - set(changed) - {"before"})
    assert not changed, f"changed on {wordpress.version}: {', '.join(changed)}; kept: {', '.join(kept)}"
