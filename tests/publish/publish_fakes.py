"""Test doubles for publish/: a requests transport answering from a function, and a canned-response helper."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import requests
from requests.adapters import BaseAdapter
from requests.structures import CaseInsensitiveDict

Answer = tuple[int, Any, dict[str, str]]  # status, body (dict/list -> JSON, str -> text), headers


class FakeTransport(BaseAdapter):
    """Records every request and answers through `handler`, which may also raise requests exceptions."""

    def __init__(self, handler: Callable[[requests.PreparedRequest], Answer]) -> None:
        super().__init__()
        self.handler = handler
        self.requests: list[requests.PreparedRequest] = []

    def send(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:  # type: ignore[override]
        self.requests.append(request)
        self.last_timeout = kwargs.get("timeout")
        status, body, headers = self.handler(request)
        response = requests.Response()
        response.status_code = status
        if isinstance(body, (dict, list)):
            response._content = json.dumps(body).encode()
            headers = {"Content-Type": "application/json", **headers}
        else:
            response._content = str(body).encode()
            headers = {"Content-Type": "text/html", **headers}
        response.headers = CaseInsensitiveDict(headers)
        response.url = request.url or ""
        response.request = request
        response.encoding = "utf-8"
        return response

    def close(self) -> None:
        pass


def session_with(handler: Callable[[requests.PreparedRequest], Answer]) -> tuple[requests.Session, FakeTransport]:
    transport = FakeTransport(handler)
    session = requests.Session()
    session.mount("http://", transport)
    session.mount("https://", transport)
    return session, transport


def wp_error(status: int, code: str, message: str, **data: Any) -> Answer:
    return status, {"code": code, "message": message, "data": {"status": status, **data}}, {}
