"""Secret Service tests reuse the real-WordPress fixture of tests/wordpress."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1] / "wordpress"))

from wp_fixture import wordpress, wordpress_61, wordpress_67  # noqa: F401
