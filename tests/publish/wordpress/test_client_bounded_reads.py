"""Answers and downloads are bounded as a whole: a body that trickles, a file that redirects to another host or
round in circles, a file larger than the cap. Real sockets on 127.0.0.1; a second server records every request
that reaches it."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from local_http import LocalServer, Seen

from sr_editor.publish import errors
from sr_editor.publish.wordpress.client import WordPressClient


class TrickleServer:
    """Answers every request with headers at once, then one byte of the body every `pause` seconds."""

    def __init__(self, pause: float = 0.4) -> None:
        self.pause = pause
        self.stop = threading.Event()
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen()
        self.port = self.sock.getsockname()[1]
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._answer, args=(conn,), daemon=True).start()

    def _answer(self, conn: socket.socket) -> None:
        with conn:
            conn.recv(65536)
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n")
            try:
                while not self.stop.wait(self.pause):
                    conn.sendall(b" ")
            except OSError:
                return

    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def close(self) -> None:
        self.stop.set()
        self.sock.close()


@pytest.fixture
def trickle() -> Iterator[TrickleServer]:
    server = TrickleServer()
    yield server
    server.close()


def test_an_api_answer_that_trickles_hits_the_requests_deadline(trickle: TrickleServer) -> None:
    client = WordPressClient(trickle.url(), "editor1", "pw", site_name="news", deadline=1.5, retries=0)
    with pytest.raises(errors.SiteTimeout):
        client.get("/wp/v2/posts")


def test_a_download_that_trickles_hits_the_downloads_deadline(trickle: TrickleServer) -> None:
    client = WordPressClient(trickle.url(), "editor1", "pw", site_name="news")
    with pytest.raises(errors.SiteTimeout):
        client.download(trickle.url() + "/wp-content/uploads/a.jpg", deadline=1.5)


@pytest.fixture
def other() -> Iterator[LocalServer]:
    with LocalServer(lambda seen: (200, {}, b"bytes from another host")) as server:
        yield server


@pytest.mark.parametrize("hops_before", [0, 1, 2])
def test_a_download_redirected_to_another_host_never_reaches_it(other: LocalServer, hops_before: int) -> None:
    def answer(seen: Seen) -> tuple[int, dict[str, str], Any]:
        hop = int(seen.path.rsplit("/", 1)[1])
        if hop < hops_before:
            return 302, {"Location": f"/files/{hop + 1}"}, ""
        return 302, {"Location": other.url() + "/stolen.jpg"}, ""

    with LocalServer(answer) as site:
        client = WordPressClient(site.url(), "editor1", "pw", site_name="news")
        with pytest.raises(errors.RedirectRefused):
            client.download(site.url() + "/files/0")
    assert other.seen == []


@pytest.mark.parametrize("target", ["localhost", "127.0.0.1:1", "https://127.0.0.1"])
def test_a_redirect_to_the_same_address_by_another_name_port_or_scheme_is_not_followed(target: str) -> None:
    with LocalServer(lambda seen: (302, {"Location": "elsewhere"}, "")) as site:
        location = site.url("localhost") if target == "localhost" else (
            f"http://{target}/x" if not target.startswith("https") else f"https://127.0.0.1:{site.port}/x")
        site.answer = lambda seen: (302, {"Location": location}, "")
        client = WordPressClient(site.url(), "editor1", "pw", site_name="news")
        with pytest.raises(errors.RedirectRefused):
            client.download(site.url() + "/a.jpg")
        assert len(site.seen) == 1


def test_a_download_redirected_within_the_site_is_followed_three_times_at_most() -> None:
    with LocalServer(lambda seen: (302, {"Location": seen.path + "x"}, "")) as site:
        client = WordPressClient(site.url(), "editor1", "pw", site_name="news")
        with pytest.raises(errors.RedirectRefused):
            client.download(site.url() + "/a")
        assert len(site.seen) == 4


def test_a_download_redirected_within_the_site_arrives() -> None:
    def answer(seen: Seen) -> tuple[int, dict[str, str], Any]:
        return (200, {}, b"the picture") if seen.path == "/moved.jpg" else (301, {"Location": "/moved.jpg"}, "")

    with LocalServer(answer) as site:
        client = WordPressClient(site.url(), "editor1", "pw", site_name="news")
        assert client.download(site.url() + "/a.jpg") == b"the picture"
        assert all("Authorization" not in s.headers for s in site.seen)


def test_a_download_larger_than_the_cap_is_refused() -> None:
    with LocalServer(lambda seen: (200, {}, b"x" * 5000)) as site:
        client = WordPressClient(site.url(), "editor1", "pw", site_name="news")
        with pytest.raises(errors.PublishError, match="larger than"):
            client.download(site.url() + "/a.jpg", limit=1000)
