"""Child of test_alt_state_races.py: queue descriptions and mark some sent, as `alt set` and `alt sync` do.

Usage: outbox_race_child.py WORKSPACE NAME ROUNDS START_FILE. Waits for START_FILE (so both children start
together), then for each round queues `NAME-i` for its own image and marks every other one sent, each through a
fresh Outbox (a new command) or the same one (a window). Prints each acknowledged description, with `sent`
when it was marked sent.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from sr_editor.core.alt.state import SENT, Outbox


def main() -> None:
    workspace, name, rounds, start = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]), Path(sys.argv[4])
    window = Outbox(workspace)
    while not start.exists():
        time.sleep(0.001)
    for number in range(rounds):
        outbox = window if number % 3 else Outbox(workspace)
        alt = f"{name}-{number}"
        entry = outbox.add(f"s:media:{name}{number}", "s", number, alt, False)
        if number % 2:
            outbox.mark(entry, SENT, "", ["sent"])
            os.write(1, f"{alt} sent\n".encode())
        else:
            os.write(1, f"{alt} waiting\n".encode())


if __name__ == "__main__":
    main()
