"""The list's checks of many articles in child processes, one per core: a cold workspace is checked in about a
third of the time a napping thread of the window takes, and the window's interpreter lock is never held for it.

A child is `python -m sr_editor --check-child` (the frozen program: `sr-editor --check-child`), at a lower CPU
priority than the window and its render process. It checks with the standard checks (`lint.check_article` and the
default region vocabulary, as the window's own checker) and reads nothing but the paths it is sent. Requests are
lines of JSON on its stdin, a list of bundle folders each; the reply is one line of JSON per request, one entry
per folder: `[errors, warnings]`, or `null` for an article to check in the window's process instead (a file that
is broken, whose sentence is the window's to translate, or cannot be read now). Replies are validated; a child
that dies, says something malformed or stays silent past a deadline is stopped, and its articles are left to the
caller. A child ends when its stdin closes.
"""

from __future__ import annotations

import contextlib
import json
import logging
import select
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO, Any

from sr_editor.core.child_command import become_quiet_child, own_command

log = logging.getLogger(__name__)

FLAG = "--check-child"
CHUNK = 20  # articles per request: small enough that a stop or the last articles wait little
REPLY_TIMEOUT_S = 120.0  # a child silent this long on one request is stuck (a render has its own limits): stopped
Counts = tuple[int, int]


def child_command() -> tuple[list[str], dict[str, str]]:
    """The command and environment that start a checking child (core/child_command.py)."""
    return own_command(FLAG)


class CheckProcesses:
    """`count` children; `check(bundles, found, stop)` hands each folder's counts to `found(index, counts)` and
    returns the indexes it did not check (left to the caller: broken, unreadable, or a child failed)."""

    def __init__(self, count: int, timeout: float = REPLY_TIMEOUT_S,
                 command: Callable[[], tuple[list[str], dict[str, str]]] = child_command) -> None:
        self._timeout = timeout
        self._children: list[subprocess.Popen[str]] = []
        arguments, env = command()
        for _ in range(max(1, count)):
            try:
                self._children.append(subprocess.Popen(
                    arguments, stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env, text=True, encoding="utf-8",
                    close_fds=True))
            except OSError as error:  # no child: the caller checks everything itself
                log.warning("cannot start a checking process: %s", error)
                break

    def check(self, bundles: Sequence[Path], found: Callable[[int, Counts], None],
              stop: Callable[[], bool] = lambda: False) -> list[int]:
        chunks = [list(range(start, min(start + CHUNK, len(bundles)))) for start in range(0, len(bundles), CHUNK)]
        chunks.reverse()  # popped from the end: the first (newest) articles go out first
        left: list[int] = []
        busy: dict[int, tuple[subprocess.Popen[str], list[int], float]] = {}  # stdout fd -> child, chunk, sent at
        for child in self._children:
            self._send(child, chunks, bundles, busy, left)
        while busy and not stop():
            ready = select.select(list(busy), [], [], 0.2)[0]
            for fd in ready:
                child, chunk, _ = busy.pop(fd)
                answers = _parse(child.stdout.readline() if child.stdout else "", len(chunk))
                if answers is None:  # died or spoke nonsense: its chunk goes back to the caller
                    self._stop(child, left, chunk)
                    continue
                for index, answer in zip(chunk, answers, strict=True):
                    if answer is None:
                        left.append(index)
                    else:
                        found(index, answer)
                self._send(child, chunks, bundles, busy, left)
            now = time.monotonic()
            for fd, (child, chunk, sent) in list(busy.items()):
                if now - sent > self._timeout:
                    del busy[fd]
                    self._stop(child, left, chunk)
        for _child, chunk, _sent in busy.values():  # stopped early: what was in flight is not checked
            left.extend(chunk)
        for chunk in chunks:
            left.extend(chunk)
        return left

    def _send(self, child: subprocess.Popen[str], chunks: list[list[int]], bundles: Sequence[Path],
              busy: dict[int, tuple[subprocess.Popen[str], list[int], float]], left: list[int]) -> None:
        if not chunks or child.stdin is None or child.stdout is None or child.poll() is not None:
            return
        chunk = chunks.pop()
        try:
            child.stdin.write(json.dumps([str(bundles[i]) for i in chunk]) + "\n")
            child.stdin.flush()
        except (OSError, ValueError):
            self._stop(child, left, chunk)
            return
        busy[child.stdout.fileno()] = (child, chunk, time.monotonic())

    def _stop(self, child: subprocess.Popen[str], left: list[int], chunk: list[int]) -> None:
        log.warning("a checking process failed (exit %s); its articles are checked here", child.poll())
        left.extend(chunk)
        with contextlib.suppress(OSError):
            child.kill()

    def close(self) -> None:
        """Close every child's stdin (each ends by itself), wait briefly, then kill what is left."""
        for child in self._children:
            with contextlib.suppress(OSError, ValueError):
                if child.stdin is not None:
                    child.stdin.close()
        for child in self._children:
            try:
                child.wait(2)
            except subprocess.TimeoutExpired:
                child.kill()
                child.wait(2)
            if child.stdout is not None:
                child.stdout.close()
        self._children = []

    def __enter__(self) -> CheckProcesses:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


def _parse(line: str, expected: int) -> list[Counts | None] | None:
    """A reply line: exactly `expected` entries, each two small non-negative ints or null; None when malformed."""
    try:
        data: Any = json.loads(line) if line else None
    except ValueError:
        return None
    if type(data) is not list or len(data) != expected:
        return None
    answers: list[Counts | None] = []
    for entry in data:
        if entry is None:
            answers.append(None)
        elif (type(entry) is list and len(entry) == 2 and all(type(n) is int and 0 <= n < 1_000_000 for n in entry)):
            answers.append((entry[0], entry[1]))
        else:
            return None
    return answers


# ----- the child ---------------------------------------------------------------------------------------------
def _counts(bundle: Path, check: Callable[[Any, Path], list[Any]]) -> list[int] | None:
    from sr_editor.core.article.frontmatter import read_article_file
    from sr_editor.core.errors import BrokenArticleError

    try:
        article, _ = read_article_file(bundle / "index.md", keep_raw=False)
    except (BrokenArticleError, OSError):
        return None  # the window reads it again and says why in its own language
    try:
        problems = check(article, bundle)
    except Exception:  # as the window's own count: a bug in one check must not hide the list
        log.exception("checking %s failed", bundle)
        return [0, 0]
    errors = sum(1 for p in problems if str(p.severity) == "error")
    return [errors, len(problems) - errors]


def serve(requests: IO[str], replies: IO[str]) -> int:
    """The child's loop: one reply line per request line, until the requests end."""
    from sr_editor.core.article.regions import load_vocabulary
    from sr_editor.core.checks.lint import check_article

    vocabulary = load_vocabulary()

    def check(article: Any, bundle: Path) -> list[Any]:
        return check_article(article, bundle, vocabulary)

    for line in requests:
        try:
            paths = json.loads(line)
        except ValueError:
            return 2
        if type(paths) is not list or not all(type(p) is str for p in paths):
            return 2
        replies.write(json.dumps([_counts(Path(p), check) for p in paths]) + "\n")
        replies.flush()
    return 0


def main() -> int:
    """Entry of the child. Its stdout carries only replies (anything printed goes to stderr); Ctrl+C in the
    terminal is the window's to handle."""
    replies = become_quiet_child()
    try:
        return serve(sys.stdin, replies)
    except BrokenPipeError:  # the window's process went away mid-reply
        return 0
