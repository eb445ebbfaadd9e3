"""Window first: the list fills from a worker thread and the checks run after it, never on the GUI thread."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer

from sr_editor import app
from sr_editor.core.article.article import Article
from sr_editor.core.storage.workspace import UNCHECKED, Workspace
from sr_editor.services.workspace.listing import ListingService


def _workspace(root: Path, count: int) -> None:
    past = time.time() - 3600  # older than the index cache's two seconds of distrust
    root.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        bundle = root / f"story-{i:03d}"
        bundle.mkdir()
        (bundle / "index.md").write_text(f"---\ntitle: Story {i}\nstatus: draft\n---\nBody {i}.\n", encoding="utf-8")
        for path in (bundle / "index.md", bundle):
            os.utime(path, (past, past))


class _GatedChecker:
    """A checker that waits until the test opens the gate: the checks are still running when the list is in."""

    def __init__(self) -> None:
        self.gate = threading.Event()
        self.threads: set[str] = set()

    def __call__(self, article: Article, bundle: Path, pause: Any = None) -> list[Any]:
        self.threads.add(threading.current_thread().name)
        self.gate.wait(10)
        return []


@pytest.fixture
def checker() -> Any:
    gated = _GatedChecker()
    yield gated
    gated.gate.set()


def test_the_list_worker_fills_the_list_while_the_gui_thread_stays_free(
    qtbot: Any, tmp_path: Path, checker: _GatedChecker
) -> None:
    _workspace(tmp_path / "ws", 40)
    vocabulary = app.load_vocabulary()
    workspace = Workspace(tmp_path / "ws", checker)
    context = app.build_context(workspace, vocabulary, config_dir=tmp_path / "cfg", checker=checker)
    window = app.build_window(context, restore=False, publishing=False, list_now=False)
    qtbot.addWidget(window)
    window.show()
    assert window.article_list.model.rowCount() == 0  # shown before anything was listed
    ticks: list[int] = []
    timer = QTimer(interval=5)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    app.list_in_background(window)
    qtbot.waitUntil(lambda: window.article_list.model.rowCount() == 40, timeout=10000)
    qtbot.waitUntil(lambda: len(ticks) >= 3, timeout=5000)  # the GUI thread kept running its timers...
    assert checker.threads and threading.main_thread().name not in checker.threads  # ...checks ran elsewhere
    model = window.article_list.model
    assert all(model.summary(row).errors == UNCHECKED for row in range(40))  # listed before being checked
    assert model.index(0, 4).data() == "…"
    checker.gate.set()
    qtbot.waitUntil(lambda: all(model.summary(row).errors == 0 for row in range(40)), timeout=10000)
    assert model.index(0, 4).data() == "✓"
    window.close()


def test_a_newer_listing_request_wins_over_an_older_one(qtbot: Any, tmp_path: Path) -> None:
    _workspace(tmp_path / "ws", 3)
    service = ListingService(Workspace(tmp_path / "ws"))
    results: list[int] = []
    service.listed.connect(lambda summaries: results.append(len(summaries)))
    service.refresh(check=False)
    (tmp_path / "ws" / "story-new").mkdir()
    (tmp_path / "ws" / "story-new" / "index.md").write_text("---\ntitle: New\n---\nx\n", encoding="utf-8")
    service.refresh(check=False)
    qtbot.waitUntil(lambda: bool(results), timeout=10000)
    qtbot.wait(100)
    assert results == [4]  # the first answer was for an older request and was dropped
    service.shutdown()


def test_checks_of_a_cold_workspace_are_kept_in_the_index_cache(tmp_path: Path) -> None:
    _workspace(tmp_path / "ws", 5)
    calls: list[Path] = []
    workspace = Workspace(tmp_path / "ws", lambda article, bundle: calls.append(bundle) or [])
    listed = workspace.list_articles(check=False)
    assert not calls and all(s.errors == UNCHECKED for s in listed)
    batches: list[int] = []
    workspace.check_articles(listed, lambda batch: batches.append(len(batch)), batch_size=2)
    assert batches == [2, 2, 1] and len(calls) == 5
    again = Workspace(tmp_path / "ws", lambda article, bundle: calls.append(bundle) or []).list_articles()
    assert len(calls) == 5 and all(s.errors == 0 for s in again)  # read from the cache, not checked again


def test_listing_and_checking_pause_before_every_article(tmp_path: Path) -> None:
    _workspace(tmp_path / "ws", 4)
    workspace = Workspace(tmp_path / "ws", lambda article, bundle: [])
    pauses: list[int] = []
    listed = workspace.list_articles(check=False, pause=lambda: pauses.append(1))
    assert len(pauses) == 5  # one per article, one per slice of the cache written
    workspace.check_articles(listed, lambda batch: None, pause=lambda: pauses.append(2))
    assert pauses == [1, 1, 1, 1, 1, 2, 2, 2, 2, 2]


def test_the_listing_worker_naps_so_typing_never_waits_for_the_interpreter_lock(qtbot: Any, tmp_path: Path) -> None:
    from sr_editor.core.pacing import Breather

    _workspace(tmp_path / "ws", 2)
    given: list[Any] = []

    class Spy(Workspace):
        def list_articles(self, *args: Any, **kwargs: Any) -> Any:
            given.append(kwargs.get("pause"))
            return super().list_articles(*args, **kwargs)

        def check_articles(self, *args: Any, **kwargs: Any) -> None:
            given.append(kwargs.get("pause"))
            super().check_articles(*args, **kwargs)

    service = ListingService(Spy(tmp_path / "ws", lambda article, bundle: []))
    checked: list[int] = []
    service.checked.connect(lambda summaries: checked.append(len(summaries)))
    service.refresh(check=True)
    qtbot.waitUntil(lambda: bool(checked), timeout=10_000)
    service.shutdown()
    assert len(given) == 2 and all(isinstance(pause, Breather) for pause in given)
    assert given[0] is given[1]
