"""sr-editor: write articles offline in Markdown and publish them to a WordPress news site."""

from __future__ import annotations

__version__ = "0.1.0"
