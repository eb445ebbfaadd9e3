"""A site at a real distance on loopback: a TCP proxy that delays each direction and caps the link's bandwidth.

The kernel here has no netem, so the distance is simulated in user space with asyncio. Each chunk read from one
side reaches the other side half a round trip later, after waiting its turn on that direction's link (one link per
direction shared by every connection, as a household line is), so bytes / bandwidth is a floor no overlap can beat.
A new connection costs one extra round trip before its first byte goes through (the TCP handshake).

It stands where a site's front web server stands (nginx or Apache before PHP): it keeps the client's connection
alive between requests, as they do, and asks the site for each request on a fresh local connection. PHP's built-in
server, which the test site runs on, closes every connection after one answer; passed through unchanged, that
made every request pay a handshake round trip that a real site does not charge. An answer that the site ends by
closing (no length, not chunked) is sent on chunked, so the client's connection can stay open.

It counts what a benchmark needs to compare with the floor: connections, requests, bytes each way, how many
requests were in flight at once at most, and the log of requests (when each began and ended, on which connection).

    with DistanceProxy(upstream_port, rtt=0.080, mbit=20) as proxy:
        ... talk to proxy.url ...
        print(proxy.stats)
"""

from __future__ import annotations

import asyncio
import itertools
import re
import threading
import time
from dataclasses import dataclass, field

REQUEST_LINE = re.compile(rb"^(GET|POST|PUT|DELETE|HEAD|OPTIONS|PATCH) (\S+) HTTP/1\.[01]$")
CHUNK = 64 * 1024
HEAD_LIMIT = 64 * 1024


@dataclass
class Logged:
    """One request as the proxy saw it: its connection, line, and when it came and its answer ended (monotonic)."""

    connection: int
    method: str
    target: str
    began: float  # when the request line reached the proxy (the client's side of the line)
    ended: float = 0.0
    status: int = 0


@dataclass
class Stats:
    connections: int = 0
    requests: int = 0
    bytes_up: int = 0
    bytes_down: int = 0
    in_flight: int = 0
    most_in_flight: int = 0
    request_times: list[float] = field(default_factory=list)  # monotonic time each request line arrived
    log: list[Logged] = field(default_factory=list)

    def reset(self) -> None:
        self.connections = self.requests = self.bytes_up = self.bytes_down = self.most_in_flight = 0
        self.request_times = []
        self.log = []


class _Link:
    """One direction of the line: chunks leave one after another at `rate` bytes per second."""

    def __init__(self, rate: float) -> None:
        self.rate = rate
        self.free_at = 0.0

    def slot(self, size: int, now: float) -> float:
        """When a chunk of `size` bytes that is ready `now` has left the link."""
        start = max(now, self.free_at)
        self.free_at = start + size / self.rate
        return self.free_at


class _Delayed:
    """One direction of one connection: bytes written in order, each at the time the link lets it arrive."""

    def __init__(self, writer: asyncio.StreamWriter) -> None:
        self.writer = writer
        self.queue: asyncio.Queue[tuple[float, bytes] | None] = asyncio.Queue()
        self.task = asyncio.ensure_future(self._send())

    def put(self, due: float, data: bytes) -> None:
        self.queue.put_nowait((due, data))

    async def close(self) -> None:
        self.queue.put_nowait(None)
        await self.task

    async def _send(self) -> None:
        try:
            while (item := await self.queue.get()) is not None:
                due, data = item
                delay = due - time.monotonic()
                if delay > 0:
                    await asyncio.sleep(delay)
                self.writer.write(data)
                await self.writer.drain()
        except (ConnectionError, OSError):
            pass
        finally:
            self.writer.close()


def _headers(head: bytes) -> dict[str, str]:
    found: dict[str, str] = {}
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        found[name.strip().lower().decode("latin-1")] = value.strip().decode("latin-1")
    return found


