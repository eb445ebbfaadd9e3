"""A small WordPress REST client: timeouts on every request, retries only for GETs, typed errors, no secrets shown.

Requests go to `/wp-json/...`; a site without pretty permalinks answers those with an HTML 404, and the client
then switches to `?rest_route=` for the rest of its life.

Limits, so that a misbehaving site is reported in one sentence: one request, its retries and pauses included, gets
`deadline` seconds (a site that hangs on every GET is reported after 30 s, not 3 x 60 s). Redirects are never
followed with the password or on a write, nor to another scheme, host or port: they are reported, naming both
addresses (a redirect must not carry the article or the password elsewhere, or down to http). `cancel()` works
from any thread at any time: the waiting caller gets `RequestCancelled` at once (the abandoned request ends by its
own timeout).
"""

from __future__ import annotations

import ipaddress
import logging
import threading
import time
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import urljoin, urlsplit

from sr_editor.core.i18n import translate
from sr_editor.import_guard import guard
from sr_editor.publish import errors
from sr_editor.publish.errors import Operation
from sr_editor.publish.wordpress import answers, paging
from sr_editor.publish.wordpress.fetch import ANSWER_LIMIT, download_file, origin, read_body, shown_url

if TYPE_CHECKING:  # imported where used: with urllib3 and ssl ~6 MiB, needed only once a site is contacted
    import requests

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = (5.0, 30.0)  # connect, read (seconds) for one attempt
DEFAULT_DEADLINE = 30.0  # one request: every attempt, retry and pause together
RETRY_STATUSES = (502, 503, 504)
MAX_REDIRECTS = 3
POOL_SIZE = 16  # connections kept per host: a pull's workers (4 downloads, 4 pages, 2 posts, 1 ahead) and more
T = TypeVar("T")


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
    if text and "://" not in text:
        given = urlsplit(f"//{text}")
        host = given.hostname or ""
        if given.username or given.password:
            raise errors.InsecureURLError(host)  # never echo a password in a URL
        raise errors.MissingScheme(text, f"{'http' if is_loopback_host(host) else 'https'}://{text}")
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise errors.InsecureURLError(text or "(empty)")
    if parts.username or parts.password:
        raise errors.InsecureURLError(f"{parts.scheme}://{parts.hostname}")  # never echo a password in a URL
    if parts.scheme == "http" and not is_loopback_host(parts.hostname):
        raise errors.InsecureURLError(text)
    return f"{parts.scheme}://{parts.netloc}{parts.path.rstrip('/')}"


def may_follow_redirect(method: str, from_url: str, to_url: str, with_password: bool) -> bool:
    """The redirect policy: only a GET without the password, to the same scheme, host and port."""
    return method.upper() == "GET" and not with_password and origin(from_url) == origin(to_url)


def _pooled_session() -> requests.Session:
    """A session whose connections stay open between requests, with room for the workers of a pull (read-ahead,
    pages, downloads) and the caller: requests' default pool keeps 10 connections per host."""
    import requests

    session = requests.Session()
    adapter = requests.adapters.HTTPAdapter(pool_connections=4, pool_maxsize=POOL_SIZE)
    session.mount("https://", adapter)
    session.mount("http://", adapter)
    return session


