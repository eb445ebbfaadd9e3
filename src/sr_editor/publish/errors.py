"""Publishing errors: each `str()` is one sentence a writer understands; none ever carries a password."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any

from sr_editor.core.errors import SrEditorError
from sr_editor.core.i18n import translate


class PublishError(SrEditorError):
    """Base of everything that can go wrong while talking to a site; the article always stays local."""


class Operation(Enum):
    """What a request was for. Errors are worded by the operation the caller names, never guessed from the URL
    (a `_fields=featured_media` in a post request once made a refused post read as a refused image upload)."""

    READ = ("read this", "such item")
    VERIFY_LOGIN = ("log in", "such user")
    CREATE_POST = ("create posts", "such post")
    UPDATE_POST = ("edit this post", "such post")
    UPLOAD_MEDIA = ("upload images", "such image")
    UPDATE_MEDIA = ("edit this image's details", "such image")
    CREATE_TAG = ("create tags", "such tag")

    def __init__(self, action: str, missing: str) -> None:
        self.action = action  # "Your account may not <action>"
        self.missing = missing  # "<site> has no <missing>"

    def said(self) -> tuple[str, str]:
        """(action, missing) in the interface language, for a sentence."""
        words = {
            Operation.READ: (translate("Operation", "read this"), translate("Operation", "such item")),
            Operation.VERIFY_LOGIN: (translate("Operation", "log in"), translate("Operation", "such user")),
            Operation.CREATE_POST: (translate("Operation", "create posts"), translate("Operation", "such post")),
            Operation.UPDATE_POST: (translate("Operation", "edit this post"), translate("Operation", "such post")),
            Operation.UPLOAD_MEDIA: (translate("Operation", "upload images"), translate("Operation", "such image")),
            Operation.UPDATE_MEDIA: (translate("Operation", "edit this image's details"),
                                     translate("Operation", "such image")),
            Operation.CREATE_TAG: (translate("Operation", "create tags"), translate("Operation", "such tag")),
        }
        return words.get(self, (self.action, self.missing))


class InsecureURLError(PublishError):
    def __init__(self, url: str) -> None:
        self.url = url
        super().__init__(translate(
            "InsecureURLError", "{0} is not a safe address: use https:// (plain http:// is only allowed for this "
            "computer).").format(url))


class AuthError(PublishError):
    """Wrong username or Application Password (or application passwords switched off on the site)."""

    def __init__(self, site: str, detail: str = "", code: str = "") -> None:
        self.site = site
        self.code = code
        extra = f" ({detail})" if detail else ""
        super().__init__(translate(
            "AuthError", "{0} did not accept the username or password{1}. An Application Password needs your "
            "WordPress username (the one you log in with), not the name you gave the password.").format(site, extra))


class ApplicationPasswordsDisabled(AuthError):
    def __init__(self, site: str) -> None:
        PublishError.__init__(self, translate(
            "ApplicationPasswordsDisabled", "{0} has Application Passwords switched off; ask the site's administrator "
            "to enable them.").format(site))
        self.site = site
        self.code = "application_passwords_disabled"


class PermissionDenied(PublishError):
    """The user's role may not do this (edit someone else's post, upload media...)."""

    def __init__(self, site: str, action: str, detail: str = "") -> None:
        self.site = site
        self.action = action
        extra = f" ({detail})" if detail else ""
        super().__init__(translate("PermissionDenied", "Your account on {0} may not {1}{2}.").format(
            site, action, extra))


class RoleCannotPublish(PermissionDenied):
    def __init__(self, site: str) -> None:
        PublishError.__init__(self, translate(
            "RoleCannotPublish", "Your account on {0} may not publish posts; use \"submit for review\" (status "
            "pending) instead.").format(site))
        self.site = site
        self.action = "publish posts"


class UploadTooLarge(PublishError):
    def __init__(self, site: str, filename: str, size: int) -> None:
        self.filename = filename
        self.size = size
        super().__init__(translate(
            "UploadTooLarge", "{0} refused the image {1} ({2} MB) as too large; use a smaller image or ask the "
            "site's administrator to raise the upload limit.").format(site, filename, f"{size / 1e6:.1f}"))


class ServerError(PublishError):
    def __init__(self, site: str, status: int, summary: str = "") -> None:
        self.status = status
        extra = f": {summary}" if summary else ""
        super().__init__(translate(
            "ServerError", "{0} had an internal problem (HTTP {1}{2}); the article stays local, try again later."
        ).format(site, status, extra))


class SiteTimeout(PublishError):
    def __init__(self, site: str, seconds: float | None = None) -> None:
        if seconds:
            super().__init__(translate(
                "SiteTimeout", "{0} did not answer within {1} s; the article stays local and can be published later."
            ).format(site, f"{seconds:.0f}"))
        else:
            super().__init__(translate(
                "SiteTimeout", "{0} did not answer in time; the article stays local and can be published later."
            ).format(site))


class RequestCancelled(PublishError):
    def __init__(self, site: str) -> None:
        super().__init__(translate("RequestCancelled", "The request to {0} was cancelled.").format(site))


class RedirectRefused(PublishError):
    """The site answered with a redirect we do not follow (another host or scheme, or on a write)."""

    def __init__(self, site: str, from_url: str, to_url: str) -> None:
        self.from_url = from_url
        self.to_url = to_url
        super().__init__(translate(
            "RedirectRefused", "{0} redirected {1} to {2}, which sr-editor does not follow, so nothing was sent "
            "there: check the site's address in the site settings.").format(site, from_url, to_url))


class UnexpectedAnswer(PublishError):
    """A JSON answer of the wrong shape (a list where an object belongs, null, a string...)."""

    def __init__(self, site: str, what: str, expected: str) -> None:
        self.what = what
        super().__init__(translate(
            "UnexpectedAnswer", "{0} answered {1} with something other than {2}, so it is not usable; check that the "
            "address is the WordPress site (the article stays local).").format(site, what, expected))


class RequestTooLarge(PublishError):
    def __init__(self, site: str, operation: Operation) -> None:
        super().__init__(translate(
            "RequestTooLarge", "{0} refused the request as too large (HTTP 413) when trying to {1}; ask the site's "
            "administrator to raise the request size limit.").format(site, operation.said()[0]))


class TLSFailure(PublishError):
    def __init__(self, site: str) -> None:
        super().__init__(translate(
            "TLSFailure", "The secure connection to {0} failed (its certificate could not be verified); nothing was "
            "sent.").format(site))


class SiteUnreachable(PublishError):
    def __init__(self, site: str) -> None:
        super().__init__(translate(
            "SiteUnreachable", "{0} cannot be reached (offline, or a wrong address); the article stays local and can "
            "be published later.").format(site))


class NotWordPress(PublishError):
    def __init__(self, site: str) -> None:
        super().__init__(translate(
            "NotWordPress", "{0} does not answer like a WordPress site with the REST API (neither /wp-json/ nor "
            "?rest_route=).").format(site))


class NotFound(PublishError):
    def __init__(self, site: str, what: str) -> None:
        self.what = what
        super().__init__(translate("NotFound", "{0} has no {1} (it may have been deleted on the site).").format(
            site, what))


class ApiError(PublishError):
    """Any other refusal; carries WordPress's own code and message."""

    def __init__(self, site: str, status: int, code: str, message: str, data: dict[str, Any] | None = None) -> None:
        self.status = status
        self.code = code
        self.data = data or {}
        text = message.rstrip(".") if message else translate("ApiError", "error {0}").format(code or status)
        super().__init__(translate("ApiError", "{0} refused the request: {1}.").format(site, text))


