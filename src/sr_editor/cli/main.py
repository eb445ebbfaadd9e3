"""The `sr-editor` command: no sub-command opens the window; sub-commands work headless on a workspace.

Exit codes: 0 success; 1 checks found errors (check, publish) or the operation failed; 2 wrong usage;
3 a file or workspace problem (not found, broken article, cannot write).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from sr_editor import __version__
from sr_editor.cli.common import CliError, open_workspace
from sr_editor.core.errors import SrEditorError

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INPUT = 0, 1, 2, 3

EPILOG = """\
exit codes:
  0  success
  1  checks found errors, or the operation failed
  2  wrong usage
  3  a file or workspace problem (not found, broken article, cannot write)

Without a command, the desktop window opens. The workspace is --workspace, else $SR_EDITOR_WORKSPACE, else
~/Documents/sr-editor; a workspace that does not exist yet is created with sample articles (except by `new`).
"""


def _workspace_option() -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument(
        "--workspace", type=Path, default=argparse.SUPPRESS, metavar="DIR",
        help="the workspace folder (default: $SR_EDITOR_WORKSPACE or ~/Documents/sr-editor)",
    )
    return parent


def build_parser() -> argparse.ArgumentParser:
    common = _workspace_option()
    parser = argparse.ArgumentParser(
        prog="sr-editor", description="Write articles offline in Markdown and publish them to WordPress.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter, parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"sr-editor {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    new = sub.add_parser("new", parents=[common], help="create an article; prints its folder")
    new.add_argument("title")
    new.add_argument("--region", action="append", default=[], metavar="R", help="a region (repeatable)")
    new.add_argument("--tag", action="append", default=[], metavar="T", help="a country tag (repeatable)")
    new.set_defaults(handler=cmd_new)

    lst = sub.add_parser("list", parents=[common], help="list the workspace's articles")
    lst.add_argument("--status", choices=["draft", "review", "ready", "published"])
    lst.add_argument("--region", metavar="R")
    lst.add_argument("--json", action="store_true", help="machine-readable output")
    lst.set_defaults(handler=cmd_list)

    check = sub.add_parser("check", parents=[common], help="run the checks; exit 1 when any error")
    check.add_argument("paths", nargs="*", type=Path, metavar="PATH", help="articles (default: all)")
    check.add_argument("--json", action="store_true", help="machine-readable output")
    check.set_defaults(handler=cmd_check)

    render = sub.add_parser("render", parents=[common], help="print the body HTML as it would be published")
    render.add_argument("path", type=Path, metavar="PATH")
    render.set_defaults(handler=cmd_render)

    _register_publish_commands(sub, common)
    return parser


def _register_publish_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    try:
        from sr_editor.cli import publish as cli_publish
    except ImportError:  # publishing not built into this copy
        return
    cli_publish.register(sub, common)
    from sr_editor.cli import alt as cli_alt

    cli_alt.register(sub, common)


# ----- commands ------------------------------------------------------------------------------------------
def cmd_new(args: argparse.Namespace) -> int:
    workspace, vocabulary = open_workspace(args.workspace, create_samples=False)
    regions = [_canonical(vocabulary.canonical_region, r, "region", vocabulary.regions) for r in args.region]
    tags = [vocabulary.canonical_country(t) or t.strip() for t in args.tag]
    bundle = workspace.create_article(args.title, regions=regions, tags=tags)
    print(bundle)
    return EXIT_OK


def _canonical(lookup: Callable[[str], str | None], name: str, kind: str, known: Sequence[str]) -> str:
    found = lookup(name)
    if found is None:
        raise CliError(f"Unknown {kind} '{name}'; known {kind}s: {', '.join(known)}.", EXIT_USAGE)
    return found


def cmd_list(args: argparse.Namespace) -> int:
    workspace, vocabulary = open_workspace(args.workspace)
    region = _canonical(vocabulary.canonical_region, args.region, "region", vocabulary.regions) if args.region else None
    rows = [
        s for s in workspace.list_articles()
        if (args.status is None or s.status == args.status) and (region is None or region in s.regions)
    ]
    if args.json:
        print(json.dumps([_summary_json(s) for s in rows], ensure_ascii=False, indent=2))
        return EXIT_OK
    for s in rows:
        problems = "BROKEN" if s.broken else f"{s.errors}E {s.warnings}W"
        regions = ", ".join(s.regions) or "-"
        print(f"{s.status:<9} {problems:<7} {s.slug:<40} {s.title or '(untitled)'}  [{regions}]")
    if not rows:
        print("No articles.", file=sys.stderr)
    return EXIT_OK


def _summary_json(summary: Any) -> dict[str, Any]:
    return {
        "path": str(summary.bundle), "slug": summary.slug, "title": summary.title, "excerpt": summary.excerpt,
        "status": summary.status, "regions": list(summary.regions), "tags": list(summary.tags),
        "updated": summary.updated, "errors": summary.errors, "warnings": summary.warnings,
        "broken": summary.broken,
    }


def cmd_check(args: argparse.Namespace) -> int:
    from sr_editor.cli.common import check_bundles

    workspace, vocabulary = open_workspace(args.workspace)
    if args.paths:
        bundles = [workspace.resolve(p) for p in args.paths]
    else:
        bundles = [s.bundle for s in workspace.list_articles()]
    reports = check_bundles(workspace, vocabulary, bundles)
    if args.json:
        print(json.dumps(reports, ensure_ascii=False, indent=2))
    else:
        for report in reports:
            for p in report["problems"]:
                where = f"{report['file']}:{p['line']}" if p.get("line") else report["file"]
                print(f"{where}: {p['severity']} [{p['rule']}] {p['message']}")
        errors = sum(r["errors"] for r in reports)
        warnings = sum(r["warnings"] for r in reports)
        print(f"{len(reports)} article(s) checked: {errors} error(s), {warnings} warning(s).", file=sys.stderr)
    return EXIT_FAILED if any(r["errors"] for r in reports) else EXIT_OK


def cmd_render(args: argparse.Namespace) -> int:
    from sr_editor.core.render import render_body

    workspace, _ = open_workspace(args.workspace)
    loaded = workspace.store.load(workspace.resolve(args.path))
    sys.stdout.write(render_body(loaded.article.body))
    return EXIT_OK


def _run_window(args: argparse.Namespace) -> int:
    from sr_editor.app import run_gui

    return run_gui(args.workspace, sys.argv)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(list(argv) if argv is not None else None)
    if not hasattr(args, "workspace"):
        args.workspace = None
    handler: Callable[[argparse.Namespace], int] = getattr(args, "handler", _run_window)
    try:
        return handler(args)
    except CliError as exc:
        print(f"sr-editor: {exc}", file=sys.stderr)
        return exc.exit_code
    except SrEditorError as exc:
        print(f"sr-editor: {exc}", file=sys.stderr)
        return EXIT_INPUT
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"sr-editor: {where}{exc.strerror or exc}.", file=sys.stderr)
        return EXIT_INPUT
    except KeyboardInterrupt:
        print("sr-editor: interrupted.", file=sys.stderr)
        return 130
