"""Two processes publishing the same article at the same moment (two windows, or a window and a command): each
image is uploaded once and there is one post (before the publish lock: a duplicate upload in 7 rounds of 10)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from publish_fakes import make_photo, write_article

from sr_editor.publish.wordpress.media import file_sha256

pytestmark = pytest.mark.wordpress  # the real site of tests/support/wordpress_fixtures.py

ROUNDS = 3
CHILD = Path(__file__).parents[2] / "support" / "publish_child.py"


def article(ws: Path, u: str) -> Path:
    bundle = ws / f"race-{u}"
    bundle.mkdir(parents=True)
    seed = int(u[:6], 16)
    make_photo(bundle / "lead.jpg", (seed % 256, 20, 200))
    make_photo(bundle / "inside.jpg", (30, (seed >> 8) % 256, 60))
    front = f"""
title: Race {u}
excerpt: Two publishes at once {u}
regions: [Africa]
featured_image:
  src: lead.jpg
  alt: Lead photo {u}
"""
    return write_article(bundle, front, f"Text.\n\n![Inside photo {u}](inside.jpg)\n")


def publish_twice_at_once(wordpress: Any, ws: Path, bundle: Path, go: Path) -> list[str]:
    user = wordpress.user("editor")
    env = {**os.environ, "SR_TEST_APP_PASSWORD": user.app_password}
    children = [
        subprocess.Popen([sys.executable, str(CHILD), str(ws), str(bundle), wordpress.url, user.login, str(go)],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        for _ in range(2)
    ]
    try:
        for child in children:
            assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        go.touch()
        return [" ".join(child.communicate(timeout=180)) for child in children]
    finally:
        for child in children:
            if child.poll() is None:
                child.kill()
                child.wait(10)


def test_two_processes_publishing_one_article_upload_each_image_once(
    wordpress: Any, client_as: Any, workspace_dir: Path, unique: str, tmp_path: Path
) -> None:
    admin = client_as("administrator")
    for round_number in range(ROUNDS):
        u = f"{unique}{round_number}"
        bundle = article(workspace_dir, u)
        outputs = publish_twice_at_once(wordpress, workspace_dir, bundle, tmp_path / f"go-{u}")
        assert all(out.startswith("ok ") for out in outputs), outputs
        assert len({out.split()[1] for out in outputs}) == 1, outputs  # the second publish updated the first's post
        for name in ("lead.jpg", "inside.jpg"):
            marker = file_sha256(bundle / name)[:12]  # in the uploaded file's name, hence its title
            copies = admin.get("/wp/v2/media", {"search": marker, "per_page": 100, "_fields": "id"})
            assert len(copies) == 1, f"round {round_number}: {len(copies)} uploads of {name}"
        posts = admin.get("/wp/v2/posts", {"search": f"Race {u}", "status": "any", "per_page": 100})
        assert len(posts) == 1
