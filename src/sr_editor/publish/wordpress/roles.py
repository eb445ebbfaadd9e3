"""What the account may do on a site, stored when the site is added or checked, and asked before publishing.

`.sr-editor/sites/<site>/account.json` holds the roles and capabilities of `users/me` (no secret). The publish
flow reads it before sending anything: a Contributor asking to publish is told to submit for review, and a
Contributor whose article has images the site does not have yet is told that the role cannot upload them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sr_editor.core.i18n import translate
from sr_editor.publish import errors
from sr_editor.publish.wordpress.sites import atomic_write_text

STATE_DIR = ".sr-editor"
PUBLISHING_STATUSES = ("publish", "future", "private")


@dataclass(frozen=True)
class AccountInfo:
    roles: tuple[str, ...] = ()
    capabilities: dict[str, bool] = field(default_factory=dict)
    checked_at: str = ""

    @classmethod
    def from_me(cls, me: Any) -> AccountInfo:
        me = me if isinstance(me, dict) else {}
        caps = me.get("capabilities") if isinstance(me.get("capabilities"), dict) else {}
        return cls(tuple(str(r) for r in me.get("roles") or ()), {str(k): bool(v) for k, v in (caps or {}).items()},
                   datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"))

    @property
    def role(self) -> str:
        return ", ".join(r.capitalize() for r in self.roles) or translate("RoleCannotDoThis",
                                                                          "an account without a role")

    def can(self, capability: str) -> bool:
        return self.capabilities.get(capability, False)


def account_path(workspace: Path, site: str) -> Path:
    return workspace / STATE_DIR / "sites" / site / "account.json"


def save_account(workspace: Path, site: str, account: AccountInfo) -> None:
    path = account_path(workspace, site)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {"roles": list(account.roles), "capabilities": account.capabilities, "checked_at": account.checked_at}
    atomic_write_text(path, json.dumps(data, indent=2, sort_keys=True) + "\n")


def load_account(workspace: Path, site: str) -> AccountInfo | None:
    try:
        raw = json.loads(account_path(workspace, site).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(raw, dict) or not isinstance(raw.get("capabilities"), dict):
        return None
    roles = raw.get("roles") or []
    if not isinstance(roles, list) or not all(isinstance(r, str) for r in roles):
        return None  # a damaged copy: the account is asked again on the next check
    return AccountInfo(tuple(roles), {str(k): v is True for k, v in raw["capabilities"].items()},
                       str(raw.get("checked_at", "")))


class RoleCannotDoThis(errors.PermissionDenied):
    """Refused before any request: the stored capabilities say the account may not."""

    def __init__(self, message: str) -> None:
        errors.PublishError.__init__(self, message)


def preflight(account: AccountInfo | None, site: str, status: str | None, new_images: list[str]) -> None:
    """Raise a sentence when the account may not do what this publish asks (unknown account: let the site say)."""
    if account is None or not account.capabilities:
        return
    if status in PUBLISHING_STATUSES and not account.can("publish_posts"):
        raise RoleCannotDoThis(translate(
            "RoleCannotDoThis", "Your account on {0} is {1}: it may not publish. Use \"Submit for review\" (status "
            "pending) and an Editor will publish it.").format(site, account.role))
    if new_images and not account.can("upload_files"):
        listed = ", ".join(new_images[:3]) + (" …" if len(new_images) > 3 else "")
        raise RoleCannotDoThis(translate(
            "RoleCannotDoThis", "Your account on {0} is {1}: it cannot upload images, and this article has {2} "
            "image(s) the site does not have yet ({3}). Ask an Editor or Author to publish it with the images, or "
            "remove them and submit the text for review.").format(site, account.role, len(new_images), listed))
