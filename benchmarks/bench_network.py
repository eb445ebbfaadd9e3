"""The network flows at a real distance: a local WordPress behind a proxy that adds 80 ms of round trip and caps
the link at 20 Mbit/s each way (distance_proxy.py), against the floor of each flow.

Run: python benchmarks/bench_network.py [--rtt MS] [--mbit N] [--posts N] [--media N] [--flows a,b]
[--log] [--src DIR] (needs the Debian packages of packaging/test-debian-packages.txt; takes a few minutes).

For each flow it prints the time, the requests and bytes the proxy saw, the most requests in flight at once, and
the floor: the bytes over the bandwidth, plus the round trips that cannot overlap (a connection, then each step
that needs the answer of the one before), plus the site's own work spread over the requests PHP serves at once.
The site's work ("site cpu") is the CPU time its PHP and MariaDB processes spent on the flow, read from /proc in
the same run (the machine is shared: wall time at no distance grew with the load; CPU time barely does). "local"
is the flow's own time with no distance, for comparison: it also holds the client's work between requests. The
site's URL is the proxy's, so every link the site hands out (images, media) goes through the same distance. --log
prints each flow's requests at the distance (when each began and ended, on which connection): what still waits on
what.
"""

from __future__ import annotations

import argparse
import importlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# --src DIR: the sr_editor to measure (another checkout's src/, for a before-and-after on the same machine)
SRC = next((sys.argv[i + 1] for i, arg in enumerate(sys.argv[:-1]) if arg == "--src"), str(ROOT / "src"))
sys.path[:0] = [SRC, str(ROOT / "benchmarks"), str(ROOT / "tests" / "support"),
                str(ROOT / "tests" / "wordpress")]
importlib.import_module("sr_editor")  # from SRC, before the helpers below put their own checkout's src/ in front

import wpsite  # noqa: E402
from bench_altqueue import php as bulk_php  # noqa: E402
from bench_publish import make_article  # noqa: E402
from bench_pull import make_posts  # noqa: E402
from distance_proxy import DistanceProxy, Logged  # noqa: E402

import sr_editor  # noqa: E402
from sr_editor.core.storage.store import ArticleStore  # noqa: E402
from sr_editor.publish.alt.engine import AltEngine  # noqa: E402
from sr_editor.publish.sync.flow import PublishJob, PublishOptions  # noqa: E402
from sr_editor.publish.sync.pull import PullJob, PullOptions  # noqa: E402
from sr_editor.publish.wordpress.client import WordPressClient  # noqa: E402
from sr_editor.publish.wordpress.terms import fetch_terms  # noqa: E402

PHP_WORKERS = 2  # PHP_CLI_SERVER_WORKERS of the test site: the requests it serves at once

# Round trips no client can overlap, per flow: the connection, then each step that needs the answer of the one
# before (a listing before the items it names, an upload before the post that shows it).
DEPENDENT_TRIPS = {
    "first pull": 4,  # connect, the listing, the posts' media and terms, the image files
    "second pull": 2,  # connect, the listing (nothing changed)
    "publish 5 photos": 5,  # connect, the account, the site's copy, the uploads, the post
    "republish, one word": 3,  # connect, the site's copy, the update
    "first alt sync": 3,  # connect, the first media page (it tells how many), the rest and the posts
    "alt set, 20 posts": 4,  # connect, the media item, the posts that show it, their updates
}

USED_IN_20_PHP = r"""<?php
define('ABSPATH', $argv[1] . '/');
$_SERVER['HTTP_HOST'] = $argv[2];
$_SERVER['REQUEST_URI'] = '/';
require_once ABSPATH . 'wp-load.php';
$uploads = wp_upload_dir();
$file = $uploads['path'] . '/shared.jpg';
copy($argv[3], $file);
$id = wp_insert_attachment(['post_mime_type' => 'image/jpeg', 'post_title' => 'shared', 'post_status' => 'inherit',
    'guid' => $uploads['url'] . '/shared.jpg'], $file);
$url = $uploads['url'] . '/shared.jpg';
for ($i = 0; $i < 20; $i++) {
    $content = "<!-- wp:paragraph -->\n<p>Story $i.</p>\n<!-- /wp:paragraph -->\n\n"
        . "<!-- wp:image {\"id\":$id} -->\n<figure class=\"wp-block-image\"><img src=\"$url\" alt=\"\" "
        . "class=\"wp-image-$id\"/></figure>\n<!-- /wp:image -->";
    wp_insert_post(['post_title' => "Uses the shared image $i", 'post_content' => $content,
        'post_status' => 'publish', 'post_author' => 1], true);
}
echo $id;
"""


