"""Render speed: the previous renderer (plain HTML, no blocks) vs render_body (block form) vs IncrementalRenderer
after a one-character edit (prints medians, ms).

Run: python benchmarks/bench_render.py  (PYTHONPATH=src when not installed). The preview goal is a re-render
under ~30 ms at 50,000 words; Python-Markdown alone needs ~370 ms for that on this machine.
"""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable

from sr_editor.core.render.incremental import IncrementalRenderer
from sr_editor.core.render.render import UploadedImage, _build_markdown, render_body

_WORDS = """the government protest election workers union police street president minister reform strike
crowd Port-au-Prince Haití democracy army people vote law council march city press rights
said on in of and to a for with by from that was were is are it they their after before"""
VOCABULARY = _WORDS.split()


def build_article(words: int, seed: int = 1) -> str:
    """Headings every ~300 words, paragraphs of ~60, an image every ~900, a list and a table now and then."""
    rng = random.Random(seed)
    parts: list[str] = []
    written = 0
    section = 0
    while written < words:
        section += 1
        parts.append(f"## Section {section}: {rng.choice(VOCABULARY).title()} and {rng.choice(VOCABULARY)}\n\n")
        for _ in range(5):
            sentence_words = [rng.choice(VOCABULARY) for _ in range(60)]
            sentence_words[3] = f"*{sentence_words[3]}*"
            sentence_words[9] = f'"{sentence_words[9]}"'
            sentence_words[20] = f"[{sentence_words[20]}](https://example.org/{section})"
            parts.append(" ".join(sentence_words).capitalize() + ". It's -- done.\n\n")
            written += 60
        if section % 3 == 0:
            parts.append(f'![Protesters in section {section}](photo-{section}.jpg "Caption for {section}")\n\n')
        if section % 4 == 0:
            parts.append("- first point\n- second point\n- third point\n\n")
        if section % 10 == 0:
            parts.append("| Year | Votes |\n|------|-------|\n| 2019 | 1,200 |\n| 2021 | 3,400 |\n\n")
    return "".join(parts)


def _resolver(src: str) -> UploadedImage | str | None:
    return f"file:///tmp/bundle/{src}"


def previous_renderer() -> Callable[[str], str]:
    """The renderer before the block form: the same Markdown setup without the block and shortcode passes."""
    md, site = _build_markdown()
    md.treeprocessors.deregister("sr_blocks")
    md.postprocessors.deregister("sr_shortcodes")
    assert site.images is not None
    site.images.resolver = _resolver

    def render(body: str) -> str:
        md.reset()
        html: str = md.convert(body)
        return html

    return render


def _median_ms(action: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def bench(words: int, repeat: int, footnotes: bool = False) -> None:
    body = build_article(words)
    if footnotes:  # definitions at the end: pieces citing a note are rendered with the definitions appended
        body = body.replace(" done.\n\n## Section 2:", " done.[^1]\n\n## Section 2:", 1) + "\n[^1]: A source.\n"
    actual_words = len(body.split())
    old = previous_renderer()
    previous = _median_ms(lambda: old(body), repeat)
    full = _median_ms(lambda: render_body(body, _resolver), repeat)
    renderer = IncrementalRenderer()
    cold = _median_ms(lambda: IncrementalRenderer().render(body, _resolver), max(1, repeat // 2))
    renderer.render(body, _resolver)
    rng = random.Random(2)
    edits = []
    for _ in range(repeat):
        position = rng.randrange(len(body))
        edits.append(body[:position] + "x" + body[position:])
    it = iter(edits)

    def one_edit() -> None:
        renderer.render(next(it), _resolver)

    incremental = _median_ms(one_edit, repeat)
    assert renderer.render(edits[-1], _resolver) == render_body(edits[-1], _resolver)
    label = " (footnotes)" if footnotes else ""
    print(f"{actual_words:>6} words{label}: previous renderer {previous:7.1f} ms | block form render_body "
          f"{full:7.1f} ms | incremental cold {cold:7.1f} ms | incremental after a one-character edit "
          f"{incremental:6.1f} ms (fast path: {not renderer.last_was_full})")


def main() -> None:
    bench(5_000, repeat=15)
    bench(50_000, repeat=9)
    bench(50_000, repeat=3, footnotes=True)


if __name__ == "__main__":
    main()
