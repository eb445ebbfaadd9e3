"""A working day in the real window, compressed (issue 22): memory and keystroke latency from start to end.

    python benchmarks/bench_day.py [--scale 0.1] [--gap-ms 20] [--articles 40] [--words 3000]
                                   [--only switch,type,publish,pull,alt] [--trace]

The window is built as the program builds it (app.build_context / build_window, autosave on) and shown on an Xvfb
server started here. One day at --scale 1: 500 article switches among --articles articles; 50,000 typed characters
(100 after each switch, one key per scheduled time through the event loop as bench_gui's typing, with gaps drawn
from 100-300 ms and compressed to average --gap-ms); 50 publishes of the open article and 20 pulls, both against a
local WordPress (tests/support/wpsite.py) through the window's background publish worker; the alt-text queue window
stepping through 500 images (text typed, Enter). Every 10 % of the run it prints the memory of all processes (PSS,
the window and its children) and at the end the keystroke p99 of the first and the last tenth.

Goals: memory grows by at most 10 MiB after the first tenth; the last tenth's p99 within 20 % of the first's.
Pulls go to a second folder (the window's workspace would get the pulled copies of what it publishes: a merge
question per pull, which is not what is measured here). Without WordPress (--no-wordpress) the day has no
publishes or pulls.

To find what grows: `--only` runs some kinds of work alone (the others are left out of the same schedule), and
`--trace` prints, from the first tenth to the end, the growth of the live objects by type, of the QObjects and
widgets, and each process's PSS by mapping (C heap, anonymous, files); `--trace allocations` adds Python's
allocations by line (tracemalloc, whose own bookkeeping then grows the C heap).
The window is built as the program builds it: `keep_memory_small` first, the C heap handed back after rebuilds.
"""

from __future__ import annotations

import argparse
import ctypes
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
ACTIVITIES = ("switch", "type", "publish", "pull", "alt")


def _source_tree(argv: list[str]) -> Path:
    """--src PATH: the sources to run (another checkout's `src`, for before and after in one session)."""
    for i, arg in enumerate(argv):
        if arg == "--src" and i + 1 < len(argv):
            return Path(argv[i + 1]).resolve()
        if arg.startswith("--src="):
            return Path(arg.split("=", 1)[1]).resolve()
    return ROOT / "src"


sys.path[:0] = [str(_source_tree(sys.argv)), str(ROOT / "tests" / "support"), str(ROOT / "benchmarks")]


def rollup_kib(pid: int, field: str = "Pss") -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as rollup:
            for line in rollup:
                if line.startswith(f"{field}:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def process_tree(pid: int, exclude: frozenset[int] = frozenset()) -> list[int]:
    """`pid` and its descendants, leaving out the subtrees of `exclude`."""
    if pid in exclude:
        return []
    found = [pid]
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return found
    for task in tasks:
        try:
            with open(f"/proc/{pid}/task/{task}/children") as children:
                for child in children.read().split():
                    found += process_tree(int(child), exclude)
        except OSError:
            pass
    return found


def memory_mib(exclude: frozenset[int]) -> tuple[float, float, int]:
    """PSS of this process and its children (the render child, spelling...), without the WordPress servers, and
    their anonymous memory (heaps, Python's arenas): PSS also moves with how many other processes on the machine
    map the same Qt libraries, anonymous memory only with ours."""
    pids = process_tree(os.getpid(), exclude)
    return (sum(rollup_kib(p) for p in pids) / 1024, sum(rollup_kib(p, "Anonymous") for p in pids) / 1024,
            len(pids))


def smaps_kib(pid: int) -> dict[str, int]:
    """PSS of one process by mapping: the C heap, anonymous memory (other malloc arenas, Python's, Qt's), stacks,
    and each file."""
    found: dict[str, int] = {}
    name = "?"
    try:
        with open(f"/proc/{pid}/smaps") as smaps:
            for line in smaps:
                first = line.split(maxsplit=1)[0]
                if "-" in first and not first.endswith(":"):
                    parts = line.split()
                    name = parts[5] if len(parts) > 5 else "[anon]"
                    name = name if name.startswith("[") else Path(name).name
                elif first == "Pss:":
                    found[name] = found.get(name, 0) + int(line.split()[1])
    except OSError:
        pass
    return found


class _MallInfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in (
        "arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks", "fordblks", "keepcost")]


