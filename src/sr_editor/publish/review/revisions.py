"""The site's revisions of a post (edits made in wp-admin by colleagues): who, when, and the text of each, from
core REST (`/wp/v2/posts/<id>/revisions`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sr_editor.core.i18n import translate
from sr_editor.publish import errors
from sr_editor.publish.wordpress.client import WordPressClient

MAX_REVISIONS = 100  # one page: WordPress keeps every revision unless told otherwise; the newest are what matter


@dataclass(frozen=True)
class Revision:
    id: int
    author: str
    date_gmt: str
    title: str
    content: str  # raw block markup


def _raw(value: Any) -> str:
    if isinstance(value, dict):
        raw = value.get("raw", value.get("rendered", ""))
        return raw if isinstance(raw, str) else ""
    return value if isinstance(value, str) else ""


class Revisions:
    def __init__(self, client: WordPressClient, post_id: int) -> None:
        self.client, self.post_id = client, int(post_id)
        self._names: dict[int, str] = {}

    def _author(self, user_id: Any) -> str:
        if not isinstance(user_id, int) or isinstance(user_id, bool) or user_id <= 0:
            return translate("Revisions", "unknown")
        if user_id not in self._names:
            try:
                user = self.client.get_object(f"/wp/v2/users/{user_id}", what=translate("Revisions", "a user"))
                name = user.get("name")
                self._names[user_id] = name if isinstance(name, str) and name else f"#{user_id}"
            except errors.PublishError:
                self._names[user_id] = translate("Revisions", "user #{0}").format(user_id)
        return self._names[user_id]

    def _revision(self, data: dict[str, Any]) -> Revision:
        rev_id = data.get("id")
        date = data.get("date_gmt")
        return Revision(rev_id if isinstance(rev_id, int) and not isinstance(rev_id, bool) else 0,
                        self._author(data.get("author")), date if isinstance(date, str) else "",
                        _raw(data.get("title")), _raw(data.get("content")))

    def list(self) -> list[Revision]:
        """Newest first. A revision the account may not read is a `PermissionDenied` sentence."""
        params = {"context": "edit", "per_page": MAX_REVISIONS, "orderby": "date", "order": "desc"}
        found = self.client.get_list(f"/wp/v2/posts/{self.post_id}/revisions", params,
                                     what=translate("Revisions", "the post's revisions"))
        return [self._revision(item) for item in found]

    def get(self, revision_id: int) -> Revision:
        data = self.client.get_object(f"/wp/v2/posts/{self.post_id}/revisions/{int(revision_id)}",
                                      {"context": "edit"}, what=translate("Revisions", "a revision"))
        return self._revision(data)
