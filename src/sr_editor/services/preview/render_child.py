"""The preview's render process: a plain child process, so Python-Markdown (~370 ms on 50k words, holding the GIL)
never stalls typing in the window's process. No Qt here.

The child is `python -m sr_editor --render-child MODULE:FACTORY` (the frozen program: `sr-editor --render-child
MODULE:FACTORY`); FACTORY() gives the render function. Requests come on its stdin, replies go out on its stdout.
A request is a 4-byte big-endian length and that many bytes of UTF-8 JSON, `[start, end, bundle]`, then a length
and the UTF-8 text that replaces the last body's characters between its first `start` and its last `end` (the
whole body the first time: a keystroke sends a few characters, not the article). A reply is one JSON message,
`[true, start, end, raw pieces, shown pieces]` (the pieces that changed) or `[false, sentence]`; after a failed
one both sides start again from an empty body. The child ends when its stdin closes, so it never outlives the
window's process, however that ends. A plain child replaces multiprocessing's spawn, which also started a
"resource tracker" process (7 MiB) the preview never needed.
"""

from __future__ import annotations

import contextlib
import importlib
import json
import os
import select
import signal
import struct
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from sr_editor.core.i18n import translate
from sr_editor.services.preview.pieces import BLOCK_SEPARATOR, apply_delta, common_ends, delta
from sr_editor.services.preview.renderer import PreviewRequest, PreviewResult, RendererFactory

FLAG = "--render-child"
RENDER_TIMEOUT_S = 60.0  # 100k words render in ~1 s; a child silent this long is stuck: it is killed
_HEADER = struct.Struct(">I")


def factory_spec(factory: Callable[..., Any]) -> str:
    """`module:name` of a module-level function, which the child imports; ValueError for a closure or lambda."""
    module, name = getattr(factory, "__module__", None), getattr(factory, "__qualname__", "")
    if not module or not name or "<" in name:
        raise ValueError(f"the render process needs a module-level factory, not {factory!r}")
    return f"{module}:{name}"


def load_factory(spec: str) -> RendererFactory:
    module_name, _, name = spec.partition(":")
    target: Any = importlib.import_module(module_name)
    for part in name.split("."):
        target = getattr(target, part)
    return target  # type: ignore[no-any-return]


def write_message(stream: IO[bytes], value: object) -> None:
    data = json.dumps(value, ensure_ascii=False).encode("utf-8")
    stream.write(_HEADER.pack(len(data)) + data)
    stream.flush()


def _read_bytes(stream: IO[bytes]) -> bytes | None:
    """The next length-prefixed message, or None when the stream has ended (also in the middle of one)."""
    header = stream.read(_HEADER.size)
    if len(header) < _HEADER.size:
        return None
    (size,) = _HEADER.unpack(header)
    data = stream.read(size)
    return data if len(data) == size else None


def write_edit(stream: IO[bytes], start: int, end: int, text: str, bundle: str) -> None:
    """A request: the last body with its characters between the first `start` and the last `end` replaced by
    `text`. The text goes as UTF-8, not JSON: escaping a whole article held the interpreter lock for ~9 ms."""
    head = json.dumps([start, end, bundle]).encode("utf-8")
    data = text.encode("utf-8")
    stream.write(_HEADER.pack(len(head)) + head + _HEADER.pack(len(data)) + data)
    stream.flush()


def read_edit(stream: IO[bytes], last: str) -> tuple[str, str] | str | None:
    """The next request as (body, bundle), given the `last` body; a sentence when it does not fit `last` or is
    malformed; None when the stream has ended."""
    head, data = _read_bytes(stream), _read_bytes(stream)
    if head is None or data is None:
        return None
    try:
        start, end, bundle = json.loads(head.decode("utf-8"))
        text = data.decode("utf-8")
    except (ValueError, TypeError):  # not JSON, not UTF-8, not three values
        return "a malformed request"
    if not (type(start) is int and type(end) is int and type(bundle) is str and start >= 0 and end >= 0
            and start + end <= len(last)):
        return "a request out of step with the last text"
    return last[:start] + text + last[len(last) - end:], bundle


def serve(factory_spec_text: str, requests: IO[bytes], replies: IO[bytes]) -> int:
    """The child's loop: one reply per request, until the requests end."""
    from sr_editor.services.preview.html import render_pieces_for_preview
    from sr_editor.services.runtime.memory import release_free_memory

    render = load_factory(factory_spec_text)()
    trim = release_free_memory()
    adapted: dict[str, str] = {}  # the previous render's adapted pieces
    sent: list[str] = []  # the pieces the window holds: a reply carries only those that changed
    body = ""  # the last request's body: the next one says what changed in it
    while (request := read_edit(requests, body)) is not None:
        try:
            if isinstance(request, str):
                raise ValueError(request)
            body, bundle = request
            raw, shown = render_pieces_for_preview(
                render, PreviewRequest(0, body, Path(bundle) if bundle else None), adapted)
            start, end = delta(sent, raw)
            reply: list[object] = [True, start, end, raw[start:len(raw) - end], shown[start:len(shown) - end]]
            sent = raw
        except Exception as error:  # report, keep serving; both sides start again from nothing
            reply = [False, f"{type(error).__name__}: {error}"]
            body, sent = "", []
        write_message(replies, reply)
        del reply
        trim()  # the reply's megabyte of HTML and JSON is freed now: give its pages back
    return 0


