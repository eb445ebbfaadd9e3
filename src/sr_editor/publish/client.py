"""A small WordPress REST client: timeouts on every request, retries only for GETs, typed errors, no secrets shown.

Requests go to `/wp-json/...`; a site without pretty permalinks answers those with an HTML 404, and the client
then switches to `?rest_route=` for the rest of its life.
"""

from __future__ import annotations

import html
import ipaddress
import logging
import re
import time
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import urljoin, urlsplit

import requests

from sr_editor.publish import errors

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = (5.0, 60.0)  # connect, read (seconds)
RETRY_STATUSES = (502, 503, 504)
_AUTH_CODES = ("rest_not_logged_in", "incorrect_password", "invalid_username", "invalid_email", "rest_forbidden")


def is_loopback_host(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def normalize_site_url(url: str) -> str:
    """`https://site/` -> `https://site`; refuses anything but https, except http on loopback addresses."""
    text = url.strip()
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise errors.InsecureURLError(text or "(empty)")
    if parts.username or parts.password:
        raise errors.InsecureURLError(f"{parts.scheme}://{parts.hostname}")  # never echo a password in a URL
    if parts.scheme == "http" and not is_loopback_host(parts.hostname):
        raise errors.InsecureURLError(text)
    return f"{parts.scheme}://{parts.netloc}{parts.path.rstrip('/')}"


def _html_summary(text: str) -> str:
    """The <title> or first heading of an HTML error page, in at most ~80 characters."""
    match = re.search(r"<title[^>]*>(.*?)</title>", text, re.S | re.I) or re.search(
        r"<h1[^>]*>(.*?)</h1>", text, re.S | re.I
    )
    found = match.group(1) if match else ""
    plain = html.unescape(re.sub(r"<[^>]+>", " ", found))
    plain = " ".join(plain.split())
    return plain[:80]


def _json_or_none(response: requests.Response) -> Any:
    try:
        return response.json()
    except ValueError:
        return None


class _Secret:
    """Holds the password; its repr and str never show it."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "<hidden>"

    __str__ = __repr__


class WordPressClient:
    """One site and one user. Not thread-safe: one client per worker."""

    def __init__(
        self,
        base_url: str,
        username: str,
        password: str | None,
        *,
        site_name: str | None = None,
        session: requests.Session | None = None,
        timeout: tuple[float, float] = DEFAULT_TIMEOUT,
        retries: int = 2,
        backoff: float = 0.5,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.base_url = normalize_site_url(base_url)
        self.username = username
        self.site_name = site_name or urlsplit(self.base_url).netloc
        self._password = _Secret(password or "")
        self._session = session or requests.Session()
        self._session.trust_env = False  # no proxies or .netrc credentials sneaking in
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff
        self._sleep = sleep
        self.route_mode: str | None = None  # "pretty" (/wp-json/) or "query" (?rest_route=)
        self._me: dict[str, Any] | None = None
        self.downloads = 0  # files fetched by `download` (the pull benchmark reports it)

    def __repr__(self) -> str:
        return f"WordPressClient({self.base_url!r}, user={self.username!r})"

    # ----- URLs and sending ---------------------------------------------------------------------
    def url_for(self, route: str, mode: str | None = None) -> str:
        route = "/" + route.lstrip("/")
        if (mode or self.route_mode or "pretty") == "pretty":
            return f"{self.base_url}/wp-json{route}"
        return f"{self.base_url}/?rest_route={route}"

    def _auth(self) -> tuple[str, str] | None:
        secret = self._password.reveal()
        return (self.username, secret) if self.username and secret else None

    def _send_once(self, method: str, route: str, **kwargs: Any) -> requests.Response:
        url = self.url_for(route)
        try:
            response = self._session.request(method, url, auth=self._auth(), timeout=self.timeout, **kwargs)
        except requests.exceptions.SSLError:
            raise errors.TLSFailure(self.site_name) from None
        except requests.exceptions.Timeout:
            raise errors.SiteTimeout(self.site_name) from None
        except (requests.exceptions.ConnectionError, requests.exceptions.ChunkedEncodingError):
            raise errors.SiteUnreachable(self.site_name) from None
        log.debug("%s %s -> %s", method, url, response.status_code)
        if self.route_mode is None and response.status_code == 404 and _json_or_none(response) is None:
            self.route_mode = "query"  # no pretty permalinks: /wp-json/ is an HTML 404 page
            return self._send_once(method, route, **kwargs)
        if self.route_mode is None and response.status_code < 500:
            self.route_mode = "pretty" if "/wp-json/" in url else "query"
        return response

    def request(self, method: str, route: str, **kwargs: Any) -> requests.Response:
        """Send, retrying GETs on connection trouble and 502/503/504; raise a typed error for any failure."""
        attempts = 1 + (self.retries if method.upper() == "GET" else 0)
        for attempt in range(attempts):
            last = attempt == attempts - 1
            try:
                response = self._send_once(method, route, **kwargs)
            except (errors.SiteTimeout, errors.SiteUnreachable):
                if last:
                    raise
                self._sleep(self.backoff * 2**attempt)
                continue
            if response.status_code in RETRY_STATUSES and not last:
                self._sleep(self.backoff * 2**attempt)
                continue
            if response.status_code >= 400:
                raise self.error_for(response, kwargs.get("data"))
            return response
        raise AssertionError("unreachable")

    def me(self) -> dict[str, Any]:
        """`/users/me` in edit context (roles, capabilities); fetched once. A wrong password fails here."""
        if self._me is None:
            found = self.get("/wp/v2/users/me", {"context": "edit"})
            if not isinstance(found, dict):
                raise errors.ServerError(self.site_name, 200, "the user answer was not an object")
            self._me = found
        return self._me

    def user_id(self) -> int:
        return int(self.me().get("id", 0))

    # ----- JSON helpers -------------------------------------------------------------------------
    def get(self, route: str, params: dict[str, Any] | None = None) -> Any:
        return self._parse(self.request("GET", route, params=params))

    def post(self, route: str, body: dict[str, Any], params: dict[str, Any] | None = None) -> Any:
        return self._parse(self.request("POST", route, json=body, params=params))

    def get_all(self, route: str, params: dict[str, Any] | None = None) -> Iterator[dict[str, Any]]:
        """Every item of a paginated collection (per_page=100, following X-WP-TotalPages)."""
        page = 1
        while True:
            query = {**(params or {}), "per_page": 100, "page": page}
            response = self.request("GET", route, params=query)
            items = self._parse(response)
            if not isinstance(items, list):
                raise errors.ApiError(self.site_name, response.status_code, "", "the answer was not a list")
            yield from items
            total = int(response.headers.get("X-WP-TotalPages", "1") or 1)
            if page >= total or not items:
                return
            page += 1

    def get_page(self, path: str, limit: int = 256 * 1024) -> str:
        """A public page outside the REST API (the feed, the home page), sent without the password: at most
        `limit` bytes of text, or "" on any failure or a redirect to another host (one redirect at most)."""
        url = f"{self.base_url}{path}"
        host = urlsplit(self.base_url).netloc
        for _ in range(2):
            try:
                response = self._session.get(url, timeout=self.timeout, allow_redirects=False, stream=True)
                with response:
                    if response.is_redirect:
                        url = urljoin(url, response.headers.get("Location", ""))
                        if urlsplit(url).netloc != host:
                            return ""
                        continue
                    if response.status_code != 200:
                        return ""
                    data: bytes = response.raw.read(limit, decode_content=True)
                    return data.decode("utf-8", "replace")
            except (requests.RequestException, OSError, ValueError, AttributeError, TypeError):
                return ""
        return ""

    def upload_media(self, data: bytes, filename: str, mime: str, params: dict[str, Any] | None = None) -> Any:
        headers = {"Content-Type": mime, "Content-Disposition": f'attachment; filename="{filename}"'}
        try:
            response = self.request("POST", "/wp/v2/media", data=data, headers=headers, params=params)
        except (errors.ServerError, errors.ApiError, errors.UploadTooLarge) as exc:
            if isinstance(exc, errors.UploadTooLarge) or _looks_too_large(exc):
                raise errors.UploadTooLarge(self.site_name, filename, len(data)) from None
            raise
        return self._parse(response)

    def download(self, url: str, limit: int = 64 * 2**20) -> bytes:
        """A file of this site (a media original), without the password; refuses other hosts and huge files."""
        parts, own = urlsplit(url), urlsplit(self.base_url)
        if (parts.scheme, parts.netloc) != (own.scheme, own.netloc):
            raise errors.PublishError(f"{url} is not on {self.site_name}; only the site's own files are fetched.")
        try:
            response = self._session.get(url, timeout=self.timeout, stream=True)
        except requests.exceptions.Timeout:
            raise errors.SiteTimeout(self.site_name) from None
        except (requests.exceptions.ConnectionError, requests.exceptions.ChunkedEncodingError):
            raise errors.SiteUnreachable(self.site_name) from None
        with response:
            if response.status_code == 404:
                raise errors.NotFound(self.site_name, f"file {parts.path.rsplit('/', 1)[-1]}")
            if response.status_code >= 400:
                raise errors.ServerError(self.site_name, response.status_code, f"downloading {parts.path}")
            data = bytearray()
            try:
                for chunk in response.iter_content(1 << 16):
                    data.extend(chunk)
                    if len(data) > limit:
                        raise errors.PublishError(f"{url} is larger than {limit // 2**20} MB; it was not downloaded.")
            except (requests.exceptions.ConnectionError, requests.exceptions.ChunkedEncodingError):
                raise errors.SiteUnreachable(self.site_name) from None
        self.downloads += 1
        return bytes(data)

    def _parse(self, response: requests.Response) -> Any:
        data = _json_or_none(response)
        if data is None and response.content:
            summary = _html_summary(response.text) or "the answer was not JSON"
            raise errors.ServerError(self.site_name, response.status_code, summary)
        return data

    # ----- errors -------------------------------------------------------------------------------
    def error_for(self, response: requests.Response, sent: Any = None) -> errors.PublishError:
        status = response.status_code
        data = _json_or_none(response)
        code = str(data.get("code", "")) if isinstance(data, dict) else ""
        message = html.unescape(re.sub(r"<[^>]+>", "", str(data.get("message", "")))) if isinstance(data, dict) else ""
        site = self.site_name
        if status == 413:
            size = len(sent) if isinstance(sent, bytes | bytearray) else 0
            return errors.UploadTooLarge(site, "the image", size)
        if code == "application_passwords_disabled":
            return errors.ApplicationPasswordsDisabled(site)
        if status == 401 or code in ("incorrect_password", "invalid_username", "rest_not_logged_in"):
            return errors.AuthError(site, code=code)
        if code == "rest_cannot_publish":
            return errors.RoleCannotPublish(site)
        if code == "rest_cannot_create" and "media" in response.url:
            return errors.PermissionDenied(site, "upload images")
        if status == 403:
            return errors.PermissionDenied(site, "do this", message.rstrip("."))
        if status == 404 and code in ("rest_post_invalid_id", "rest_term_invalid", "rest_user_invalid_id"):
            return errors.NotFound(site, "such item")
        if status >= 500:
            summary = message or _html_summary(response.text)
            return errors.ServerError(site, status, summary)
        if data is None:
            return errors.ServerError(site, status, _html_summary(response.text))
        extra = data.get("data") if isinstance(data, dict) else None
        return errors.ApiError(site, status, code, message, extra if isinstance(extra, dict) else None)


def _looks_too_large(exc: errors.PublishError) -> bool:
    if isinstance(exc, errors.ApiError):
        return exc.code in ("rest_upload_no_data", "rest_upload_file_too_big", "rest_upload_limited_space")
    text = str(exc).lower()
    return "memory" in text or "too large" in text or "exceeds" in text