@dataclass
class Measure:
    seconds: float
    site_cpu: float  # CPU seconds the site (PHP and MariaDB) spent on the flow
    log: list[Logged]
    requests: int
    bytes_up: int
    bytes_down: int
    most_in_flight: int
    connections: int


def measured(proxy: DistanceProxy, site: wpsite.WordPressSite, run: Callable[[], object]) -> Measure:
    proxy.stats.reset()
    cpu = site_cpu(site)
    start = time.perf_counter()
    run()
    took = time.perf_counter() - start
    s = proxy.stats
    return Measure(took, site_cpu(site) - cpu, list(s.log), s.requests, s.bytes_up, s.bytes_down,
                   s.most_in_flight, s.connections)


def site_cpu(site: wpsite.WordPressSite) -> float:
    """CPU seconds the site has used so far: every process of the PHP server's and MariaDB's process groups (each
    runs in its own; PHP's workers are forks of the server), read from /proc."""
    groups = {proc.pid for proc in site._procs}
    ticks = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue  # a process that ended meanwhile
        if len(fields) > 14 and int(fields[2]) in groups:  # pgrp; then utime, stime, cutime, cstime
            ticks += sum(int(value) for value in fields[11:15])
    return ticks / os.sysconf("SC_CLK_TCK")


def put_site_behind(site: wpsite.WordPressSite, proxy: DistanceProxy) -> None:
    """The site's own URL becomes the proxy's, so the links it hands out go through the distance too."""
    config = site.root / "docroot" / "wp-config.php"
    config.write_text(config.read_text().replace(site.url, proxy.url))
    site.url = proxy.url


def shared_image(site: wpsite.WordPressSite, tmp: Path) -> int:
    from PIL import Image

    photo = tmp / "shared.jpg"
    Image.effect_noise((1200, 800), 40).convert("RGB").save(photo, "JPEG", quality=85)
    script = site.root / "shared.php"
    script.write_text(USED_IN_20_PHP)
    host = site.url.split("//", 1)[1]
    done = subprocess.run(["php", str(script), str(site.root / "docroot"), host, str(photo)], check=True,
                          capture_output=True, text=True, timeout=300)
    return int(re.findall(r"\d+", done.stdout)[-1])


class Flows:
    """Each flow once, in a workspace of its own, with the proxy set to the distance wanted."""

    def __init__(self, site: wpsite.WordPressSite, tmp: Path, shared_media: int) -> None:
        self.site, self.tmp, self.shared_media = site, tmp, shared_media
        self.rounds = 0
        self.wanted: set[str] = set(DEPENDENT_TRIPS)

    def client(self, name: str = "bench") -> WordPressClient:
        user = self.site.user("editor")
        return WordPressClient(self.site.url, user.login, user.app_password, site_name=name)

    def run_all(self, proxy: DistanceProxy) -> dict[str, Measure]:
        self.rounds += 1
        ws = self.tmp / f"round-{self.rounds}"
        pulled, published, alt = ws / "pulled", ws / "published", ws / "alt"
        for folder in (pulled, published, alt):
            folder.mkdir(parents=True)
        results: dict[str, Measure] = {}

        def run(name: str, flow: Callable[[], object]) -> None:
            if name in self.wanted:
                results[name] = measured(proxy, self.site, flow)

        def pull() -> None:
            job = PullJob(self.client(), "bench", ArticleStore(pulled), None, PullOptions(statuses=["pending"]))
            job.run()
            assert not job.failures, job.failures[:3]

        run("first pull", pull)
        run("second pull", pull)
        bundle = make_article(published)
        terms = fetch_terms(self.client())

        def publish() -> None:
            PublishJob(self.client(), "bench", ArticleStore(published), bundle, terms, PublishOptions()).run()

        if "republish, one word" in self.wanted and "publish 5 photos" not in self.wanted:
            publish()  # the republish needs a first publish, unmeasured
        run("publish 5 photos", publish)
        index = bundle / "index.md"
        index.write_text(index.read_text().replace("started at dawn", f"started at dawn ({self.rounds})"))
        run("republish, one word", publish)

        engine = AltEngine(alt, ArticleStore(alt), lambda: [], lambda name: self.client(name))
        if "alt set, 20 posts" in self.wanted and "first alt sync" not in self.wanted:
            engine.sync("bench", pictures=False)  # the alt set works from a synced queue, unmeasured
        run("first alt sync", lambda: engine.sync("bench", pictures=False))
        text = f"A street corner in the rain, round {self.rounds}"
        run("alt set, 20 posts", lambda: engine.set_alt(f"bench:media:{self.shared_media}", text))
        return results