class DistanceProxy:
    def __init__(self, upstream_port: int, rtt: float = 0.080, mbit: float = 20.0) -> None:
        self.upstream_port = upstream_port
        self.rtt = rtt
        self.rate = mbit * 1_000_000 / 8
        self.stats = Stats()
        self._up = _Link(self.rate)
        self._down = _Link(self.rate)
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._server: asyncio.base_events.Server | None = None
        self._numbers = itertools.count(1)
        self._clients: set[asyncio.StreamWriter] = set()
        self.port = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def set_distance(self, rtt: float, mbit: float) -> None:
        """Another round trip (seconds) and bandwidth (Mbit/s each way) from now on."""
        self.rtt, self.rate = rtt, mbit * 1_000_000 / 8
        self._up.rate = self._down.rate = self.rate

    def __enter__(self) -> DistanceProxy:
        self._thread.start()
        self._ready.wait(10)
        return self

    def __exit__(self, *exc: object) -> None:
        asyncio.run_coroutine_threadsafe(self._shut(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)

    async def _shut(self) -> None:
        """Every connection closed and its tasks ended before the loop stops (else asyncio complains)."""
        if self._server is not None:
            self._server.close()
        for writer in list(self._clients):
            writer.close()
        here = asyncio.current_task()
        if tasks := [t for t in asyncio.all_tasks() if t is not here]:
            await asyncio.wait(tasks, timeout=5)

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        self._server = self._loop.run_until_complete(asyncio.start_server(self._serve, "127.0.0.1", 0))
        self.port = int(self._server.sockets[0].getsockname()[1])
        self._ready.set()
        self._loop.run_forever()

    async def _serve(self, client_r: asyncio.StreamReader, client_w: asyncio.StreamWriter) -> None:
        self.stats.connections += 1
        self._clients.add(client_w)
        number = next(self._numbers)
        not_before = time.monotonic() + self.rtt  # SYN, SYN-ACK before the first byte can go
        down = _Delayed(client_w)
        try:
            while await self._one_request(number, client_r, down, not_before):
                pass
        except (ConnectionError, OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, ValueError):
            pass
        finally:
            await down.close()
            self._clients.discard(client_w)

    async def _one_request(self, number: int, client_r: asyncio.StreamReader, down: _Delayed,
                           not_before: float) -> bool:
        """Relay one request and its answer; False when the client closed or the answer ended the connection."""
        try:
            head = await client_r.readuntil(b"\r\n\r\n")
        except asyncio.IncompleteReadError:
            return False
        if len(head) > HEAD_LIMIT:
            return False
        line = head.split(b"\r\n", 1)[0]
        match = REQUEST_LINE.match(line)
        headers = _headers(head)
        logged = Logged(number, match.group(1).decode() if match else "?",
                        match.group(2).decode("latin-1") if match else "?", time.monotonic())
        self._count_request(logged)
        server_r, server_w = await asyncio.open_connection("127.0.0.1", self.upstream_port)
        up = _Delayed(server_w)
        self._up_chunk(up, head, not_before)
        left = int(headers.get("content-length", "0") or 0)
        while left > 0:
            data = await client_r.read(min(CHUNK, left))
            if not data:
                break
            left -= len(data)
            self._up_chunk(up, data, not_before)
        keep = await self._relay_answer(server_r, down, logged, headers.get("connection", "").lower() != "close")
        await up.close()
        return keep

    def _up_chunk(self, up: _Delayed, data: bytes, not_before: float) -> None:
        now = time.monotonic()
        self.stats.bytes_up += len(data)
        up.put(self._up.slot(len(data), max(now, not_before) + self.rtt / 2), data)

    def _down_chunk(self, down: _Delayed, data: bytes) -> float:
        """Send `data` on to the client; when it arrives there."""
        now = time.monotonic()
        self.stats.bytes_down += len(data)
        due = self._down.slot(len(data), now + self.rtt / 2)
        down.put(due, data)
        return due

    async def _relay_answer(self, server_r: asyncio.StreamReader, down: _Delayed, logged: Logged,
                            keep: bool) -> bool:
        """The site's answer, read to its end (the site closes), sent on with the connection kept alive."""
        try:
            head = await server_r.readuntil(b"\r\n\r\n")
        except asyncio.IncompleteReadError:
            return False
        status_line, _, rest = head.partition(b"\r\n")
        parts = status_line.split(b" ")
        logged.status = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 0
        self.stats.in_flight = max(0, self.stats.in_flight - 1)
        headers = _headers(head)
        framed = "content-length" in headers or "chunked" in headers.get("transfer-encoding", "").lower() or \
            logged.method == "HEAD" or logged.status in (204, 304) or 100 <= logged.status < 200
        lines = [h for h in rest[:-4].split(b"\r\n") if h and not h.lower().startswith(b"connection:")]
        if not framed:
            lines.append(b"Transfer-Encoding: chunked")
        lines.append(b"Connection: keep-alive" if keep else b"Connection: close")
        arrives = self._down_chunk(down, b"\r\n".join([status_line, *lines]) + b"\r\n\r\n")
        while data := await server_r.read(CHUNK):
            arrives = self._down_chunk(down, data if framed else b"%x\r\n%s\r\n" % (len(data), data))
        if not framed:
            arrives = self._down_chunk(down, b"0\r\n\r\n")
        logged.ended = arrives  # when the answer's last byte reaches the client
        return keep

    def _count_request(self, logged: Logged) -> None:
        stats = self.stats
        stats.requests += 1
        stats.request_times.append(logged.began)
        stats.log.append(logged)
        stats.in_flight += 1
        stats.most_in_flight = max(stats.most_in_flight, stats.in_flight)
