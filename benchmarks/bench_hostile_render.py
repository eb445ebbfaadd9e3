"""Render time of crafted Markdown (issue 10 item 10): prints seconds per input, guarded and, with --stock,
Python-Markdown without our guards (each in a child process with a time limit, since stock takes minutes).

Run: python benchmarks/bench_hostile_render.py [--count 20000] [--stock] [--limit 60]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

INPUTS = {
    "[ x N": lambda n: "[" * n,
    "[a  x N": lambda n: "[a " * n,
    "[^ x N": lambda n: "[^" * n,
    "![ x N": lambda n: "![" * n,
    "<a  x N": lambda n: "<a " * n,
    "<http:// x N": lambda n: "<http://" * n,
    "[a]( x N": lambda n: "[a](" * n,
    "[ x N, x, ](u) x N": lambda n: "[" * n + "x" + "](u)" * n,
    "* x N": lambda n: "*" * n,
    "_ x N": lambda n: "_" * n,
    "` x N": lambda n: "`" * n,
    "< x N": lambda n: "<" * n,
    "*_ x N, a, _* x N": lambda n: "*_" * n + "a" + "_*" * n,
    "table of N/10 rows": lambda n: "| a | b |\n|---|---|\n" + "| x | y |\n" * (n // 10),
    "list nested 300 deep": lambda n: "".join("    " * i + "- x\n" for i in range(300)),
    "> x 300 on one line": lambda n: "> " * 300 + "x",
    "N/2 links in one paragraph": lambda n: "[a](u) " * (n // 2),
    "N/5 columns in a table": lambda n: "|" + "a|" * (n // 5) + "\n|" + "-|" * (n // 5) + "\n|" + "b|" * (n // 5),
    "2000 links (the bound)": lambda n: "[a](u) " * 2000,
    "256 columns x 37 rows (bound)": lambda n: "|" + "a|" * 256 + "\n|" + "-|" * 256 + "\n"
    + ("|" + "b|" * 256 + "\n") * 37,
    "3 columns x N rows": lambda n: "|a|b|c|\n|-|-|-|\n" + "|*x*|y|z|\n" * n,
}

_CHILD = """
import sys, time
sys.path.insert(0, {src!r})
import sr_editor.core.render.render as render
if {stock!r}:
    render.install_guards = lambda md: None
    render.check_render_limits = lambda body: None  # the nesting and crowding bounds too
text = sys.stdin.read()
start = time.perf_counter()
try:
    render.render_body(text)
    outcome = "ok"
except Exception as exc:
    outcome = type(exc).__name__
print(f"{{time.perf_counter() - start:.2f}} {{outcome}}")
"""


def run(text: str, stock: bool, limit: float) -> str:
    src = str(Path(__file__).resolve().parents[1] / "src")
    code = _CHILD.format(src=src, stock=stock)
    started = time.perf_counter()
    try:
        done = subprocess.run([sys.executable, "-c", code], input=text, capture_output=True, text=True,
                              timeout=limit, check=False)
    except subprocess.TimeoutExpired:
        return f"> {limit:.0f} s (stopped)"
    if done.returncode != 0:
        return f"crashed after {time.perf_counter() - started:.1f} s: {done.stderr.strip().splitlines()[-1:]}"
    seconds, outcome = done.stdout.split()
    return f"{seconds} s {outcome}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=20_000)
    parser.add_argument("--stock", action="store_true", help="also time Python-Markdown without the guards")
    parser.add_argument("--limit", type=float, default=60.0, help="seconds before a child is stopped")
    args = parser.parse_args()
    print(f"N = {args.count}")
    for name, make in INPUTS.items():
        text = make(args.count)
        line = f"{name:28} guarded: {run(text, False, args.limit)}"
        if args.stock:
            line += f"   stock: {run(text, True, args.limit)}"
        print(line, flush=True)


if __name__ == "__main__":
    main()
