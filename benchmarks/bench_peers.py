"""Launch -> main window mapped, first drawn and preview complete, seen from outside the program, for us and our
peers: prints numbers.

    python benchmarks/bench_peers.py [--runs N] [--retext PATH] [--ghostwriter PATH] [--before /other/src]

Every program is started the same way under one Xvfb server started here, on the same 50k-word article, and
timed until the X server maps its first top-level window of at least 300x200 (MapNotify on the root window, read
through libX11 with ctypes), until the program first draws into that window (XDamage, watched from the
window's creation), until its preview is complete (its last drawing into the window's right-hand pane, where
both programs preview, before the window stays quiet for QUIET_SECONDS; a program with a preview is quiet only
once it has drawn there) and until the whole window is (its last drawing anywhere; drawings a few pixels wide, a
blinking text cursor, do not count). The same clock for every program, none of them instrumented. ReText runs
with its live preview on (its config file in the run's HOME: defaultPreviewState=live-preview), as a writer
would use it, and sr-editor with its preview shown. Also timed: an empty PySide6 window (one QMainWindow with one
QPlainTextEdit), the floor that any PySide6 program on this machine starts from (it draws once). `--before SRC`
also times sr-editor from another checkout's src. The programs take turns, one launch each per round, so that
the machine's ups and downs fall on all alike; a first round warms the page cache and is not counted. Each
program is killed once quiet.

The peers are not our dependencies. Where they are missing the line says so. To install them on Debian:
    apt-get install ghostwriter                      # 2.1.6 on Debian 12
    python3 -m venv /tmp/peers-venv && /tmp/peers-venv/bin/pip install ReText   # 8.1.0, on PyQt6
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import ctypes.util
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_gui import SRC, big_name, make_workspace
from bench_startup import Xvfb

CREATE_NOTIFY = 16
MAP_NOTIFY = 19
DAMAGE_REPORT_RAW_RECTANGLES = 0
QUIET_SECONDS = 2.0  # no drawing for this long after the last one: the window (and its preview) is complete
CURSOR_WIDTH = 4  # drawings at most this wide are a text cursor blinking, not content
SUBSTRUCTURE_NOTIFY_MASK = 1 << 19
EMPTY_WINDOW = (
    "import sys\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow, QPlainTextEdit\n"
    "app = QApplication(sys.argv)\n"
    "w = QMainWindow(); w.setCentralWidget(QPlainTextEdit()); w.resize(1000, 700); w.show()\n"
    "sys.exit(app.exec())\n"
)


class XMapEvent(ctypes.Structure):
    _fields_ = [("type", ctypes.c_int), ("serial", ctypes.c_ulong), ("send_event", ctypes.c_int),
                ("display", ctypes.c_void_p), ("event", ctypes.c_ulong), ("window", ctypes.c_ulong),
                ("override_redirect", ctypes.c_int)]


class XCreateWindowEvent(ctypes.Structure):
    _fields_ = [("type", ctypes.c_int), ("serial", ctypes.c_ulong), ("send_event", ctypes.c_int),
                ("display", ctypes.c_void_p), ("parent", ctypes.c_ulong), ("window", ctypes.c_ulong)]


class XRectangle(ctypes.Structure):
    _fields_ = [("x", ctypes.c_short), ("y", ctypes.c_short), ("width", ctypes.c_ushort),
                ("height", ctypes.c_ushort)]


class XDamageNotifyEvent(ctypes.Structure):
    _fields_ = [("type", ctypes.c_int), ("serial", ctypes.c_ulong), ("send_event", ctypes.c_int),
                ("display", ctypes.c_void_p), ("drawable", ctypes.c_ulong), ("damage", ctypes.c_ulong),
                ("level", ctypes.c_int), ("more", ctypes.c_int), ("timestamp", ctypes.c_ulong),
                ("area", XRectangle), ("geometry", XRectangle)]


class XEvent(ctypes.Union):
    _fields_ = [("type", ctypes.c_int), ("xmap", XMapEvent), ("xcreate", XCreateWindowEvent),
                ("xdamage", XDamageNotifyEvent), ("pad", ctypes.c_long * 24)]


class XWindowAttributes(ctypes.Structure):
    _fields_ = [("x", ctypes.c_int), ("y", ctypes.c_int), ("width", ctypes.c_int), ("height", ctypes.c_int),
                ("rest", ctypes.c_char * 256)]


class MapWatch:
    """Reports when a new top-level window of a real size is mapped on `display`, and when the program first
    draws into it (XDamage on every top-level window from its creation, before it can be mapped)."""

    def __init__(self, display: str) -> None:
        self.x = ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6")
        self.x.XOpenDisplay.restype = ctypes.c_void_p
        self.x.XOpenDisplay.argtypes = [ctypes.c_char_p]
        self.x.XDefaultRootWindow.restype = ctypes.c_ulong
        self.x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        self.x.XSelectInput.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_long]
        self.x.XPending.argtypes = [ctypes.c_void_p]
        self.x.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.POINTER(XEvent)]
        self.x.XGetWindowAttributes.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(XWindowAttributes)]
        self.x.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
        self._ignore_errors = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)(lambda d, e: 0)
        self.x.XSetErrorHandler(self._ignore_errors)  # a window gone before we asked its size: BadWindow
        self.display = self.x.XOpenDisplay(display.encode())
        if not self.display:
            raise SystemExit(f"cannot open X display {display}")
        self.root = self.x.XDefaultRootWindow(self.display)
        self.verbose = False  # print every drawing into the window (where each program's last ones are)
        self.x.XSelectInput(self.display, self.root, SUBSTRUCTURE_NOTIFY_MASK)
        self.damage_event = self._damage_extension()
        self.x.XSync(self.display, 0)

    def _damage_extension(self) -> int | None:
        """The DamageNotify event number, or None without libXdamage (then no "painted" times)."""
        try:
            self.xd = ctypes.CDLL(ctypes.util.find_library("Xdamage") or "libXdamage.so.1")
        except OSError:
            return None
        event_base, error_base = ctypes.c_int(), ctypes.c_int()
        self.xd.XDamageQueryExtension.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.c_int),
                                                  ctypes.POINTER(ctypes.c_int)]
        self.xd.XDamageCreate.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int]
        self.xd.XDamageCreate.restype = ctypes.c_ulong
        if not self.xd.XDamageQueryExtension(self.display, ctypes.byref(event_base), ctypes.byref(error_base)):
            return None
        return event_base.value

    def drain(self) -> None:
        event = XEvent()
        while self.x.XPending(self.display):
            self.x.XNextEvent(self.display, ctypes.byref(event))

    def wait_mapped(self, process: subprocess.Popen[bytes], previews: bool = True, timeout: float = 30.0) -> Launch:
        """When (time.monotonic) the first real top-level window was mapped, when the program first drew into
        it, and when it last drew into it before QUIET_SECONDS without drawing (None where it did not happen);
        a program that `previews` is quiet only once it has drawn into the right-hand pane (a program waiting for
        its first render draws nothing meanwhile). Also the CPU seconds its processes had used when mapped."""
        event = XEvent()
        deadline = time.monotonic() + timeout
        launch = Launch()
        window = window_width = 0
        while time.monotonic() < deadline and process.poll() is None:
            if not self.x.XPending(self.display):
                quiet = launch.last_drawn is not None and time.monotonic() - launch.last_drawn >= QUIET_SECONDS
                if quiet and (launch.preview_drawn is not None or not previews):
                    return launch
                time.sleep(0.0005)
                continue
            self.x.XNextEvent(self.display, ctypes.byref(event))
            now = time.monotonic()
            if event.type == CREATE_NOTIFY and self.damage_event is not None:
                self.xd.XDamageCreate(self.display, event.xcreate.window, DAMAGE_REPORT_RAW_RECTANGLES)
            elif event.type == self.damage_event and launch.mapped is not None and event.xdamage.drawable == window:
                if launch.drawn is None:
                    launch.drawn = now
                area = event.xdamage.area
                if area.width > CURSOR_WIDTH:
                    launch.last_drawn = now
                if area.x >= window_width * 0.45 and area.x + area.width >= window_width - 20:
                    launch.preview_drawn = now  # the window's right-hand pane: where both programs preview
                if self.verbose:
                    print(f"      drawn at {(now - launch.mapped) * 1000:6.0f} ms after mapped: "
                          f"{area.width}x{area.height}+{area.x}+{area.y}", flush=True)
            elif event.type == MAP_NOTIFY and launch.mapped is None and not event.xmap.override_redirect:
                attributes = XWindowAttributes()
                if not self.x.XGetWindowAttributes(self.display, event.xmap.window, ctypes.byref(attributes)):
                    continue
                if attributes.width >= 300 and attributes.height >= 200:
                    launch.mapped, window, launch.cpu = now, event.xmap.window, session_cpu_seconds(process.pid)
                    window_width = attributes.width
                    if self.damage_event is None:
                        return launch
        return launch


@dataclass
class Launch:
    """time.monotonic() of each moment of one launch (None where it did not happen), CPU seconds until mapped."""

    mapped: float | None = None
    drawn: float | None = None
    last_drawn: float | None = None
    preview_drawn: float | None = None  # the last drawing into the right-hand pane, before the window is quiet
    cpu: float | None = None


def session_cpu_seconds(session: int) -> float:
    """CPU time used so far by every thread of every process in the session (the program and its helpers),
    from /proc/PID/task/TID/schedstat (nanoseconds on a CPU): unlike wall time, not lengthened by whatever
    else the machine runs."""
    total = 0
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as stat:
                fields = stat.read().rsplit(b")", 1)[1].split()
            if int(fields[3]) != session:  # field 6, the session id, counted after the command name
                continue
            for task in os.listdir(f"/proc/{entry}/task"):
                with open(f"/proc/{entry}/task/{task}/schedstat", "rb") as schedstat:
                    total += int(schedstat.read().split()[0])
        except (OSError, IndexError, ValueError):
            continue
    return total / 1e9


@dataclass
class Program:
    label: str
    command: list[str]
    env: dict[str, str]
    after_run: Callable[[], None] | None = None
    previews: bool = True  # has a preview pane on the right (the floor does not)
    times: list[float] = field(default_factory=list)
    painted: list[float] = field(default_factory=list)
    complete: list[float] = field(default_factory=list)
    preview: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)


def launch_once(watch: MapWatch, program: Program) -> Launch:
    """Milliseconds from launch to the first real window mapped, to its first drawing and to its last drawing
    before it stays quiet, and the CPU milliseconds used until mapped (None where it did not happen); the program
    is killed after."""
    watch.drain()
    start = time.monotonic()
    process = subprocess.Popen(program.command, env=program.env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, start_new_session=True)
    launch = watch.wait_mapped(process, program.previews)
    with contextlib.suppress(ProcessLookupError):  # it ended by itself: no window, reported by the caller
        os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    if program.after_run is not None:
        program.after_run()

    def since_start(moment: float | None) -> float | None:
        return None if moment is None else (moment - start) * 1000

    return Launch(since_start(launch.mapped), since_start(launch.drawn), since_start(launch.last_drawn),
                  since_start(launch.preview_drawn), None if launch.cpu is None else launch.cpu * 1000)


def measure(watch: MapWatch, programs: list[Program], runs: int) -> None:
    """Round by round, every program once per round, so that whatever else the machine does is shared alike;
    the first round warms the page cache and is not counted."""
    for index in range(runs + 1):
        for program in programs:
            launch = launch_once(watch, program)
            if launch.mapped is None:
                print(f"    round {index}: no window mapped ({program.label})", flush=True)
            elif index:
                program.times.append(launch.mapped)
                for values, value in ((program.painted, launch.drawn), (program.complete, launch.last_drawn),
                                      (program.preview, launch.preview_drawn), (program.cpu, launch.cpu)):
                    if value is not None:
                        values.append(value)


def report(program: Program) -> None:
    times, painted = program.times, program.painted
    if not times:
        print(f"{program.label:<34} no measurement", flush=True)
        return
    line = (f"{program.label:<34} mapped median {statistics.median(times):4.0f} ms (min {min(times):4.0f}, "
            f"max {max(times):4.0f})")
    if painted:
        line += f"   first drawn median {statistics.median(painted):4.0f} ms (min {min(painted):4.0f})"
    for label, values in (("preview complete", program.preview), ("window complete", program.complete)):
        if values:
            line += (f"   {label} median {statistics.median(values):5.0f} ms "
                     f"(min {min(values):5.0f}, max {max(values):5.0f})")
    if program.cpu:
        line += f"   CPU until mapped median {statistics.median(program.cpu):4.0f} ms"
    print(f"{line}   runs={len(times)}", flush=True)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--only", default="floor,sr-editor,ReText,ghostwriter",
                        help="which programs, comma-separated (default: all four)")
    parser.add_argument("--retext", default="/tmp/peers-venv/bin/retext")
    parser.add_argument("--ghostwriter", default=shutil.which("ghostwriter") or "/usr/bin/ghostwriter")
    parser.add_argument("--verbose", action="store_true", help="print every drawing into each window")
    parser.add_argument("--before", type=Path, default=None, help="also sr-editor from another checkout's src")
    args = parser.parse_args(argv[1:])
    root = make_workspace(20, big_words=50_000)
    article = root / big_name(50_000) / "index.md"
    server = Xvfb()
    home = Path(tempfile.mkdtemp(prefix="sr-peers-"))
    try:
        watch = MapWatch(server.display)
        watch.verbose = args.verbose
        (home / "sr").mkdir()
        (home / "sr" / "settings.ini").write_text(
            f"[workspace]\npath={root}\nlast_article={big_name(50_000)}\n[view]\npreview_visible=true\n")
        retext_config = home / ".config" / "ReText project"
        retext_config.mkdir(parents=True)
        (retext_config / "ReText.conf").write_text("[General]\ndefaultPreviewState=live-preview\n")
        base = {**os.environ, "DISPLAY": server.display, "QT_QPA_PLATFORM": "xcb", "HOME": str(home),
                "XDG_CONFIG_HOME": str(home / ".config"), "XDG_DATA_HOME": str(home / ".local/share"),
                "XDG_CACHE_HOME": str(home / ".cache"),
                "QTWEBENGINE_DISABLE_SANDBOX": "1"}  # ghostwriter's preview is Chromium, which refuses root
        base.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed copy has its .pyc files
        ours = {**base, "SR_EDITOR_CONFIG_DIR": str(home / "sr"), "PYTHONPATH": str(SRC)}

        def clean_recovery() -> None:
            shutil.rmtree(root / ".sr-editor" / "recovery", ignore_errors=True)

        print(f"launch -> first top-level window mapped, first drawn and complete (last drawn before "
              f"{QUIET_SECONDS:.0f} s quiet), seen by the X server, 50k-word article "
              f"({len(article.read_text().split()):,} words) open, preview on", flush=True)
        only = set(args.only.split(","))
        programs: list[Program] = []
        if "floor" in only:
            programs.append(Program("empty PySide6 window (the floor)", [sys.executable, "-c", EMPTY_WINDOW], base,
                                    previews=False))
        if "sr-editor" in only:
            for label, src in ([("sr-editor before", args.before)] if args.before else []) + [("sr-editor", SRC)]:
                programs.append(Program(label, [sys.executable, "-m", "sr_editor", "--workspace", str(root)],
                                        {**ours, "PYTHONPATH": str(src)}, clean_recovery))
        for name, path in (("ReText", args.retext), ("ghostwriter", args.ghostwriter)):
            if name not in only:
                continue
            if Path(path).exists():
                programs.append(Program(name, [path, str(article)], base))
            else:
                print(f"{name:<44} not installed ({path}); see this file's docstring", flush=True)
        measure(watch, programs, args.runs)
        for program in programs:
            report(program)
    finally:
        server.close()
        shutil.rmtree(home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
