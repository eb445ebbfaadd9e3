"""Child of test_crash.py: saves numbered versions of one article in a loop until it is killed.

Usage: crash_child.py WORKSPACE FIRST_VERSION. Prints "ready" once imported, then the number of each version
right after its save returned (written unbuffered, so the parent knows the last completed save).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from sr_editor.core.article.article import Article
from sr_editor.core.storage.store import ArticleStore

BUNDLE = "crash-story"


def version_article(number: int) -> Article:
    """Alternating small and large versions, growing to about 200 KB, each one recognisable by number."""
    size = 200 + (number * 7919) % 2000 if number % 2 else 20_000 + (number * 104_729) % 180_000
    line = f"Line of version {number}, with trailing spaces   \n"
    body = line * (size // len(line) + 1)
    return Article(meta={"title": f"Version {number}", "slug": BUNDLE, "version": number}, body=body)


def main() -> None:
    root = Path(sys.argv[1])
    number = int(sys.argv[2])
    store = ArticleStore(root)  # with the workspace's local history, as in the app
    bundle = root / BUNDLE
    os.write(1, b"ready\n")
    while True:
        store.save(bundle, version_article(number), store.disk_hash(bundle))
        os.write(1, f"{number}\n".encode())
        number += 1


if __name__ == "__main__":
    main()
