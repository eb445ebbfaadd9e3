"""What text shaping costs in memory and layout time (gui/common/shaping.py), offscreen: prints numbers.

    python benchmarks/bench_shaping.py [--words 50000]

Qt keeps each laid-out block's HarfBuzz shaping buffers for the block's life. For the benchmark article it prints,
shaped and unshaped (QFont.PreferNoShaping, what the preview and the editor use for Latin text): the preview's
document after setHtml + layout (C heap in use, from glibc's mallinfo2, and time), and the editor after every block
is re-highlighted once (what the spelling sweep does). Each case runs in a fresh process.
"""

from __future__ import annotations

import argparse
import ctypes
import os
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))


class _MallInfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in
                ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks", "fordblks",
                 "keepcost")]


def heap_mib() -> float:
    """C heap in use (trimmed first, so only what is held counts)."""
    libc = ctypes.CDLL(None)
    libc.malloc_trim(0)
    info = libc.mallinfo2
    info.restype = _MallInfo2
    used = info()
    return float(used.uordblks + used.hblkhd) / 2**20


def run_case(case: str, shaped: bool, words: int) -> str:
    from bench_gui import article_body
    from PySide6.QtGui import QFont, QTextDocument
    from PySide6.QtWidgets import QApplication, QPlainTextDocumentLayout

    from sr_editor.gui.common.shaping import with_shaping
    from sr_editor.gui.editor.editor import MarkdownEditor
    from sr_editor.services.preview.html import render_for_preview
    from sr_editor.services.preview.renderer import PreviewRequest, preview_renderer

    app = QApplication([])
    body = article_body(words, False)
    if case == "preview":
        pieces = render_for_preview(preview_renderer(), PreviewRequest(0, body, None), {}).pieces
        document = QTextDocument()
        document.setDefaultFont(with_shaping(QFont(), shaped))
        document.setTextWidth(640)
        before, started = heap_mib(), time.perf_counter()
        document.setHtml("".join(pieces))
        document.size()  # lays it all out
        elapsed = (time.perf_counter() - started) * 1000
        return f"preview setHtml + layout: {heap_mib() - before:5.1f} MiB held, {elapsed:4.0f} ms"
    document = QTextDocument()
    document.setDocumentLayout(QPlainTextDocumentLayout(document))
    document.setPlainText(body)
    editor = MarkdownEditor(document)
    editor.setFont(with_shaping(QFont(), shaped))
    editor.resize(800, 600)
    editor.show()
    app.processEvents()
    before, block, count = heap_mib(), document.firstBlock(), 0
    while block.isValid():
        editor.highlighter.rehighlightBlock(block)
        block, count = block.next(), count + 1
    app.processEvents()
    held = heap_mib() - before
    return f"editor, {count} blocks re-highlighted: {held:5.1f} MiB held ({held * 1024 / count:4.1f} KiB per block)"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--words", type=int, default=50_000)
    parser.add_argument("--case", choices=["preview", "editor"], help=argparse.SUPPRESS)  # one case, in a child
    parser.add_argument("--shaped", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv[1:])
    if args.case:
        print(run_case(args.case, args.shaped, args.words), flush=True)
        return 0
    print(f"{args.words:,}-word article, offscreen:")
    for case in ("preview", "editor"):
        for shaped in (True, False):
            command = [sys.executable, __file__, "--case", case, "--words", str(args.words)]
            out = subprocess.run(command + (["--shaped"] if shaped else []), capture_output=True, text=True,
                                 timeout=300)
            line = out.stdout.strip().splitlines()[-1] if out.stdout.strip() else out.stderr.strip()[-300:]
            print(f"  {'shaped  ' if shaped else 'unshaped'}  {line}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
