"""Reading an answer's body and downloading a site's files, both bounded however the site behaves.

`read_body` reads what a response sends in whatever pieces come and stops at an overall deadline and a size cap:
a body that trickles one byte every two seconds never trips the per-read timeout, so the deadline has to count
the whole body. `download_file` fetches a file of the site without the password; it follows a redirect only to
the site's own origin (scheme, host and port, the same check as the first address), `MAX_HOPS` at most, all
under one deadline and one size cap: no request ever reaches another host.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit

from sr_editor.core.i18n import translate
from sr_editor.core.visible_text import visible
from sr_editor.publish import errors

if TYPE_CHECKING:
    import requests

MAX_HOPS = 3
DOWNLOAD_DEADLINE = 120.0  # seconds for one file, its redirects included
DOWNLOAD_LIMIT = 64 * 2**20
ANSWER_LIMIT = 64 * 2**20  # an API answer larger than this is not a WordPress answer
_PIECE = 1 << 16


def origin(url: str) -> tuple[str, str, int | None]:
    """(scheme, host, port) with the scheme's default port filled in; port -1 for a port that is no number."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    try:
        port = parts.port or {"http": 80, "https": 443}.get(scheme)
    except ValueError:
        port = -1
    return scheme, (parts.hostname or "").lower(), port


def same_origin(url: str, base: str) -> bool:
    return origin(url) == origin(base) and origin(base)[1] != ""


def shown_url(url: str) -> str:
    """An address as a user reads it in a sentence: no user:password@, no query string, at most ~100 characters,
    control characters made visible."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    try:
        port = f":{parts.port}" if parts.port else ""
    except ValueError:
        port = ""
    text = f"{parts.scheme}://{host}{port}{parts.path}" if parts.scheme else parts.path
    return visible(text, 100)


def read_body(response: requests.Response, ends: float, limit: int, site: str,
              stopped: Callable[[], bool] | None = None) -> bytes:
    """The whole (decoded) body of a streamed response by `ends` (time.monotonic), at most `limit` bytes;
    RequestCancelled at the next piece once `stopped()` says so."""
    import requests
    import urllib3

    if response._content is not False:  # type: ignore[comparison-overlap]  # read already (a test transport)
        return response.content[: limit + 1] if len(response.content) <= limit else _too_large(response, limit, site)
    data = bytearray()
    try:
        while True:
            if time.monotonic() > ends:
                raise errors.SiteTimeout(site)
            if stopped is not None and stopped():
                raise errors.RequestCancelled(site)
            piece = response.raw.read1(_PIECE, decode_content=True)
            if not piece:
                return bytes(data)
            data.extend(piece)
            if len(data) > limit:
                _too_large(response, limit, site)
    except (urllib3.exceptions.ReadTimeoutError, requests.exceptions.Timeout):
        raise errors.SiteTimeout(site) from None
    except (urllib3.exceptions.HTTPError, requests.exceptions.RequestException, OSError, ValueError):
        raise errors.SiteUnreachable(site) from None


def _too_large(response: requests.Response, limit: int, site: str) -> bytes:
    raise errors.ServerError(site, response.status_code, translate(
        "ServerError", "the answer is larger than {0} MB").format(limit // 2**20))


def download_file(session: requests.Session, base_url: str, site: str, url: str, *,
                  timeout: tuple[float, float], deadline: float | None = None,
                  limit: int = DOWNLOAD_LIMIT, stopped: Callable[[], bool] | None = None) -> bytes:
    """A file of the site at `base_url`, fetched without the password, within `deadline` seconds and `limit`
    bytes (None: DOWNLOAD_DEADLINE), following at most MAX_HOPS redirects and each only to the site's own
    origin; `stopped()` true ends it with RequestCancelled before the next request or piece. Safe to call from
    several threads on one session (it keeps no state of its own)."""
    ends = time.monotonic() + (DOWNLOAD_DEADLINE if deadline is None else deadline)
    target, previous = url, ""
    for _hop in range(MAX_HOPS + 1):
        if previous and not same_origin(target, base_url):
            raise errors.RedirectRefused(site, shown_url(previous), shown_url(target))
        if not same_origin(target, base_url):
            raise errors.PublishError(translate(
                "client", "{0} is not on {1}; only the site's own files are fetched.").format(shown_url(target), site))
        if stopped is not None and stopped():
            raise errors.RequestCancelled(site)
        response = _get(session, target, ends, timeout, site)
        try:
            if response.is_redirect:
                previous, target = target, urljoin(target, response.headers.get("Location", ""))
                continue
            _check_status(response, target, site)
            try:
                return read_body(response, ends, limit, site, stopped)
            except errors.ServerError:
                raise errors.PublishError(translate(
                    "client", "{0} is larger than {1} MB; it was not downloaded.").format(
                        shown_url(url), limit // 2**20)) from None
        finally:
            if response.raw is not None:  # a test transport hands the body over already read, without a socket
                response.close()
    raise errors.RedirectRefused(site, shown_url(url), shown_url(target))


def _get(session: requests.Session, url: str, ends: float, timeout: tuple[float, float], site: str) -> Any:
    import requests

    left = ends - time.monotonic()
    if left <= 0:
        raise errors.SiteTimeout(site)
    try:
        return session.get(url, timeout=(min(timeout[0], left), min(timeout[1], left)), stream=True,
                           allow_redirects=False)
    except requests.exceptions.Timeout:
        raise errors.SiteTimeout(site) from None
    except (requests.exceptions.ConnectionError, requests.exceptions.ChunkedEncodingError):
        raise errors.SiteUnreachable(site) from None
    except (requests.exceptions.RequestException, ValueError):  # an address requests cannot even send
        raise errors.SiteUnreachable(site) from None


def _check_status(response: requests.Response, url: str, site: str) -> None:
    if response.status_code == 404:
        name = urlsplit(url).path.rsplit("/", 1)[-1]
        raise errors.NotFound(site, translate("NotFound", "file {0}").format(visible(name, 80)))
    if response.status_code >= 400:
        raise errors.ServerError(site, response.status_code, translate(
            "ServerError", "downloading {0}").format(shown_url(url)))
    if response.status_code != 200:  # 1xx, 204, 206, 304, a 3xx without Location: not a file
        raise errors.ServerError(site, response.status_code, translate(
            "ServerError", "downloading {0}").format(shown_url(url)))
