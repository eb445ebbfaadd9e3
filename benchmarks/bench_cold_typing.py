"""Typing while a cold workspace is listed and checked in the background: prints numbers.

    python benchmarks/bench_cold_typing.py [--runs N] [--keys N] [--articles 10000] [--before /work/main/src]

The real program (`sr_editor.cli.main`) in a fresh process under one Xvfb server, on a workspace of 10,000
articles (and the 50k-word one) with no index cache, a small article open at start. From the moment the window
takes typing, one key every 100-300 ms (uniform, seeded) is typed into the editor while the list is read and every
article is checked on the listing thread. Per run: keystroke latency (from the key's due time until it has been
handled, the editor repainted and the event queue drained), and when the checks were done. Goal: the same as
typing in a quiet window, p99 <= 16 ms, no key over 50 ms.
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
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_gui import SRC, make_workspace
from bench_startup import Xvfb

CHILD = r"""
import json, os, random, sys, time
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

T0 = time.perf_counter()
rng = random.Random(12)
gaps = [rng.uniform(0.1, 0.3) for _ in range(int(os.environ["BENCH_KEYS"]))]
latencies, marks = [], {}
state = {"index": 0}

def window():
    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow)), None)

def start():
    main = window()
    attached = main is not None and getattr(getattr(main, "features", None), "controller", None) is not None
    if not attached or main.editor.isReadOnly() or main.context.document.bundle is None:
        QTimer.singleShot(10, start)
        return
    state["window"] = main
    marks["typing_from"] = (time.perf_counter() - T0) * 1000
    main.editor.setFocus()
    schedule()
    QTimer.singleShot(100, watch_checks)

def watch_checks():
    model = state["window"].article_list.model
    if model.rowCount() >= int(os.environ["BENCH_EXPECTED"]) and all(s.errors >= 0 for s in model._all):
        marks["checked"] = (time.perf_counter() - T0) * 1000
    else:
        QTimer.singleShot(100, watch_checks)

def schedule():
    state["due"] = time.perf_counter() + gaps[state["index"]]
    QTimer.singleShot(round(gaps[state["index"]] * 1000), press)

def press():
    from PySide6.QtTest import QTest

    fired = time.perf_counter()
    editor = state["window"].editor
    QTest.keyClick(editor, "a")
    editor.viewport().repaint()
    QCoreApplication.sendPostedEvents()
    latencies.append((time.perf_counter() - min(state["due"], fired)) * 1000)
    state["index"] += 1
    if state["index"] < len(gaps):
        schedule()
    else:
        marks["typed_until"] = (time.perf_counter() - T0) * 1000
        print("BENCH " + json.dumps({"latencies": latencies, **marks}), flush=True)
        os._exit(0)  # the article is not saved: the workspace stays as it was for the next run

app = QApplication(sys.argv[:1])
QTimer.singleShot(10, start)
sys.path.insert(0, os.environ["BENCH_SRC"])
from sr_editor.cli.main import main as program
program(["--workspace", os.environ["BENCH_WS"]])
"""


def run_child(display: str, root: Path, keys: int, expected: int, src: Path = SRC) -> dict[str, object]:
    shutil.rmtree(root / ".sr-editor", ignore_errors=True)  # cold: no index cache, no recovery, no lock
    with tempfile.TemporaryDirectory() as config:
        (Path(config) / "settings.ini").write_text(
            f"[workspace]\npath={root}\nlast_article=article-00001\n[saving]\nautosave=false\n")
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "SR_EDITOR_CONFIG_DIR": config,
               "BENCH_SRC": str(src), "BENCH_WS": str(root), "BENCH_KEYS": str(keys),
               "BENCH_EXPECTED": str(expected), "PYTHONPATH": str(src)}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        out = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, env=env, timeout=600)
    shutil.rmtree(root / ".sr-editor", ignore_errors=True)
    for line in out.stdout.splitlines():
        if line.startswith("BENCH "):
            return dict(json.loads(line[6:]))
    print(out.stderr[-2000:])
    return {}


def _percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keys", type=int, default=60)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--before", help="another source tree (e.g. /work/main/src): its runs take turns with ours")
    args = parser.parse_args(argv[1:])
    root = make_workspace(args.articles, big_words=50_000)
    server = Xvfb()
    trees = [("before", Path(args.before)), ("after", SRC)] if args.before else [("", SRC)]
    try:
        for run, (name, src) in ((run, tree) for run in range(args.runs) for tree in trees):
            result = run_child(server.display, root, args.keys, args.articles + 1, src)
            samples = [float(x) for x in result.get("latencies", [])]  # type: ignore[union-attr]
            label = f"{name} run {run + 1}" if name else f"run {run + 1}"
            if not samples:
                print(f"{label}: no measurement")
                continue
            over16 = 100 * sum(x > 16 for x in samples) / len(samples)
            over50 = 100 * sum(x > 50 for x in samples) / len(samples)
            print(f"{label}: {len(samples)} keys typed from {result['typing_from']:.0f} ms to "
                  f"{result['typed_until']:.0f} ms, checks done at {result.get('checked', float('nan')):.0f} ms: "
                  f"median {statistics.median(samples):5.1f}  p95 {_percentile(samples, 0.95):6.1f}  "
                  f"p99 {_percentile(samples, 0.99):6.1f}  max {max(samples):6.1f} ms  >16ms {over16:4.1f} %  "
                  f">50ms {over50:4.1f} %   goal p99 <= 16, none over 50", flush=True)
    finally:
        server.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
