"""Alt-text rewriting on crafted post content: each input is about a megabyte; the scan must stay linear.

Run: python benchmarks/bench_alt_content.py
Before the scanner was rewritten (standard library HTMLParser), 80 kB of `<img\\n` took 151 s and 80 kB of
unclosed `<!--` took 19 s (quadratic); a megabyte would take hours.
"""

from __future__ import annotations

import time

from sr_editor.core.alt.content import set_alt_in_content

CASES = {
    "<img repeated": "<img" * 250_000,
    "<img + newline repeated": "<img\n" * 200_000,
    "unclosed <!-- x 100k": "<!--" * 100_000,
    "unclosed <!-- then images": "<!--" + '<img class="wp-image-5">' * 40_000,
    "1 MB attribute value": '<img class="wp-image-5" alt="' + "a" * 1_000_000 + '">',
    "1 MB unclosed attribute value": '<img class="wp-image-5" alt="' + "a" * 1_000_000,
    "block JSON nested 50k deep": "<!-- wp:image " + '{"a":' * 50_000 + "1" + "}" * 50_000 + " -->",
    "< repeated": "<" * 1_000_000,
    "30,000 images of the media id": '<img class="wp-image-5" src="a.jpg">' * 30_000,
    "10,000 image blocks": '<!-- wp:image {"id":5} --><figure><img class="wp-image-5" alt=""/></figure>'
                           "<!-- /wp:image -->\n" * 10_000,
}


def main() -> None:
    for name, content in CASES.items():
        start = time.perf_counter()
        result = set_alt_in_content(content, 5, "A new description")
        elapsed = time.perf_counter() - start
        print(f"{name:32s} {len(content) / 1e6:5.2f} MB  {elapsed:6.2f} s  changed {result.changed}")


if __name__ == "__main__":
    main()
