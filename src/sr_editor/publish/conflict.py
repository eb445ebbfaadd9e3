"""Detecting an edit made on the site since our last publish, and describing it (who, when, what changed).

WordPress has no ETag or If-Match: we compare the post's `modified_gmt` with the one stored at our last publish.
A change that carries our own pending token (an update whose answer was lost) is ours, not a conflict.
"""

from __future__ import annotations

import difflib
from typing import Any

from sr_editor.publish import errors
from sr_editor.publish.client import WordPressClient
from sr_editor.publish.errors import Operation

CHECK_FIELDS = "id,modified_gmt,modified,author,link,status,content"


def unified_diff(site_text: str, ours: str) -> str:
    lines = difflib.unified_diff(
        site_text.splitlines(), ours.splitlines(), fromfile="on the site", tofile="yours", lineterm=""
    )
    return "\n".join(lines)


def raw_content(post: dict[str, Any]) -> str:
    content = post.get("content")
    if isinstance(content, dict):
        return str(content.get("raw", content.get("rendered", "")))
    return str(content or "")


def who_changed(client: WordPressClient, post: dict[str, Any]) -> str:
    """The author of the latest revision (who last saved), else the post's author; a name, never an error."""
    author_id = post.get("author")
    try:
        revisions = client.get_list(
            f"/wp/v2/posts/{post['id']}/revisions", {"per_page": 1, "_fields": "author,modified_gmt"},
            what="the revisions request")
        if revisions:
            author_id = revisions[0].get("author", author_id)
        user = client.get_object(f"/wp/v2/users/{int(str(author_id))}", {"_fields": "name,slug"}, what="the user")
        if user.get("name"):
            return str(user["name"])
    except (errors.PublishError, TypeError, ValueError, KeyError):
        pass
    return f"user #{author_id}" if author_id else "someone"


def fetch_for_check(client: WordPressClient, post_id: int) -> dict[str, Any]:
    return client.get_object(f"/wp/v2/posts/{post_id}", {"context": "edit", "_fields": CHECK_FIELDS},
                             what="the post request", op=Operation.UPDATE_POST)


def is_conflict(post: dict[str, Any], stored_modified: str, pending_marker: str | None) -> bool:
    site_modified = str(post.get("modified_gmt", ""))
    if not stored_modified or site_modified == stored_modified:
        return False
    return not (pending_marker and pending_marker in raw_content(post))


def conflict_info(client: WordPressClient, post: dict[str, Any], ours: str) -> errors.ConflictInfo:
    return errors.ConflictInfo(
        who=who_changed(client, post),
        when=str(post.get("modified_gmt", "")),
        diff=unified_diff(raw_content(post), ours),
    )
