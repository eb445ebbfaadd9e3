"""The open article's checks: a check for an article or text no longer shown is never run."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from sr_editor.core.article.article import Article
from sr_editor.core.storage.store import LoadedArticle
from sr_editor.services.document.checks import ChecksRunner
from sr_editor.services.document.document import ArticleDocument


def test_switching_articles_while_a_check_runs_checks_only_the_last_one(qtbot: Any, tmp_path: Path) -> None:
    release = threading.Event()
    checked: list[Path] = []

    def slow_checker(article: Article, bundle: Path, pause: Any) -> list[Any]:
        checked.append(bundle)
        release.wait(10)
        return []

    document = ArticleDocument()
    runner = ChecksRunner(document, slow_checker)
    try:
        for number in range(30):
            bundle = tmp_path / f"story-{number}"
            document.load(LoadedArticle(bundle, Article(meta={"title": f"Story {number}"}, body="Text.\n"), "0"))
        release.set()
        last = tmp_path / "story-29"
        qtbot.waitUntil(lambda: last in checked, timeout=5000)
        runner.shutdown()  # runs what is still queued
    finally:
        release.set()
        runner.shutdown()
    assert checked == [tmp_path / "story-0", last]  # the one already running, then the newest


def test_a_long_article_is_checked_once_its_last_slice_is_in(qtbot: Any, tmp_path: Path) -> None:
    checked: list[tuple[str, bool]] = []
    document = ArticleDocument()

    def checker(article: Article, bundle: Path, pause: Any) -> list[Any]:
        checked.append((article.body, document.slices.active))
        return []

    runner = ChecksRunner(document, checker)
    try:
        body = "".join(f"Paragraph {number} of a long story.\n\n" for number in range(5_000))
        document.load(LoadedArticle(tmp_path / "long", Article(meta={"title": "Long"}, body=body), "0"))
        assert document.slices.active  # the test's premise: this body goes in slice by slice
        qtbot.waitUntil(lambda: bool(checked), timeout=10_000)
        qtbot.wait(600)  # the debounce again: no second check comes
    finally:
        runner.shutdown()
    assert checked == [(body, False)]


def test_held_checks_run_on_release_and_not_before(qtbot: Any, tmp_path: Path) -> None:
    checked: list[Path] = []
    document = ArticleDocument()
    runner = ChecksRunner(document, lambda article, bundle, pause: checked.append(bundle) or [])
    try:
        runner.hold()
        document.load(LoadedArticle(tmp_path / "story", Article(meta={"title": "Story"}, body="Text.\n"), "0"))
        qtbot.wait(600)  # past the debounce
        assert checked == []
        runner.release()
        qtbot.waitUntil(lambda: checked == [tmp_path / "story"], timeout=5_000)
    finally:
        runner.shutdown()


def test_checks_held_with_a_timeout_run_when_it_ends_though_nothing_releases_them(qtbot: Any, tmp_path: Path) -> None:
    checked: list[Path] = []
    document = ArticleDocument()
    runner = ChecksRunner(document, lambda article, bundle, pause: checked.append(bundle) or [])
    try:
        runner.hold(timeout_ms=800)  # as the window does for a long article whose preview never comes
        document.load(LoadedArticle(tmp_path / "story", Article(meta={"title": "Story"}, body="Text.\n"), "0"))
        qtbot.wait(500)  # past the debounce, before the timeout
        assert checked == []
        qtbot.waitUntil(lambda: checked == [tmp_path / "story"], timeout=5_000)
    finally:
        runner.shutdown()


def test_a_check_whose_result_would_be_dropped_ends_at_its_next_pause(qtbot: Any, tmp_path: Path) -> None:
    started, release = threading.Event(), threading.Event()
    steps: list[str] = []

    def checker(article: Article, bundle: Path, pause: Any) -> list[Any]:
        if bundle.name == "first":
            started.set()
            release.wait(10)  # the text changes meanwhile
        for step in ("headings", "links", "images"):
            pause()
            steps.append(f"{bundle.name}:{step}")
        return []

    document = ArticleDocument()
    runner = ChecksRunner(document, checker)
    try:
        document.load(LoadedArticle(tmp_path / "first", Article(meta={"title": "First"}, body="Text.\n"), "0"))
        qtbot.waitUntil(started.is_set, timeout=5_000)
        document.load(LoadedArticle(tmp_path / "second", Article(meta={"title": "Second"}, body="Text.\n"), "0"))
        release.set()
        qtbot.waitUntil(lambda: "second:images" in steps, timeout=5_000)
    finally:
        release.set()
        runner.shutdown()
    assert steps == ["second:headings", "second:links", "second:images"]  # the first one ran none of its steps
