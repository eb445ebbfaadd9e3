"""Start-up and memory of the real program (`sr_editor.cli.main`), each run in a fresh process: prints numbers.

    python benchmarks/bench_startup.py [mapped|usable|memory|opening|all] [--runs N] [--articles 10000,50000]
                                       [--before /work/main/src] [--trace MS]

mapped: launch -> main window mapped (first Expose) under one Xvfb server started here, with a 50k-word article
open (it is the last article in the settings). Goal <= 400 ms.
usable: launch -> usable window (mapped, attached to its workspace so that the editor takes typing, and the event
loop free to take a key; seen by a 10 ms timer) with 10,000 / 50,000 articles and no index cache; also prints
when the list was complete. Goal <= 1.0 s.
memory: 10,000 articles + the 50k article open and previewed, all processes (PSS from /proc/*/smaps_rollup).
Goal <= 150 MiB.
opening: in a running window, open a 50k and then a 100k-word article: the longest GUI-thread block (wall, and
the GUI thread's CPU in it) from the open until 2.5 s after it, and the most GUI-thread CPU in any one block (what
the longest block would be on a quiet machine: with other programs on both cores, wall time is mostly waiting).
Goal <= 50 ms.
--before SRC: each measurement also for the program in SRC (another checkout), taking turns, printed first.
--trace MS (opening): for each GUI block longer than MS, what ran in it: the garbage collections (with their
thread) and each thread's innermost Python frames, sampled every 2 ms (a thread waiting in Qt's C++ shows the
frame that called into Qt: `launch.run_gui` is the event loop itself, painting and laying out included).
The child imports only PySide6's QtWidgets before calling the program's own entry point, to watch its events.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_gui import SRC, big_name, make_workspace

CHILD = r"""
import json, os, sys, time
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QApplication, QMainWindow

T0 = float(os.environ["BENCH_T0"])
EXPECTED = int(os.environ["BENCH_EXPECTED"])
MEMORY = os.environ.get("BENCH_MEMORY") == "1"
OPEN = [name for name in os.environ.get("BENCH_OPEN", "").split(",") if name]
TRACE = float(os.environ.get("BENCH_TRACE", "0"))  # print what ran in each GUI block longer than this (ms)
marks = {}

def mark(name):
    marks.setdefault(name, (time.time() - T0) * 1000)

def window():
    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow)), None)

def pss_kib(pid, field="Pss:"):
    try:
        for line in open(f"/proc/{pid}/smaps_rollup"):
            if line.startswith(field):
                return int(line.split()[1])
    except OSError:
        pass
    return 0

def name_of(pid):
    try:
        words = open(f"/proc/{pid}/cmdline", "rb").read().split(b"\0")
    except OSError:
        return str(pid)
    text = " ".join(w.decode(errors="replace") for w in words if w)
    return f"{pid} {text[-60:]}"

def tree(pid):
    out = [pid]
    for task in os.listdir(f"/proc/{pid}/task"):
        try:
            out += [c for p in open(f"/proc/{pid}/task/{task}/children").read().split() for c in tree(int(p))]
        except OSError:
            pass
    return out

