"""test_flow_lying_site.py reuses the fake site and fixtures of test_flow.py in this folder."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
