"""Makes the British-only word list in a child process, so the window neither waits for it nor holds en_GB.

The child is `python -m sr_editor --british-words PATH` (the frozen program: `sr-editor --british-words PATH`), at
the lowest CPU priority. It expands en_GB's roots by its affix rules (core/spelling/affixes.py), keeps the forms
en_US rejects and en_GB's own Hunspell accepts (so a mistake in the expansion can only leave a word out), writes
the list atomically and answers one line of JSON: `{"key": ..., "forms": n, "bytes": m}`. The window's side
(`run_child`) validates that answer; a child that dies, says something else or overstays is stopped and logged,
and the window keeps en_GB's Hunspell.
"""

from __future__ import annotations

import json
import logging
import subprocess
import sys
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from sr_editor.core.child_command import become_quiet_child, own_command
from sr_editor.core.spelling.british_words import MAX_FILE_BYTES, dictionary_files, list_key, listable, write_list

log = logging.getLogger(__name__)

FLAG = "--british-words"
TIMEOUT_S = 600.0  # ~10 s of work on a quiet machine; a child this slow is stuck
MAX_REPLY_BYTES = 4096
MAX_FORMS = 5_000_000
Command = Callable[[], tuple[list[str], dict[str, str]]]


class BritishListUnavailable(RuntimeError):
    """The dictionaries to make the list from are not there (or Enchant cannot open them)."""


@dataclass(frozen=True)
class Made:
    """What a child reports: the dictionaries' key, how many forms it listed, the file's size."""

    key: str
    forms: int
    size: int


def british_only(forms: Iterable[str], american: Callable[[str], bool], british: Callable[[str], bool]) -> list[str]:
    """The distinct forms shaped like words the editor asks about that en_US rejects and en_GB accepts."""
    return [f for f in set(forms) if listable(f) and not american(f) and british(f)]


def dictionary_key() -> tuple[str, tuple[Path, Path]]:
    """The key of the installed en_US and en_GB files, and en_GB's (.aff, .dic); BritishListUnavailable when
    either is missing."""
    american, british = dictionary_files("en_US"), dictionary_files("en_GB")
    if american is None or british is None:
        raise BritishListUnavailable("en_US or en_GB is not installed where Enchant looks")
    return list_key([*american, *british]), british


def make_list(path: Path) -> Made:
    """Expand, filter through both dictionaries (opened through Enchant, as the window does) and write."""
    from sr_editor.core.spelling.affixes import word_forms

    key, (aff, dic) = dictionary_key()
    try:
        import enchant

        american, british = enchant.Dict("en_US"), enchant.Dict("en_GB")
    except Exception as exc:  # ImportError, OSError, enchant.errors.Error
        raise BritishListUnavailable(f"cannot open the dictionaries: {exc}") from exc
    words = british_only(word_forms(aff, dic), american.check, british.check)
    size = write_list(path, key, words)
    return Made(key, len(words), size)


def parse_reply(data: bytes, key: str) -> Made | None:
    """A child's answer: one JSON object for `key` with sane counts; None for anything else."""
    if not data or len(data) > MAX_REPLY_BYTES:
        return None
    try:
        reply: Any = json.loads(data.decode("utf-8"))
    except ValueError:
        return None
    if type(reply) is not dict or reply.get("key") != key:
        return None
    forms, size = reply.get("forms"), reply.get("bytes")
    if type(forms) is not int or type(size) is not int or not 0 <= forms <= MAX_FORMS or not 0 < size <= MAX_FILE_BYTES:
        return None
    return Made(key, forms, size)


def child_command() -> tuple[list[str], dict[str, str]]:
    return own_command(FLAG)


def run_child(path: Path, key: str, command: Command = child_command, timeout: float = TIMEOUT_S) -> Made | None:
    """Start a child to write the list for `key` at `path`, wait for it, and check what it says."""
    arguments, env = command()
    try:
        child = subprocess.Popen([*arguments, str(path)], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                 env=env, close_fds=True)
    except OSError as exc:
        log.warning("cannot start the process that lists British spellings: %s", exc)
        return None
    try:
        out, _ = child.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        child.kill()
        child.communicate()
        log.warning("the process listing British spellings took over %.0f s; stopped", timeout)
        return None
    made = parse_reply(out[:MAX_REPLY_BYTES + 1], key) if child.returncode == 0 else None
    if made is None:
        log.warning("listing British spellings failed (exit %s): %r", child.returncode, out[:200])
        return None
    log.info("listed %d British spellings in %s (%d bytes)", made.forms, path, made.size)
    return made


def start_in_background(path: Path, key: str) -> threading.Thread:
    """`run_child` on a daemon thread: the window never waits for it (nor for it to end when closing)."""
    thread = threading.Thread(target=run_child, args=(path, key), name="british-words", daemon=True)
    thread.start()
    return thread


def serve(path: Path, replies: IO[str]) -> int:
    """Make the list at `path` and answer on `replies`; 1 (and no answer) when it cannot be made or written."""
    try:
        made = make_list(path)
    except (OSError, ValueError, BritishListUnavailable) as exc:  # a full disk, an odd dictionary
        print(f"cannot list British spellings: {exc}", file=sys.stderr)
        return 1
    replies.write(json.dumps({"key": made.key, "forms": made.forms, "bytes": made.size}) + "\n")
    replies.flush()
    return 0


def main(argv: list[str]) -> int:
    """Entry of the child: writes the list at argv[0]; stdout carries only the answer."""
    if len(argv) != 1:
        return 2
    replies = become_quiet_child()
    try:
        with replies:
            return serve(Path(argv[0]), replies)
    except BrokenPipeError:  # the window's process went away; the list is written all the same
        return 0
