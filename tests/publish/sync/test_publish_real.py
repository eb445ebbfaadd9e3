"""Publishing against a real WordPress: fields round-trip, images, terms, roles, conflicts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import wp_fixture
import wpsite
from publish_fakes import make_photo, write_article
from pull_helpers import site_version
from wp_helpers import core_collaborators, core_store

from sr_editor.publish import errors
from sr_editor.publish.errors import Operation
from sr_editor.publish.sync.flow import PublishJob, PublishOptions, PublishResult
from sr_editor.publish.wordpress.client import WordPressClient
from sr_editor.publish.wordpress.terms import fetch_terms

# Every test here runs on each WordPress line (Debian's 6.1.9 and the 6.7 pre-release), one site per line.
pytestmark = [pytest.mark.wordpress,
              pytest.mark.parametrize("wordpress", wp_fixture.LINE_PARAMS, indirect=True)]

TRICKY_TITLE = "Haití’s “Fight” & Democracy — Año {u}"


def article(ws: Path, u: str, *, tags: str = "[Haiti]", body_images: int = 1, extra: str = "") -> Path:
    bundle = ws / f"story-{u}"
    bundle.mkdir(parents=True)
    make_photo(bundle / "crowd.jpg", (10, 120, 200), (800, 600))
    body = "The despotic president refuses to step down.\n\n"
    for i in range(body_images):
        make_photo(bundle / f"photo{i}.jpg", (i * 40 % 255, 200, 90))
        body += f'![Marchers on street number {i} in Port-au-Prince](photo{i}.jpg "Marchers, day {i}")\n\n'
    body += "People keep marching.\n"
    front = f"""
