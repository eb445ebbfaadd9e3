"""The list's checks in child processes: the same counts as the window's own checks, and every failure of a child
(death, nonsense, silence, a stop) leaves its articles to the caller instead of losing or inventing counts."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest

from sr_editor.core.article.article import Article
from sr_editor.core.article.regions import load_vocabulary
from sr_editor.core.checks.check_processes import CheckProcesses, child_command
from sr_editor.core.checks.lint import Problem, check_article
from sr_editor.core.storage import workspace_checks
from sr_editor.core.storage.workspace import Workspace

GOOD = "---\ntitle: A title of ordinary length\nslug: good\nexcerpt: A teaser.\nstatus: draft\n---\nSome words.\n"
MISSING_IMAGE = GOOD + "\n![](nowhere.jpg)\n"


def write(root: Path, slug: str, text: str | bytes) -> Path:
    bundle = root / slug
    bundle.mkdir(parents=True)
    data = text.encode("utf-8") if isinstance(text, str) else text
    (bundle / "index.md").write_bytes(data)
    past = time.time() - 60  # older than the listing cache's two seconds of distrust
    for path in (bundle / "index.md", bundle):
        os.utime(path, (past, past))
    return bundle


def counts_here(bundle: Path) -> tuple[int, int]:
    from sr_editor.core.article.frontmatter import read_article_file

    problems = check_article(read_article_file(bundle / "index.md")[0], bundle, load_vocabulary())
    errors = sum(1 for p in problems if str(p.severity) == "error")
    return errors, len(problems) - errors


def script(code: str) -> tuple[list[str], dict[str, str]]:
    """A stand-in child that runs `code` instead of checking."""
    return [sys.executable, "-c", code], dict(os.environ)


def run(bundles: list[Path], children: CheckProcesses) -> tuple[dict[int, tuple[int, int]], list[int]]:
    found: dict[int, tuple[int, int]] = {}
    with children:
        left = children.check(bundles, found.__setitem__)
    return found, left


def test_a_child_counts_as_the_window_does(workspace_dir: Path) -> None:
    bundles = [write(workspace_dir, "good", GOOD), write(workspace_dir, "missing", MISSING_IMAGE)]
    found, left = run(bundles, CheckProcesses(2))
    assert left == [] and found == {0: counts_here(bundles[0]), 1: counts_here(bundles[1])}
    assert found[1][0] > found[0][0]  # the missing image is an error


def test_a_broken_or_vanished_article_is_left_to_the_caller(workspace_dir: Path) -> None:
    bundles = [write(workspace_dir, "binary", b"---\ntitle: B\n---\n\x00"), workspace_dir / "gone",
               write(workspace_dir, "good", GOOD)]
    found, left = run(bundles, CheckProcesses(1))
    assert sorted(left) == [0, 1] and list(found) == [2]


@pytest.mark.parametrize("code", [
    "pass",  # dies at once
    "import sys\nfor line in sys.stdin: print('not json', flush=True)",
    "import sys\nfor line in sys.stdin: print('[[1, 2, 3]]', flush=True)",  # wrong shape
    "import sys\nfor line in sys.stdin: print('[[-1, 0]]', flush=True)",  # impossible count
])
def test_a_child_that_fails_leaves_its_articles_to_the_caller(workspace_dir: Path, code: str) -> None:
    bundles = [write(workspace_dir, "good", GOOD)]
    found, left = run(bundles, CheckProcesses(1, command=lambda: script(code)))
    assert (found, left) == ({}, [0])


def test_a_silent_child_is_stopped_after_the_deadline(workspace_dir: Path) -> None:
    bundles = [write(workspace_dir, "good", GOOD)]
    start = time.monotonic()
    found, left = run(bundles, CheckProcesses(1, timeout=0.5, command=lambda: script("import time; time.sleep(60)")))
    assert (found, left) == ({}, [0]) and time.monotonic() - start < 10


def test_a_stop_leaves_the_unchecked_articles_to_the_caller(workspace_dir: Path) -> None:
    bundles = [write(workspace_dir, f"a{i}", GOOD) for i in range(3)]
    with CheckProcesses(1) as children:
        left = children.check(bundles, lambda index, counts: None, stop=lambda: True)
    assert sorted(left) == [0, 1, 2]


def test_the_child_is_started_from_the_same_source_tree() -> None:
    command, env = child_command()
    assert command[-3:] == ["-m", "sr_editor", "--check-child"]
    import sr_editor

    assert str(Path(sr_editor.__file__).parents[1]) in env["PYTHONPATH"].split(os.pathsep)


class Spy:
    """The window's checker in this process: counts its calls."""

    def __init__(self) -> None:
        self.checked: list[str] = []

    def __call__(self, article: Article, bundle: Path) -> list[Problem]:
        self.checked.append(bundle.name)
        return []


def test_a_long_check_run_of_the_standard_checks_goes_to_child_processes(
        workspace_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workspace_checks, "PROCESSES_FROM", 2)
    good = write(workspace_dir, "good", GOOD)
    missing = write(workspace_dir, "missing", MISSING_IMAGE)
    write(workspace_dir, "binary", b"---\ntitle: B\n---\n\x00")
    spy = Spy()
    workspace = Workspace(workspace_dir, checker=spy, standard_checks=True)
    checked: dict[str, tuple[int, int, str | None]] = {}
    workspace.check_articles(workspace.list_articles(check=False),
                             lambda batch: checked.update({s.slug: (s.errors, s.warnings, s.broken) for s in batch}),
                             processes=2)
    assert spy.checked == []  # the broken one is read again here, and never reaches a checker
    assert checked["good"][:2] == counts_here(good) and checked["missing"][:2] == counts_here(missing)
    assert checked["binary"][2] is not None
    relisted = {s.slug: s.errors for s in Workspace(workspace_dir, checker=spy).list_articles(check=False)}
    assert relisted == {"binary": 0, "good": counts_here(good)[0], "missing": counts_here(missing)[0]}


def test_another_checker_is_never_sent_to_child_processes(
        workspace_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workspace_checks, "PROCESSES_FROM", 1)
    write(workspace_dir, "good", GOOD)
    spy = Spy()
    workspace = Workspace(workspace_dir, checker=spy)
    workspace.check_articles(workspace.list_articles(check=False), lambda batch: None, processes=2)
    assert spy.checked == ["good"]
