"""Hashing articles gives SHA-256 as everyone computes it, without loading OpenSSL into the window."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

from sr_editor.core.digest import sha256_hex

SRC = Path(__file__).resolve().parents[2] / "src"


def test_the_digest_is_sha256_in_hex() -> None:
    for data in (b"", b"---\ntitle: Kenya\n---\nBody\n", bytes(range(256)) * 1000):
        assert sha256_hex(data) == hashlib.sha256(data).hexdigest()


def test_opening_saving_and_locking_articles_loads_no_openssl() -> None:
    script = (
        "import sys\n"
        "import sr_editor.core.storage.workspace, sr_editor.core.storage.lock, sr_editor.core.storage.recovery\n"
        "from sr_editor.core.digest import sha256_hex\n"
        "sha256_hex(b'text')\n"
        "print(sorted({'hashlib', '_hashlib', 'hmac', 'secrets', 'ssl'} & set(sys.modules)))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": str(SRC), "PATH": "/usr/bin:/bin"}, timeout=60)
    assert out.stdout.strip() == "[]"
