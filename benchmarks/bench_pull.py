"""Time pulling posts from a local WordPress: posts per second for many posts without images (issue 18: at least
100 posts/s for 10,000; the pull before that issue managed about 25), and optionally posts with images, first
pull and again with nothing changed.

Run: python benchmarks/bench_pull.py [--posts N] [--images K] [--profile]
     (needs the Debian packages of packaging/test-debian-packages.txt; SR_SRC=/path/to/src measures another
     checkout, so that before and after come from the same machine and run)
`--posts 10000` is the issue's figure (seeding takes about a minute); the default is 1,000. The posts, and with
`--images` their image files, are made directly in WordPress's database by a PHP script: creating them through the
REST API would take minutes and measure the wrong thing. `--profile` prints where the first pull spends its time.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [os.environ.get("SR_SRC", str(ROOT / "src")), str(ROOT / "tests" / "support")]

import wpsite  # noqa: E402

from sr_editor.core.storage.store import ArticleStore  # noqa: E402
from sr_editor.publish.sync.pull import PullJob, PullOptions  # noqa: E402
from sr_editor.publish.wordpress.client import WordPressClient  # noqa: E402

BEFORE_ISSUE_18 = 25.0  # posts/s for 10,000 posts without images, as the issue measured it

MAKE_POSTS_PHP = r"""<?php
define('ABSPATH', $argv[1] . '/');
$_SERVER['HTTP_HOST'] = $argv[2];
$_SERVER['REQUEST_URI'] = '/';
require_once ABSPATH . 'wp-load.php';
$spec = json_decode(file_get_contents($argv[3]), true);
$uploads = wp_upload_dir();
wp_defer_term_counting(true);
wp_suspend_cache_invalidation(true);
global $wpdb;
$wpdb->query('START TRANSACTION');  // one commit per 500 posts, not one (with its disk flush) per row
foreach ($spec['posts'] as $i => $files) {
    if ($i > 0 && $i % 500 == 0) { $wpdb->query('COMMIT'); $wpdb->query('START TRANSACTION'); }
    $blocks = "<!-- wp:paragraph -->\n<p>Report number $i from the region, with <strong>news</strong> and "
        . "<a href=\"https://example.org/$i\">a source</a>.</p>\n<!-- /wp:paragraph -->\n\n"
        . "<!-- wp:heading -->\n<h2>What happened</h2>\n<!-- /wp:heading -->\n\n"
        . "<!-- wp:paragraph -->\n<p>Delegates met for the $i. time; the assembly voted late at night.</p>\n"
        . "<!-- /wp:paragraph -->\n\n<!-- wp:list -->\n<ul><li>first point</li><li>second point</li></ul>\n"
        . "<!-- /wp:list -->\n\n";
    $ids = [];
    foreach ($files as $n => $file) {
        $id = wp_insert_attachment(['post_mime_type' => 'image/jpeg', 'post_title' => basename($file),
            'post_status' => 'inherit', 'guid' => $uploads['baseurl'] . '/' . $file], $file);
        update_post_meta($id, '_wp_attachment_image_alt', "Street scene $n of report $i");
        $url = $uploads['baseurl'] . '/' . $file;
        $blocks .= "<!-- wp:image {\"id\":$id,\"sizeSlug\":\"large\",\"linkDestination\":\"none\"} -->\n"
            . "<figure class=\"wp-block-image size-large\"><img src=\"$url\" alt=\"Street scene $n of report $i\" "
            . "class=\"wp-image-$id\"/><figcaption class=\"wp-element-caption\">Picture $n</figcaption></figure>\n"
            . "<!-- /wp:image -->\n\n";
        $ids[] = $id;
    }
    $post = wp_insert_post(['post_title' => "Report $i", 'post_name' => "report-$i",
        'post_excerpt' => "Teaser of report $i.", 'post_content' => $blocks, 'post_status' => 'pending',
        'post_author' => $spec['author'], 'post_category' => [$spec['category']]], true);
    if (is_wp_error($post)) { fwrite(STDERR, $post->get_error_message()); exit(1); }
    if ($ids) { set_post_thumbnail($post, $ids[0]); }
}
$wpdb->query('COMMIT');
echo "ok";
"""


def make_posts(site: wpsite.WordPressSite, count: int, images: int) -> None:
    posts: list[list[str]] = []
    uploads = site.root / "docroot" / "wp-content" / "uploads"
    for i in range(count):
        files = []
        for n in range(images):
            from PIL import Image

            name = f"report-{i}-{n}.jpg"
            Image.effect_noise((480, 320), 30 + (i * 2 + n) % 50).convert("RGB").save(uploads / name, "JPEG")
            files.append(name)
        posts.append(files)
    spec = site.root / "bench-posts.json"
    spec.write_text(json.dumps({"posts": posts, "author": site.user("author").user_id,
                                "category": site.categories["Latin America"]}))
    script = site.root / "bench-posts.php"
    script.write_text(MAKE_POSTS_PHP)
    host = site.url.split("//", 1)[1]
    subprocess.run(["php", str(script), str(site.root / "docroot"), host, str(spec)], check=True,
                   capture_output=True, timeout=1800)


def timed_pull(client: WordPressClient, ws: Path, profile: bool = False) -> tuple[float, float, int, int, int]:
    counter = {"requests": 0}
    original = WordPressClient._send_once  # counted for every client: the pull's read-ahead has its own

    def counting(self: WordPressClient, method: str, route: str, *args: Any, **kwargs: Any) -> Any:
        counter["requests"] += 1
        return original(self, method, route, *args, **kwargs)

    WordPressClient._send_once = counting  # type: ignore[method-assign,assignment]
    before = client.downloads
    profiler = cProfile.Profile() if profile else None
    start, cpu = time.perf_counter(), time.process_time()
    job = PullJob(client, "bench", ArticleStore(ws), None, PullOptions(statuses=["pending"]))
    items = profiler.runcall(job.run) if profiler is not None else job.run()
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    WordPressClient._send_once = original  # type: ignore[method-assign]
    assert not job.failures, job.failures[:3]
    if profiler is not None:
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(35)
    return elapsed, cpu, len(items), client.downloads - before, counter["requests"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--posts", type=int, default=1000, help="posts to make and pull (10000: the issue's figure)")
    parser.add_argument("--images", type=int, default=0, help="images per post (0: text only)")
    parser.add_argument("--profile", action="store_true", help="print where the first pull spends its time")
    args = parser.parse_args()
    missing = wpsite.missing_packages()
    if missing:
        print(f"missing Debian packages: {', '.join(missing)}; {wpsite.INSTALL_HINT}")
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        site = wpsite.start_wordpress(Path(tmp) / "wp")
        try:
            t0 = time.perf_counter()
            make_posts(site, args.posts, args.images)
            print(f"made {args.posts} pending posts with {args.images} image(s) each in "
                  f"{time.perf_counter() - t0:.1f} s")
            user = site.user("editor")
            client = WordPressClient(site.url, user.login, user.app_password, site_name="bench")
            ws = Path(tmp) / "ws"
            ws.mkdir()
            print(f"load average before the pull: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
            first, cpu, count, downloads, requests = timed_pull(client, ws, args.profile)
            print(f"first pull:  {first:6.2f} s for {count} posts = {count / first:6.1f} posts/s, "
                  f"{cpu / count * 1000:.1f} ms of this process's CPU a post ({downloads} image downloads, "
                  f"{requests} API requests); before issue 18: about {BEFORE_ISSUE_18:.0f} posts/s, goal: 100")
            again, cpu, count, downloads, requests = timed_pull(client, ws)
            print(f"second pull: {again:6.2f} s for {count} posts = {count / again:6.1f} posts/s, "
                  f"{cpu / count * 1000:.1f} ms CPU a post ({downloads} image downloads, {requests} API requests; "
                  f"nothing changed)")
        finally:
            site.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