def print_log(name: str, log: list[Logged]) -> None:
    """The requests of one flow in the order they began; a request that began before the previous one ended
    overlapped it."""
    print(f"\n{name}: {len(log)} requests")
    if not log:
        return
    zero = log[0].began
    for entry in log:
        target = entry.target if len(entry.target) <= 110 else entry.target[:107] + "..."
        print(f"  {1000 * (entry.began - zero):7.0f} {1000 * (entry.ended - zero):7.0f} ms  conn {entry.connection:<4} "
              f"{entry.status:<4} {entry.method} {target}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rtt", type=float, default=80.0, help="round trip in ms (default 80)")
    parser.add_argument("--mbit", type=float, default=20.0, help="bandwidth each way in Mbit/s (default 20)")
    parser.add_argument("--posts", type=int, default=200, help="posts with 2 images each to pull (default 200)")
    parser.add_argument("--media", type=int, default=2000, help="media items for the alt sync (default 2000)")
    parser.add_argument("--flows", default="", help="comma-separated flow names or words in them (default all), "
                        "e.g. --flows publish,alt")
    parser.add_argument("--log", action="store_true", help="print each flow's requests at the distance: when each "
                        "began and ended (ms from the first), its connection, status and line")
    parser.add_argument("--src", default=str(ROOT / "src"), help="the src/ folder whose sr_editor is measured")
    args = parser.parse_args()
    picked = [w.strip().lower() for w in args.flows.split(",") if w.strip()]
    wanted = {name for name in DEPENDENT_TRIPS if not picked or any(w in name for w in picked)}
    if not wanted:
        print(f"no flow matches {args.flows!r}; the flows are: {', '.join(DEPENDENT_TRIPS)}")
        return 1
    print(f"measuring {Path(sr_editor.__file__).parent}")
    missing = wpsite.missing_packages()
    if missing:
        print(f"missing Debian packages: {', '.join(missing)}; {wpsite.INSTALL_HINT}")
        return 1
    tmp = Path(tempfile.mkdtemp(prefix="bench-net-"))
    site = wpsite.start_wordpress(tmp / "wp")
    try:
        with DistanceProxy(int(site.url.rsplit(":", 1)[1]), rtt=0.0, mbit=100_000) as proxy:
            put_site_behind(site, proxy)
            start = time.perf_counter()
            make_posts(site, args.posts, 2)
            bulk_php(site, "create", str(args.media))
            shared = shared_image(site, tmp)
            print(f"site ready: {args.posts} posts with 2 images, {args.media} media items, one image in 20 posts "
                  f"({time.perf_counter() - start:.0f} s)")
            flows = Flows(site, tmp, shared)
            flows.wanted = wanted
            local = flows.run_all(proxy)  # no distance, for comparison
            proxy.set_distance(args.rtt / 1000, args.mbit)
            far = flows.run_all(proxy)
        print(f"\nat {args.rtt:.0f} ms round trip, {args.mbit:g} Mbit/s each way (PHP serves {PHP_WORKERS} at once)")
        print(f"{'flow':<22} {'time':>8} {'floor':>8} {'x floor':>8} {'requests':>9} {'conns':>6} {'in flight':>9} "
              f"{'MB down':>8} {'MB up':>7} {'site cpu':>8} {'local':>7}")
        for name, m in far.items():
            floor = (max(m.bytes_up, m.bytes_down) / proxy.rate + DEPENDENT_TRIPS[name] * proxy.rtt
                     + m.site_cpu / PHP_WORKERS)
            print(f"{name:<22} {m.seconds:7.2f}s {floor:7.2f}s {m.seconds / floor:7.2f}x {m.requests:>9} "
                  f"{m.connections:>6} {m.most_in_flight:>9} {m.bytes_down / 1e6:8.2f} {m.bytes_up / 1e6:7.2f} "
                  f"{m.site_cpu:7.2f}s {local[name].seconds:6.2f}s")
        if args.log:
            for name, m in far.items():
                print_log(name, m.log)
    finally:
        site.stop()
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
