"""Listing speed: creates N articles (default 10,000) in a temp workspace, prints cold and warm listing times.

Cold = no index cache (every index.md parsed and checked); warm = cache valid (only stat calls and the JSON
cache). "as the window does" = a cold listing without checks (the list is complete), then the checks of every
article (all counts known), as services/workspace/listing.py runs them; for the real checks also when the first
screen of rows had its badges, and the warm listing that follows (every count from the cache). Each article's
body differs a little (the renderer's cache does not make the checks look cheaper than a real workspace's).
Goals: warm under 300 ms for 10,000 articles; a cold 50,000 listed and checked within 3 s.

    python benchmarks/bench_listing.py [--count N] [--runs R] [--before /work/main/src] [--no-real]

With --before the same workspace is measured first with that source tree (in a child process), then with this one.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

SRC = os.environ.get("BENCH_SRC") or str(Path(__file__).resolve().parents[1] / "src")
sys.path.insert(0, SRC)

from sr_editor.core.article.article import Article  # noqa: E402
from sr_editor.core.checks.lint import Problem, Severity  # noqa: E402
from sr_editor.core.storage.workspace import Workspace  # noqa: E402

SCREEN = 40  # rows the list shows at once
REGIONS = ["Latin America", "Africa", "Europe", "Asia", "Middle East"]
TAGS = ["Haiti", "Chile", "Cuba", "Nigeria", "Bolivia", "Brazil", "Perú"]
PARAGRAPH = (
    "The despotic president is refusing to step down, and the streets of the capital have filled with "
    "people who say the mandate ended months ago. Teachers, drivers and students march together.\n\n"
)


def article_text(i: int) -> str:
    return (
        "---\n"
        f"title: 'Story number {i}: a headline of ordinary length about events'\n"
        f"slug: story-{i:05d}\n"
        f"excerpt: A teaser of a sentence or two for story {i}, as the site shows under the headline.\n"
        f"status: {('draft', 'review', 'ready', 'published')[i % 4]}\n"
        "author: staff-writer\n"
        f"regions: [{REGIONS[i % len(REGIONS)]}]\n"
        f"tags: [{TAGS[i % len(TAGS)]}, {TAGS[(i + 3) % len(TAGS)]}]\n"
        "featured_image:\n"
        "  src: photo.jpg\n"
        f"  alt: {'' if i % 5 == 0 else 'Protesters fill a street'}\n"
        "  decorative: false\n"
        "  caption: A march in the capital\n"
        "---\n"
        + "".join(PARAGRAPH.replace("capital", f"capital ({i}.{k})") for k in range(12))
        + "![A crowd at night](photo.jpg \"The march\")\n"
    )


def create_workspace(root: Path, count: int) -> None:
    """Updated at scattered times (the newest articles are not the first names), all older than the cache's
    two-second distrust window."""
    now = time.time()
    for i in range(count):
        bundle = root / f"story-{i:05d}"
        bundle.mkdir()
        (bundle / "index.md").write_text(article_text(i), encoding="utf-8")
        (bundle / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
        past = now - 3600 - (i * 7919) % count * 60
        for path in (bundle / "index.md", bundle / "photo.jpg", bundle):
            os.utime(path, (past, past))


def trivial_checker(article: Article, bundle: Path) -> list[Problem]:
    return [] if article.title else [Problem("title-missing", Severity.ERROR, "Add a title.")]


def real_checker() -> Callable[[Article, Path], list[Problem]] | None:
    try:
        from sr_editor.core.article.regions import load_vocabulary
        from sr_editor.core.checks.lint import check_article

        vocabulary = load_vocabulary()

        def check(article: Article, bundle: Path) -> list[Problem]:
            return check_article(article, bundle, vocabulary)

        check(Article(meta={"title": "probe"}), Path("."))
        return check
    except NotImplementedError:
        return None


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def measure(root: Path, checker: Callable[[Article, Path], list[Problem]], label: str, runs: int) -> None:
    cache = root / ".sr-editor" / "index.json"
    cold: list[float] = []
    for _ in range(max(1, runs // 2)):
        cache.unlink(missing_ok=True)
        cold.append(timed(lambda: Workspace(root, checker=checker).list_articles()))
    warm = [timed(lambda: Workspace(root, checker=checker).list_articles()) for _ in range(runs)]
    count = len(Workspace(root, checker=checker).list_articles())
    print(f"{label}: cold listing of {count} articles: median {statistics.median(cold) * 1000:.0f} ms "
          f"({len(cold)} runs)")
    print(f"{label}: warm listing of {count} articles: median {statistics.median(warm) * 1000:.0f} ms "
          f"({len(warm)} runs, min {min(warm) * 1000:.0f} ms, max {max(warm) * 1000:.0f} ms)")
    print(f"{label}: cache file {cache.stat().st_size / 1e6:.1f} MB")


def measure_window_way(root: Path, checker: Callable[[Article, Path], list[Problem]], label: str, runs: int) -> None:
    """Cold: list without checks (the list is complete), then check every article (as the window's worker)."""
    cache = root / ".sr-editor" / "index.json"
    listed: list[tuple[float, float]] = []  # (wall, CPU of this process) seconds
    checked: list[tuple[float, float]] = []
    for _ in range(runs):
        cache.unlink(missing_ok=True)
        workspace = Workspace(root, checker=checker)
        start, cpu = time.perf_counter(), time.process_time()
        summaries = workspace.list_articles(check=False)
        listed.append((time.perf_counter() - start, time.process_time() - cpu))
        workspace.check_articles(summaries, lambda batch: None)
        checked.append((time.perf_counter() - start, time.process_time() - cpu))
    wall, used = statistics.median(w for w, _ in listed), statistics.median(c for _, c in listed)
    all_wall, all_used = statistics.median(w for w, _ in checked), statistics.median(c for _, c in checked)
    print(f"{label}: cold, as the window does, {len(summaries)} articles: listed {wall:.2f} s (CPU {used:.2f} s), "
          f"listed and checked {all_wall:.2f} s (CPU {all_used:.2f} s) (median of {runs}; on a shared machine the "
          f"CPU time is the steadier number)", flush=True)


def measure_real_as_the_window(root: Path, checker: Callable[[Article, Path], list[Problem]]) -> None:
    """The real checks as the window's listing thread runs them (napping with a Breather; the checks in child
    processes where this tree has them), cold: when the list is in, when the first screen of rows (the newest
    SCREEN) has its badges, when every article has; then warm: a fresh listing with the counts from the cache."""
    import inspect

    from sr_editor.core.pacing import Breather

    cache = root / ".sr-editor" / "index.json"
    cache.unlink(missing_ok=True)
    parallel = "standard_checks" in inspect.signature(Workspace).parameters
    workspace = Workspace(root, checker=checker, **({"standard_checks": True} if parallel else {}))  # type: ignore[arg-type]
    extra = {"processes": max(1, min(2, os.cpu_count() or 1))} if parallel else {}
    start, cpu = time.perf_counter(), time.process_time()
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    summaries = workspace.list_articles(check=False, pause=Breather())
    listed = time.perf_counter() - start
    screen = {s.slug for s in sorted(summaries, key=lambda s: (-s.updated, s.slug))[:SCREEN]}
    first_screen: list[float] = []

    def batch(done: list[object]) -> None:
        screen.difference_update(getattr(s, "slug", "") for s in done)
        if not screen and not first_screen:
            first_screen.append(time.perf_counter() - start)

    workspace.check_articles(summaries, batch, pause=Breather(), **extra)  # type: ignore[arg-type]
    checked, used = time.perf_counter() - start, time.process_time() - cpu
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    used_children = after.ru_utime + after.ru_stime - children.ru_utime - children.ru_stime
    warm_start = time.perf_counter()
    relisted = Workspace(root, checker=checker).list_articles(check=False)
    warm = time.perf_counter() - warm_start
    unchecked = sum(1 for s in relisted if s.errors < 0)
    how = f"{extra['processes']} check processes" if extra else "checks in the listing thread"
    print(f"real lint, as the window does ({how}), cold, {len(summaries)} articles: listed {listed:.2f} s, first "
          f"screen ({SCREEN} newest) checked {first_screen[0] if first_screen else float('nan'):.2f} s, all checked "
          f"{checked:.2f} s (CPU: this process {used:.2f} s, check processes {used_children:.2f} s)", flush=True)
    print(f"real lint: warm (the cache of that run), listed and checked: {warm:.2f} s, {unchecked} unchecked",
          flush=True)


def run_all(root: Path, runs: int, real: bool) -> None:
    measure_window_way(root, trivial_checker, "trivial checker", max(1, runs // 2))
    measure(root, trivial_checker, "trivial checker", runs)
    checker = real_checker() if real else None
    if checker is None:
        print("real lint: skipped")
    else:
        measure_real_as_the_window(root, checker)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--before", help="another source tree (e.g. /work/main/src) to measure first, same workspace")
    parser.add_argument("--no-real", action="store_true", help="skip the real lint (minutes at 50,000 articles)")
    parser.add_argument("--workspace", help=argparse.SUPPRESS)  # the child's: an existing workspace
    args = parser.parse_args()
    if args.workspace:
        run_all(Path(args.workspace), args.runs, not args.no_real)
        return
    with tempfile.TemporaryDirectory(prefix="sr-bench-") as tmp:
        root = Path(tmp) / "ws"
        root.mkdir()
        print(f"creating {args.count} articles in {tmp}: {timed(lambda: create_workspace(root, args.count)):.1f} s")
        for name, src in (("before", args.before), ("after", SRC)):
            if src is None:
                continue
            print(f"--- {name}: {src}", flush=True)
            command = [sys.executable, __file__, "--workspace", str(root), "--runs", str(args.runs)]
            subprocess.run(command + (["--no-real"] if args.no_real else []), check=True,
                           env={**os.environ, "BENCH_SRC": src, "PYTHONPATH": src})


if __name__ == "__main__":
    main()
