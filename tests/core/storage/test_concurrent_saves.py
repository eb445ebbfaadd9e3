"""Two processes saving one article in a loop: every save one of them was told succeeded is in the file.

Before the per-article lock, the hash check and the rename were separate steps, so both processes could pass
the check on the same version and the later rename dropped the other's acknowledged edit (259 of 576 lost).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

import sr_editor
from sr_editor.core.article.article import Article
from sr_editor.core.storage.store import ArticleStore

CHILD = Path(__file__).with_name("concurrent_save_child.py")
SRC = str(Path(sr_editor.__file__).resolve().parents[1])
ROUNDS = 150


@pytest.mark.slow
def test_two_processes_saving_in_a_loop_lose_no_acknowledged_save(tmp_path: Path) -> None:
    root = tmp_path / "ws"
    bundle = root / "story"
    bundle.mkdir(parents=True)
    ArticleStore(root).save(bundle, Article(meta={"title": "Shared"}, body="start\n"), None)
    start = tmp_path / "go"
    env = {**os.environ, "PYTHONPATH": SRC}
    children = [
        subprocess.Popen([sys.executable, str(CHILD), str(bundle), name, str(ROUNDS), str(start)],
                         stdout=subprocess.PIPE, env=env)
        for name in ("a", "b")
    ]
    time.sleep(0.5)  # both imported and waiting
    start.touch()
    acknowledged: list[str] = []
    for child in children:
        out, _ = child.communicate(timeout=120)
        assert child.returncode == 0
        acknowledged += out.decode().split()
    assert len(acknowledged) == 2 * ROUNDS
    present = set(ArticleStore(root).load(bundle).article.body.split())
    lost = [line for line in acknowledged if line not in present]
    assert lost == [], f"{len(lost)} of {len(acknowledged)} acknowledged saves lost"
