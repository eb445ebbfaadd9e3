"""Alt-text queue: first and incremental sync of a large media library, and Enter-to-next-image latency.

Run: python benchmarks/bench_altqueue.py [--media 20000] [--images 60]
Starts a local WordPress like the test fixture, fills its media library with a server-side PHP script (multi-row
SQL inserts: 20,000 items take seconds, where the REST API would take an hour), then times the engine's first
sync (every page, with progress) and an incremental sync after 50 items changed. Then opens the queue window
offscreen on a workspace of photo-sized JPEGs and times Enter -> next image painted, with a typing pause
(prefetch has time to decode) and back to back.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests" / "support")]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import wpsite  # noqa: E402

from sr_editor.core.storage.store import ArticleStore  # noqa: E402
from sr_editor.publish.alt.engine import AltEngine  # noqa: E402
from sr_editor.publish.wordpress.client import WordPressClient  # noqa: E402

BULK_PHP = r"""<?php
define('ABSPATH', $argv[1] . '/');
$_SERVER['HTTP_HOST'] = $argv[2];
$_SERVER['REQUEST_URI'] = '/';
require_once ABSPATH . 'wp-load.php';
global $wpdb;
$mode = $argv[3]; $count = (int) $argv[4];
if ($mode === 'create') {
    $now = current_time('mysql'); $gmt = current_time('mysql', 1); $base = home_url('/wp-content/uploads/');
    for ($start = 0; $start < $count; $start += 1000) {
        $rows = [];
        for ($i = $start; $i < min($count, $start + 1000); $i++) {
            $name = "bulk-$i.jpg";
            $rows[] = $wpdb->prepare("(1,%s,%s,'',%s,'','inherit','closed','closed',%s,%s,%s,'',%s,"
                . "'attachment','image/jpeg','','','','')",
                $now, $gmt, "Bulk $i", "bulk-$i", $now, $gmt, $base . $name);
        }
        $wpdb->query("INSERT INTO {$wpdb->posts} (post_author,post_date,post_date_gmt,post_content,post_title,"
            . "post_excerpt,post_status,comment_status,ping_status,post_name,post_modified,post_modified_gmt,"
            . "post_content_filtered,guid,post_type,post_mime_type,to_ping,pinged,post_password,post_parent) VALUES "
            . implode(',', $rows));
    }
    echo $wpdb->get_var("SELECT COUNT(*) FROM {$wpdb->posts} WHERE post_type='attachment'");
} else {
    $ids = $wpdb->get_col("SELECT ID FROM {$wpdb->posts} WHERE post_type='attachment' ORDER BY ID LIMIT $count");
    foreach ($ids as $id) { update_post_meta($id, '_wp_attachment_image_alt', "Changed $id");
        wp_update_post(['ID' => $id, 'post_excerpt' => "changed"]); }
    echo count($ids);
}
"""


def php(site: wpsite.WordPressSite, *args: str) -> str:
    script = site.root / "bulk.php"
    script.write_text(BULK_PHP)
    host = site.url.split("//", 1)[1]
    done = subprocess.run(["php", "-d", "memory_limit=512M", str(script), str(site.root / "docroot"), host, *args],
                          capture_output=True, text=True, check=True, timeout=900)
    return done.stdout.strip()


def bench_sync(count: int) -> None:
    with tempfile.TemporaryDirectory(prefix="bench-alt-") as folder:
        site = wpsite.start_wordpress(Path(folder) / "wp")
        try:
            start = time.perf_counter()
            total = php(site, "create", str(count))
            print(f"created {count} media items server-side in {time.perf_counter() - start:.1f} s "
                  f"(library now {total})")
            user = site.user("editor")
            workspace = Path(folder) / "ws"
            workspace.mkdir()

            def connect(name: str) -> WordPressClient:
                return WordPressClient(site.url, user.login, user.app_password, site_name=name)

            engine = AltEngine(workspace, ArticleStore(workspace), lambda: [], connect)
            pages: list[int] = []
            start = time.perf_counter()
            first = engine.sync("bench", lambda msg, done, all_: pages.append(done), pictures=False)
            first_s = time.perf_counter() - start
            print(f"first sync: {first.media} media, {first.posts} posts in {first_s:.1f} s "
                  f"({len(pages)} progress reports, {first.media / first_s:.0f} items/s)")
            start = time.perf_counter()
            listed = len(engine.site_items("bench"))
            took = (time.perf_counter() - start) * 1000
            print(f"queue listed from the synced cache: {listed} items in {took:.0f} ms")
            time.sleep(3)  # past the sync cursor's overlap
            php(site, "touch", "50")
            start = time.perf_counter()
            again = AltEngine(workspace, ArticleStore(workspace), lambda: [], connect).sync("bench", pictures=False)
            print(f"incremental sync after 50 changes: {again.media} media fetched in "
                  f"{time.perf_counter() - start:.2f} s")
        finally:
            site.stop()


def bench_latency(images: int) -> None:
    from PIL import Image
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from sr_editor.gui.alt.queue_controller import QueueController
    from sr_editor.gui.alt.queue_window import QueueWindow

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory(prefix="bench-altq-") as folder:
        root = Path(folder)
        bundle = root / "photos"
        bundle.mkdir()
        body = ""
        for i in range(images):
            Image.effect_noise((3000, 2000), 30 + i % 20).convert("RGB").save(bundle / f"p{i}.jpg", quality=88)
            body += f"Paragraph {i}.\n\n![](p{i}.jpg)\n\n"
        (bundle / "index.md").write_text(f"---\ntitle: Photos\nregions: [Asia]\n---\n{body}")
        engine = AltEngine(root, ArticleStore(root, keep_history=False), lambda: [bundle])
        controller = QueueController(engine)
        window = QueueWindow(controller, [])
        window.show()
        controller.set_items(engine.items())
        for pause, label in ((0.6, "with a 0.6 s typing pause"), (0.0, "back to back")):
            samples = _enter_latencies(app, window, QTest, Qt, pause, images // 2)
            samples.sort()
            print(f"Enter -> next image on screen, {label}: median {statistics.median(samples):.1f} ms, "
                  f"p99 {samples[min(len(samples) - 1, int(len(samples) * 0.99))]:.1f} ms, "
                  f"max {samples[-1]:.1f} ms (n={len(samples)}, 3000x2000 JPEGs)")
        controller.wait()
        window.close()


def _enter_latencies(app: object, window: object, qtest: object, qt: object, pause: float, count: int) -> list[float]:
    samples: list[float] = []
    for _ in range(count):
        end = time.monotonic() + pause
        while time.monotonic() < end:
            app.processEvents()  # type: ignore[attr-defined]
            time.sleep(0.005)
        controller = window.controller  # type: ignore[attr-defined]
        if controller.current() is None:
            break
        window.edit.setText("A described photo")  # type: ignore[attr-defined]
        start = time.perf_counter()
        qtest.keyClick(window.edit, qt.Key.Key_Return)  # type: ignore[attr-defined]
        item = controller.current()
        while item is not None and window.image.image.isNull():  # type: ignore[attr-defined]
            app.processEvents()  # type: ignore[attr-defined]
        window.image.repaint()  # type: ignore[attr-defined]
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--media", type=int, default=20000)
    parser.add_argument("--images", type=int, default=60)
    parser.add_argument("--skip-sync", action="store_true")
    args = parser.parse_args()
    if not args.skip_sync:
        missing = wpsite.missing_packages()
        if missing:
            print(f"skipping the sync benchmark, missing: {', '.join(missing)}")
        else:
            bench_sync(args.media)
    bench_latency(args.images)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
