"""Crash safety: a process saving in a loop is SIGKILLed at random moments, 200 times in all.

After every kill the article must parse and be exactly the last version whose save completed, or the one
being saved; stray temp files must not disturb the listing and are cleaned up on a later open.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import sr_editor
from sr_editor.core.article.frontmatter import serialize_article
from sr_editor.core.storage.atomicfile import is_temp_file, remove_stale_temp_files
from sr_editor.core.storage.store import ArticleStore
from sr_editor.core.storage.workspace import Workspace

sys.path.insert(0, str(Path(__file__).parent))
from crash_child import BUNDLE, version_article

CHILD = Path(__file__).with_name("crash_child.py")
KILLS_PER_TEST = 50
SRC = str(Path(sr_editor.__file__).resolve().parents[1])


def run_and_kill(root: Path, first: int, rng: random.Random) -> list[int]:
    """Start a child saving from version `first`, SIGKILL it at a random moment; the versions it confirmed."""
    env = {**os.environ, "PYTHONPATH": SRC}
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(root), str(first)], stdout=subprocess.PIPE, env=env
    )
    assert child.stdout is not None
    assert child.stdout.readline() == b"ready\n"
    time.sleep(rng.uniform(0.0, 0.04))
    child.send_signal(signal.SIGKILL)
    output = child.stdout.read()
    child.stdout.close()
    assert child.wait() == -signal.SIGKILL
    return [int(line) for line in output.split()]


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_a_killed_save_leaves_the_old_or_the_new_version(tmp_path: Path, seed: int) -> None:
    root = tmp_path / "ws"
    root.mkdir()
    store = ArticleStore(root)
    (root / BUNDLE).mkdir()
    store.save(root / BUNDLE, version_article(0), None)
    rng = random.Random(seed)
    current = 0
    for _ in range(KILLS_PER_TEST):
        confirmed = run_and_kill(root, current + 1, rng)
        last_done = confirmed[-1] if confirmed else current
        loaded = store.load(root / BUNDLE)  # raises if the file is damaged
        version = loaded.article.meta["version"]
        assert version in (last_done, last_done + 1)
        expected = serialize_article(version_article(version)).encode("utf-8")
        assert (root / BUNDLE / "index.md").read_bytes() == expected
        rows = Workspace(root).list_articles()
        assert [(r.slug, r.broken) for r in rows] == [(BUNDLE, None)]
        current = version


def test_stray_temp_files_are_ignored_by_listing_and_removed_on_open(tmp_path: Path) -> None:
    root = tmp_path / "ws"
    (root / BUNDLE).mkdir(parents=True)
    store = ArticleStore(root)
    store.save(root / BUNDLE, version_article(0), None)
    stray = root / BUNDLE / ".index.md.4242.99.sr-tmp"
    stray.write_bytes(b"---\ntitle: half a fi")
    rows = Workspace(root).list_articles()
    assert [(r.slug, r.broken) for r in rows] == [(BUNDLE, None)]
    past = time.time() - 3600
    os.utime(stray, (past, past))
    store.load(root / BUNDLE)
    assert not any(is_temp_file(n) for n in os.listdir(root / BUNDLE))
    assert remove_stale_temp_files(root / BUNDLE, min_age=0) == []
