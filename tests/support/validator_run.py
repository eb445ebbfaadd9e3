"""Runs Gutenberg's block validator (validator/validate.js) under Node for a batch of post contents.

Two lines: "npm" (the pinned WordPress 6.7 packages in validator/node_modules) and "wp61" (WordPress 6.1.9's
own editor scripts from Debian's `wordpress` package). One Node process per line validates the whole batch.
`serialize` runs the same editors the other way: block specs -> the markup that line's editor saves.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).parent
VALIDATOR = HERE / "validator"
INSTALL = f"npm ci --prefix {VALIDATOR.relative_to(HERE.parents[1])}"
WP_DIST = Path("/usr/share/wordpress/wp-includes/js/dist")
LINES = ("wp61", "npm")
BAD_NAMES = {"core/freeform", "core/missing", "error"}


def missing_reason() -> str | None:
    if shutil.which("node") is None:
        return "Node.js is not installed (Node 20 + npm; Debian: apt-get install nodejs npm)"
    if not (VALIDATOR / "node_modules" / "@wordpress" / "blocks").is_dir():
        return f"the block validator's packages are not installed; run `{INSTALL}`"
    if not (WP_DIST / "blocks.js").is_file():
        return "WordPress 6.1's editor scripts are missing; apt-get install wordpress"
    return None


def require_validator() -> None:
    """Skip locally (naming the command), fail under CI, like the WordPress fixture."""
    reason = missing_reason()
    if reason is None:
        return
    if os.environ.get("CI"):
        pytest.fail(f"CI is set but {reason}")
    pytest.skip(reason)


def validate(line: str, docs: dict[str, str], timeout: float = 300) -> dict[str, list[dict[str, Any]]]:
    """{name: content} -> {name: [block, ...]} where each block is {name, isValid, issues, innerBlocks}."""
    proc = subprocess.run(
        ["node", str(VALIDATOR / "validate.js"), "--line", line],
        input=json.dumps(docs), capture_output=True, text=True, timeout=timeout, check=False,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"the {line} validator failed: {proc.stderr[-2000:]}")
    results: dict[str, list[dict[str, Any]]] = json.loads(proc.stdout)["results"]
    return results


def serialize(line: str, docs: dict[str, list[dict[str, Any]]], timeout: float = 300) -> dict[str, Any]:
    """{name: [{name, attributes, innerBlocks}, ...]} -> {"version", "results": {name: markup or None},
    "missing": {name: [block names the line does not know]}}, through createBlock() and serialize()."""
    proc = subprocess.run(
        ["node", str(VALIDATOR / "validate.js"), "--line", line, "--serialize"],
        input=json.dumps(docs), capture_output=True, text=True, timeout=timeout, check=False,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"the {line} serializer failed: {proc.stderr[-2000:]}")
    written: dict[str, Any] = json.loads(proc.stdout)
    return written


def problems(blocks: list[dict[str, Any]], path: str = "") -> Iterator[str]:
    """One line per invalid, Classic (freeform) or unknown (missing) block, recursively."""
    for block in blocks:
        where = f"{path}{block['name']}"
        if block["name"] in BAD_NAMES or not block["isValid"]:
            first = (block["issues"] or ["(no details)"])[0]
            yield f"{where}: {first[:300]}"
        yield from problems(block["innerBlocks"], where + " > ")


def names(blocks: list[dict[str, Any]]) -> list[str]:
    found: list[str] = []
    for block in blocks:
        found.append(block["name"])
        found.extend(names(block["innerBlocks"]))
    return found
