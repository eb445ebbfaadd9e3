"""Accessibility checks: time of check_accessibility (render + parse + checks + source lines) on a 5,000 and a
50,000-word article, split into its steps (prints medians, ms).

Run: python benchmarks/bench_a11y.py  (PYTHONPATH=src when not installed). They run with the other checks on the
checks' worker thread, after a 400 ms pause in typing; the render is the same one the preview does.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from bench_render import build_article

from sr_editor.core.checks.a11y import check_html
from sr_editor.core.checks.element_lines import ElementLines
from sr_editor.core.checks.html_tree import parse_html
from sr_editor.core.checks.screen_reader import read_html
from sr_editor.core.render.render import render_body


def _median_ms(work: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    for words, runs in ((5_000, 9), (50_000, 3)):
        body = build_article(words)
        html = render_body(body)
        tree = parse_html(html)
        print(f"{words:>6} words: render {_median_ms(lambda: render_body(body), runs):7.1f} ms"  # noqa: B023
              f" | parse {_median_ms(lambda: parse_html(html), runs):6.1f}"  # noqa: B023
              f" | lines {_median_ms(lambda: ElementLines(tree, body), runs):6.1f}"  # noqa: B023
              f" | all checks on the HTML {_median_ms(lambda: check_html(html, body, 'en'), runs):6.1f}"  # noqa: B023
              f" | screen-reader reading {_median_ms(lambda: read_html(html, 'en'), runs):6.1f}")  # noqa: B023
        problems = check_html(html, body, "en")
        print(f"        problems found in the generated text: {sorted({p.rule for p in problems})}")


if __name__ == "__main__":
    main()
