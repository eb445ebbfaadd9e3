"""Run PHP inside the test site's WordPress (php-cli, wp-load.php) for checks the REST API cannot make."""

from __future__ import annotations

import json
import subprocess
import uuid
from typing import Any

import wpsite

_PROLOGUE = r"""<?php
define('ABSPATH', $argv[1] . '/');
$_SERVER['HTTP_HOST'] = $argv[2];
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';
require_once ABSPATH . 'wp-load.php';
$input = json_decode(file_get_contents($argv[3]), true);
"""


def run_wp_php(site: wpsite.WordPressSite, body: str, data: Any, timeout: float = 120) -> Any:
    """`body` reads `$input` (the JSON-decoded `data`) and echoes one JSON document, which is returned."""
    token = uuid.uuid4().hex[:8]
    script = site.root / f"check-{token}.php"
    source = site.root / f"check-{token}.json"
    script.write_text(_PROLOGUE + body)
    source.write_text(json.dumps(data))
    try:
        done = subprocess.run(
            ["php", "-d", "display_errors=stderr", str(script), str(site.root / "docroot"),
             site.url.removeprefix("http://"), str(source)],
            capture_output=True, text=True, check=False, timeout=timeout,
        )
    finally:
        script.unlink(missing_ok=True)
        source.unlink(missing_ok=True)
    if done.returncode != 0:
        raise RuntimeError(f"PHP failed: {done.stderr.strip()[-2000:]}")
    return json.loads(done.stdout[done.stdout.find("{"):])
