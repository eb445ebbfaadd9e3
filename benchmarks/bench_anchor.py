"""Finding a note's passage again (core/review/anchor.find_passage) in long articles: the approximate step reads
every paragraph, so its cost grows with the article. The Notes panel runs it once per note on each refresh.

Run: python benchmarks/bench_anchor.py [--before PATH_TO_OLD_anchor.py]
With --before, the same cases run on another copy of the module too (e.g. `git show main:src/sr_editor/core/
review/anchor.py > /tmp/anchor_main.py`), printed side by side in the same run.
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import statistics
import sys
import time
from collections.abc import Callable
from types import ModuleType
from typing import Any

from sr_editor.core.review import anchor

VOCABULARY = ["budget", "minister", "council", "river", "school", "harvest", "report", "forty", "police", "water",
              "district", "week", "year", "city", "the", "of", "and", "in", "a", "to", "was", "said", "for", "on",
              "that", "with", "by", "at", "it", "from"]


def article(words: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    paragraphs, left = [], words
    while left > 0:
        size = min(left, rng.randint(40, 120))
        paragraphs.append(" ".join(rng.choice(VOCABULARY) for _ in range(size)) + ".")
        left -= size
    return "\n\n".join(paragraphs)


def cases(words: int) -> dict[str, tuple[str, str]]:
    text = article(words)
    middle = text.split("\n\n")[len(text.split("\n\n")) // 2]
    words_of = middle.split()[:20]
    edited = " ".join([*words_of[:8], "newly-added", *words_of[8:]])
    return {
        "exact": (text, " ".join(middle.split()[5:15])),
        "edited": (text, edited),
        "gone": (text, "an entirely different sentence about the regional elections and turnout"),
    }


def median_ms(find: Callable[[str, str], Any], text: str, quote: str, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        find(text, quote)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def load(path: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location("anchor_before", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["anchor_before"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--before", help="another anchor.py to time beside this one")
    args = parser.parse_args()
    before = load(args.before) if args.before else None
    for words in (5_000, 50_000):
        for name, (text, quote) in cases(words).items():
            now = median_ms(anchor.find_passage, text, quote)
            line = f"{words:>6} words  {name:7s}  now {now:8.1f} ms"
            if before is not None:
                line += f"   before {median_ms(before.find_passage, text, quote):8.1f} ms"
            print(line)


if __name__ == "__main__":
    main()
