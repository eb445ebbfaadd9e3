"""Which WordPress a site runs, read from its feed or home page by a small local server that plays the site."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from sr_editor.publish.wordpress.client import WordPressClient
from sr_editor.publish.wordpress.doctor import detect_wp_version

PAGES: dict[str, tuple[int, dict[str, str], str]] = {}


class _Site(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # http.server's name
        status, headers, body = PAGES.get(self.path, (404, {}, "not found"))
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body.encode())

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def site() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Site)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    PAGES.clear()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_version_comes_from_the_feed_generator_after_a_same_site_redirect(site: str) -> None:
    PAGES["/?feed=rss2"] = (301, {"Location": f"{site}/feed/"}, "")
    PAGES["/feed/"] = (200, {}, "<rss><channel><generator>https://wordpress.org/?v=6.7.1</generator></channel></rss>")
    assert detect_wp_version(WordPressClient(site, "ana", "pw")) == "6.7.1"


def test_version_comes_from_the_home_page_when_the_feed_is_missing(site: str) -> None:
    PAGES["/"] = (200, {}, '<html><head><meta name="generator" content="WordPress 6.1.9" /></head></html>')
    assert detect_wp_version(WordPressClient(site, "ana", "pw")) == "6.1.9"


def test_hidden_version_reads_as_unknown(site: str) -> None:
    PAGES["/"] = (200, {}, "<html><head><title>News</title></head></html>")
    assert detect_wp_version(WordPressClient(site, "ana", "pw")) == ""


def test_redirect_to_another_host_is_not_followed(site: str) -> None:
    PAGES["/?feed=rss2"] = (302, {"Location": "http://198.51.100.7/feed/"}, "")
    PAGES["/"] = (302, {"Location": "http://198.51.100.7/"}, "")
    assert detect_wp_version(WordPressClient(site, "ana", "pw")) == ""


def test_unreachable_site_reads_as_unknown() -> None:
    assert detect_wp_version(WordPressClient("http://127.0.0.1:9", "ana", "pw", timeout=(0.5, 0.5))) == ""
