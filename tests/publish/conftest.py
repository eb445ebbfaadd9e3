"""Unit tests of publish/: fake HTTP transport and in-memory credentials; no network, no keyring."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
