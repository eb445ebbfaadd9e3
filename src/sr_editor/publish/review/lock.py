"""WordPress's own post lock ("… is currently editing" in wp-admin), held while an article linked to a post is
open: read, taken and refreshed (the lock lapses 150 s after its last refresh), and given back on close."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sr_editor.core.i18n import translate
from sr_editor.publish import errors
from sr_editor.publish.review.companion import NAMESPACE, is_missing_route
from sr_editor.publish.review.errors import CompanionMissing, PostLocked
from sr_editor.publish.wordpress.client import WordPressClient

REFRESH_SECONDS = 60  # wp-admin refreshes every 60 s (heartbeat) against a 150 s window: the same rhythm


@dataclass(frozen=True)
class LockState:
    locked: bool
    mine: bool = False
    user_id: int = 0
    user_name: str | None = None  # None: the holder's account no longer exists
    since_gmt: str = ""

    def holder(self) -> str:
        if self.user_name:
            return self.user_name
        return translate("PostLock", "a user who no longer exists (#{0})").format(self.user_id)


def _object(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _state(data: Any) -> LockState:
    if not isinstance(data, dict) or data.get("locked") is not True:
        return LockState(False)
    user = _object(data.get("user"))
    user_id = user.get("id")
    name = user.get("name")
    since = data.get("since_gmt")
    return LockState(
        True, data.get("mine") is True, user_id if isinstance(user_id, int) and not isinstance(user_id, bool) else 0,
        name if isinstance(name, str) and name.strip() else None, since if isinstance(since, str) else "",
    )


class PostLock:
    """One post's lock on one site, through the companion plugin."""

    feature = translate("CompanionMissing", "showing who is editing a post")

    def __init__(self, client: WordPressClient, post_id: int) -> None:
        self.client, self.post_id = client, post_id
        self.route = f"{NAMESPACE}/posts/{int(post_id)}/lock"

    def _call(self, method: str, **kw: Any) -> LockState:
        try:
            response = self.client.request(method, self.route, op=errors.Operation.UPDATE_POST, **kw)
        except errors.ApiError as exc:
            if exc.status == 409 and exc.code == "sr_editor_locked":
                state = _state(exc.data)
                raise PostLocked(self.client.site_name, state.holder(), state.since_gmt) from None
            if is_missing_route(exc):
                raise CompanionMissing(self.client.site_name, self.feature) from None
            raise
        try:
            return _state(response.json())
        except ValueError:
            raise errors.UnexpectedAnswer(self.client.site_name, translate("UnexpectedAnswer", "the post lock"),
                                          translate("UnexpectedAnswer", "an object")) from None

    def state(self) -> LockState:
        return self._call("GET")

    def take(self, force: bool = False) -> LockState:
        """Take or refresh the lock; `PostLocked` names who holds it unless `force` (take over, as wp-admin offers)."""
        return self._call("POST", json={"force": force})

    def release(self) -> LockState:
        return self._call("DELETE")
