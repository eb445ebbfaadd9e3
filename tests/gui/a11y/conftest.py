"""Accessibility tests: the walker in a11y_walk.py; the window fixtures come from tests/gui/conftest.py."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
