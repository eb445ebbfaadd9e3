"""Time pulling 200 posts with 2 images each from a local WordPress: the first time, and again with nothing changed.

Run: python benchmarks/bench_pull.py [POSTS]   (needs the Debian packages of packaging/test-debian-packages.txt)
The posts and their 400 images are made directly in WordPress's database by a PHP script (uploading them through
the REST API would take minutes and measure the wrong thing). Prints both pull times, the number of image
downloads and HTTP requests of each, and the ratio of the second to the first (goal: no download, under 10 %).
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests" / "support")]

import wpsite  # noqa: E402
from PIL import Image  # noqa: E402

from sr_editor.core.storage.store import ArticleStore  # noqa: E402
from sr_editor.publish.sync.pull import PullJob, PullOptions  # noqa: E402
from sr_editor.publish.wordpress.client import WordPressClient  # noqa: E402

MAKE_POSTS_PHP = r"""<?php
define('ABSPATH', $argv[1] . '/');
$_SERVER['HTTP_HOST'] = $argv[2];
$_SERVER['REQUEST_URI'] = '/';
require_once ABSPATH . 'wp-load.php';
$spec = json_decode(file_get_contents($argv[3]), true);
$uploads = wp_upload_dir();
wp_defer_term_counting(true);
foreach ($spec['posts'] as $i => $files) {
    $blocks = "<!-- wp:paragraph -->\n<p>Report number $i from the region.</p>\n<!-- /wp:paragraph -->\n\n";
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
    $post = wp_insert_post(['post_title' => "Report $i", 'post_excerpt' => "Teaser of report $i.",
        'post_content' => $blocks, 'post_status' => 'pending', 'post_author' => $spec['author'],
        'post_category' => [$spec['category']]], true);
    if (is_wp_error($post)) { fwrite(STDERR, $post->get_error_message()); exit(1); }
    set_post_thumbnail($post, $ids[0]);
}
echo "ok";
"""


def make_posts(site: wpsite.WordPressSite, count: int) -> None:
    uploads = site.root / "docroot" / "wp-content" / "uploads"
    posts = []
    for i in range(count):
        files = []
        for n in range(2):
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
                   capture_output=True, timeout=600)


def timed_pull(client: WordPressClient, ws: Path) -> tuple[float, int, int]:
    counter = {"requests": 0}
    original = client._send_once

    def counting(method: str, route: str, **kwargs: object) -> object:
        counter["requests"] += 1
        return original(method, route, **kwargs)

    client._send_once = counting  # type: ignore[method-assign,assignment]
    before = client.downloads
    start = time.perf_counter()
    job = PullJob(client, "bench", ArticleStore(ws), None, PullOptions(statuses=["pending"]))
    items = job.run()
    elapsed = time.perf_counter() - start
    client._send_once = original  # type: ignore[method-assign]
    assert not job.failures, job.failures[:3]
    print(f"  {len(items)} posts: {', '.join(sorted({i.outcome for i in items}))}")
    return elapsed, client.downloads - before, counter["requests"]


def main() -> int:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    missing = wpsite.missing_packages()
    if missing:
        print(f"missing Debian packages: {', '.join(missing)}; {wpsite.INSTALL_HINT}")
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        site = wpsite.start_wordpress(Path(tmp) / "wp")
        try:
            t0 = time.perf_counter()
            make_posts(site, count)
            print(f"made {count} pending posts with 2 images each in {time.perf_counter() - t0:.1f} s")
            user = site.user("editor")
            client = WordPressClient(site.url, user.login, user.app_password, site_name="bench")
            ws = Path(tmp) / "ws"
            ws.mkdir()
            first, first_downloads, first_requests = timed_pull(client, ws)
            print(f"first pull:  {first:6.2f} s, {first_downloads} image downloads, {first_requests} API requests")
            again, again_downloads, again_requests = timed_pull(client, ws)
            print(f"second pull: {again:6.2f} s, {again_downloads} image downloads, {again_requests} API requests "
                  f"(nothing changed)")
            print(f"second / first: {again / first * 100:.1f} % (goal: under 10 %, no download)")
        finally:
            site.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
