"""What the GUI thread does while the writer types (prints numbers, not a test).

    python benchmarks/bench_gui_work.py [--sizes 100k] [--variant plain|raw] [--keys 60]

Types like `bench_gui.py typing` (one key every 100-300 ms into a long article, preview visible) and times each
piece of work the window runs on the GUI thread meanwhile: the key itself, the preview request and patch, the
panels' refreshes after a pause, the recovery snapshot, the checks. Per piece: how often it ran, its GUI-thread
CPU (median, max) and wall time (max). A key that arrives while one of them runs waits for it, so any piece over
a few milliseconds is a candidate for the keystroke p99 (issue 12: no GUI-thread operation over 16 ms).
"""

from __future__ import annotations

import argparse
import functools
import importlib
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from typing import Any

import bench_gui

PIECES = [  # (module, class, methods): slots connected when the window is built, so patched before it is
    ("sr_editor.services.preview.worker", "PreviewPipeline", ["_dispatch", "_on_done"]),
    ("sr_editor.gui.preview.preview", "PreviewView", ["show_html", "paintEvent"]),
    ("sr_editor.gui.preview.patch", "DocumentPatcher", ["_append_slice"]),
    ("sr_editor.gui.panels.images_panel", "ImagesPanel", ["refresh"]),
    ("sr_editor.gui.editor.outline", "OutlinePanel", ["refresh"]),
    ("sr_editor.services.document.checks", "ChecksRunner", ["run_now", "_on_result"]),
    ("sr_editor.services.document.autosave", "AutosaveService", ["snapshot_soon"]),
    ("sr_editor.services.document.body_text", "BodyText", ["_on_change", "exact"]),
    ("sr_editor.gui.window.controller", "WindowController", ["_update_word_count"]),
    ("sr_editor.gui.editor.highlighter", "MarkdownHighlighter", ["_catch_up_slice"]),
    ("sr_editor.gui.spelling.spell_sweep", "SpellSweep", ["_slice"]),
]
SAMPLES: dict[str, list[tuple[float, float]]] = defaultdict(list)
TYPING = [False]


def _timed(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(function)
    def timed(*args: Any, **kwargs: Any) -> Any:
        if not TYPING[0]:
            return function(*args, **kwargs)
        wall, cpu = time.perf_counter(), time.thread_time()
        try:
            return function(*args, **kwargs)
        finally:
            SAMPLES[name].append(((time.thread_time() - cpu) * 1000, (time.perf_counter() - wall) * 1000))
    return timed


def _instrument() -> None:
    for module, class_name, methods in PIECES:
        try:
            cls = getattr(importlib.import_module(module), class_name)
        except (ImportError, AttributeError):
            continue  # renamed since: measured without it
        for method in methods:
            if hasattr(cls, method):
                setattr(cls, method, _timed(f"{class_name}.{method}", getattr(cls, method)))
    typist = bench_gui._Typist
    typist._press = _timed("the key (keyClick, repaint, posted events)", typist._press)
    run = typist.run

    def typing(self: Any) -> None:
        TYPING[0] = True
        try:
            run(self)
        finally:
            TYPING[0] = False
    typist.run = typing


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="100k", help="comma list among 1k,5k,20k,50k,100k")
    parser.add_argument("--variant", default="plain", choices=["plain", "raw"])
    parser.add_argument("--keys", type=int, default=60)
    args = parser.parse_args(argv[1:])
    _instrument()
    for size in args.sizes.split(","):
        SAMPLES.clear()
        bench_gui.bench_typing(bench_gui.SIZES[size], args.variant == "raw", args.keys)
        print(f"GUI-thread work while typing, {size}{' raw' if args.variant == 'raw' else ''} (ms):")
        for name, samples in sorted(SAMPLES.items(), key=lambda item: -max(cpu for cpu, _ in item[1])):
            cpus, walls = [cpu for cpu, _ in samples], [wall for _, wall in samples]
            print(f"  {name:<46} n={len(samples):4d}  CPU median {statistics.median(cpus):6.2f}  "
                  f"max {max(cpus):6.2f}   wall max {max(walls):6.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