def malloc_use() -> str:
    """This process's C heap as glibc counts it: in use, free but kept, and mapped apart (big blocks)."""
    try:
        mallinfo2 = ctypes.CDLL(None).mallinfo2
    except (OSError, AttributeError):
        return "no mallinfo2"
    mallinfo2.restype = _MallInfo2
    info = mallinfo2()
    return (f"C heap: {info.uordblks / 2**20:.1f} MiB in use, {info.fordblks / 2**20:.1f} free but kept, "
            f"{info.hblkhd / 2**20:.1f} mapped apart")


class Tracer:
    """--trace: what grew from the first tenth to the end, in Python's allocations, live objects and mappings."""

    def __init__(self, exclude: frozenset[int], allocations: bool) -> None:
        self.exclude, self.allocations = exclude, allocations
        self.started = False
        self.types: dict[str, int] = {}
        self.maps: dict[tuple[int, str], int] = {}
        self.qobjects: tuple[int, int] = (0, 0)

    def mark(self) -> None:
        """At the first tenth: start tracing and take the counts to compare with."""
        import gc
        import tracemalloc

        self.qobjects = self._qobjects()  # first: it makes wrappers of the widgets, which the counts then include
        gc.collect()
        self.types = self._type_counts()
        self.maps = self._mappings()
        if self.allocations:  # its own bookkeeping costs megabytes of the C heap: off unless asked
            tracemalloc.start(12)
        self.started = True

    def report(self) -> None:
        import gc

        if not self.started:
            return
        gc.collect()
        if self.allocations:
            self._allocations()
        types = self._type_counts()
        grown = sorted(((types.get(t, 0) - self.types.get(t, 0), t) for t in set(types) | set(self.types)),
                       reverse=True)
        print("live objects by type, growth (top 20): " + ", ".join(f"{t} {n:+d}" for n, t in grown[:20] if n))
        qobjects, widgets = self._qobjects()
        print(f"QObjects under the windows {self.qobjects[0]} -> {qobjects}, widgets {self.qobjects[1]} -> {widgets}")
        maps = self._mappings()
        changes = sorted(((maps.get(k, 0) - self.maps.get(k, 0), k) for k in set(maps) | set(self.maps)),
                         reverse=True)
        print("PSS by process and mapping, growth over 256 KiB: " + ", ".join(
            f"{pid}:{name} {kib / 1024:+.1f} MiB" for kib, (pid, name) in changes if abs(kib) > 256))

    @staticmethod
    def _allocations() -> None:
        import tracemalloc

        snapshot = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(False, tracemalloc.__file__)])
        tracemalloc.stop()
        print("python allocations since the first tenth, by line (top 25):")
        for stat in snapshot.statistics("lineno")[:25]:
            print(f"  {stat.size / 1024:9.1f} KiB {stat.count:7d} blocks  {stat.traceback[0]}")
        print("  ... and by call chain (top 6):")
        for stat in snapshot.statistics("traceback")[:6]:
            print(f"  {stat.size / 1024:9.1f} KiB {stat.count:7d} blocks")
            for frame in stat.traceback.format()[-16:]:
                print(f"      {frame}")

    @staticmethod
    def _type_counts() -> dict[str, int]:
        import gc

        counts: dict[str, int] = {}
        for obj in gc.get_objects():
            name = type(obj).__qualname__
            counts[name] = counts.get(name, 0) + 1
        return counts

    def _mappings(self) -> dict[tuple[int, str], int]:
        found: dict[tuple[int, str], int] = {}
        for pid in process_tree(os.getpid(), self.exclude):
            for name, kib in smaps_kib(pid).items():
                found[(pid, name)] = kib
        return found

    @staticmethod
    def _qobjects() -> tuple[int, int]:
        from PySide6.QtCore import QObject
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        assert isinstance(app, QApplication)
        tops = app.topLevelWidgets()
        return sum(len(w.findChildren(QObject)) + 1 for w in tops), len(app.allWidgets())


def pump(seconds: float) -> None:
    """bench_gui's pump, also deleting what was given to deleteLater() as the program's event loop does (a bare
    processEvents() outside exec() never does: the bench would count that as a leak)."""
    import bench_gui
    from PySide6.QtCore import QCoreApplication, QEvent

    bench_gui._pump(seconds)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))] if ordered else float("nan")


