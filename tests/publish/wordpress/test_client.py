"""WordPressClient: URL rules, error sentences, retries only for GETs, pagination, and no password anywhere."""

from __future__ import annotations

import logging

import pytest
import requests
from publish_fakes import Answer, session_with, wp_error

from sr_editor.publish import errors
from sr_editor.publish.errors import Operation
from sr_editor.publish.wordpress.client import WordPressClient, normalize_site_url

SECRET = "abcd EFGH ijkl MNOP qrst UVWX"


def make(handler, url: str = "https://news.example.org", **kw):  # type: ignore[no-untyped-def]
    session, transport = session_with(handler)
    client = WordPressClient(url, "editor1", SECRET, session=session, sleep=lambda _s: None, **kw)
    return client, transport


def ok(body: object = None, headers: dict[str, str] | None = None) -> Answer:
    return 200, body if body is not None else {}, headers or {}


@pytest.mark.parametrize("url", ["http://news.example.org", "ftp://x.org", "news.example.org", ""])
def test_plain_http_to_a_remote_host_is_refused(url: str) -> None:
    with pytest.raises(errors.InsecureURLError):
        normalize_site_url(url)


@pytest.mark.parametrize("url", ["http://127.0.0.1:8080/", "http://localhost", "http://[::1]:9000"])
def test_plain_http_is_allowed_on_loopback(url: str) -> None:
    assert normalize_site_url(url) == url.rstrip("/")


def test_url_with_embedded_credentials_is_refused_without_echoing_them() -> None:
    with pytest.raises(errors.InsecureURLError) as info:
        normalize_site_url(f"https://bob:{SECRET}@news.example.org")
    assert SECRET not in str(info.value)


def test_every_request_has_a_connect_and_read_timeout() -> None:
    client, transport = make(lambda r: ok([]))
    client.get("/wp/v2/posts")
    assert isinstance(transport.last_timeout, tuple) and len(transport.last_timeout) == 2


def test_requests_use_basic_auth_and_wp_json_path() -> None:
    client, transport = make(lambda r: ok({"id": 1}))
    client.get("/wp/v2/users/me")
    sent = transport.requests[0]
    assert sent.url is not None and sent.url.startswith("https://news.example.org/wp-json/wp/v2/users/me")
    assert sent.headers["Authorization"].startswith("Basic ")


def test_html_404_on_wp_json_switches_to_rest_route() -> None:
    def handler(request: requests.PreparedRequest) -> Answer:
        if "/wp-json/" in (request.url or ""):
            return 404, "<html><title>Not Found</title></html>", {}
        return ok({"name": "Site"})

    client, transport = make(handler)
    assert client.get("/") == {"name": "Site"}
    assert client.route_mode == "query"
    client.get("/wp/v2/posts")
    assert "rest_route=%2Fwp%2Fv2%2Fposts" in (transport.requests[-1].url or "") or "rest_route=/wp/v2/posts" in (
        transport.requests[-1].url or ""
    )


def test_wrong_password_explains_username_versus_password_name() -> None:
    client, _ = make(lambda r: wp_error(401, "incorrect_password", "The provided password is an invalid."))
    with pytest.raises(errors.AuthError) as info:
        client.get("/wp/v2/users/me")
    assert "username" in str(info.value) and "not the name" in str(info.value)


def test_contributor_publishing_suggests_submit_for_review() -> None:
    client, _ = make(lambda r: wp_error(403, "rest_cannot_publish", "Sorry, you are not allowed to publish."))
    with pytest.raises(errors.RoleCannotPublish) as info:
        client.post("/wp/v2/posts", {"status": "publish"}, op=Operation.CREATE_POST)
    assert "submit for review" in str(info.value)


def test_html_error_page_becomes_a_short_sentence() -> None:
    page = "<html><head><title>500 Internal Server Error</title></head><body><h1>Oops</h1>" + "x" * 5000
    client, _ = make(lambda r: (500, page, {}))
    with pytest.raises(errors.ServerError) as info:
        client.post("/wp/v2/posts", {}, op=Operation.CREATE_POST)
    assert "500 Internal Server Error" in str(info.value)
    assert len(str(info.value)) < 250


