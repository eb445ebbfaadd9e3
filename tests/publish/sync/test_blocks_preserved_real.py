"""The block-preserving round trip on the real WordPress: posts written in the block editor's markup by an
administrator are pulled, one word is edited in one paragraph, and they are published again. Read back with
`context=edit`, the content differs from the original only inside that paragraph."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import wp_fixture
from pull_helpers import image_block, publish, pull, upload
from wp_editor_corpus import BLOCKS, NEWER_BLOCKS, post

from sr_editor.core.article.frontmatter import read_article_file, serialize_article
from sr_editor.core.blocks.parse import split_blocks
from sr_editor.core.blocks.unit_syntax import without_marker
from sr_editor.publish.errors import Operation
from sr_editor.publish.wordpress.client import WordPressClient

EVERY = {**BLOCKS, **NEWER_BLOCKS}

pytestmark = [pytest.mark.wordpress,
              pytest.mark.parametrize("wordpress", wp_fixture.LINE_PARAMS, indirect=True)]


def middle_paragraph(n: int) -> str:
    return f"<!-- wp:paragraph -->\n<p>Middle paragraph number {n} stays plain.</p>\n<!-- /wp:paragraph -->"


def create(admin: WordPressClient, u: str, content: str) -> dict[str, Any]:
    body = {"title": f"Blocks {u}", "excerpt": f"Every block {u}.", "status": "draft", "content": content}
    created: dict[str, Any] = admin.post("/wp/v2/posts", body, {"context": "edit"}, op=Operation.CREATE_POST)
    return created


def edit_body(bundle: Path, old: str, new: str) -> None:
    article, _ = read_article_file(bundle / "index.md")
    assert article.body.count(old) == 1, old
    article.body = article.body.replace(old, new)
    (bundle / "index.md").write_text(serialize_article(article), encoding="utf-8")


def outers(content: str) -> list[str]:
    return [without_marker(block.outer) for block in split_blocks(content)]


def round_trip(client_as: Any, ws: Path, u: str, content: str, old: str, new: str) -> tuple[list[str], list[str]]:
    admin, editor = client_as("administrator"), client_as("editor")
    created = create(admin, u, content)
    original = admin.get(f"/wp/v2/posts/{created['id']}", {"context": "edit"})["content"]["raw"]
    [item], job = pull(editor, ws, created["id"])
    assert not job.failures
    edit_body(item.bundle, old, new)
    publish(editor, ws, item.bundle, force=True)
    after = admin.get(f"/wp/v2/posts/{created['id']}", {"context": "edit"})["content"]["raw"]
    return outers(original), outers(after)


def test_every_block_type_survives_a_one_word_edit_in_another_paragraph(
    client_as: Any, workspace_dir: Path, unique: str
) -> None:
    parts: list[str] = []
    for number, markup in enumerate(EVERY.values()):
        parts.extend([middle_paragraph(number), markup])
    content = "\n\n".join(parts)
    before, after = round_trip(client_as, workspace_dir, unique, content, "number 7 stays", "number 7 went")
    assert len(after) == len(before)
    changed = [i for i, (a, b) in enumerate(zip(before, after, strict=True)) if a != b]
    assert changed == [14], [after[i] for i in changed]
    assert "number 7 went plain" in after[14]


@pytest.mark.parametrize("name", ["embed-youtube", "shortcode", "list-nested", "table-aligned", "quote-cite",
                                  "image-caption-formatted", "more", "columns"])
def test_a_block_and_its_neighbours_come_back_as_written(
    client_as: Any, workspace_dir: Path, unique: str, name: str
) -> None:
    content = post(EVERY[name])
    before, after = round_trip(client_as, workspace_dir, unique + name, content, "again in spring", "again in May")
    assert after[:-1] == before[:-1] and after[-1] != before[-1]


def test_pull_then_publish_unchanged_sends_nothing(client_as: Any, workspace_dir: Path, unique: str) -> None:
    admin, editor = client_as("administrator"), client_as("editor")
    created = create(admin, unique, post(EVERY["gallery"]))
    [item], _ = pull(editor, workspace_dir, created["id"])
    result = publish(editor, workspace_dir, item.bundle, force=True)
    after = admin.get(f"/wp/v2/posts/{created['id']}", {"context": "edit"})
    assert result.nothing_to_send and after["modified_gmt"] == created["modified_gmt"]


def test_the_command_line_publishes_a_pulled_post_without_alt_text_with_a_recorded_reason(
    client_as: Any, wordpress: Any, workspace_dir: Path, unique: str, capsys: Any, monkeypatch: Any
) -> None:
    from publish_fakes import run_cli as run

    from sr_editor.cli import publish as cli_publish
    from sr_editor.publish.wordpress.credentials import MemoryCredentialStore

    store = MemoryCredentialStore()
    monkeypatch.setattr(cli_publish, "credential_store", lambda: (store, None))
    admin, editor = client_as("administrator"), client_as("editor")
    photo = upload(admin, f"no-alt-{unique}.jpg", (90, 20, 160))
    content = post(image_block(photo, "", ""))
    created = create(admin, unique, content)
    admin.post(f"/wp/v2/posts/{created['id']}", {"categories": [wordpress.categories["Latin America"]]},
               op=Operation.UPDATE_POST)
    [item], _ = pull(editor, workspace_dir, created["id"])
    edit_body(item.bundle, "again in spring", "again in June")
    user = wordpress.user("editor")
    ws = ["--workspace", str(workspace_dir)]
    assert run(capsys, monkeypatch, "site", "add", "test", "--url", wordpress.url, "--user", user.login,
               stdin=user.app_password + "\n")[0] == 0
    code, _, err = run(capsys, monkeypatch, *ws, "publish", str(item.bundle), "--site", "test")
    assert code == 1 and "alt" in err
    code, out, err = run(capsys, monkeypatch, *ws, "publish", str(item.bundle), "--site", "test",
                         "--allow-missing-alt", "pulled from the site; the photo desk describes it")
    assert code == 0 and "updated post" in out, err
    article, _ = read_article_file(item.bundle / "index.md")
    [record] = article.remote_for("test")["forced"]
    assert record["rules"] == ["alt-missing"] and record["reason"].startswith("pulled from the site")
    after = admin.get(f"/wp/v2/posts/{created['id']}", {"context": "edit"})["content"]["raw"]
    assert outers(after)[:-1] == outers(content)[:-1] and "again in June" in after


def test_a_second_edit_after_a_publish_changes_only_its_own_block(
    client_as: Any, workspace_dir: Path, unique: str
) -> None:
    """After a publish the site's content as it stored it is the base: the next edit keeps every other block."""
    admin, editor = client_as("administrator"), client_as("editor")
    parts = [middle_paragraph(0), EVERY["columns"], middle_paragraph(1), EVERY["embed-youtube"], middle_paragraph(2)]
    created = create(admin, unique, "\n\n".join(parts))
    [item], _ = pull(editor, workspace_dir, created["id"])
    edit_body(item.bundle, "number 0 stays", "number 0 went")
    publish(editor, workspace_dir, item.bundle, force=True)
    first = raw_blocks(admin, created["id"])
    edit_body(item.bundle, "number 2 stays", "number 2 went")
    publish(editor, workspace_dir, item.bundle, force=True)
    second = raw_blocks(admin, created["id"])
    assert second[:4] == first[:4] and first[1:] == outers("\n\n".join(parts))[1:]  # byte for byte
    assert "number 2 went" in second[4]


