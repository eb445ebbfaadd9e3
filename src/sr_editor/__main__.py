"""`python -m sr_editor` does what the `sr-editor` command does."""

from __future__ import annotations

import multiprocessing
import sys

from sr_editor.cli.main import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a frozen build's preview child process must not start a second app
    sys.exit(main())
