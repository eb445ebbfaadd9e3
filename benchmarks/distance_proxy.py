"""A site at a real distance on loopback: a TCP proxy that delays each direction and caps the link's bandwidth.

The kernel here has no netem, so the distance is simulated in user space with asyncio. Each chunk read from one
side reaches the other side half a round trip later, after waiting its turn on that direction's link (one link per
direction shared by every connection, as a household line is), so bytes / bandwidth is a floor no overlap can beat.
A new connection costs one extra round trip before its first byte goes through (the TCP handshake).

It counts what a benchmark needs to compare with the floor: connections, requests (request lines seen on the way
up), bytes each way, and how many requests were in flight at once at most.

    with DistanceProxy(upstream_port, rtt=0.080, mbit=20) as proxy:
        ... talk to proxy.url ...
        print(proxy.stats)
"""

from __future__ import annotations

import asyncio
import re
import threading
import time
from dataclasses import dataclass, field

REQUEST_LINE = re.compile(rb"(?:^|\r\n\r\n)(GET|POST|PUT|DELETE|HEAD|OPTIONS|PATCH) \S+ HTTP/1\.[01]\r\n")
CHUNK = 64 * 1024


@dataclass
class Stats:
    connections: int = 0
    requests: int = 0
    bytes_up: int = 0
    bytes_down: int = 0
    in_flight: int = 0
    most_in_flight: int = 0
    request_times: list[float] = field(default_factory=list)  # monotonic time each request line arrived

    def reset(self) -> None:
        self.connections = self.requests = self.bytes_up = self.bytes_down = self.most_in_flight = 0
        self.request_times = []


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
        self.port = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> DistanceProxy:
        self._thread.start()
        self._ready.wait(10)
        return self

    def __exit__(self, *exc: object) -> None:
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        self._server = self._loop.run_until_complete(asyncio.start_server(self._serve, "127.0.0.1", 0))
        self.port = int(self._server.sockets[0].getsockname()[1])
        self._ready.set()
        self._loop.run_forever()

    async def _serve(self, client_r: asyncio.StreamReader, client_w: asyncio.StreamWriter) -> None:
        self.stats.connections += 1
        try:
            server_r, server_w = await asyncio.open_connection("127.0.0.1", self.upstream_port)
        except OSError:
            client_w.close()
            return
        handshake = time.monotonic() + self.rtt  # SYN, SYN-ACK before the first byte can go
        await asyncio.gather(self._pipe(client_r, server_w, self._up, True, handshake),
                             self._pipe(server_r, client_w, self._down, False, 0.0),
                             return_exceptions=True)

    async def _pipe(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, link: _Link, upward: bool,
                    not_before: float) -> None:
        queue: asyncio.Queue[tuple[float, bytes] | None] = asyncio.Queue()
        sender = asyncio.ensure_future(self._send(queue, writer, link))
        try:
            while True:
                data = await reader.read(CHUNK)
                now = time.monotonic()
                if not data:
                    break
                self._count(data, upward, now)
                arrives = max(now, not_before) + self.rtt / 2
                queue.put_nowait((link.slot(len(data), arrives), data))
        except (ConnectionError, OSError):
            pass
        finally:
            queue.put_nowait(None)
            await sender

    async def _send(self, queue: asyncio.Queue[tuple[float, bytes] | None], writer: asyncio.StreamWriter,
                    link: _Link) -> None:
        try:
            while (item := await queue.get()) is not None:
                due, data = item
                delay = due - time.monotonic()
                if delay > 0:
                    await asyncio.sleep(delay)
                writer.write(data)
                await writer.drain()
        except (ConnectionError, OSError):
            pass
        finally:
            writer.close()

    def _count(self, data: bytes, upward: bool, now: float) -> None:
        stats = self.stats
        if upward:
            stats.bytes_up += len(data)
            found = len(REQUEST_LINE.findall(data[:4096])) if data[:1].isalpha() or b"\r\n\r\n" in data else 0
            if found:
                stats.requests += found
                stats.request_times.extend([now] * found)
                stats.in_flight += found
                stats.most_in_flight = max(stats.most_in_flight, stats.in_flight)
        else:
            stats.bytes_down += len(data)
            if data.startswith(b"HTTP/1."):
                stats.in_flight = max(0, stats.in_flight - 1)
