"""Publishing errors: each `str()` is one sentence a writer understands; none ever carries a password."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sr_editor.core.errors import SrEditorError


class PublishError(SrEditorError):
    """Base of everything that can go wrong while talking to a site; the article always stays local."""


class InsecureURLError(PublishError):
    def __init__(self, url: str) -> None:
        self.url = url
        super().__init__(
            f"{url} is not a safe address: use https:// (plain http:// is only allowed for this computer)."
        )


class AuthError(PublishError):
    """Wrong username or Application Password (or application passwords switched off on the site)."""

    def __init__(self, site: str, detail: str = "", code: str = "") -> None:
        self.site = site
        self.code = code
        extra = f" ({detail})" if detail else ""
        super().__init__(
            f"{site} did not accept the username or password{extra}. An Application Password needs your "
            "WordPress username (the one you log in with), not the name you gave the password."
        )


class ApplicationPasswordsDisabled(AuthError):
    def __init__(self, site: str) -> None:
        PublishError.__init__(
            self, f"{site} has Application Passwords switched off; ask the site's administrator to enable them."
        )
        self.site = site
        self.code = "application_passwords_disabled"


class PermissionDenied(PublishError):
    """The user's role may not do this (edit someone else's post, upload media...)."""

    def __init__(self, site: str, action: str, detail: str = "") -> None:
        self.site = site
        self.action = action
        extra = f" ({detail})" if detail else ""
        super().__init__(f"Your account on {site} may not {action}{extra}.")


class RoleCannotPublish(PermissionDenied):
    def __init__(self, site: str) -> None:
        PublishError.__init__(
            self,
            f"Your account on {site} may not publish posts; use \"submit for review\" (status pending) instead.",
        )
        self.site = site
        self.action = "publish posts"


class UploadTooLarge(PublishError):
    def __init__(self, site: str, filename: str, size: int) -> None:
        self.filename = filename
        self.size = size
        super().__init__(
            f"{site} refused the image {filename} ({size / 1e6:.1f} MB) as too large; use a smaller image or "
            "ask the site's administrator to raise the upload limit."
        )


class ServerError(PublishError):
    def __init__(self, site: str, status: int, summary: str = "") -> None:
        self.status = status
        extra = f": {summary}" if summary else ""
        super().__init__(
            f"{site} had an internal problem (HTTP {status}{extra}); the article stays local, try again later."
        )


class SiteTimeout(PublishError):
    def __init__(self, site: str) -> None:
        super().__init__(f"{site} did not answer in time; the article stays local and can be published later.")


class TLSFailure(PublishError):
    def __init__(self, site: str) -> None:
        super().__init__(
            f"The secure connection to {site} failed (its certificate could not be verified); nothing was sent."
        )


class SiteUnreachable(PublishError):
    def __init__(self, site: str) -> None:
        super().__init__(
            f"{site} cannot be reached (offline, or a wrong address); the article stays local and can be "
            "published later."
        )


class NotWordPress(PublishError):
    def __init__(self, site: str) -> None:
        super().__init__(
            f"{site} does not answer like a WordPress site with the REST API (neither /wp-json/ nor ?rest_route=)."
        )


class NotFound(PublishError):
    def __init__(self, site: str, what: str) -> None:
        self.what = what
        super().__init__(f"{site} has no {what} (it may have been deleted on the site).")


class ApiError(PublishError):
    """Any other refusal; carries WordPress's own code and message."""

    def __init__(self, site: str, status: int, code: str, message: str, data: dict[str, Any] | None = None) -> None:
        self.status = status
        self.code = code
        self.data = data or {}
        text = message.rstrip(".") if message else f"error {code or status}"
        super().__init__(f"{site} refused the request: {text}.")


class ResponseMismatch(PublishError):
    """WordPress silently dropped something we sent (unknown term or media ids)."""

    def __init__(self, site: str, what: str) -> None:
        super().__init__(f"{site} did not keep the {what} we sent; run sync-terms and publish again.")


class UnknownRegion(PublishError):
    def __init__(self, path: str, region: str, site: str) -> None:
        self.region = region
        super().__init__(
            f"{path}: the region \"{region}\" has no category on {site}; run sync-terms or fix the region."
        )


class ChecksFailed(PublishError):
    def __init__(self, path: str, messages: list[str]) -> None:
        self.messages = messages
        first = messages[0] if messages else "a check failed"
        more = f" (and {len(messages) - 1} more)" if len(messages) > 1 else ""
        super().__init__(f"{path}: not published, fix this first{more}: {first} (or use force).")


class PublishCancelled(PublishError):
    def __init__(self, path: str) -> None:
        super().__init__(f"{path}: publishing was cancelled; what was done so far is recorded.")


@dataclass(frozen=True)
class ConflictInfo:
    who: str
    when: str  # modified_gmt on the site, ISO
    diff: str  # unified diff: site's content (raw) -> ours
    # The readable comparison (core.compare.FieldDiff per field, word by word on rendered text); () when unknown.
    fields: tuple[Any, ...] = ()


class ConflictError(PublishError):
    def __init__(self, path: str, site: str, info: ConflictInfo) -> None:
        self.info = info
        super().__init__(
            f"{path}: the post on {site} was changed by {info.who} at {info.when} UTC since you last published; "
            "not overwriting it (compare, then publish with force to overwrite)."
        )


class CredentialsUnavailable(PublishError):
    def __init__(self, site: str, reason: str) -> None:
        super().__init__(f"No password for {site}: {reason}")
