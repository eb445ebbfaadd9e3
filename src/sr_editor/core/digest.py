"""SHA-256 without OpenSSL: the window hashes every article it opens, saves and locks, and `hashlib` loads OpenSSL's
libcrypto (~2 MiB of the process) to do it. CPython's own SHA-256 gives the same digests; `hashlib` is the
fallback where that private module is missing (it is `_sha2` from Python 3.12)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

try:
    from _sha256 import sha256 as _sha256  # type: ignore[import-not-found,unused-ignore]
except ImportError:  # pragma: no cover - Python 3.12+
    try:
        from _sha2 import sha256 as _sha256  # type: ignore[import-not-found,no-redef,unused-ignore]
    except ImportError:
        from hashlib import sha256 as _sha256  # type: ignore[assignment,unused-ignore]

_new: Callable[[bytes], Any] = _sha256


def sha256_hex(data: bytes) -> str:
    """The SHA-256 of `data` as 64 hex digits."""
    digest: str = _new(data).hexdigest()
    return digest