def raw_blocks(admin: WordPressClient, post_id: int) -> list[str]:
    return [b.outer for b in split_blocks(admin.get(f"/wp/v2/posts/{post_id}", {"context": "edit"})["content"]["raw"])]


def test_an_edited_heading_comes_back_as_the_sites_editor_writes_it_without_an_anchor_it_never_had(
    client_as: Any, wordpress: Any, workspace_dir: Path, unique: str
) -> None:
    admin, editor = client_as("administrator"), client_as("editor")
    h2 = "<h2>" if wordpress.version.startswith("6.1") else '<h2 class="wp-block-heading">'
    heading = f"<!-- wp:heading -->\n{h2}Water stays public</h2>\n<!-- /wp:heading -->"
    content = "\n\n".join([middle_paragraph(0), heading, middle_paragraph(1)])
    created = create(admin, unique, content)
    [item], _ = pull(editor, workspace_dir, created["id"])
    edit_body(item.bundle, "Water stays public", "Water stays public, says the court")
    publish(editor, workspace_dir, item.bundle, force=True, site_version=wordpress.version)
    after = outers(admin.get(f"/wp/v2/posts/{created['id']}", {"context": "edit"})["content"]["raw"])
    assert after == outers(content.replace("stays public<", "stays public, says the court<"))
