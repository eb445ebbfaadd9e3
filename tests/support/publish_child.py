"""One publish in its own process, for the two-process test: `python publish_child.py WORKSPACE BUNDLE URL LOGIN
GO_FILE`; the Application Password comes in the environment (SR_TEST_APP_PASSWORD), never on the command line.
Prints `ready`, waits until GO_FILE exists (so that two children start together), then prints `ok <post id>`
or `error <sentence>`."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from wp_helpers import core_collaborators, core_store

from sr_editor.core.errors import SrEditorError
from sr_editor.publish.sync.flow import PublishJob, PublishOptions
from sr_editor.publish.wordpress.client import WordPressClient
from sr_editor.publish.wordpress.terms import fetch_terms


def main() -> int:
    workspace, bundle, url, login, go = sys.argv[1:6]
    client = WordPressClient(url, login, os.environ["SR_TEST_APP_PASSWORD"], site_name="test")
    terms = fetch_terms(client)
    client.me()  # everything up to the publish itself is done before the start signal
    print("ready", flush=True)
    for _ in range(6000):
        if Path(go).exists():
            break
        time.sleep(0.01)
    job = PublishJob(client, "test", core_store(Path(workspace)), Path(bundle), terms, PublishOptions(),
                     collaborators=core_collaborators())
    try:
        result = job.run()
    except SrEditorError as exc:
        print(f"error {exc}")
        return 1
    print(f"ok {result.post_id}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