class Spy(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Expose and isinstance(obj, QWindow) and obj.isExposed():
            main = window()
            if main is not None and main.windowHandle() is obj and "mapped" not in marks:
                mark("mapped")
                marks["cpu_mapped"] = time.process_time() * 1000  # CPU of this process since it started
                watchdog.start()
        return False

last_tick = [0.0, 0.0]
opening = {}  # the article being opened in the running window: name, when, its longest block so far
def tick():
    now, cpu = time.time(), time.thread_time()
    if last_tick[0] and (now - T0) * 1000 - marks["mapped"] <= WATCH_MS:
        marks["block_after_mapped"] = max(marks.get("block_after_mapped", 0), (now - last_tick[0]) * 1000)
    if last_tick[0] and opening:
        block = (now - last_tick[0]) * 1000
        if block > opening["block"]:
            opening["block"], opening["cpu"] = block, (cpu - last_tick[1]) * 1000
        opening["cpu_max"] = max(opening["cpu_max"], (cpu - last_tick[1]) * 1000)
        if TRACE and block > TRACE:
            tracer.block(opening["name"], last_tick[0], now, (cpu - last_tick[1]) * 1000)
    last_tick[0], last_tick[1] = now, cpu

def open_next(main):
    if opening:
        marks[f"open_{opening['name']}_block"] = opening["block"]
        marks[f"open_{opening['name']}_cpu"] = opening["cpu"]
        marks[f"open_{opening['name']}_cpu_max"] = opening["cpu_max"]
        opening.clear()
    if not OPEN:
        QTimer.singleShot(50, finish)
        return
    name = OPEN.pop(0)
    opening.update(name=name, block=0.0, cpu=0.0, cpu_max=0.0)
    opened_at[name] = time.time()
    last_tick[0], last_tick[1] = time.time(), time.thread_time()  # the open call itself counts as a block
    main.features.controller.open_article(Path(os.environ["BENCH_WS"]) / name)
    QTimer.singleShot(2500, lambda: open_next(main))

WATCH_MS = 3000  # the longest GUI-thread block in these first seconds after the window is mapped
watchdog = QTimer(interval=5)
watchdog.timeout.connect(tick)

def poll():
    main = window()
    attached = main is not None and getattr(getattr(main, "features", None), "controller", None) is not None
    if attached and "mapped" in marks and not main.editor.isReadOnly():
        mark("usable")  # attached to its workspace, the editor takes typing, and the event loop is free (a timer ran)
    preview = getattr(main, "preview", None)
    patcher = getattr(preview, "_patcher", None)
    if "usable" in marks and preview is not None and preview.body_html and getattr(patcher, "complete", True):
        mark("preview_complete")  # the article's whole page is in the preview's document
    if main is not None and "usable" in marks:
        rows = main.article_list.model.rowCount()
        if rows >= EXPECTED:
            mark("listed")
        watched = (time.time() - T0) * 1000 - marks.get("mapped", 1e12) > WATCH_MS
        ready = "listed" in marks and watched and "preview_complete" in marks and (not MEMORY or main.preview.body_html)
        if ready and not marks.get("done_wait"):
            marks["done_wait"] = 1
            if OPEN:
                QTimer.singleShot(500, lambda: open_next(main))
            else:
                QTimer.singleShot(1500 if MEMORY else 50, finish)
    if (time.time() - T0) > 120:
        finish()

def finish():
    result = {k: v for k, v in marks.items() if k != "done_wait"}
    if MEMORY:
        pids = tree(os.getpid())
        result["pss_mib"] = sum(pss_kib(p) for p in pids) / 1024
        result["processes"] = len(pids)
        result["per_process"] = {name_of(p): round(pss_kib(p) / 1024, 1) for p in pids}
        result["main_anon_mib"] = round(pss_kib(os.getpid(), "Pss_Anon:") / 1024, 1)
        result["main_file_mib"] = round(pss_kib(os.getpid(), "Pss_File:") / 1024, 1)
    if tracer is not None:
        tracer.report()
    print("BENCH " + json.dumps(result), flush=True)
    main = window()
    if main is not None:
        main.close()
    QApplication.instance().quit()

class Tracer:
    # What ran during each long GUI block: the garbage collections (gc.callbacks, with their thread) and, sampled
    # every 2 ms from a thread of its own, each thread's innermost Python frames.

    def __init__(self):
        import gc, threading
        self.threading, self.gc_runs, self.samples, self.blocks, self.started = threading, [], [], [], {}
        gc.callbacks.append(self.on_gc)
        threading.Thread(target=self.sample, daemon=True, name="bench-sampler").start()

    def on_gc(self, phase, info):
        now, ident = time.time(), self.threading.get_ident()
        if phase == "start":
            self.started[ident] = now
        else:
            self.gc_runs.append((self.started.pop(ident, now), now, info["generation"], info["collected"],
                                 self.threading.current_thread().name))

    @staticmethod
    def describe(frame):
        inner, ours = [], None
        while frame is not None:
            name = f"{Path(frame.f_code.co_filename).stem}.{frame.f_code.co_name}:{frame.f_lineno}"
            if len(inner) < 2:
                inner.append(name)
            if ours is None and "sr_editor" in frame.f_code.co_filename:
                ours = name
            frame = frame.f_back
        return " < ".join(inner) + (f" [{ours}]" if ours and ours not in inner else "")

    def sample(self):
        me = self.threading.get_ident()
        while True:
            time.sleep(0.002)
            now = time.time()
            names = {t.ident: t.name for t in self.threading.enumerate()}
            frames = sys._current_frames()
            self.samples.append((now, {names.get(i, str(i)): self.describe(f) for i, f in frames.items() if i != me}))

    def block(self, name, start, end, cpu):
        self.blocks.append((name, start, end, cpu))

    def report(self):
        from collections import Counter
        for name, start, end, cpu in self.blocks:
            since = (start - opened_at[name]) * 1000
            print(f"TRACE block {(end - start) * 1000:.0f} ms (GUI CPU {cpu:.0f} ms) at +{since:.0f} ms "
                  f"opening {name[:30]}")
            for g0, g1, gen, collected, thread in self.gc_runs:
                if g1 > start and g0 < end:
                    print(f"TRACE    gc gen{gen} {(g1 - g0) * 1000:.1f} ms in {thread} (collected {collected})")
            counts = Counter()
            for t, row in self.samples:
                if start <= t <= end:
                    for thread, where in row.items():
                        counts[(thread, where)] += 1
            for (thread, where), n in counts.most_common(8):
                print(f"TRACE    {n:3d} samples  {thread[:18]:18s} {where}")

opened_at = {}
tracer = Tracer() if TRACE else None
app = QApplication(sys.argv[:1])
spy = Spy()
app.installEventFilter(spy)
timer = QTimer(interval=10)
timer.timeout.connect(poll)
timer.start()
sys.path.insert(0, os.environ["BENCH_SRC"])
from sr_editor.cli.main import main as program
sys.exit(program(["--workspace", os.environ["BENCH_WS"]]))
"""


TRACE_MS = 0.0  # --trace: in `opening`, what ran during each GUI block longer than this


class Xvfb:
    """One X server for all runs, so its start-up is not counted as ours."""

    def __init__(self) -> None:
        self.display = f":{90 + os.getpid() % 500}"
        self.process = subprocess.Popen(["Xvfb", self.display, "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(1.0)

    def close(self) -> None:
        self.process.terminate()
        self.process.wait(5)


def run_child(display: str, root: Path, last: str, expected: int, memory: bool = False, src: Path = SRC,
              open_names: tuple[str, ...] = ()) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as config:
        (Path(config) / "settings.ini").write_text(f"[workspace]\npath={root}\nlast_article={last}\n")
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "SR_EDITOR_CONFIG_DIR": config,
               "BENCH_SRC": str(src), "BENCH_WS": str(root), "BENCH_EXPECTED": str(expected),
               "BENCH_MEMORY": "1" if memory else "0", "PYTHONPATH": str(src), "BENCH_OPEN": ",".join(open_names),
               "BENCH_TRACE": str(TRACE_MS)}
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed copy has its .pyc files: do not compile each run
        env["BENCH_T0"] = repr(time.time())
        out = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, env=env, timeout=300)
    for line in out.stdout.splitlines():
        if line.startswith("TRACE "):
            print(f"    {src.parent.name}: {line[6:]}")
        if line.startswith("BENCH "):
            return dict(json.loads(line[6:]))
    print(out.stderr[-2000:])
    return {}


def _median(runs: list[dict[str, float]], key: str) -> str:
    values = [r[key] for r in runs if key in r]
    return f"{statistics.median(values):7.0f}" if values else "    n/a"


def _clear_cache(root: Path) -> None:
    shutil.rmtree(root / ".sr-editor", ignore_errors=True)


def bench_mapped(display: str, runs: int, src: Path = SRC) -> None:
    root = make_workspace(20, big_words=50_000)
    results = [run_child(display, root, big_name(50_000), 21, src=src) for _ in range(runs)]
    print(f"launch -> window mapped, 50k article open (Xvfb): median {_median(results, 'mapped')} ms  "
          f"(CPU time until mapped {_median(results, 'cpu_mapped')} ms, "
          f"usable {_median(results, 'usable')} ms, preview complete {_median(results, 'preview_complete')} ms, "
          f"longest GUI block in the 3 s after mapped {_median(results, 'block_after_mapped')} ms, runs={runs})  "
          f"goal <= 400 ms", flush=True)


def bench_usable(display: str, runs: int, counts: list[int]) -> None:
    for count in counts:
        root = make_workspace(count)
        results = []
        for _ in range(runs):
            _clear_cache(root)
            results.append(run_child(display, root, "", count))
        print(f"launch -> usable window, {count:,} articles, no index cache: median {_median(results, 'usable')} ms"
              f"  (mapped {_median(results, 'mapped')} ms, list complete {_median(results, 'listed')} ms, "
              f"longest GUI block in the 3 s after mapped {_median(results, 'block_after_mapped')} ms, "
              f"runs={runs})  goal <= 1000 ms", flush=True)


def bench_memory(display: str | None = None, runs: int = 1) -> None:
    root = make_workspace(10_000, big_words=50_000)
    server = Xvfb() if display is None else None
    try:
        results = [run_child(display or server.display, root, big_name(50_000), 10_001, memory=True)  # type: ignore[union-attr]
                   for _ in range(runs)]
    finally:
        if server is not None:
            server.close()
    values = [r["pss_mib"] for r in results if "pss_mib" in r]
    for result in results[:1]:
        for name, mib in dict(result.get("per_process", {})).items():  # type: ignore[call-overload]
            print(f"    {mib:6.1f} MiB  {name}")
        print(f"    main process: {result.get('main_anon_mib')} MiB anonymous (heaps), "
              f"{result.get('main_file_mib')} MiB mapped files (libraries)")
    processes = results[0].get("processes", 0) if results else 0
    print(f"memory, 10,000 articles + 50k article open, all {processes:.0f} processes (PSS): "
          f"median {statistics.median(values) if values else float('nan'):.0f} MiB  goal <= 150 MiB", flush=True)


def bench_opening(display: str, runs: int, sources: list[tuple[str, Path]]) -> None:
    root = make_workspace(20, big_words=100_000)
    make_workspace(20, big_words=50_000)
    names = (big_name(50_000), big_name(100_000))
    results: dict[str, list[dict[str, float]]] = {label: [] for label, _ in sources}
    for _ in range(runs):  # taking turns, so the machine's ups and downs fall on all alike
        for label, src in sources:
            # a short article open at start: else the first listed (the 50k one) would be open already
            results[label].append(run_child(display, root, "article-00000", 21, src=src, open_names=names))
    for label, _ in sources:
        for name, words in zip(names, ("50k", "100k"), strict=True):
            each = ", ".join(f"{r[f'open_{name}_block']:.0f}" for r in results[label] if f"open_{name}_block" in r)
            print(f"{label:>6}: open a {words}-word article in a running window: longest GUI block median "
                  f"{_median(results[label], f'open_{name}_block')} ms (GUI-thread CPU in it "
                  f"{_median(results[label], f'open_{name}_cpu')} ms; each run {each}), most GUI-thread CPU in one "
                  f"block median {_median(results[label], f'open_{name}_cpu_max')} ms, runs={runs}  goal <= 50 ms",
                  flush=True)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("which", nargs="?", default="all", choices=["mapped", "usable", "memory", "opening", "all"])
    parser.add_argument("--before", type=Path, default=None, help="another checkout's src, measured first")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--articles", default="10000,50000")
    parser.add_argument("--trace", type=float, default=0.0, metavar="MS",
                        help="opening: print what ran (garbage collections, each thread's Python frames sampled "
                             "every 2 ms) during each GUI block longer than MS")
    args = parser.parse_args(argv[1:])
    global TRACE_MS
    TRACE_MS = args.trace
    server = Xvfb()
    sources = ([("before", args.before)] if args.before else []) + [("after", SRC)]
    try:
        if args.which in ("opening", "all"):
            bench_opening(server.display, args.runs, sources)
        if args.which in ("mapped", "all"):
            for label, src in sources:
                print(f"{label}:", end=" ")
                bench_mapped(server.display, args.runs, src)
        if args.which in ("usable", "all"):
            bench_usable(server.display, max(1, args.runs // 2 + 1),
                         [int(c) for c in args.articles.split(",") if c])
        if args.which in ("memory", "all"):
            bench_memory(server.display, max(1, args.runs // 2))
    finally:
        server.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
