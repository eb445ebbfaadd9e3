"""Posts written the way WordPress 6.1's block editor saves them, for the pull tests and the pull benchmark."""
# ruff: noqa: E501  (block markup is kept on the lines WordPress writes it on)

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from sr_editor.core.storage.store import ArticleStore
from sr_editor.publish.errors import Operation
from sr_editor.publish.sync.flow import Collaborators, PublishJob, PublishOptions, PublishResult
from sr_editor.publish.sync.pull import PullItem, PullJob, PullOptions
from sr_editor.publish.wordpress.client import WordPressClient
from sr_editor.publish.wordpress.doctor import detect_wp_version
from sr_editor.publish.wordpress.terms import fetch_terms

_VERSIONS: dict[str, str] = {}


def jpeg(color: tuple[int, int, int], size: tuple[int, int] = (640, 480)) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", size, color).save(out, "JPEG")
    return out.getvalue()


def upload(client: WordPressClient, name: str, color: tuple[int, int, int], alt: str = "",
           caption: str = "", credit: str = "") -> dict[str, Any]:
    params = {"alt_text": alt, "caption": caption, "description": f"Credit: {credit}" if credit else ""}
    item: dict[str, Any] = client.upload_media(jpeg(color), name, "image/jpeg", params)
    return item


def image_block(item: dict[str, Any], alt: str, caption: str) -> str:
    url, media_id = item["source_url"], item["id"]
    figcaption = f'<figcaption class="wp-element-caption">{caption}</figcaption>' if caption else ""
    return (f'<!-- wp:image {{"id":{media_id},"sizeSlug":"large","linkDestination":"none"}} -->\n'
            f'<figure class="wp-block-image size-large"><img src="{url}" alt="{alt}" class="wp-image-{media_id}"/>'
            f"{figcaption}</figure>\n<!-- /wp:image -->")


def block_post(u: str, images: list[tuple[dict[str, Any], str, str]]) -> str:
    """Paragraph, heading, lists, a quote, a table, images with captions and a footnote, as 6.1 saves them."""
    figures = "\n\n".join(image_block(item, alt, caption) for item, alt, caption in images)
    return f"""<!-- wp:paragraph -->
<p>The assembly in <strong>Sucre</strong> met for <em>two days</em> ({u}).<sup id="fnref:1"><a class="footnote-ref" href="#fn:1">1</a></sup></p>
<!-- /wp:paragraph -->

<!-- wp:heading -->
<h2>What was decided</h2>
<!-- /wp:heading -->

<!-- wp:list -->
<ul><!-- wp:list-item -->
<li>Water stays public</li>
<!-- /wp:list-item -->

<!-- wp:list-item -->
<li>A referendum in <a href="https://example.org/vote">March</a></li>
<!-- /wp:list-item --></ul>
<!-- /wp:list -->

<!-- wp:list {{"ordered":true}} -->
<ol><!-- wp:list-item -->
<li>First reading</li>
<!-- /wp:list-item -->

<!-- wp:list-item -->
<li>Second reading</li>
<!-- /wp:list-item --></ol>
<!-- /wp:list -->

<!-- wp:quote -->
<blockquote class="wp-block-quote"><!-- wp:paragraph -->
<p>We will not sell the rivers.</p>
<!-- /wp:paragraph --></blockquote>
<!-- /wp:quote -->

{figures}

<!-- wp:table -->
<figure class="wp-block-table"><table><thead><tr><th>Region</th><th>Votes</th></tr></thead><tbody><tr><td>Potosí</td><td>1200</td></tr><tr><td>Oruro</td><td>800</td></tr></tbody></table></figure>
<!-- /wp:table -->

<!-- wp:html -->
<div class="footnote"><hr /><ol><li id="fn:1"><p>Minutes of the assembly.&#160;<a class="footnote-backref" href="#fnref:1" title="Jump back to footnote 1 in the text">&#8617;</a></p></li></ol></div>
<!-- /wp:html -->"""


def create_post(client: WordPressClient, u: str, status: str, images: list[tuple[dict[str, Any], str, str]],
                categories: list[int], **extra: Any) -> dict[str, Any]:
    body = {"title": f"Assembly “{u}” & water", "excerpt": f"The assembly voted {u}.", "status": status,
            "content": block_post(u, images), "categories": categories, **extra}
    post: dict[str, Any] = client.post("/wp/v2/posts", body, {"context": "edit"}, op=Operation.CREATE_POST)
    return post


def pull(client: WordPressClient, ws: Path, *ids: int, **options: Any) -> tuple[list[PullItem], PullJob]:
    job = PullJob(client, "test", ArticleStore(ws), None, PullOptions(ids=list(ids), **options))
    return job.run(), job


def site_version(client: WordPressClient) -> str:
    """The site's WordPress version as the app finds it (the feed's generator), once per site."""
    if client.base_url not in _VERSIONS:
        _VERSIONS[client.base_url] = detect_wp_version(client)
    return _VERSIONS[client.base_url]


def publish(client: WordPressClient, ws: Path, bundle: Path, **options: Any) -> PublishResult:
    """Publish as the app does: in the block markup of the site's own WordPress line (the app keeps the version
    in the site's profile; unless a test names another)."""
    options.setdefault("site_version", site_version(client))
    job = PublishJob(client, "test", ArticleStore(ws), bundle, fetch_terms(client), PublishOptions(**options),
                     collaborators=Collaborators.default())
    return job.run()
