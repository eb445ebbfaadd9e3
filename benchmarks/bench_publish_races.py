"""Races and slow sites against a local WordPress (issue 10, items 13 and 15), as counts.

Run: python benchmarks/bench_publish_races.py [ROUNDS]   (SR_SRC=/path/to/src measures another checkout)
Prints (1) in how many of ROUNDS rounds two processes publishing one article at once uploaded an image twice, and
(2) how many posts exist after a create that WordPress carries out 3 s after the client gave up (1 s timeout),
followed by an immediate retry.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = os.environ.get("SR_SRC", str(ROOT / "src"))
sys.path[:0] = [SRC, str(ROOT / "tests" / "support")]

import wpsite  # noqa: E402
from publish_fakes import make_photo, write_article  # noqa: E402
from slowproxy import SlowProxy  # noqa: E402

from sr_editor.core.errors import SrEditorError  # noqa: E402
from sr_editor.core.storage.store import ArticleStore  # noqa: E402
from sr_editor.publish.sync.flow import Collaborators, PublishJob, PublishOptions  # noqa: E402
from sr_editor.publish.wordpress.client import WordPressClient  # noqa: E402
from sr_editor.publish.wordpress.media import file_sha256  # noqa: E402
from sr_editor.publish.wordpress.terms import fetch_terms  # noqa: E402

CHILD = ROOT / "tests" / "support" / "publish_child.py"


def article(ws: Path, u: str) -> Path:
    bundle = ws / f"race-{u}"
    bundle.mkdir(parents=True)
    make_photo(bundle / "lead.jpg", (int(u[:2], 16), 20, 200))
    make_photo(bundle / "inside.jpg", (30, int(u[2:4], 16), 60))
    front = f"title: Race {u}\nexcerpt: x\nregions: [Africa]\nfeatured_image:\n  src: lead.jpg\n  alt: Lead {u}\n"
    return write_article(bundle, front, f"Text.\n\n![Inside {u}](inside.jpg)\n")


def two_at_once(site: wpsite.WordPressSite, ws: Path, bundle: Path, go: Path) -> None:
    user = site.user("editor")
    env = {**os.environ, "SR_TEST_APP_PASSWORD": user.app_password, "PYTHONPATH": SRC}
    children = [subprocess.Popen([sys.executable, str(CHILD), str(ws), str(bundle), site.url, user.login, str(go)],
                                 stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
                for _ in range(2)]
    for child in children:
        assert child.stdout is not None
        child.stdout.readline()
    go.touch()
    for child in children:
        child.communicate(timeout=300)


def races(site: wpsite.WordPressSite, ws: Path, rounds: int) -> None:
    admin = WordPressClient(site.url, "admin", site.user("administrator").app_password, site_name="test")
    doubled = 0
    for number in range(rounds):
        u = uuid.uuid4().hex[:8]
        bundle = article(ws, u)
        two_at_once(site, ws, bundle, ws / f"go-{u}")
        counts = [len(admin.get("/wp/v2/media", {"search": file_sha256(bundle / n)[:12], "_fields": "id"}))
                  for n in ("lead.jpg", "inside.jpg")]
        doubled += any(c > 1 for c in counts)
        print(f"  round {number + 1}: uploads per image {counts}")
    print(f"two processes publishing one article at once: a duplicate upload in {doubled} of {rounds} rounds")


def slow_create(site: wpsite.WordPressSite, ws: Path) -> None:
    user = site.user("editor")
    u = uuid.uuid4().hex[:8]
    bundle = article(ws, u)
    store, core = ArticleStore(ws), Collaborators.default()
    port = int(site.url.rsplit(":", 1)[1])
    with SlowProxy(port, lambda line: line.startswith("POST /wp-json/wp/v2/posts?"), hold=3.0) as proxy:
        client = WordPressClient(proxy.url, user.login, user.app_password, site_name="test", timeout=(5.0, 1.0))
        try:
            PublishJob(client, "test", store, bundle, fetch_terms(client), PublishOptions(), collaborators=core).run()
            first = "succeeded"
        except SrEditorError as exc:
            first = f"failed ({type(exc).__name__})"
            direct = WordPressClient(site.url, user.login, user.app_password, site_name="test")
            try:
                PublishJob(direct, "test", store, bundle, fetch_terms(direct), PublishOptions(),
                           collaborators=core).run()
            except SrEditorError as again:
                first += f", immediate retry failed ({type(again).__name__})"
    admin = WordPressClient(site.url, "admin", site.user("administrator").app_password, site_name="test")
    posts = admin.get("/wp/v2/posts", {"search": f"Race {u}", "status": "any", "_fields": "id"})
    print(f"create held 3 s past a 1 s timeout: first publish {first}; posts on the site: {len(posts)}")


if __name__ == "__main__":
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    with tempfile.TemporaryDirectory() as folder:
        site = wpsite.start_wordpress(Path(folder) / "wp")
        try:
            workspace = Path(folder) / "ws"
            workspace.mkdir()
            slow_create(site, workspace)
            races(site, workspace, rounds)
        finally:
            site.stop()