def main(argv: list[str]) -> int:
    """Entry of the child (`--render-child MODULE:FACTORY`). Its stdout carries only replies: anything printed
    goes to stderr. Ctrl+C in the terminal is the window's to handle; the child ends when its stdin closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    replies = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    sys.stdout = sys.stderr
    try:
        return serve(argv[0], sys.stdin.buffer, replies)
    except BrokenPipeError:  # the window's process went away mid-reply
        return 0


def child_command(spec: str) -> tuple[list[str], dict[str, str]]:
    """The command and environment that start the child: the frozen program starts itself with FLAG."""
    if getattr(sys, "frozen", False):
        return [sys.executable, FLAG, spec], dict(os.environ)
    command, env = [sys.executable, "-m", "sr_editor", FLAG, spec], dict(os.environ)
    source = str(Path(__file__).resolve().parents[3])  # where this sr_editor is imported from
    if source not in _site_packages():  # a source tree: the child must find the same sr_editor
        env["PYTHONPATH"] = os.pathsep.join(p for p in (source, env.get("PYTHONPATH", "")) if p)
    return command, env


def _site_packages() -> set[str]:
    """Installed in site-packages, the child finds it anyway; on PYTHONPATH that folder would also come before
    the standard library."""
    import site

    folders = [*site.getsitepackages(), site.getusersitepackages()]
    return {str(Path(folder).resolve()) for folder in folders}


class RenderProcess:
    """The window's side: starts the child, sends a body and waits for its HTML (the waiting thread holds no
    GIL). EOFError when the child died; TimeoutError (the child is killed) when it is stuck."""

    def __init__(self, spec: str, timeout: float = RENDER_TIMEOUT_S) -> None:
        import subprocess  # here, not at the top: the child itself never needs it (nor the locale it imports)

        command, env = child_command(spec)
        self._timeout = timeout
        self._raw: list[str] = []  # the pieces of the last reply, raw and adapted: the next reply changes them
        self._shown: list[str] = []
        self._body = ""  # the body the child rendered last: a request sends only what changed in it
        self._process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env,
                                         close_fds=True)

    @property
    def pid(self) -> int:
        return self._process.pid

    def render(self, request: PreviewRequest) -> PreviewResult:
        assert self._process.stdin is not None
        body = request.body
        start, end = common_ends(self._body, body)
        write_edit(self._process.stdin, start, end, body[start:len(body) - end],
                   str(request.bundle) if request.bundle else "")
        self._body = body
        reply = self._read_reply()
        if reply is None:
            raise EOFError(translate("PreviewPipeline", "The render process ended."))
        if isinstance(reply, list) and len(reply) == 2 and reply[0] is False:
            self._body, self._raw, self._shown = "", [], []  # the child starts again from nothing too
            raise RuntimeError(str(reply[1]))
        _ok, start, end, raw, shown = reply if isinstance(reply, list) and len(reply) == 5 else (0, -1, -1, 0, 0)
        pieces = apply_delta(self._raw, start, end, raw)
        adapted = apply_delta(self._shown, start, end, shown)
        if pieces is None or adapted is None or len(pieces) != len(adapted):
            self.kill()  # out of step with what it sent before: a new process starts from nothing
            raise EOFError(translate("PreviewPipeline", "The render process ended."))
        self._raw, self._shown = pieces, adapted
        return PreviewResult(request.generation, BLOCK_SEPARATOR.join(pieces), adapted)

    def _read_reply(self) -> Any:
        assert self._process.stdout is not None
        fd, deadline = self._process.stdout.fileno(), time.monotonic() + self._timeout
        header = self._read_exactly(fd, _HEADER.size, deadline)
        if header is None:
            return None
        data = self._read_exactly(fd, _HEADER.unpack(header)[0], deadline)
        return None if data is None else json.loads(data.decode("utf-8"))

    def _read_exactly(self, fd: int, size: int, deadline: float) -> bytes | None:
        chunks, missing = [], size
        while missing:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([fd], [], [], left)[0]:
                self.kill()
                raise TimeoutError(translate("PreviewPipeline", "The preview took longer than {0:.0f} seconds to "
                                             "render.").format(self._timeout))
            chunk = os.read(fd, min(missing, 1 << 20))
            if not chunk:
                return None
            chunks.append(chunk)
            missing -= len(chunk)
        return b"".join(chunks)

    def kill(self) -> None:
        """Stop the child at once; safe from any thread (a render waiting on it then fails)."""
        with contextlib.suppress(OSError):
            self._process.kill()

    def close(self) -> None:
        """Close its stdin (it ends by itself), wait briefly, then kill it."""
        with contextlib.suppress(OSError, ValueError):
            assert self._process.stdin is not None
            self._process.stdin.close()
        import subprocess

        try:
            self._process.wait(2)
        except subprocess.TimeoutExpired:
            self.kill()
            self._process.wait(2)
        if self._process.stdout is not None:
            self._process.stdout.close()