title: "{TRICKY_TITLE.format(u=u)}"
slug: story-{u}
excerpt: "Protests “grow” & spread — {u}"
status: draft
regions: [Latin America]
tags: {tags}
featured_image:
  src: crowd.jpg
  alt: Protesters fill a street in Port-au-Prince {u}
  decorative: false
  caption: A crowd on the Champ de Mars {u}
  credit: Photo Agency {u}
{extra}
"""
    return write_article(bundle, front, body)


def publish(client: WordPressClient, ws: Path, bundle: Path, **options: Any) -> PublishResult:
    options.setdefault("site_version", site_version(client))  # the markup of the site's line, as the app writes
    job = PublishJob(client, "test", core_store(ws), bundle, fetch_terms(client), PublishOptions(**options),
                     collaborators=core_collaborators())
    return job.run()


def read_post(admin: WordPressClient, post_id: int) -> dict[str, Any]:
    post: dict[str, Any] = admin.get(f"/wp/v2/posts/{post_id}", {"context": "edit"})
    return post


def test_create_then_update_keeps_one_post(client_as: Any, workspace_dir: Path, unique: str) -> None:
    editor = client_as("editor")
    bundle = article(workspace_dir, unique)
    first = publish(editor, workspace_dir, bundle)
    assert first.created and first.post_id
    assert first.preview_url.endswith(f"/?p={first.post_id}&preview=true")
    body_before = (bundle / "index.md").read_text().split("\n---\n", 1)[1]
    second = publish(editor, workspace_dir, bundle, status="publish")
    assert not second.created and second.post_id == first.post_id and second.status == "publish"
    assert (bundle / "index.md").read_text().split("\n---\n", 1)[1] == body_before
    assert second.reused == ["crowd.jpg", "photo0.jpg"] and second.uploaded == []


def test_every_field_round_trips(client_as: Any, workspace_dir: Path, unique: str, wordpress: Any) -> None:
    editor, admin = client_as("editor"), client_as("administrator")
    bundle = article(workspace_dir, unique)
    when = datetime(2026, 3, 4, 15, 30, tzinfo=UTC) + timedelta(days=400)
    result = publish(editor, workspace_dir, bundle, status="future", date=when)
    post = read_post(admin, result.post_id)  # type: ignore[arg-type]
    assert post["title"]["raw"] == TRICKY_TITLE.format(u=unique)
    assert post["excerpt"]["raw"] == f"Protests “grow” & spread — {unique}"
    assert post["slug"] == f"story-{unique}"
    assert post["status"] == "future"
    assert post["date_gmt"] == when.strftime("%Y-%m-%dT%H:%M:%S")
    assert post["categories"] == [wordpress.categories["Latin America"]]
    tag = admin.get(f"/wp/v2/tags/{post['tags'][0]}")
    assert tag["name"] == "Haiti"
    assert post["featured_media"] > 0
    assert "sr-editor:" in post["content"]["raw"]


def test_images_carry_alt_caption_and_credit(client_as: Any, workspace_dir: Path, unique: str) -> None:
    editor, admin = client_as("editor"), client_as("administrator")
    bundle = article(workspace_dir, unique)
    result = publish(editor, workspace_dir, bundle)
    post = read_post(admin, result.post_id)  # type: ignore[arg-type]
    featured = admin.get(f"/wp/v2/media/{post['featured_media']}", {"context": "edit"})
    assert featured["alt_text"] == f"Protesters fill a street in Port-au-Prince {unique}"
    assert featured["caption"]["raw"] == f"A crowd on the Champ de Mars {unique}"
    assert f"Photo Agency {unique}" in featured["description"]["raw"]
    content = post["content"]["raw"]
    body_media = admin.get("/wp/v2/media", {"search": "photo0", "parent": 0, "per_page": 50, "context": "edit"})
    assert 'alt="Marchers on street number 0 in Port-au-Prince"' in content
    assert any(f"wp-image-{m['id']}" in content and m["alt_text"].startswith("Marchers") for m in body_media)


def test_image_is_downscaled_and_stripped(client_as: Any, workspace_dir: Path, unique: str) -> None:
    editor, admin = client_as("editor"), client_as("administrator")
    bundle = article(workspace_dir, unique)
    make_photo(bundle / "crowd.jpg", (1, 2, 3), (3000, 1000))
    result = publish(editor, workspace_dir, bundle)
    post = read_post(admin, result.post_id)  # type: ignore[arg-type]
    featured = admin.get(f"/wp/v2/media/{post['featured_media']}", {"context": "edit"})
    assert featured["media_details"]["width"] <= 2048


def test_tags_differing_in_case_and_accents_are_created_once(
    client_as: Any, workspace_dir: Path, unique: str
) -> None:
    editor, admin = client_as("editor"), client_as("administrator")
    publish(editor, workspace_dir, article(workspace_dir, unique, tags=f"[Pérou{unique}]", body_images=0))
    publish(editor, workspace_dir, article(workspace_dir, unique + "b", tags=f"[PEROU{unique}, 'perou {unique}']",
                                           body_images=0))
    found = admin.get("/wp/v2/tags", {"search": unique, "per_page": 100})
    assert len(found) == 1 and found[0]["name"] == f"Pérou{unique}"


def test_unknown_region_fails_before_any_upload(client_as: Any, workspace_dir: Path, unique: str) -> None:
    editor, admin = client_as("editor"), client_as("administrator")
    bundle = article(workspace_dir, unique)
    text = (bundle / "index.md").read_text().replace("[Latin America]", "[Atlantis]")
    (bundle / "index.md").write_text(text)
    job = PublishJob(editor, "test", core_store(workspace_dir), bundle, fetch_terms(editor),
                     collaborators=core_collaborators())
    job.core.checker = lambda a, b: []  # the region check of core/lint would stop it even earlier
    with pytest.raises(errors.UnknownRegion):
        job.run()
    assert admin.get("/wp/v2/media", {"search": unique}) == []


def test_author_publishes_but_contributor_must_submit_for_review(
    client_as: Any, workspace_dir: Path, unique: str
) -> None:
    author = client_as("author")
    assert publish(author, workspace_dir, article(workspace_dir, unique), status="publish").status == "publish"
    contributor = client_as("contributor")
    bundle = article(workspace_dir, unique + "c", body_images=0, extra="")
    text = (bundle / "index.md").read_text()
    (bundle / "index.md").write_text(text[: text.index("featured_image:")] + text[text.index("---\n", 4):])
    with pytest.raises(errors.RoleCannotPublish, match="submit for review"):
        publish(contributor, workspace_dir, bundle, status="publish")
    pending = publish(contributor, workspace_dir, bundle, status="pending")
    assert pending.status == "pending"
    raw = read_post(client_as("administrator"), pending.post_id)["content"]["raw"]  # type: ignore[arg-type]
    assert '"srEditor":"sr-editor:' in raw  # the retry marker survives kses for roles without unfiltered_html


def test_contributor_cannot_upload_images(client_as: Any, workspace_dir: Path, unique: str) -> None:
    with pytest.raises(errors.PermissionDenied, match="upload images"):
        publish(client_as("contributor"), workspace_dir, article(workspace_dir, unique), status="pending")


def test_wrong_password_is_an_auth_error(wordpress: wpsite.WordPressSite) -> None:
    user = wordpress.user("editor")
    client = WordPressClient(wordpress.url, user.login, "wrong wrong wrong wrong", site_name="test")
    assert client.get("/wp/v2/categories")  # public reads still work anonymously
    with pytest.raises(errors.AuthError) as info:
        client.get("/wp/v2/users/me", {"context": "edit"})
    assert "wrong wrong" not in str(info.value)


def test_edit_on_the_site_is_a_conflict_naming_who(client_as: Any, workspace_dir: Path, unique: str) -> None:
    editor, admin = client_as("editor"), client_as("administrator")
    bundle = article(workspace_dir, unique)
    result = publish(editor, workspace_dir, bundle)
    import time

    time.sleep(1.1)  # modified_gmt has one-second resolution
    admin.post(f"/wp/v2/posts/{result.post_id}", {"content": "<p>Rewritten by the admin.</p>"},
               op=Operation.UPDATE_POST)
    with pytest.raises(errors.ConflictError) as info:
        publish(editor, workspace_dir, bundle)
    assert "admin" in info.value.info.who
    assert "-<p>Rewritten by the admin.</p>" in info.value.info.diff
    forced = publish(editor, workspace_dir, bundle, force=True)
    assert forced.post_id == result.post_id
    assert "Rewritten" not in read_post(admin, result.post_id)["content"]["raw"]  # type: ignore[arg-type]


def test_dry_run_changes_nothing(client_as: Any, workspace_dir: Path, unique: str) -> None:
    editor = client_as("editor")
    bundle = article(workspace_dir, unique)
    before = (bundle / "index.md").read_bytes()
    result = publish(editor, workspace_dir, bundle, dry_run=True)
    assert (bundle / "index.md").read_bytes() == before
    assert any("create a new post" in line for line in result.plan)
    assert client_as("administrator").get("/wp/v2/posts", {"search": unique, "status": "any"}) == []


def test_local_changes_reach_the_site_on_update(client_as: Any, workspace_dir: Path, unique: str) -> None:
    editor, admin = client_as("editor"), client_as("administrator")
    bundle = article(workspace_dir, unique)
    first = publish(editor, workspace_dir, bundle)
    store = core_store(workspace_dir)
    loaded = store.load(bundle)
    loaded.article.title = f"Updated title {unique}"
    loaded.article.tags = ["Haiti", "Cuba"]
    store.save(bundle, loaded.article, loaded.disk_hash)
    publish(editor, workspace_dir, bundle)
    post = read_post(admin, first.post_id)  # type: ignore[arg-type]
    assert post["title"]["raw"] == f"Updated title {unique}"
    names = sorted(admin.get(f"/wp/v2/tags/{t}")["name"] for t in post["tags"])
    assert names == ["Cuba", "Haiti"]


def test_site_local_date_follows_the_site_timezone(client_as: Any, workspace_dir: Path, unique: str) -> None:
    editor, admin = client_as("editor"), client_as("administrator")
    when = datetime(2030, 1, 15, 12, 0, tzinfo=UTC)
    result = publish(editor, workspace_dir, article(workspace_dir, unique), status="future", date=when)
    post = read_post(admin, result.post_id)  # type: ignore[arg-type]
    assert post["date_gmt"] == "2030-01-15T12:00:00"
    assert post["date"] == "2030-01-15T07:00:00"  # the test site runs on America/Port-au-Prince (UTC-5)



def test_media_deleted_on_the_site_is_uploaded_again(client_as: Any, workspace_dir: Path, unique: str) -> None:
    editor, admin = client_as("editor"), client_as("administrator")
    bundle = article(workspace_dir, unique)
    first = publish(editor, workspace_dir, bundle)
    featured = read_post(admin, first.post_id)["featured_media"]  # type: ignore[arg-type]
    admin.request("DELETE", f"/wp/v2/media/{featured}", params={"force": "true"})
    again = publish(editor, workspace_dir, bundle)
    assert again.uploaded == ["crowd.jpg"]
    assert read_post(admin, first.post_id)["featured_media"] not in (0, featured)  # type: ignore[arg-type]


def test_password_appears_in_no_log_or_error_of_a_whole_publish(
    client_as: Any, wordpress: Any, workspace_dir: Path, unique: str, caplog: pytest.LogCaptureFixture
) -> None:
    import base64
    import logging

    caplog.set_level(logging.DEBUG)
    user = wordpress.user("editor")
    publish(client_as("editor"), workspace_dir, article(workspace_dir, unique))
    wrong = WordPressClient(wordpress.url, user.login, user.app_password[::-1], site_name="test")
    with pytest.raises(errors.PublishError) as info:
        publish(wrong, workspace_dir, article(workspace_dir, unique + "w"))
    texts = caplog.text + str(info.value) + repr(info.value) + repr(wrong)
    for secret in (user.app_password, user.app_password[::-1]):
        assert secret not in texts
        assert base64.b64encode(f"{user.login}:{secret}".encode()).decode() not in texts


def test_a_site_edit_in_the_second_of_our_publish_is_a_conflict(
    client_as: Any, workspace_dir: Path, unique: str,
) -> None:
    """`modified_gmt` has 1-second resolution: an edit on the site in the second our update landed keeps the
    recorded time, and publishing again must not overwrite it unseen."""
    import time

    editor, admin = client_as("editor"), client_as("administrator")
    bundle = article(workspace_dir, unique, body_images=0)
    post_id = publish(editor, workspace_dir, bundle).post_id
    index = bundle / "index.md"
    for attempt in range(8):  # bounded: our update and the site's edit must land in one second
        time.sleep(1.0 - time.time() % 1.0 + 0.01)
        index.write_text(index.read_text(encoding="utf-8") + f"\nLocal line {attempt}.\n", encoding="utf-8")
        ours = publish(editor, workspace_dir, bundle).modified_gmt
        admin.post(f"/wp/v2/posts/{post_id}", {"title": f"Site title {attempt}"}, op=Operation.UPDATE_POST)
        if read_post(admin, post_id)["modified_gmt"] == ours:
            break
    else:
        pytest.fail("our update and the site's edit never landed in one second (eight tries)")
    index.write_text(index.read_text(encoding="utf-8") + "\nOne more local line.\n", encoding="utf-8")
    with pytest.raises(errors.ConflictError):
        publish(editor, workspace_dir, bundle)
    assert read_post(admin, post_id)["title"]["raw"] == f"Site title {attempt}"
