"""Helpers for the alt-text queue tests on the real WordPress: media without alt, posts that use it."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sr_editor.publish.errors import Operation
from sr_editor.publish.wordpress.client import WordPressClient

# What a post must keep when only an image's alt changes (everything the REST API lets us compare).
POST_FIELDS = ("title", "content", "excerpt", "status", "slug", "author", "categories", "tags", "featured_media",
               "date_gmt", "format", "sticky", "comment_status", "ping_status", "template", "meta")


def jpeg(color: tuple[int, int, int]) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), color).save(buffer, "JPEG")
    return buffer.getvalue()


def upload(client: WordPressClient, name: str, alt: str = "",
           color: tuple[int, int, int] = (20, 90, 160)) -> dict[str, Any]:
    media = client.upload_media(jpeg(color), f"{name}.jpg", "image/jpeg")
    if alt:
        media = client.post(f"/wp/v2/media/{media['id']}", {"alt_text": alt}, op=Operation.UPDATE_MEDIA)
    assert isinstance(media, dict)
    return media


def block_image(media: dict[str, Any], alt: str = "") -> str:
    return (f'<!-- wp:image {{"id":{media["id"]},"sizeSlug":"large","linkDestination":"none"}} -->\n'
            f'<figure class="wp-block-image size-large"><img src="{media["source_url"]}" alt="{alt}" '
            f'class="wp-image-{media["id"]}"/></figure>\n<!-- /wp:image -->')


def paragraph(text: str) -> str:
    return f"<!-- wp:paragraph -->\n<p>{text}</p>\n<!-- /wp:paragraph -->"


def create_post(client: WordPressClient, title: str, content: str, featured: int = 0,
                status: str = "publish") -> dict[str, Any]:
    post = client.post("/wp/v2/posts", {"title": title, "content": content, "status": status,
                                        "featured_media": featured, "excerpt": f"Teaser of {title} & more"},
                       op=Operation.CREATE_POST)
    assert isinstance(post, dict)
    return post


def post_state(client: WordPressClient, post_id: int) -> dict[str, Any]:
    post = client.get(f"/wp/v2/posts/{post_id}", {"context": "edit"})
    assert isinstance(post, dict)
    state = {name: post.get(name) for name in POST_FIELDS}
    for name in ("title", "content", "excerpt"):
        state[name] = post[name]["raw"]
    state["modified_gmt"] = post["modified_gmt"]
    return state


def media_alt(client: WordPressClient, media_id: int) -> str:
    return str(client.get(f"/wp/v2/media/{media_id}", {"context": "edit"})["alt_text"])


@dataclass
class Scene:
    """A media item without alt, shown inline in one post and as featured image of another."""

    media: dict[str, Any]
    other: dict[str, Any]  # another image with its alt, in the same post
    inline_post: dict[str, Any]
    featured_post: dict[str, Any]

    @property
    def media_id(self) -> int:
        return int(self.media["id"])


def make_scene(client: WordPressClient, unique: str, status: str = "publish") -> Scene:
    media = upload(client, f"nodesc-{unique}")
    other = upload(client, f"described-{unique}", alt="Already described", color=(200, 10, 10))
    content = "\n\n".join([
        paragraph(f"Before the picture {unique} &amp; “quotes”."), block_image(media), block_image(other,
                                                                                                "Already described"),
        paragraph("After the picture."),
    ])
    inline = create_post(client, f"Inline {unique}", content, status=status)
    featured = create_post(client, f"Featured {unique}", paragraph("Only text here."), featured=int(media["id"]),
                           status=status)
    return Scene(media, other, inline, featured)


def add_site_profile(home_config: Path, name: str, url: str, login: str) -> None:
    """The profile the CLI and the window read (the password goes to the in-memory keyring separately)."""
    import json

    home_config.mkdir(parents=True, exist_ok=True)
    (home_config / "sites.json").write_text(json.dumps({"sites": [{"name": name, "url": url, "username": login}]}))
