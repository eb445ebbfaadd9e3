"""What the WordPress client does against hostile or broken sites on 127.0.0.1, as numbers (issue 10, 11-14).

Run: python benchmarks/bench_hostile_site.py [--hang]   (SR_SRC=/path/to/src measures another checkout)
Prints, per scenario, what reached the other server and what the user was told; `--hang` also times how long a
site that hangs on every GET takes to be reported with the default timeouts (the old client: about 182 s).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [os.environ.get("SR_SRC", str(ROOT / "src")), str(ROOT / "tests" / "support")]

import requests  # noqa: E402
from local_http import HANG, LocalServer, Seen, self_signed_certificate  # noqa: E402

from sr_editor.publish import errors  # noqa: E402
from sr_editor.publish.wordpress.client import WordPressClient  # noqa: E402

SECRET = "abcd EFGH ijkl MNOP qrst UVWX"


def post(client: WordPressClient, route: str, body: dict[str, Any], params: dict[str, Any] | None = None) -> Any:
    try:
        from sr_editor.publish.errors import Operation  # type: ignore[attr-defined]
    except ImportError:  # the client before issue 10
        return client.post(route, body, params)
    return client.post(route, body, params, op=Operation.CREATE_POST)


def outcome(call: Any) -> str:
    try:
        return f"returned {call()!r}"[:120]
    except errors.PublishError as exc:
        return f"{type(exc).__name__}: {exc}"


def foreign_answer(seen: Seen) -> tuple[int, dict[str, str], Any]:
    return 201, {}, {"id": 999, "link": "http://elsewhere/?p=999", "status": "draft"}


def redirect_to_other_host() -> None:
    with LocalServer(foreign_answer) as other, \
            LocalServer(lambda s: (307, {"Location": other.url("localhost") + s.path}, "")) as site:
        client = WordPressClient(site.url(), "editor1", SECRET, site_name="news")
        said = outcome(lambda: post(client, "/wp/v2/posts", {"title": "draft"}))
    print(f"307 from the posts endpoint to another host: requests received there {len(other.seen)}; {said}")


def https_down_to_http() -> None:
    with tempfile.TemporaryDirectory() as folder:
        cert = self_signed_certificate(Path(folder))
        with LocalServer(foreign_answer) as plain, \
                LocalServer(lambda s: (301, {"Location": plain.url() + s.path}, ""), tls=cert) as secure:
            session = requests.Session()
            session.verify = str(cert[0])
            client = WordPressClient(secure.url(), "editor1", SECRET, site_name="news", session=session)
            said = outcome(lambda: client.get("/wp/v2/users/me", {"context": "edit"}))
    print(f"https -> http redirect: requests received in clear text {len(plain.seen)}; {said}")


def same_host_redirect() -> None:
    def answer(seen: Seen) -> tuple[int, dict[str, str], Any]:
        if seen.path.startswith("/moved"):
            return 200, {}, {"id": 1}
        return 302, {"Location": "/moved"}, ""

    with LocalServer(answer) as site:
        client = WordPressClient(site.url(), "editor1", SECRET, site_name="news")
        said = outcome(lambda: client.get("/wp/v2/users/me", {"context": "edit"}))
    carried = sum(1 for s in site.seen[1:] if "Authorization" in s.headers)
    print(f"same-host redirect: redirected requests carrying the password {carried}; {said}")


def refused_create() -> None:
    refusal = {"code": "rest_cannot_create", "message": "Sorry, you are not allowed to create posts as this user.",
               "data": {"status": 403}}
    with LocalServer(lambda s: (403, {}, refusal)) as site:
        client = WordPressClient(site.url(), "editor1", SECRET, site_name="news")
        said = outcome(lambda: post(client, "/wp/v2/posts", {"title": "x"},
                                    {"context": "edit", "_fields": "id,featured_media"}))
    print(f"403 rest_cannot_create on the post: {said}")


def hang_on_every_get() -> None:
    with LocalServer(lambda s: HANG) as site:
        client = WordPressClient(site.url(), "editor1", SECRET, site_name="news")
        start = time.monotonic()
        said = outcome(lambda: client.get("/wp/v2/posts"))
        took = time.monotonic() - start
    print(f"site hanging on every GET, default timeouts: reported after {took:.1f} s ({len(site.seen)} attempts); "
          f"{said}")


if __name__ == "__main__":
    redirect_to_other_host()
    https_down_to_http()
    same_host_redirect()
    refused_create()
    if "--hang" in sys.argv:
        hang_on_every_get()