class _Secret:
    """Holds the password; its repr and str never show it."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def auth(self, username: str) -> tuple[str, str] | None:
        """(user, password) for Basic auth; None without a user or a password (the request goes anonymous)."""
        return (username, self._value) if username and self._value else None

    def __repr__(self) -> str:
        return "<hidden>"

    __str__ = __repr__


class WordPressClient:
    """One site and one user. Not thread-safe: one client per worker (only `cancel()` may come from elsewhere)."""

    def __init__(
        self,
        base_url: str,
        username: str,
        password: str | None,
        *,
        site_name: str | None = None,
        session: requests.Session | None = None,
        timeout: tuple[float, float] = DEFAULT_TIMEOUT,
        deadline: float = DEFAULT_DEADLINE,
        retries: int = 2,
        backoff: float = 0.5,
        sleep: Callable[[float], None] | None = None,
    ) -> None:
        with guard("requests"):  # the first client may be made on any thread (import_guard)
            import requests  # noqa: F401  # the import itself is what is guarded

        self.base_url = normalize_site_url(base_url)
        self.username = username
        self.site_name = site_name or urlsplit(self.base_url).netloc
        self._password = _Secret(password or "")
        self._session = session or _pooled_session()
        self._session.trust_env = False  # no proxies or .netrc credentials sneaking in
        self.timeout = timeout
        self.deadline = deadline
        self.retries = retries
        self.backoff = backoff
        self._sleep = sleep
        self._cancelled = threading.Event()
        self._wake = threading.Event()  # set by cancel(): the request being waited for is abandoned
        self.route_mode: str | None = None  # "pretty" (/wp-json/) or "query" (?rest_route=)
        self._me: dict[str, Any] | None = None
        self.downloads = 0  # files fetched by `download` (the pull benchmark reports it)
        self._count_lock = threading.Lock()

    def __repr__(self) -> str:
        return f"WordPressClient({self.base_url!r}, user={self.username!r})"

    def twin(self) -> WordPressClient:
        """Another client for the same site and account, for one more worker thread (a client is not
        thread-safe); it shares the connection pool and what this one learnt (route form, the account)."""
        other = WordPressClient(self.base_url, self.username, self._password.reveal(), site_name=self.site_name,
                                session=self._session, timeout=self.timeout, deadline=self.deadline,
                                retries=self.retries, backoff=self.backoff, sleep=self._sleep)
        other.route_mode, other._me = self.route_mode, self._me
        return other

    # ----- cancelling and waiting ---------------------------------------------------------------
    def cancel(self) -> None:
        """Stop now: the request in flight is abandoned and every later one raises RequestCancelled."""
        self._cancelled.set()
        self._wake.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def pause(self, seconds: float) -> None:
        """Sleep that `cancel()` interrupts (RequestCancelled)."""
        if self._sleep is not None:
            self._sleep(seconds)
        elif seconds > 0:
            self._cancelled.wait(seconds)
        if self._cancelled.is_set():
            raise errors.RequestCancelled(self.site_name)

    def _cancellable(self, call: Callable[[], T]) -> T:
        """Run `call` in a helper thread so that the caller can stop waiting the moment `cancel()` is called."""
        if self._cancelled.is_set():
            raise errors.RequestCancelled(self.site_name)
        box: dict[str, Any] = {}

        def run() -> None:
            try:
                box["value"] = call()
            except BaseException as exc:  # handed to the waiting thread
                box["error"] = exc
            finally:
                self._wake.set()

        self._wake.clear()
        worker = threading.Thread(target=run, name="wordpress-request", daemon=True)
        worker.start()
        while worker.is_alive() and not self._cancelled.is_set():
            self._wake.wait(1.0)
        if self._cancelled.is_set():
            raise errors.RequestCancelled(self.site_name)
        if "error" in box:
            raise box["error"]
        result: T = box["value"]
        return result

    # ----- URLs and sending ---------------------------------------------------------------------
    def url_for(self, route: str, mode: str | None = None) -> str:
        route = "/" + route.lstrip("/")
        if (mode or self.route_mode or "pretty") == "pretty":
            return f"{self.base_url}/wp-json{route}"
        return f"{self.base_url}/?rest_route={route}"

    def _exchange(
        self, method: str, url: str, budget: float, auth: tuple[str, str] | None, **kwargs: Any
    ) -> requests.Response:
        """One HTTP exchange, no redirect followed, bounded by `budget` seconds of waiting per socket operation."""
        import requests

        timeout = (max(0.1, min(self.timeout[0], budget)), max(0.1, min(self.timeout[1], budget)))
        ends = time.monotonic() + budget

        def exchange() -> requests.Response:
            response = self._session.request(method, url, auth=auth, timeout=timeout, allow_redirects=False,
                                             stream=True, **kwargs)
            # The body under the same budget: a trickle of one byte a second cannot hold us (a test transport
            # hands the body over already read).
            if response._content is False:  # type: ignore[comparison-overlap]
                try:
                    response._content = read_body(response, ends, ANSWER_LIMIT, self.site_name)
                    response._content_consumed = True
                finally:
                    response.close()
            return response

        try:
            return self._cancellable(exchange)
        except requests.exceptions.SSLError:
            raise errors.TLSFailure(self.site_name) from None
        except requests.exceptions.Timeout:
            raise errors.SiteTimeout(self.site_name) from None
        except (requests.exceptions.ConnectionError, requests.exceptions.ChunkedEncodingError):
            raise errors.SiteUnreachable(self.site_name) from None

    def _follow(self, method: str, url: str, response: requests.Response, budget: float) -> requests.Response:
        """Redirects: followed only by `may_follow_redirect` (never with the password); else one sentence."""
        auth = self._password.auth(self.username)
        hops = 0
        while response.is_redirect:
            here = response.url or url
            target = urljoin(here, response.headers.get("location", ""))
            if hops >= MAX_REDIRECTS or not may_follow_redirect(method, here, target, auth is not None):
                raise errors.RedirectRefused(self.site_name, shown_url(here), shown_url(target))
            hops += 1
            response = self._exchange("GET", target, budget, None)
        return response

    def _send_once(self, method: str, route: str, budget: float, **kwargs: Any) -> requests.Response:
        url = self.url_for(route)
        response = self._exchange(method, url, budget, self._password.auth(self.username), **kwargs)
        response = self._follow(method, url, response, budget)
        log.debug("%s %s -> %s", method, url, response.status_code)
        if self.route_mode is None and response.status_code == 404 and answers.json_or_none(response) is None:
            self.route_mode = "query"  # no pretty permalinks: /wp-json/ is an HTML 404 page
            return self._send_once(method, route, budget, **kwargs)
        if self.route_mode is None and response.status_code < 500:
            self.route_mode = "pretty" if "/wp-json/" in url else "query"
        return response

    def request(self, method: str, route: str, *, op: Operation = Operation.READ, **kwargs: Any) -> requests.Response:
        """Send, retrying GETs on connection trouble and 502/503/504 within `deadline` seconds in all; raise a
        typed error worded by `op` (what the request was for) for any failure."""
        method = method.upper()
        attempts = 1 + (self.retries if method == "GET" else 0)
        ends = time.monotonic() + self.deadline
        for attempt in range(attempts):
            budget = ends - time.monotonic()
            if budget <= 0:
                raise errors.SiteTimeout(self.site_name, self.deadline)
            try:
                response = self._send_once(method, route, budget, **kwargs)
            except (errors.SiteTimeout, errors.SiteUnreachable) as exc:
                self._before_retry(exc, attempt, attempts, ends)
                continue
            if response.status_code in RETRY_STATUSES and attempt < attempts - 1:
                self._before_retry(None, attempt, attempts, ends)
                continue
            if response.status_code >= 400:
                raise answers.error_for(response, self.site_name, self.base_url, self._password.reveal(),
                                        kwargs.get("data"), op)
            return response
        raise errors.SiteTimeout(self.site_name, self.deadline)

    def _before_retry(self, failure: errors.PublishError | None, attempt: int, attempts: int, ends: float) -> None:
        """Raise the failure when no attempt or time is left; else pause (cancellable) before the next attempt."""
        left = ends - time.monotonic()
        if failure is not None and attempt == attempts - 1:
            if isinstance(failure, errors.SiteTimeout):
                raise errors.SiteTimeout(self.site_name, self.deadline) from None
            raise failure
        if left <= 0:
            raise errors.SiteTimeout(self.site_name, self.deadline)
        self.pause(min(self.backoff * 2**attempt, left))

    def me(self) -> dict[str, Any]:
        """`/users/me` in edit context (roles, capabilities); fetched once. A wrong password fails here."""
        if self._me is None:
            what = translate("UnexpectedAnswer", "the user request (users/me)")
            found = self.get_object("/wp/v2/users/me", {"context": "edit"}, what=what, op=Operation.VERIFY_LOGIN)
            user_id = found.get("id")
            if not isinstance(user_id, int) or isinstance(user_id, bool):
                raise errors.UnexpectedAnswer(self.site_name, what, translate("UnexpectedAnswer", "a user with an id"))
            self._me = found
        return self._me

    def user_id(self) -> int:
        return int(self.me()["id"])

    # ----- JSON helpers -------------------------------------------------------------------------
    def get(self, route: str, params: dict[str, Any] | None = None, *, op: Operation = Operation.READ) -> Any:
        return answers.parse(self.request("GET", route, params=params, op=op), self.site_name, self.base_url)

    def get_dated(self, route: str, params: dict[str, Any] | None = None) -> tuple[Any, str]:
        """The answer and the server's `Date` header (its own clock), to tell whether a post was read in the
        same second it was last modified (see pull's `racy` records)."""
        response = self.request("GET", route, params=params)
        return answers.parse(response, self.site_name, self.base_url), response.headers.get("Date", "")

    def get_object(
        self, route: str, params: dict[str, Any] | None = None, *, what: str, op: Operation = Operation.READ
    ) -> dict[str, Any]:
        """A GET whose answer must be a JSON object; anything else is one sentence naming `what`."""
        return answers.expect_object(self.get(route, params, op=op), what, self.site_name)

    def get_list(self, route: str, params: dict[str, Any] | None = None, *, what: str) -> list[dict[str, Any]]:
        """A GET whose answer must be a JSON list of objects."""
        return answers.expect_objects(self.get(route, params), what, self.site_name)

    def post(
        self, route: str, body: dict[str, Any], params: dict[str, Any] | None = None, *, op: Operation
    ) -> dict[str, Any]:
        """A write; `op` says what it is for, so that a refusal is worded by the request that failed."""
        answer = answers.parse(self.request("POST", route, json=body, params=params, op=op), self.site_name,
                               self.base_url)
        what = translate("UnexpectedAnswer", "the request to {0}").format(op.said()[0])
        return answers.expect_object(answer, what, self.site_name)

    def get_all(self, route: str, params: dict[str, Any] | None = None) -> Iterator[dict[str, Any]]:
        """Every usable item of a paginated collection, bounded however the site pages (see paging.py)."""
        return paging.get_all(self, route, params)

    def get_page(self, path: str, limit: int = 256 * 1024) -> str:
        """A public page outside the REST API (the feed, the home page), sent without the password: at most
        `limit` bytes of text, or "" on any failure or a redirect to another scheme, host or port (one redirect
        at most: the redirect policy of every request)."""
        import requests

        url = f"{self.base_url}{path}"
        for _ in range(2):
            try:
                response = self._session.get(url, timeout=self.timeout, allow_redirects=False, stream=True)
                with response:
                    if response.is_redirect:
                        target = urljoin(url, response.headers.get("Location", ""))
                        if not may_follow_redirect("GET", url, target, with_password=False):
                            return ""  # https -> http on the same host:port passed the old netloc test
                        url = target
                        continue
                    if response.status_code != 200:
                        return ""
                    data: bytes = response.raw.read(limit, decode_content=True)
                    return data.decode("utf-8", "replace")
            except (requests.RequestException, OSError, ValueError, AttributeError, TypeError):
                return ""
        return ""

    def upload_media(
        self, data: bytes, filename: str, mime: str, params: dict[str, Any] | None = None
    ) -> dict[str, Any]:
        headers = {"Content-Type": mime, "Content-Disposition": f'attachment; filename="{filename}"'}
        op = Operation.UPLOAD_MEDIA
        try:
            response = self.request("POST", "/wp/v2/media", data=data, headers=headers, params=params, op=op)
        except (errors.ServerError, errors.ApiError, errors.UploadTooLarge) as exc:
            if isinstance(exc, errors.UploadTooLarge) or answers.looks_too_large(exc):
                raise errors.UploadTooLarge(self.site_name, filename, len(data)) from None
            raise
        what = translate("UnexpectedAnswer", "the upload of {0}").format(filename)
        return answers.expect_object(answers.parse(response, self.site_name, self.base_url), what, self.site_name)

    def download(self, url: str, limit: int = 64 * 2**20, deadline: float | None = None,
                 stopped: Callable[[], bool] | None = None) -> bytes:
        """A file of this site (a media original), without the password; refuses other hosts (redirects too),
        huge files and slow ones (see fetch.py). Unlike the rest, several threads may download at once (the
        pull's downloads ahead); `stopped()` true ends one with RequestCancelled."""
        data = download_file(self._session, self.base_url, self.site_name, url, timeout=self.timeout, limit=limit,
                             deadline=deadline, stopped=stopped)
        with self._count_lock:
            self.downloads += 1
        return data

