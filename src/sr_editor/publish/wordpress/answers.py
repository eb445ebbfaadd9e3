"""What a WordPress answer means: its JSON (or the sentence for an answer that is not the REST API's), the shape a
caller expects (an object, a list of objects), and the typed error for a failed answer, worded by what the request
was for (`Operation`), never by its URL. Functions of the answer alone: the client sends, this module reads.
"""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING, Any

from sr_editor.core.i18n import translate
from sr_editor.publish import errors
from sr_editor.publish.errors import Operation

if TYPE_CHECKING:
    import requests


def html_summary(text: str) -> str:
    """The <title> or first heading of an HTML error page, in at most ~80 characters."""
    match = re.search(r"<title[^>]*>(.*?)</title>", text, re.S | re.I) or re.search(
        r"<h1[^>]*>(.*?)</h1>", text, re.S | re.I
    )
    found = match.group(1) if match else ""
    plain = html.unescape(re.sub(r"<[^>]+>", " ", found))
    plain = " ".join(plain.split())
    return plain[:80]


def json_or_none(response: requests.Response) -> Any:
    try:
        return response.json()
    except ValueError:
        return None


def parse(response: requests.Response, site: str, base_url: str) -> Any:
    """The answer's JSON; an answer that is not JSON is one sentence (not WordPress, or the server's error)."""
    try:
        return response.json()
    except ValueError:
        data = None
    if response.content and response.status_code < 300:  # a web server, but not WordPress's REST API
        raise errors.NotWordPress(site, base_url)
    if response.content:
        summary = html_summary(response.text) or translate("ServerError", "the answer was not JSON")
        raise errors.ServerError(site, response.status_code, summary)
    return data


def expect_object(data: Any, what: str, site: str) -> dict[str, Any]:
    """`data` when it is a JSON object; else one sentence naming `what` and what came instead."""
    if not isinstance(data, dict):
        raise errors.UnexpectedAnswer(site, what, translate(
            "UnexpectedAnswer", "an object ({0} instead)").format(kind(data)))
    return data


def expect_objects(data: Any, what: str, site: str) -> list[dict[str, Any]]:
    """`data` when it is a JSON list of objects; else one sentence naming `what`."""
    if not isinstance(data, list):
        raise errors.UnexpectedAnswer(site, what, translate(
            "UnexpectedAnswer", "a list ({0} instead)").format(kind(data)))
    if not all(isinstance(item, dict) for item in data):
        raise errors.UnexpectedAnswer(site, what, translate("UnexpectedAnswer", "a list of objects"))
    return data


def error_for(response: requests.Response, site: str, base_url: str, password: str, sent: Any = None,
              op: Operation = Operation.READ) -> errors.PublishError:
    """The typed error for a failed answer, worded by `op`, the request's purpose (never by its URL). `password`
    only tells whether it looks like an application password; it is never part of the error."""
    status = response.status_code
    data = json_or_none(response)
    body = data if isinstance(data, dict) else {}
    code = str(body.get("code", ""))
    message = html.unescape(re.sub(r"<[^>]+>", "", str(body.get("message", ""))))
    if status == 413:
        if op is Operation.UPLOAD_MEDIA:
            size = len(sent) if isinstance(sent, bytes | bytearray) else 0
            return errors.UploadTooLarge(site, translate("UploadTooLarge", "the image"), size)
        return errors.RequestTooLarge(site, op)
    if code == "application_passwords_disabled":
        return errors.ApplicationPasswordsDisabled(site)
    if status == 401 or code in ("incorrect_password", "invalid_username", "rest_not_logged_in"):
        return errors.AuthError(site, code=code, profile_url=f"{base_url}/wp-admin/profile.php",
                                not_application_password=errors.not_application_password(password))
    if code == "rest_cannot_publish":
        return errors.RoleCannotPublish(site)
    if status == 403 and (code == "rest_cannot_create" or op is Operation.UPLOAD_MEDIA):
        return errors.PermissionDenied(site, op.said()[0])
    if status == 403:
        return errors.PermissionDenied(site, op.said()[0], message.rstrip("."))
    if status == 404 and code.startswith("rest_") and code.endswith(("_invalid_id", "_invalid")):
        return errors.NotFound(site, op.said()[1])
    if status >= 500:
        return errors.ServerError(site, status, message or html_summary(response.text))
    if data is None and status == 404:  # WordPress answers its REST routes in JSON, even "no such route"
        return errors.NotWordPress(site, base_url)
    if data is None:
        return errors.ServerError(site, status, html_summary(response.text))
    extra = body.get("data")
    return errors.ApiError(site, status, code, message, extra if isinstance(extra, dict) else None)


def kind(data: Any) -> str:
    """What a JSON value is, as a sentence part ("a list", "a string")."""
    names = {dict: translate("UnexpectedAnswer", "an object"), list: translate("UnexpectedAnswer", "a list"),
             str: translate("UnexpectedAnswer", "a string"), bool: translate("UnexpectedAnswer", "true or false"),
             type(None): "null"}
    return names.get(type(data)) or translate("UnexpectedAnswer", "a number")


def looks_too_large(exc: errors.PublishError) -> bool:
    """Whether a refused upload was refused for its size (the site's wording varies)."""
    if isinstance(exc, errors.ApiError):
        return exc.code in ("rest_upload_no_data", "rest_upload_file_too_big", "rest_upload_limited_space")
    text = str(exc).lower()
    return "memory" in text or "too large" in text or "exceeds" in text