def make_workspace(root: Path, articles: int, words: int, images: int) -> tuple[list[Path], Path]:
    """`articles` complete articles (publishable: teaser, region, featured image with alt, credit) and one article
    holding `images` photos without alt text, for the queue."""
    from bench_gui import article_body
    from PIL import Image

    bundles = []
    for i in range(articles):
        bundle = root / f"day-{i:03d}"
        bundle.mkdir(parents=True)
        Image.effect_noise((320, 240), 30 + i % 40).convert("RGB").save(bundle / "crowd.png")
        (bundle / "index.md").write_text(
            f"---\ntitle: Day story {i}\nexcerpt: What happened in the capital, part {i}.\nstatus: draft\n"
            f"regions: [Latin America]\ntags: [Haiti]\nfeatured_image:\n  src: crowd.png\n  alt: A crowd at dusk\n"
            f"  caption: The march\n  credit: Staff\n---\n" + article_body(words, seed=i), encoding="utf-8")
        bundles.append(bundle)
    photos = root / "photo-desk"
    photos.mkdir()
    body = ""
    for i in range(images):
        Image.effect_noise((640, 480), 30 + i % 50).convert("RGB").save(photos / f"p{i:03d}.jpg", quality=85)
        body += f"Paragraph {i} of the photo desk.\n\n![](p{i:03d}.jpg)\n\n"
    (photos / "index.md").write_text(f"---\ntitle: Photo desk\nregions: [Asia]\n---\n{body}", encoding="utf-8")
    return bundles, photos


