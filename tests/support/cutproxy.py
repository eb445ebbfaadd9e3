"""A loopback HTTP proxy that forwards requests to WordPress and cuts the connection at the Nth request.

`cut_after=True` forwards the Nth request and drops the answer (the server did the work, the client never
learns); otherwise the Nth request is dropped before it reaches the server. One request per connection: PHP's
built-in server closes after each answer, so clients open a new connection every time anyway.
"""

from __future__ import annotations

import contextlib
import socket
import threading


def _read_request(conn: socket.socket) -> bytes | None:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(body) < length:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        body += chunk
    head = b"\r\n".join(
        line for line in head.split(b"\r\n") if not line.lower().startswith(b"connection:")
    ) + b"\r\nConnection: close"
    return head + b"\r\n\r\n" + body


class CutProxy:
    def __init__(
        self, upstream_port: int, cut_at: int | None = None, cut_after: bool = True, hide_wp_json: bool = False
    ) -> None:
        self.upstream_port = upstream_port
        self.hide_wp_json = hide_wp_json  # answer /wp-json/ with an HTML 404, like a site without permalinks
        self.cut_at = cut_at
        self.cut_after = cut_after
        self.count = 0
        self.lines: list[str] = []
        self._lock = threading.Lock()
        self._server = socket.create_server(("127.0.0.1", 0))
        self.port = int(self._server.getsockname()[1])
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._stopped = False

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> CutProxy:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stopped = True
        self._thread.join(5)
        with contextlib.suppress(OSError):
            self._server.close()

    def _serve(self) -> None:
        self._server.settimeout(0.1)  # so that stopping does not wait on a blocked accept()
        while not self._stopped:
            try:
                conn, _ = self._server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            conn.settimeout(None)
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _handle(self, conn: socket.socket) -> None:
        with conn:
            request = _read_request(conn)
            if request is None:
                return
            with self._lock:
                self.count += 1
                number = self.count
                self.lines.append(request.split(b"\r\n", 1)[0].decode("latin-1"))
            if self.hide_wp_json and b" /wp-json/" in request.split(b"\r\n", 1)[0]:
                conn.sendall(b"HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\nContent-Length: 22\r\n"
                             b"Connection: close\r\n\r\n<html>Not Found</html>")
                return
            cut = number == self.cut_at
            if cut and not self.cut_after:
                return
            with socket.create_connection(("127.0.0.1", self.upstream_port), timeout=60) as up:
                up.sendall(request)
                answer = b""
                while chunk := up.recv(65536):
                    answer += chunk
            if cut:
                conn.shutdown(socket.SHUT_RDWR)  # the server did the work; the client hears nothing
                return
            conn.sendall(answer)
