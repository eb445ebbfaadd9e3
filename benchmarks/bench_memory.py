"""Memory of the whole program, seen from outside, for us and ReText on the same article: prints numbers.

    python benchmarks/bench_memory.py [--runs N] [--before /other/checkout/src] [--retext PATH]
                                      [--only ReText,before,ours]

Each program is launched under one Xvfb server started here (1366x768), from the command line as a user would:
sr-editor on a workspace of 10,000 articles with a 50k-word article open (the last article in its settings) and
its preview on (the default); ReText 8.1 on the same article, its live preview turned on through its own config
file in a throwaway HOME (`defaultPreviewState=live-preview`, as its Preferences dialog writes it). Once a program
is settled -- at least MIN_SECONDS after launch and then its processes' CPU quiet (under QUIET_MS of CPU in each
of QUIET_WINDOWS seconds in a row, so the preview is complete and the list is loaded) -- the PSS of the program
and every child process (/proc/PID/smaps_rollup, summed) is read, and the program is killed. The programs take
turns, one launch each per round, after a first round that is not counted (it warms the page cache and writes
our workspace's index); medians over the rounds. Libraries' pages count in PSS shared with every process that maps
them, other programs running on the machine too (other PySide6 programs share ours, nobody shares ReText's PyQt6
venv): the anonymous part (heaps) is the steadier number, printed beside the total, and "as if alone" counts every
resident file page in full (an upper bound: pages the program's processes share among themselves count twice),
and "resident pages alone" counts each physical page resident in any of the program's processes once (from
/proc/PID/pagemap; needs root): what the program holds on a machine where nothing else runs, whoever else runs.
Ours is also broken down: the window's process, the render child, any other process, and the window process's
anonymous (heaps) and file-backed (libraries) PSS.

The peer is not our dependency; where it is missing the line says so. To install it:
    python3 -m venv /tmp/peers-venv && /tmp/peers-venv/bin/pip install ReText   # 8.1.0, on PyQt6
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

# a cache of our own: another benchmark running at once holds its workspace's lock
os.environ.setdefault("SR_EDITOR_BENCH_CACHE", str(Path(tempfile.gettempdir()) / "sr-editor-bench-memory"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_gui import SRC, big_name, make_workspace
from bench_peers import session_cpu_seconds
from bench_startup import Xvfb

ARTICLES = 10_000
WORDS = 50_000
MIN_SECONDS = 6.0  # the list of 10,000 and the preview's later pieces take a few seconds; never read before
QUIET_MS = 15.0  # CPU of all the program's processes in one second, below which it counts as idle
QUIET_WINDOWS = 3
TIMEOUT_S = 90.0


def pss_kib(pid: int, field_name: str = "Pss:") -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as rollup:
            for line in rollup:
                if line.startswith(field_name):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def process_tree(pid: int) -> list[int]:
    """`pid` and all its descendants (through /proc/PID/task/TID/children)."""
    found = [pid]
    with contextlib.suppress(OSError):
        for task in os.listdir(f"/proc/{pid}/task"):
            with contextlib.suppress(OSError), open(f"/proc/{pid}/task/{task}/children") as children:
                for child in children.read().split():
                    found += process_tree(int(child))
    return found


def command_line(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as handle:
            return " ".join(word.decode(errors="replace") for word in handle.read().split(b"\0") if word)
    except OSError:
        return ""


def resident_pages(pid: int) -> set[int] | None:
    """The physical page numbers resident in `pid`'s memory (/proc/PID/pagemap), None without the right to see
    them (page numbers read as 0 without CAP_SYS_ADMIN). Pages met in two processes of a program are one page."""
    import array

    pages: set[int] = set()
    try:
        with open(f"/proc/{pid}/maps") as maps, open(f"/proc/{pid}/pagemap", "rb") as pagemap:
            for line in maps:
                start, end = (int(x, 16) for x in line.split()[0].split("-"))
                if "[vsyscall]" in line:
                    continue
                pagemap.seek(start // PAGE * 8)
                entries = array.array("Q")
                entries.frombytes(pagemap.read((end - start) // PAGE * 8))
                pages.update(e & PFN_MASK for e in entries if e & PRESENT)
    except OSError:
        return None
    return None if pages == {0} else pages


PAGE = os.sysconf("SC_PAGE_SIZE")
PRESENT = 1 << 63
PFN_MASK = (1 << 55) - 1


@dataclass
class Sample:
    total: float  # MiB
    parts: dict[str, float]  # label -> MiB
    settled_s: float


@dataclass
class Program:
    label: str
    command: list[str]
    env: dict[str, str]
    ours: bool
    samples: list[Sample] = field(default_factory=list)


def wait_settled(process: subprocess.Popen[bytes]) -> float | None:
    """Seconds from launch until the program's processes are quiet; None when it ended or never settled."""
    start = time.monotonic()
    time.sleep(MIN_SECONDS)
    quiet = 0
    last = session_cpu_seconds(process.pid)
    while time.monotonic() - start < TIMEOUT_S and process.poll() is None:
        time.sleep(1.0)
        now = session_cpu_seconds(process.pid)
        quiet = quiet + 1 if (now - last) * 1000 < QUIET_MS else 0
        last = now
        if quiet >= QUIET_WINDOWS:
            return time.monotonic() - start
    return None


