"""`sr-editor alt list|set|sync`: the alt-text queue from the command line, on the same engine as the window.

`alt list` works offline (local articles, and each site's queue as of its last sync); `alt set` writes a local
image at once and queues a site image, sending it right away when the site answers; `alt sync` sends what waits
and fetches what changed. Credentials come from the keyring through the same factories as `publish`.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from sr_editor.core.alt.queue import AltItem
from sr_editor.core.errors import SrEditorError
from sr_editor.core.i18n import translate
from sr_editor.core.visible_text import visible

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INPUT = 0, 1, 2, 3


def register(subparsers: Any, common: argparse.ArgumentParser | None = None) -> None:
    parents = [common] if common is not None else []
    alt = subparsers.add_parser("alt", parents=parents, help=translate(
        "cli", "the alt-text queue: images that need a description"))
    alt_sub = alt.add_subparsers(dest="alt_command", metavar="ACTION", required=True)

    lst = alt_sub.add_parser("list", parents=parents, help=translate(
        "cli", "images whose alt text is missing or fails a check"))
    lst.add_argument("--site", action="append", metavar="NAME", help=translate(
        "cli", "only this site's queue (repeatable)"))
    lst.add_argument("--local", action="store_true", help=translate("cli", "only the workspace's articles"))
    lst.add_argument("--json", action="store_true", help=translate("cli", "machine-readable output"))
    lst.set_defaults(handler=cmd_alt_list)

    put = alt_sub.add_parser("set", parents=parents, help=translate("cli", "describe one image (ID from `alt list`)"))
    put.add_argument("item_id", metavar="ID")
    put.add_argument("text", nargs="?", default=None, metavar="TEXT")
    put.add_argument("--decorative", action="store_true", help=translate(
        "cli", "the image carries no information (alt=\"\")"))
    put.add_argument("--offline", action="store_true", help=translate(
        "cli", "only queue it; send on the next `alt sync`"))
    put.set_defaults(handler=cmd_alt_set)

    sync = alt_sub.add_parser("sync", parents=parents, help=translate(
        "cli", "send queued descriptions, fetch the site's queue"))
    sync.add_argument("--site", required=True, metavar="NAME")
    sync.add_argument("--no-pictures", action="store_true", help=translate(
        "cli", "do not keep copies of the images for offline"))
    sync.set_defaults(handler=cmd_alt_sync)


def _workspace(args: argparse.Namespace) -> Path:
    from sr_editor.cli.common import resolve_workspace_path

    return resolve_workspace_path(getattr(args, "workspace", None))


def make_engine(args: argparse.Namespace) -> Any:
    from sr_editor.cli import publish as cli_publish
    from sr_editor.core.storage.store import ArticleStore
    from sr_editor.core.storage.workspace import Workspace
    from sr_editor.publish.alt.engine import AltEngine

    root = _workspace(args)
    if not root.is_dir():
        raise SrEditorError(translate("cli", "{0} is not a workspace folder.").format(root))
    workspace = Workspace(root)

    def bundles() -> list[Path]:
        return [s.bundle for s in workspace.list_articles() if not s.broken]

    def connect(site: str) -> Any:
        profile = cli_publish.site_registry().get(site)
        return cli_publish._client_for(profile, cli_publish._password_for(profile))

    return AltEngine(root, ArticleStore(root), bundles, connect)


def _line(item: AltItem) -> str:
    """One tab-separated line; every field that comes from a site or a file is made visible (an escape sequence,
    BEL or a bidi override in a title or an alt text is shown, never obeyed by the terminal)."""
    alt = translate("cli", "(decorative)") if item.decorative else (f"“{visible(item.alt)}”" if item.alt else translate(
        "cli", "(no alt)"))
    where = "; ".join(f"{visible(u.title, 200)} [{visible(u.where)}]" for u in item.used_in) or translate(
        "cli", "not used in any post")
    flags = "".join(f" [{flag}]" for flag in (item.state, translate("cli", "cannot fix") if not item.fixable else "")
                    if flag)
    waiting = f" {visible(item.state_reason, 300)}" if item.state_reason else ""
    return f"{visible(item.id)}\t{visible(item.problem or item.state)}\t{alt}\t{where}{flags}{waiting}"


def _item_json(item: AltItem) -> dict[str, Any]:
    data = item.to_json()
    data["used_in"] = [{"title": u.title, "where": u.where, "status": u.status, "regions": list(u.regions),
                        "before": u.before, "after": u.after, "sentence_before": u.sentence_before,
                        "sentence_after": u.sentence_after, "editable": u.editable,
                        **({"post_id": u.post_id} if u.post_id else {"article": u.bundle})}
                       for u in item.used_in]
    return data


def cmd_alt_list(args: argparse.Namespace) -> int:
    engine = make_engine(args)
    sites: list[str] | None = list(args.site) if args.site else None
    if args.local and sites is None:
        sites = []
    for site in sites or []:
        if engine.cache(site) is None:
            print(translate("cli", "sr-editor: no copy of {0}'s queue yet; run `sr-editor alt sync --site {0}`.")
                  .format(site), file=sys.stderr)
    items = engine.items(sites=sites, local=args.local or not args.site)
    if args.json:
        print(json.dumps([_item_json(i) for i in items], ensure_ascii=False, indent=2))
        return EXIT_OK
    for item in items:
        print(_line(item))
    print(translate("cli", "{0} image(s) need a description.").format(len(items)), file=sys.stderr)
    return EXIT_OK


def cmd_alt_set(args: argparse.Namespace) -> int:
    if args.decorative == (args.text is not None):
        print(translate("cli", "sr-editor: give either a description TEXT or --decorative."), file=sys.stderr)
        return EXIT_USAGE
    engine = make_engine(args)
    result = engine.set_alt(args.item_id, args.text or "", args.decorative, send=not args.offline)
    _warn_lint(engine, args)
    for message in result.messages:
        print(visible(message, keep_newlines=True))
    return EXIT_FAILED if result.state == "failed" else EXIT_OK


def _warn_lint(engine: Any, args: argparse.Namespace) -> None:
    """Like the window, a description that fails a check is kept (the volunteer decides) and the check is said."""
    if args.decorative:
        return
    from sr_editor.core.alt.queue import alt_problems

    try:
        item = engine.find(args.item_id)
    except SrEditorError:  # a local image whose alt now passes is no longer in the queue
        return
    problems = alt_problems(" ".join((args.text or "").split()), False, item.caption, item.name or "image",
                            item.nearby())
    if problems:
        print(translate("cli", "sr-editor: saved, but check it: {0}").format(problems[0].message), file=sys.stderr)


def cmd_alt_sync(args: argparse.Namespace) -> int:
    engine = make_engine(args)

    def progress(message: str, done: int, total: int) -> None:
        print(f"  {message}", file=sys.stderr)

    from sr_editor.publish.errors import PublishError

    try:
        summary = engine.sync(args.site, progress, pictures=not args.no_pictures)
    except PublishError as exc:  # offline, refused, cancelled: the outbox and the cache stay as they were
        print(f"sr-editor: {visible(exc)}", file=sys.stderr)
        return EXIT_FAILED
    for entry in summary.sent:
        print(visible(translate("cli", "sent {0}: {1}").format(entry.item_id, " ".join(entry.report))))
    for entry in summary.failed:
        print(visible(translate("cli", "not sent {0}: {1}").format(entry.item_id, entry.reason)))
    queued = len(engine.site_items(args.site))
    cache = engine.cache(args.site)
    if cache is not None:
        print(cache.abilities())
    print(translate("cli", "{0}: {1} image(s) and {2} post(s) fetched, {3} description(s) sent; {4} image(s) in "
                    "the queue.").format(args.site, summary.media, summary.posts, len(summary.sent), queued))
    return EXIT_FAILED if summary.failed else EXIT_OK