def test_413_on_upload_is_upload_too_large() -> None:
    client, _ = make(lambda r: (413, "<html><title>413 Request Entity Too Large</title></html>", {}))
    with pytest.raises(errors.UploadTooLarge) as info:
        client.upload_media(b"x" * 3_000_000, "big.jpg", "image/jpeg")
    assert "big.jpg" in str(info.value)


def test_get_is_retried_after_a_connection_error() -> None:
    calls = []

    def handler(request: requests.PreparedRequest) -> Answer:
        calls.append(1)
        if len(calls) < 3:
            raise requests.exceptions.ConnectionError("reset")
        return ok([{"id": 1}])

    client, _ = make(handler)
    assert client.get("/wp/v2/tags") == [{"id": 1}]
    assert len(calls) == 3


def test_post_is_never_retried() -> None:
    calls = []

    def handler(request: requests.PreparedRequest) -> Answer:
        calls.append(1)
        raise requests.exceptions.ConnectionError("reset")

    client, _ = make(handler)
    with pytest.raises(errors.SiteUnreachable):
        client.post("/wp/v2/posts", {"title": "x"}, op=Operation.CREATE_POST)
    assert len(calls) == 1


def test_post_is_not_retried_on_503() -> None:
    calls = []

    def handler(request: requests.PreparedRequest) -> Answer:
        calls.append(1)
        return 503, "<title>Service Unavailable</title>", {}

    client, _ = make(handler)
    with pytest.raises(errors.ServerError):
        client.post("/wp/v2/posts", {}, op=Operation.CREATE_POST)
    assert len(calls) == 1


def test_timeout_becomes_a_sentence_that_publishing_words_as_the_article_stays_local() -> None:
    def handler(request: requests.PreparedRequest) -> Answer:
        raise requests.exceptions.ReadTimeout("read timed out")

    client, _ = make(handler, retries=0)
    with pytest.raises(errors.SiteTimeout) as info:
        client.get("/wp/v2/posts")
    assert "did not answer" in str(info.value) and "article" not in str(info.value)
    assert "stays local" in errors.with_outcome(info.value, errors.article_stays_local())


def test_tls_failure_is_its_own_error() -> None:
    def handler(request: requests.PreparedRequest) -> Answer:
        raise requests.exceptions.SSLError("certificate verify failed")

    client, _ = make(handler)
    with pytest.raises(errors.TLSFailure):
        client.get("/")


def test_pagination_follows_total_pages() -> None:
    def handler(request: requests.PreparedRequest) -> Answer:
        page = int((request.url or "").split("page=")[-1].split("&")[0])
        return ok([{"id": page}], {"X-WP-TotalPages": "3"})

    client, transport = make(handler)
    assert [t["id"] for t in client.get_all("/wp/v2/tags")] == [1, 2, 3]
    assert all("per_page=100" in (r.url or "") for r in transport.requests)


def test_rest_error_with_data_keeps_the_code_and_data() -> None:
    client, _ = make(lambda r: wp_error(400, "term_exists", "A term with the name already exists.", term_id=12))
    with pytest.raises(errors.ApiError) as info:
        client.post("/wp/v2/tags", {"name": "Haiti"}, op=Operation.CREATE_TAG)
    assert info.value.code == "term_exists" and info.value.data["term_id"] == 12


def test_password_never_appears_in_repr_errors_or_logs(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    answers = iter([
        wp_error(401, "incorrect_password", "bad"),
        (500, f"<title>boom {SECRET}?</title>", {}),
    ])

    def handler(request: requests.PreparedRequest) -> Answer:
        try:
            return next(answers)
        except StopIteration:
            raise requests.exceptions.ConnectionError(f"failed {request.headers.get('Authorization')}") from None

    client, _ = make(handler, retries=0)
    texts = [repr(client), str(client), repr(client.__dict__)]
    for _ in range(3):
        with pytest.raises(errors.PublishError) as info:
            client.post("/wp/v2/posts", {}, op=Operation.CREATE_POST)
        texts += [str(info.value), repr(info.value), repr(info.value.__cause__), repr(info.value.__context__)]
    joined = "\n".join(texts) + caplog.text
    assert SECRET not in joined.replace(f"boom {SECRET}", "")
    assert "YWJjZCBFRkdI" not in joined  # nor its base64 form