class Day:
    """The window, the queue window, the site and the schedule of one compressed day."""

    def __init__(self, args: argparse.Namespace, folder: Path, exclude: frozenset[int]) -> None:
        from PySide6.QtWidgets import QApplication

        from sr_editor import app
        from sr_editor.gui.window.start_up import hand_back_memory_after_rebuilds
        from sr_editor.services.runtime import memory

        self.args, self.exclude = args, exclude
        self.active = set(args.only)
        self.tracer = Tracer(exclude, args.trace == "allocations") if args.trace else None
        self.switches = max(10, round(500 * args.scale))
        self.publishes = round(50 * args.scale) if args.site is not None and "publish" in self.active else 0
        self.pulls = round(20 * args.scale) if args.site is not None and "pull" in self.active else 0
        self.images = max(10, round(500 * args.scale))
        self.bundles, self.photos = make_workspace(folder / "ws", args.articles, args.words, self.images)
        memory.keep_memory_small()  # as cli.main does before the window's imports and threads
        QApplication.instance() or QApplication(sys.argv[:1])
        if hasattr(memory, "limit_pixmap_cache"):  # as app.run_gui does (not in sources before it existed)
            memory.limit_pixmap_cache()
        vocabulary = app.load_vocabulary()
        self.context = app.build_context(app.open_workspace(folder / "ws", vocabulary), vocabulary,
                                         config_dir=folder / "config")
        self.window = app.build_window(self.context, restore=False)
        self.context.dialogs.ask_external_change = self._external_change
        self.external_changes = 0
        hand_back_memory_after_rebuilds(self.window)  # as app.start_up does for the program's windows
        self.window.resize(1366, 740)
        self.window.show()
        self.queue = self._queue_window()
        self.pulled = folder / "pulled"
        self.pulled.mkdir()
        self.latencies: list[tuple[int, float]] = []  # (tenth, ms)
        self.memory: list[tuple[int, float, float]] = []  # (percent, PSS MiB, anonymous MiB)
        self.publish_times: list[float] = []
        self.pull_times: list[float] = []
        self.failures: list[str] = []

    def _external_change(self, _parent: Any, _index: Path, _mine: str, _disk: str) -> Any:
        """The bench publishes through a store of its own, not the Publish dialog (which holds autosave while the
        publish rewrites the front matter): a modified article then sees the publish's write as another program's,
        and the modal question would stop the day. Take the file (it has the post's id), as the dialog would."""
        from sr_editor.gui.dialogs.conflict_dialog import ExternalChangeChoice

        self.external_changes += 1
        return ExternalChangeChoice.RELOAD

    def _queue_window(self) -> Any:
        from sr_editor.core.storage.store import ArticleStore
        from sr_editor.gui.alt.queue_controller import QueueController
        from sr_editor.gui.alt.queue_window import QueueWindow
        from sr_editor.publish.alt.engine import AltEngine

        root = self.photos.parent
        engine = AltEngine(root, ArticleStore(root, keep_history=False), lambda: [self.photos])
        controller = QueueController(engine)
        window = QueueWindow(controller, [])
        window.show()
        controller.set_items(engine.items())
        return window

    def run(self) -> None:
        import bench_gui

        bench_gui._open(self.window, self.bundles[0])
        marks = {round(self.switches * k / 10): k * 10 for k in range(1, 11)}
        publish_every = self.switches / self.publishes if self.publishes else 0
        pull_every = self.switches / self.pulls if self.pulls else 0
        images_per_switch = self.images / self.switches if "alt" in self.active else 0
        rng = random.Random(22)
        start = time.perf_counter()
        for step in range(self.switches):
            tenth = min(9, step * 10 // self.switches)
            bundle = self.bundles[rng.randrange(len(self.bundles))]
            if "switch" in self.active:
                self._switch(bundle)
            if "type" in self.active:
                self._type(tenth, step)
            # Each kind of work at the start of its interval, so the first tenth holds one of each at any scale
            # (what a first publish or pull loads once is not growth over the day)
            if publish_every and _starts_interval(step, publish_every):
                self._publish()
            if pull_every and _starts_interval(step, pull_every):
                self._pull()
            for _ in range(int((step + 1) * images_per_switch) - int(step * images_per_switch)):
                self._describe_next_image(step)
            if step + 1 in marks:
                pump(0.5)
                mib, anonymous, processes = memory_mib(self.exclude)
                self.memory.append((marks[step + 1], mib, anonymous))
                keys = [ms for t, ms in self.latencies if t == tenth]
                print(f"{marks[step + 1]:3d} %  {time.perf_counter() - start:6.0f} s  memory {mib:6.1f} MiB "
                      f"({processes} processes; anonymous {anonymous:6.1f})  keystroke p99 in this tenth "
                      f"{percentile(keys, 0.99):6.1f} ms (n={len(keys)})"
                      + (f"  {malloc_use()}" if self.tracer else ""), flush=True)
                if self.tracer is not None and marks[step + 1] == 10:
                    self.tracer.mark()

    def _switch(self, bundle: Path) -> None:
        import bench_gui

        self.window.features.controller.open_article(bundle)
        pump(0.15)
        bench_gui._cursor_to_middle(self.window)

    def _type(self, tenth: int, step: int) -> None:
        import bench_gui

        typist = bench_gui._Typist(self.window, 100, seed=step)
        scale = self.args.gap_ms / 200  # bench_gui's gaps average 200 ms
        typist.gaps = [gap * scale for gap in typist.gaps]
        typist.run()
        self.latencies += [(tenth, ms) for ms in typist.latencies]

    def _wait(self, busy: Any, timeout: float = 120.0) -> None:

        deadline = time.perf_counter() + timeout
        while busy() and time.perf_counter() < deadline:
            pump(0.05)

    def _publish(self) -> None:
        from sr_editor.core.storage.store import ArticleStore
        from sr_editor.publish.sync.flow import PublishJob, PublishOptions
        from sr_editor.publish.wordpress.terms import fetch_terms
        from sr_editor.services.publish.worker import PublishWorker

        bundle = self.context.document.bundle
        self.context.autosave.save_now()
        site, root = self.args.site, self.bundles[0].parent
        worker = PublishWorker()
        worker.failed.connect(lambda exc: self.failures.append(f"publish {bundle.name}: {exc}"))

        def job(progress: Any) -> PublishJob:
            client = site_client(site)
            return PublishJob(client, "day", ArticleStore(root), bundle, fetch_terms(client), PublishOptions(),
                              progress=progress)

        start = time.perf_counter()
        worker.start(job)
        self._wait(lambda: worker.running)
        self.publish_times.append(time.perf_counter() - start)
        worker.deleteLater()

    def _pull(self) -> None:
        from sr_editor.core.storage.store import ArticleStore
        from sr_editor.publish.sync.pull import PullJob, PullOptions
        from sr_editor.services.publish.worker import BackgroundCalls

        calls = BackgroundCalls()
        store = ArticleStore(self.pulled)
        start = time.perf_counter()
        calls.run(lambda: PullJob(site_client(self.args.site), "day", store, None, PullOptions()).run(),
                  lambda _items: None, lambda exc: self.failures.append(f"pull: {exc}"))
        self._wait(lambda: calls.busy)
        self.pull_times.append(time.perf_counter() - start)
        calls.deleteLater()

    def _describe_next_image(self, step: int) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        if self.queue.controller.current() is None:
            return
        self.queue.edit.setText(f"Photographers on the square, picture {step}")
        QTest.keyClick(self.queue.edit, Qt.Key.Key_Return)

    def report(self) -> None:
        first = [ms for t, ms in self.latencies if t == 0]
        last = [ms for t, ms in self.latencies if t == 9]
        p99_first, p99_last = percentile(first, 0.99), percentile(last, 0.99)
        base = self.memory[0][1] if self.memory else float("nan")
        growth = max(m for _, m, _ in self.memory) - base if self.memory else float("nan")
        print(f"day at scale {self.args.scale}: {self.switches} switches, {len(self.latencies)} keys "
              f"(gaps ~{self.args.gap_ms} ms), {len(self.publish_times)} publishes (median "
              f"{statistics.median(self.publish_times or [float('nan')]):.2f} s), {len(self.pull_times)} pulls "
              f"(median {statistics.median(self.pull_times or [float('nan')]):.2f} s), "
              f"{self.images} images in the alt queue; work: {','.join(self.args.only)}; sources {self.args.src}; "
              f"{self.external_changes} publish write-backs taken as external changes")
        print(f"memory after the first tenth {base:.1f} MiB, at the end {self.memory[-1][1]:.1f} MiB, "
              f"largest growth after the first tenth {growth:+.1f} MiB  goal <= +10 MiB")
        if self.memory:
            anonymous = [a for _, _, a in self.memory]
            print(f"anonymous memory after the first tenth {anonymous[0]:.1f} MiB, at the end {anonymous[-1]:.1f} MiB, "
                  f"largest growth {max(anonymous) - anonymous[0]:+.1f} MiB")
            print("curve (PSS / anonymous MiB): " + "  ".join(
                f"{percent}%: {pss:.0f}/{anon:.0f}" for percent, pss, anon in self.memory))
        print(f"keystroke p99 first tenth {p99_first:.1f} ms, last tenth {p99_last:.1f} ms "
              f"({(p99_last / p99_first - 1) * 100:+.0f} %)  goal within 20 %")
        for failure in self.failures[:5]:
            print(f"  failed: {failure}")
        if self.tracer is not None:
            self.tracer.report()


def _starts_interval(step: int, every: float) -> bool:
    return step == 0 or int(step / every) > int((step - 1) / every)


def _activities(text: str) -> tuple[str, ...]:
    chosen = tuple(part.strip() for part in text.split(",") if part.strip())
    unknown = [part for part in chosen if part not in ACTIVITIES]
    if unknown or not chosen:
        raise argparse.ArgumentTypeError(f"choose among {', '.join(ACTIVITIES)}")
    return chosen


def site_client(site: Any) -> Any:
    from sr_editor.publish.wordpress.client import WordPressClient

    user = site.user("editor")
    return WordPressClient(site.url, user.login, user.app_password, site_name="day")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--gap-ms", type=float, default=20.0, help="average gap between two keys")
    parser.add_argument("--articles", type=int, default=40)
    parser.add_argument("--words", type=int, default=3000)
    parser.add_argument("--no-wordpress", action="store_true")
    parser.add_argument("--only", type=_activities, default=ACTIVITIES,
                        help=f"comma-separated kinds of work to run, the others left out ({','.join(ACTIVITIES)})")
    parser.add_argument("--trace", nargs="?", const="objects", choices=("objects", "allocations"),
                        help="what grew after the first tenth: objects, QObjects, mappings (and with 'allocations' "
                        "tracemalloc's lines, whose bookkeeping costs megabytes itself)")
    parser.add_argument("--src", type=Path, default=ROOT / "src", help="the source tree to run (default: this one)")
    args = parser.parse_args()
    if not {"publish", "pull"} & set(args.only):
        args.no_wordpress = True
    display = f":{300 + os.getpid() % 400}"
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.environ.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
    time.sleep(1.0)
    args.site = None
    try:
        with tempfile.TemporaryDirectory(prefix="bench-day-") as tmp:
            folder = Path(tmp)
            if not args.no_wordpress:
                import wpsite

                if wpsite.missing_packages():
                    print(f"no WordPress ({', '.join(wpsite.missing_packages())}): the day has no publishes or pulls")
                else:
                    args.site = wpsite.start_wordpress(folder / "wp")
            exclude = frozenset(process_tree(os.getpid())) - {os.getpid()}  # Xvfb and WordPress are not ours
            try:
                day = Day(args, folder, exclude)
                day.run()
                day.report()
                day.window.close()
                day.queue.close()
            finally:
                if args.site is not None:
                    args.site.stop()
    finally:
        xvfb.terminate()
        xvfb.wait(5)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
