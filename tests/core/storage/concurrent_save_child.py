"""Child of test_concurrent_saves.py: load -> append one line -> save, in a loop, as a second program would.

Usage: concurrent_save_child.py BUNDLE NAME ROUNDS START_FILE. Waits for START_FILE (so both children start
together), then for each round appends `NAME-i` to the body and saves with the loaded hash, retrying on an
external change. Prints each acknowledged line.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from sr_editor.core.errors import ExternalChangeError
from sr_editor.core.storage.store import ArticleStore


def main() -> None:
    bundle, name, rounds, start = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]), Path(sys.argv[4])
    store = ArticleStore(bundle.parent)
    while not start.exists():
        time.sleep(0.001)
    for number in range(rounds):
        line = f"{name}-{number}"
        while True:
            loaded = store.load(bundle)
            article = loaded.article
            article.body = f"{article.body}{line}\n"
            try:
                store.save(bundle, article, loaded.disk_hash)
            except ExternalChangeError:
                continue
            os.write(1, f"{line}\n".encode())
            break


if __name__ == "__main__":
    main()
