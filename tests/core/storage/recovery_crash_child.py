"""Child of test_recovery_crash.py: writes large recovery snapshots of one article in a loop until killed.

Usage: recovery_crash_child.py STATE_DIR. Prints "ready" once imported.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from sr_editor.core.storage.recovery import RecoveryStore


def main() -> None:
    recovery = RecoveryStore(Path(sys.argv[1]))
    text = "Unsaved paragraph of a long article.\n" * 20_000  # about 750 KB, like a long article
    os.write(1, b"ready\n")
    number = 0
    while True:
        recovery.store(Path("/ws/story"), f"{text}{number}", None)
        number += 1


if __name__ == "__main__":
    main()
