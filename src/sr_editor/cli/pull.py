"""`sr-editor pull`: bring posts of a site into the workspace as ordinary bundles.

One line per post on stdout (`<bundle path> <post id> <created|updated|unchanged|conflict>`), or a JSON list with
`--json`; progress and notes on stderr. Ctrl+C stops between posts; running the same command again resumes.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from typing import Any

from sr_editor.core.errors import SrEditorError
from sr_editor.core.i18n import translate
from sr_editor.core.visible_text import visible

EXIT_OK, EXIT_FAILED = 0, 1
STATUS_CHOICES = ("pending", "draft", "publish", "future", "private", "any")


def register(subparsers: Any, parents: list[argparse.ArgumentParser]) -> None:
    pull = subparsers.add_parser("pull", parents=parents, help=translate(
        "cli", "bring posts of a site into the workspace"))
    pull.add_argument("ids", nargs="*", type=int, metavar="ID", help=translate(
        "cli", "post ids (default: every post selected)"))
    pull.add_argument("--site", required=True)
    pull.add_argument("--status", action="append", choices=STATUS_CHOICES, default=None,
                      help=translate("cli", "post status to pull (repeatable; default any)"))
    pull.add_argument("--author", metavar="LOGIN", help=translate("cli", "only this writer's posts"))
    pull.add_argument("--region", metavar="R", help=translate("cli", "only posts in this region (category)"))
    pull.add_argument("--since", metavar="DATE", help=translate("cli", "only posts changed after this date (ISO)"))
    pull.add_argument("--json", action="store_true", help=translate("cli", "machine-readable output"))
    pull.set_defaults(handler=cmd_pull)


def _since(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise SrEditorError(translate(
            "cli", "\"{0}\" is not a date; use ISO form like 2026-12-01 or 2026-12-01T09:00Z.").format(text)) from None


def cmd_pull(args: argparse.Namespace) -> int:
    from sr_editor.cli import publish as cli_publish
    from sr_editor.core.storage.history import LocalHistory
    from sr_editor.core.storage.store import STATE_DIR, ArticleStore
    from sr_editor.publish.sync.pull import PullJob, PullOptions
    from sr_editor.publish.wordpress.terms import load_cache

    workspace = cli_publish._workspace(args)
    try:
        profile = cli_publish.site_registry().get(args.site)
        options = PullOptions(statuses=args.status or ["any"], author=args.author, region=args.region,
                              since=_since(args.since), ids=list(args.ids))
        client = cli_publish._client_for(profile, cli_publish._password_for(profile))
        workspace.mkdir(parents=True, exist_ok=True)
        store = ArticleStore(workspace, history=LocalHistory(workspace / STATE_DIR / "history"))
        job = PullJob(client, profile.name, store, load_cache(workspace, profile.name), options,
                      progress=lambda msg, done, total: print(f"  [{done}/{total}] {msg}", file=sys.stderr))
        items = job.run()
    except SrEditorError as exc:
        print(f"sr-editor: {exc}", file=sys.stderr)
        return EXIT_FAILED
    if args.json:
        print(json.dumps([item.to_json() for item in items], ensure_ascii=False, indent=2))
    else:
        for item in items:
            print(item.line())
    for item in items:  # notes and failures quote the site (titles, block names): shown, never interpreted
        for note in item.notes:
            print(f"sr-editor: {item.bundle.name}: {visible(note, 500)}", file=sys.stderr)
    for failure in job.failures:
        print(f"sr-editor: {visible(failure, 500)}", file=sys.stderr)
    print(translate("cli", "{0} post(s) pulled from {1}, {2} image(s) downloaded.").format(
        len(items), profile.name, job.downloads), file=sys.stderr)
    return EXIT_FAILED if job.failures else EXIT_OK
