"""Time one publish of an article with five photos against a local WordPress (started like the test fixture).

Run: python benchmarks/bench_publish.py   (needs the Debian packages of packaging/test-debian-packages.txt)
Prints the WordPress start-up time, the first publish (five uploads) with per-step times, and a re-publish.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests" / "support")]

import wpsite  # noqa: E402
from PIL import Image  # noqa: E402

from sr_editor.core.storage.store import ArticleStore  # noqa: E402
from sr_editor.publish.sync.flow import PublishJob, PublishOptions  # noqa: E402
from sr_editor.publish.wordpress.client import WordPressClient  # noqa: E402
from sr_editor.publish.wordpress.terms import fetch_terms  # noqa: E402


def photo(path: Path, seed: int) -> None:
    """A 2400x1600 JPEG with some texture (about what a phone photo is after export)."""
    img = Image.effect_noise((2400, 1600), 40 + seed).convert("RGB")
    img.save(path, "JPEG", quality=90)


def make_article(ws: Path) -> Path:
    bundle = ws / "five-photos"
    bundle.mkdir(parents=True)
    body = "The march started at dawn.\n\n"
    for i in range(5):
        photo(bundle / f"photo{i}.jpg", i)
        body += f'![Marchers on the avenue, picture {i}](photo{i}.jpg "Day {i} of the march")\n\nMore text.\n\n'
    front = (
        "---\ntitle: Five photos from the march\nexcerpt: A day of protest in pictures.\nregions: [Latin America]\n"
        "tags: [Haiti]\nfeatured_image:\n  src: photo0.jpg\n  alt: Marchers on the avenue\n"
        "  caption: The march\n  credit: Staff\n---\n"
    )
    (bundle / "index.md").write_text(front + body, encoding="utf-8")
    return bundle


def timed_publish(client: WordPressClient, ws: Path, bundle: Path) -> tuple[float, list[tuple[str, float]]]:
    marks: list[tuple[str, float]] = []
    start = time.perf_counter()
    job = PublishJob(client, "bench", ArticleStore(ws), bundle, fetch_terms(client), PublishOptions(),
                     progress=lambda msg, done, total: marks.append((msg, time.perf_counter())))
    job.run()
    end = time.perf_counter()
    steps = [(msg, (marks[i + 1][1] if i + 1 < len(marks) else end) - t) for i, (msg, t) in enumerate(marks)]
    return end - start, steps


def main() -> int:
    missing = wpsite.missing_packages()
    if missing:
        print(f"missing Debian packages: {', '.join(missing)}; {wpsite.INSTALL_HINT}")
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        site = wpsite.start_wordpress(Path(tmp) / "wp")
        print(f"WordPress start (MariaDB + install + PHP server): {time.perf_counter() - t0:.2f} s")
        try:
            user = site.user("editor")
            client = WordPressClient(site.url, user.login, user.app_password, site_name="bench")
            ws = Path(tmp) / "ws"
            bundle = make_article(ws)
            total, steps = timed_publish(client, ws, bundle)
            print(f"first publish, 5 photos 2400x1600 (downscale, strip, upload, post): {total:.2f} s")
            for msg, seconds in steps:
                print(f"  {seconds * 1000:7.0f} ms  {msg}")
            again, _ = timed_publish(client, ws, bundle)
            print(f"re-publish, nothing new to upload (conflict check + update): {again:.2f} s")
        finally:
            site.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