def read_memory(pid: int, ours: bool) -> Sample:
    parts: dict[str, float] = {}
    for child in process_tree(pid):
        mib = pss_kib(child) / 1024
        if child == pid:
            label = "main process"
        elif ours and "--render-child" in command_line(child):
            label = "render child"
        else:
            label = "other processes"
        parts[label] = parts.get(label, 0.0) + mib
    if ours:
        parts["main: anonymous (heaps)"] = pss_kib(pid, "Pss_Anon:") / 1024
        parts["main: files (libraries)"] = pss_kib(pid, "Pss_File:") / 1024
    tree = process_tree(pid)
    parts["all: anonymous (heaps)"] = sum(pss_kib(child, "Pss_Anon:") for child in tree) / 1024
    parts["all: as if alone (bound)"] = parts["all: anonymous (heaps)"] + sum(
        pss_kib(child, "Rss:") - pss_kib(child, "Anonymous:") for child in tree) / 1024
    union: set[int] = set()
    for child in tree:
        pages = resident_pages(child)
        if pages is None:
            break
        union |= pages
    else:  # the program's footprint alone: each resident page once, whoever else maps it (exact, needs root)
        parts["all: resident pages alone (exact)"] = len(union) * PAGE / 2**20
    total = sum(mib for label, mib in parts.items() if ":" not in label)
    return Sample(total, parts, 0.0)


