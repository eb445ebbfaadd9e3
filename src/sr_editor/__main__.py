"""`python -m sr_editor` does what the `sr-editor` command does."""

from __future__ import annotations

import sys

from sr_editor.cli import main

if __name__ == "__main__":
    sys.exit(main())
