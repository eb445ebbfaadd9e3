"""The client against real misbehaving HTTP servers on 127.0.0.1: redirects elsewhere or down to http, a site
that hangs, a cancel while waiting, and refusals worded by the request that failed (not by its URL)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from local_http import HANG, LocalServer, Reply, Seen, self_signed_certificate, wp_route

from sr_editor.publish import errors
from sr_editor.publish.errors import Operation
from sr_editor.publish.wordpress.client import WordPressClient, may_follow_redirect

SECRET = "abcd EFGH ijkl MNOP qrst UVWX"


@pytest.fixture
def serve() -> Iterator[Callable[..., LocalServer]]:
    """Start a LocalServer answering through a function; every one is stopped when the test ends."""
    started: list[LocalServer] = []

    def start(answer: Callable[[Seen], Reply], **kw: Any) -> LocalServer:
        server = LocalServer(answer, **kw).__enter__()
        started.append(server)
        return server

    yield start
    for server in started:
        server.__exit__()


def client_for(url: str, password: str | None = SECRET, **kw: Any) -> WordPressClient:
    return WordPressClient(url, "editor1", password, site_name="news", **kw)


def redirect_to(target: str, status: int = 307) -> Callable[[Seen], Reply]:
    return lambda seen: (status, {"Location": target + seen.path}, "")


def record_everything(seen: Seen) -> Reply:
    return 201, {}, {"id": 999, "link": "http://elsewhere/?p=999", "status": "draft"}


def in_thread(call: Callable[[], Any]) -> tuple[threading.Thread, dict[str, Any]]:
    box: dict[str, Any] = {}

    def run() -> None:
        try:
            box["value"] = call()
        except BaseException as exc:
            box["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread, box


# ----- redirects ------------------------------------------------------------------------------------------------
def test_a_post_redirected_to_another_host_is_not_sent_there() -> None:
    with LocalServer(record_everything, host="127.0.0.1") as other, \
            LocalServer(redirect_to(other.url("localhost"))) as site:
        client = client_for(site.url())
        with pytest.raises(errors.RedirectRefused) as info:
            client.post("/wp/v2/posts", {"title": "Secret draft"}, op=Operation.CREATE_POST)
    assert other.seen == []
    sentence = str(info.value)
    assert f"{site.url()}/wp-json/wp/v2/posts" in sentence and f"{other.url('localhost')}/wp-json" in sentence
    assert SECRET not in sentence and sentence.count(".") <= 8


def test_a_redirect_to_another_port_of_the_same_host_is_refused(serve: Any) -> None:
    other = serve(record_everything)
    site = serve(redirect_to(other.url()))
    with pytest.raises(errors.RedirectRefused):
        client_for(site.url()).get("/wp/v2/users/me", {"context": "edit"})
    assert other.seen == []


def test_https_redirected_down_to_http_sends_nothing_in_clear(tmp_path: Path) -> None:
    certificate = self_signed_certificate(tmp_path)
    with LocalServer(record_everything) as plain, \
            LocalServer(redirect_to(plain.url(), 301), tls=certificate) as secure:
        session = requests.Session()
        session.verify = str(certificate[0])
        client = client_for(secure.url(), session=session)
        with pytest.raises(errors.RedirectRefused) as info:
            client.get("/wp/v2/users/me", {"context": "edit"})
    assert len(secure.seen) == 1 and secure.seen[0].headers.get("Authorization", "").startswith("Basic ")
    assert plain.seen == []
    assert secure.url().startswith("https://") and plain.url() in str(info.value)


def test_a_same_host_redirect_never_carries_the_password() -> None:
    def answer(seen: Seen) -> Reply:
        if wp_route(seen) == "/moved":
            return 200, {}, {"name": "Site"}
        return 302, {"Location": "/wp-json/moved"}, ""

    with LocalServer(answer) as site:
        with pytest.raises(errors.RedirectRefused):
            client_for(site.url()).get("/wp/v2/users/me", {"context": "edit"})
        assert [wp_route(s) for s in site.seen] == ["/wp/v2/users/me"]
        assert client_for(site.url(), password=None).get("/") == {"name": "Site"}  # anonymous: followed
    assert [wp_route(s) for s in site.seen] == ["/wp/v2/users/me", "/", "/moved"]
    assert all("Authorization" not in s.headers for s in site.seen[1:])


@pytest.mark.parametrize(
    ("method", "source", "target", "with_password", "allowed"),
    [
        ("GET", "https://a.example/x", "https://a.example/y", False, True),
        ("GET", "https://a.example/x", "https://a.example:443/y", False, True),
        ("GET", "https://a.example/x", "http://a.example/y", False, False),
        ("GET", "https://a.example/x", "https://b.example/x", False, False),
        ("GET", "http://127.0.0.1:8000/x", "http://127.0.0.1:8001/x", False, False),
        ("GET", "https://a.example/x", "https://a.example/y", True, False),
        ("POST", "https://a.example/x", "https://a.example/y", False, False),
    ],
)
def test_redirect_policy(method: str, source: str, target: str, with_password: bool, allowed: bool) -> None:
    assert may_follow_redirect(method, source, target, with_password) is allowed


# ----- hangs, deadline and cancel -------------------------------------------------------------------------------
def test_a_site_that_hangs_on_every_get_is_reported_within_the_deadline() -> None:
    with LocalServer(lambda seen: HANG) as site:
        client = client_for(site.url(), timeout=(5.0, 60.0), deadline=1.0, retries=2)
        thread, box = in_thread(lambda: client.get("/wp/v2/posts"))
        thread.join(20)  # the old client needed 3 x 60 s
        assert not thread.is_alive()
    assert isinstance(box.get("error"), errors.SiteTimeout)
    assert "within 1 s" in str(box["error"])


def test_cancel_stops_a_request_the_site_never_answers() -> None:
    with LocalServer(lambda seen: HANG) as site:
        client = client_for(site.url(), timeout=(5.0, 3600.0), deadline=3600.0)
        thread, box = in_thread(lambda: client.post("/wp/v2/posts", {}, op=Operation.CREATE_POST))
        for _ in range(200):
            if site.seen:
                break
            thread.join(0.05)
        client.cancel()
        thread.join(20)
        assert not thread.is_alive()
        assert isinstance(box.get("error"), errors.RequestCancelled)
        with pytest.raises(errors.RequestCancelled):
            client.get("/")


# ----- errors worded by the request that failed -----------------------------------------------------------------
def refuse(status: int, code: str, message: str) -> Callable[[Seen], Reply]:
    return lambda seen: (status, {}, {"code": code, "message": message, "data": {"status": status}})


def test_refused_post_create_is_not_reported_as_an_image_upload(serve: Any) -> None:
    params = {"context": "edit", "_fields": "id,link,status,modified_gmt,featured_media"}
    site = serve(refuse(403, "rest_cannot_create", "Sorry, you are not allowed to create posts as this user."))
    with pytest.raises(errors.PermissionDenied) as info:
        client_for(site.url()).post("/wp/v2/posts", {"title": "x"}, params, op=Operation.CREATE_POST)
    assert "may not create posts" in str(info.value) and "image" not in str(info.value)


def test_refused_upload_says_images(serve: Any) -> None:
    site = serve(refuse(403, "rest_cannot_create", "Sorry, you are not allowed to upload media."))
    with pytest.raises(errors.PermissionDenied) as info:
        client_for(site.url()).upload_media(b"jpeg", "a.jpg", "image/jpeg")
    assert "may not upload images" in str(info.value)


def test_413_on_a_post_is_not_called_an_image(serve: Any) -> None:
    site = serve(lambda seen: (413, {}, "<html><title>413 Request Entity Too Large</title></html>"))
    with pytest.raises(errors.RequestTooLarge) as info:
        client_for(site.url()).post("/wp/v2/posts/7", {"content": "x"}, op=Operation.UPDATE_POST)
    assert "image" not in str(info.value) and "edit this post" in str(info.value)


def test_missing_media_item_is_named_as_an_image(serve: Any) -> None:
    site = serve(refuse(404, "rest_post_invalid_id", "Invalid post ID."))
    with pytest.raises(errors.NotFound) as info:
        client_for(site.url()).post("/wp/v2/media/5", {"alt_text": "x"}, op=Operation.UPDATE_MEDIA)
    assert "no such image" in str(info.value)


# ----- JSON of the wrong shape ----------------------------------------------------------------------------------
@pytest.mark.parametrize("answer", [[{"id": 1}], None, b'"admin"', 5, {"name": "no id"}, {"id": "7"}, {"id": True}])
def test_users_me_of_the_wrong_shape_is_one_sentence(serve: Any, answer: Any) -> None:
    site = serve(lambda seen: (200, {}, answer))
    with pytest.raises(errors.UnexpectedAnswer) as info:
        client_for(site.url()).me()
    assert "users/me" in str(info.value) and "\n" not in str(info.value)


@pytest.mark.parametrize("answer", [{"id": 1}, True, 5])
def test_a_list_that_is_not_a_list_is_one_sentence(serve: Any, answer: Any) -> None:
    site = serve(lambda seen: (200, {}, answer))
    with pytest.raises(errors.UnexpectedAnswer):
        list(client_for(site.url()).get_all("/wp/v2/tags"))


@pytest.mark.parametrize("answer", [[1, {"id": 2}], ["a", {"id": 2}], [None, {"id": 2}], [{"id": "12abc"}, {"id": 2}]])
def test_entries_of_a_list_that_are_not_objects_with_an_id_are_skipped_and_the_rest_kept(
        serve: Any, answer: Any) -> None:
    site = serve(lambda seen: (200, {}, answer))
    assert [t["id"] for t in client_for(site.url()).get_all("/wp/v2/tags")] == [2]


def test_a_write_answered_with_a_list_is_one_sentence(serve: Any) -> None:
    site = serve(lambda seen: (201, {}, [{"id": 1}]))
    with pytest.raises(errors.UnexpectedAnswer):
        client_for(site.url()).post("/wp/v2/tags", {"name": "x"}, op=Operation.CREATE_TAG)