class ResponseMismatch(PublishError):
    """WordPress silently dropped something we sent (unknown term or media ids)."""

    def __init__(self, site: str, what: str) -> None:
        super().__init__(translate(
            "ResponseMismatch", "{0} did not keep the {1} we sent; run sync-terms and publish again.").format(
                site, _sent_words(what)))


class UnknownRegion(PublishError):
    def __init__(self, path: str, region: str, site: str) -> None:
        self.region = region
        super().__init__(translate(
            "UnknownRegion", "{0}: the region \"{1}\" has no category on {2}; run sync-terms or fix the region."
        ).format(path, region, site))


class ChecksFailed(PublishError):
    def __init__(self, path: str, messages: list[str]) -> None:
        self.messages = messages
        first = messages[0] if messages else translate("ChecksFailed", "a check failed")
        more = translate("ChecksFailed", " (and {0} more)").format(len(messages) - 1) if len(messages) > 1 else ""
        super().__init__(translate("ChecksFailed", "{0}: not published, fix this first{1}: {2} (or use force).").format(
            path, more, first))


class PublishCancelled(PublishError):
    def __init__(self, path: str) -> None:
        super().__init__(translate(
            "PublishCancelled", "{0}: publishing was cancelled; what was done so far is recorded.").format(path))


class PublishBusy(PublishError):
    def __init__(self, path: str, seconds: float) -> None:
        super().__init__(translate(
            "PublishBusy", "{0}: another sr-editor window or command has been publishing this article for over {1} s; "
            "try again when it has finished.").format(path, f"{seconds:.0f}"))


class CreateUnconfirmed(PublishError):
    """A create timed out and the post did not show up while we waited; a later publish finds it if it lands."""

    def __init__(self, path: str, site: str, seconds: float) -> None:
        super().__init__(translate(
            "CreateUnconfirmed", "{0}: {1} did not confirm the new post, and it had not appeared {2} s later; publish "
            "again later (publishing first looks for a post that arrived late and updates it).").format(
                path, site, f"{seconds:.0f}"))


@dataclass(frozen=True)
class ConflictInfo:
    who: str
    when: str  # modified_gmt on the site, ISO
    diff: str  # unified diff: site's content (raw) -> ours
    # The readable comparison (core.review.compare.FieldDiff per field, word by word on rendered text); () when unknown.
    fields: tuple[Any, ...] = ()


class ConflictError(PublishError):
    def __init__(self, path: str, site: str, info: ConflictInfo) -> None:
        self.info = info
        super().__init__(translate(
            "ConflictError", "{0}: the post on {1} was changed by {2} at {3} UTC since you last published; not "
            "overwriting it (compare, then publish with force to overwrite).").format(
                path, site, info.who, info.when))


class CredentialsUnavailable(PublishError):
    def __init__(self, site: str, reason: str) -> None:
        super().__init__(translate("CredentialsUnavailable", "No password for {0}: {1}").format(site, reason))


def _sent_words(what: str) -> str:
    """What WordPress dropped ('categories', 'tags', 'featured image') in the interface language."""
    words = {"categories": translate("ResponseMismatch", "categories"), "tags": translate("ResponseMismatch", "tags"),
             "featured image": translate("ResponseMismatch", "featured image")}
    return words.get(what, what)