def run_once(program: Program, workspace: Path) -> Sample | None:
    process = subprocess.Popen(program.command, env=program.env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        settled = wait_settled(process)
        if settled is None:
            return None
        sample = read_memory(process.pid, program.ours)
        sample.settled_s = settled
        return sample
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        shutil.rmtree(workspace / ".sr-editor" / "recovery", ignore_errors=True)


def report(programs: list[Program]) -> None:
    print(f"\nPSS after settling, all processes, median of the runs (MiB); "
          f"{ARTICLES:,} articles listed, {WORDS // 1000}k-word article open, preview on", flush=True)
    reference = next((p for p in programs if not p.ours and p.samples), None)
    base = statistics.median(s.total for s in reference.samples) if reference else None
    for program in programs:
        if not program.samples:
            print(f"{program.label:<24} no measurement (never settled, or ended)", flush=True)
            continue
        totals = [s.total for s in program.samples]
        median = statistics.median(totals)
        ratio = f"  = {median / base:.2f}x ReText" if base and program.ours else ""
        if reference and program.ours:
            for label in ("all: anonymous (heaps)", "all: as if alone (bound)", "all: resident pages alone (exact)"):
                if not all(label in s.parts for s in [*reference.samples, *program.samples]):
                    continue
                theirs = statistics.median(s.parts[label] for s in reference.samples)
                ours = statistics.median(s.parts[label] for s in program.samples)
                ratio += f", {label.split(': ')[1].split(' (')[0]} {ours / theirs:.2f}x"
        runs = ", ".join(f"{t:.1f}" for t in totals)
        print(f"{program.label:<24} total {median:6.1f}{ratio}   (runs: {runs}; settled after "
              f"{statistics.median(s.settled_s for s in program.samples):.0f} s)", flush=True)
        labels = sorted({label for s in program.samples for label in s.parts}, key=_order)
        for label in labels:
            values = [s.parts.get(label, 0.0) for s in program.samples]
            print(f"    {label:<28} {statistics.median(values):6.1f}", flush=True)
    if base:
        print(f"goal: ours <= 0.8x ReText = {0.8 * base:.1f} MiB", flush=True)


def _order(label: str) -> tuple[int, str]:
    order = ["main process", "main: anonymous (heaps)", "main: files (libraries)", "render child", "other processes",
             "all: anonymous (heaps)", "all: as if alone (bound)", "all: resident pages alone (exact)"]
    return (order.index(label) if label in order else len(order), label)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--before", type=Path, default=None, help="another checkout's src, measured too")
    parser.add_argument("--retext", default="/tmp/peers-venv/bin/retext")
    parser.add_argument("--only", default="ReText,before,ours", help="which programs, comma-separated")
    args = parser.parse_args(argv[1:])
    root = make_workspace(ARTICLES, big_words=WORDS)
    article = root / big_name(WORDS) / "index.md"
    server = Xvfb()
    home = Path(tempfile.mkdtemp(prefix="sr-memory-"))
    try:
        base = {**os.environ, "DISPLAY": server.display, "QT_QPA_PLATFORM": "xcb", "HOME": str(home),
                "XDG_CONFIG_HOME": str(home / ".config"), "XDG_DATA_HOME": str(home / ".local/share"),
                "XDG_CACHE_HOME": str(home / ".cache")}
        base.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed copy has its .pyc files
        retext_config = home / ".config" / "ReText project"
        retext_config.mkdir(parents=True)
        (retext_config / "ReText.conf").write_text("[General]\ndefaultPreviewState=live-preview\n")
        (home / "sr").mkdir()
        (home / "sr" / "settings.ini").write_text(f"[workspace]\npath={root}\nlast_article={big_name(WORDS)}\n")
        only = set(args.only.split(","))
        programs: list[Program] = []
        if "ReText" in only:
            if Path(args.retext).exists():
                programs.append(Program("ReText", [args.retext, str(article)], base, ours=False))
            else:
                print(f"ReText not installed ({args.retext}); see this file's docstring", flush=True)
        sources = ([("sr-editor before", args.before)] if args.before and "before" in only else [])
        sources += [("sr-editor", SRC)] if "ours" in only else []
        for label, src in sources:
            env = {**base, "SR_EDITOR_CONFIG_DIR": str(home / "sr"), "PYTHONPATH": str(src)}
            programs.append(Program(label, [sys.executable, "-m", "sr_editor", "--workspace", str(root)], env,
                                    ours=True))
        print(f"{len(article.read_text().split()):,}-word article, {ARTICLES:,} articles; {args.runs} rounds",
              flush=True)
        for index in range(args.runs + 1):  # taking turns, so the machine's ups and downs fall on all alike
            for program in programs:
                sample = run_once(program, root)
                if sample is None:
                    print(f"    round {index}: {program.label} did not settle", flush=True)
                    continue
                if index:
                    program.samples.append(sample)
                name = f"round {index}" if index else "warm-up"
                print(f"    {name}: {program.label:<18} {sample.total:6.1f} MiB (all anonymous "
                      f"{sample.parts['all: anonymous (heaps)']:.1f}; settled after {sample.settled_s:.0f} s)",
                      flush=True)
        report(programs)
    finally:
        server.close()
        shutil.rmtree(home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
