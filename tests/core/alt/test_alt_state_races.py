"""Two programs changing the alt-text outbox at once (`sr-editor alt set` beside `alt sync`, or the window beside
the command line): every description each was told it was kept is in the file, in the state it was given.

Before the outbox took a lock and re-read the file under it, each program wrote back its own whole copy, so the
later write dropped what the other had just kept.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

import sr_editor
from sr_editor.core.alt.state import SENT, WAITING, MediaInfo, Outbox, SiteCache, load_cache, save_cache

CHILD = Path(__file__).with_name("outbox_race_child.py")
SRC = str(Path(sr_editor.__file__).resolve().parents[1])
ROUNDS = 60


@pytest.mark.slow
def test_two_processes_queueing_and_marking_lose_no_description(tmp_path: Path) -> None:
    workspace = tmp_path / "ws"
    workspace.mkdir()
    start = tmp_path / "go"
    env = {**os.environ, "PYTHONPATH": SRC}
    children = [subprocess.Popen([sys.executable, str(CHILD), str(workspace), name, str(ROUNDS), str(start)],
                                 stdout=subprocess.PIPE, env=env) for name in ("a", "b")]
    time.sleep(0.5)  # both imported and waiting
    start.touch()
    acknowledged: dict[str, str] = {}
    for child in children:
        out, _ = child.communicate(timeout=120)
        assert child.returncode == 0
        for line in out.decode().splitlines():
            alt, state = line.split()
            acknowledged[alt] = state
    assert len(acknowledged) == 2 * ROUNDS
    on_disk = {e.alt: e.state for e in Outbox(workspace).entries}
    wrong = {alt: (state, on_disk.get(alt)) for alt, state in acknowledged.items()
             if on_disk.get(alt) != (SENT if state == "sent" else WAITING)}
    assert wrong == {}, f"{len(wrong)} of {len(acknowledged)} acknowledged descriptions lost or in the wrong state"


def test_a_stale_outbox_marking_sent_keeps_what_another_program_queued(tmp_path: Path) -> None:
    window = Outbox(tmp_path)
    first = window.add("s:media:1", "s", 1, "First", False)
    Outbox(tmp_path).add("s:media:2", "s", 2, "From the command line", False)
    window.mark(first, SENT)
    assert {e.alt: e.state for e in Outbox(tmp_path).entries} == {"First": SENT, "From the command line": WAITING}
    assert [e.alt for e in window.entries] == ["First", "From the command line"]


def test_a_description_replaced_elsewhere_stays_replaced_when_the_old_one_fails(tmp_path: Path) -> None:
    window = Outbox(tmp_path)
    old = window.add("s:media:1", "s", 1, "Typo", False)
    Outbox(tmp_path).add("s:media:1", "s", 1, "Fixed", False)
    window.mark(old, "failed", "The site said no.")
    assert [(e.alt, e.state) for e in Outbox(tmp_path).entries] == [("Fixed", WAITING)]


def test_an_older_cache_saved_late_keeps_the_newer_sync(tmp_path: Path) -> None:
    stale = SiteCache("s", media={1: MediaInfo(1, alt="", modified_gmt="2026-01-01T00:00:00")},
                      media_cursor="2026-01-01T00:00:00")
    save_cache(tmp_path, stale)
    newer = SiteCache("s", media={1: MediaInfo(1, alt="Described", modified_gmt="2026-02-01T00:00:00"),
                                  2: MediaInfo(2, modified_gmt="2026-02-01T00:00:00")},
                      media_cursor="2026-02-01T00:00:00")
    save_cache(tmp_path, newer)
    save_cache(tmp_path, stale)  # a window that loaded the cache before the other program synced
    loaded = load_cache(tmp_path, "s")
    assert loaded is not None
    assert (loaded.media[1].alt, sorted(loaded.media), loaded.media_cursor) == ("Described", [1, 2],
                                                                               "2026-02-01T00:00:00")
