"""DownloadAhead: the files a pull will need fetched a few at once, never too far ahead, dropped when the pull
passes their post, and stopped by cancel."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest

from sr_editor.publish import errors
from sr_editor.publish.sync.download_ahead import DownloadAhead


class Files:
    """A download function that records what it was asked for; `hold` keeps each download waiting until released."""

    def __init__(self, hold: bool = False) -> None:
        self.asked: list[str] = []
        self.running = 0
        self.most = 0
        self.release = threading.Event()
        if not hold:
            self.release.set()
        self.lock = threading.Lock()

    def __call__(self, address: str, stopped: Callable[[], bool]) -> bytes:
        with self.lock:
            self.asked.append(address)
            self.running += 1
            self.most = max(self.most, self.running)
        try:
            while not self.release.wait(0.01):
                if stopped():
                    raise errors.RequestCancelled("news")
            return address.encode()
        finally:
            with self.lock:
                self.running -= 1


def test_planned_files_are_handed_over_in_any_order_with_their_bytes() -> None:
    ahead = DownloadAhead(Files(), "news")
    ahead.plan(1, ["a", "b"])
    ahead.begin(1)
    assert ahead.take("b") == b"b" and ahead.take("a") == b"a"
    assert ahead.take("c") is None  # not planned: the caller downloads it itself
    ahead.cancel()


def test_downloads_run_at_once_up_to_the_workers() -> None:
    files = Files(hold=True)
    ahead = DownloadAhead(files, "news", workers=4, window=8)
    ahead.plan(1, [f"f{n}" for n in range(6)])
    for _ in range(500):
        if files.most >= 4:
            break
        threading.Event().wait(0.01)
    files.release.set()
    assert [ahead.take(f"f{n}") for n in range(6)] == [f"f{n}".encode() for n in range(6)]
    assert files.most == 4


def test_never_more_files_started_than_the_window() -> None:
    files = Files(hold=True)
    ahead = DownloadAhead(files, "news", workers=2, window=3)
    ahead.plan(1, [f"f{n}" for n in range(20)])
    files.release.set()
    assert ahead.take("f0") == b"f0"
    assert len(files.asked) <= 3 + 1
    ahead.cancel()


def test_files_of_posts_the_pull_passed_are_dropped() -> None:
    files = Files(hold=True)
    ahead = DownloadAhead(files, "news", workers=1, window=1)
    ahead.plan(1, ["one"])
    ahead.plan(2, ["two"])
    ahead.begin(2)  # post 1 was unchanged or failed: its file is not needed
    files.release.set()
    assert ahead.take("one") is None and ahead.take("two") == b"two"
    ahead.cancel()


def test_a_download_error_is_raised_where_the_file_is_taken() -> None:
    def failing(address: str, stopped: Callable[[], bool]) -> bytes:
        raise errors.NotFound("news", address)

    ahead = DownloadAhead(failing, "news")
    ahead.plan(1, ["gone.jpg"])
    with pytest.raises(errors.NotFound):
        ahead.take("gone.jpg")
    ahead.cancel()


def test_cancel_stops_the_running_downloads_and_nothing_more_starts() -> None:
    files = Files(hold=True)
    ahead = DownloadAhead(files, "news", workers=2, window=4)
    ahead.plan(1, [f"f{n}" for n in range(4)])
    for _ in range(500):
        if files.running == 2:
            break
        threading.Event().wait(0.01)
    ahead.cancel()
    with pytest.raises(errors.RequestCancelled):
        ahead.take("f0")
    for _ in range(500):
        if files.running == 0:
            break
        threading.Event().wait(0.01)
    assert files.running == 0 and len(files.asked) == 2
