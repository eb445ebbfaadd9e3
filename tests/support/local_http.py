"""Real HTTP(S) servers on 127.0.0.1 for the client's hostile-server tests (redirects, hangs, odd JSON).

Each server answers through a function of the request; answering `HANG` holds the connection open without a
reply until the server stops. Servers record every request (method, path, headers) and stop themselves on exit.
"""

from __future__ import annotations

import json
import ssl
import subprocess
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


Reply = tuple[int, dict[str, str], Any]  # status, headers, body (dict/list/None -> JSON, str/bytes as is)
HANG: Reply = (-1, {}, b"")


@dataclass
class LocalServer:
    answer: Callable[[Seen], Reply]
    tls: tuple[Path, Path] | None = None  # (certificate, key)
    seen: list[Seen] = field(default_factory=list)
    host: str = "127.0.0.1"

    def __post_init__(self) -> None:
        self._stop = threading.Event()
        self._server = ThreadingHTTPServer((self.host, 0), _handler_for(self))
        self._server.daemon_threads = True
        if self.tls is not None:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(str(self.tls[0]), str(self.tls[1]))
            self._server.socket = context.wrap_socket(self._server.socket, server_side=True)
        self.port = int(self._server.server_address[1])
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
                                        daemon=True)

    def url(self, host: str | None = None) -> str:
        return f"{'https' if self.tls else 'http'}://{host or self.host}:{self.port}"

    def __enter__(self) -> LocalServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()  # releases hanging answers
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)


def _handler_for(server: LocalServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: Any) -> None:  # quiet
            pass

        def _any(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            seen = Seen(self.command, self.path, {k: v for k, v in self.headers.items()}, body)
            server.seen.append(seen)
            status, headers, payload = server.answer(seen)
            if status == -1:
                server._stop.wait(120)
                return
            if isinstance(payload, bytes):
                data, kind = payload, "application/octet-stream"
            elif isinstance(payload, str):
                data, kind = payload.encode(), "text/html"
            else:
                data, kind = json.dumps(payload).encode(), "application/json"
            self.send_response(status)
            self.send_header("Content-Type", headers.pop("Content-Type", kind))
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(data)))
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(data)
            self.close_connection = True

        do_GET = do_POST = do_PUT = do_DELETE = _any

    return Handler


def self_signed_certificate(folder: Path) -> tuple[Path, Path]:
    """A throwaway certificate for 127.0.0.1 made with the openssl command (Debian's `openssl` package)."""
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True, timeout=60,
    )
    return cert, key


def wp_route(seen: Seen) -> str:
    """The REST route of a request, whether sent as /wp-json/<route> or ?rest_route=<route>."""
    path = seen.path.split("?", 1)[0]
    return path[len("/wp-json"):] if path.startswith("/wp-json") else path
