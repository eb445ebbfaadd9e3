"""A loopback proxy in front of WordPress that holds chosen requests for a while before forwarding them.

The client gives up on a held request (its timeout is shorter than the hold), yet WordPress still receives and
carries it out afterwards: exactly a server that hangs for 65 s on a create and then makes the post anyway.
`hold=None` never forwards (a site that hangs for good).
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Callable

from cutproxy import _read_request


class SlowProxy:
    def __init__(self, upstream_port: int, slow: Callable[[str], bool], hold: float | None) -> None:
        self.upstream_port = upstream_port
        self.slow = slow  # request line -> hold it?
        self.hold = hold
        self.lines: list[str] = []
        self.forwarded_late: list[str] = []
        self._stop = threading.Event()
        self._server = socket.create_server(("127.0.0.1", 0))
        self.port = int(self._server.getsockname()[1])
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._workers: list[threading.Thread] = []

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> SlowProxy:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        for worker in self._workers:
            worker.join(30)  # a held request still reaches WordPress before the test looks
        self._thread.join(5)
        with contextlib.suppress(OSError):
            self._server.close()

    def _serve(self) -> None:
        self._server.settimeout(0.1)
        while not self._stop.is_set():
            try:
                conn, _ = self._server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            conn.settimeout(None)
            worker = threading.Thread(target=self._handle, args=(conn,), daemon=True)
            self._workers.append(worker)
            worker.start()

    def _handle(self, conn: socket.socket) -> None:
        with conn:
            request = _read_request(conn)
            if request is None:
                return
            line = request.split(b"\r\n", 1)[0].decode("latin-1")
            self.lines.append(line)
            if self.slow(line):
                if self.hold is None:
                    self._stop.wait(120)
                    return
                self._stop.wait(self.hold)  # a stop ends the hold early, but the request is still forwarded
                self.forwarded_late.append(line)
            with socket.create_connection(("127.0.0.1", self.upstream_port), timeout=60) as up:
                up.sendall(request)
                answer = b""
                while chunk := up.recv(65536):
                    answer += chunk
            with contextlib.suppress(OSError):  # the client may have given up long ago
                conn.sendall(answer)
