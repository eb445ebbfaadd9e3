"""The `sr-editor` command: no sub-command opens the window; sub-commands work headless on a workspace.

Exit codes: 0 success; 1 checks found errors (check, publish) or the operation failed; 2 wrong usage;
3 a file or workspace problem (not found, broken article, cannot write).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from sr_editor import __version__
from sr_editor.cli.common import CliError, open_workspace
from sr_editor.cli.language import install_language
from sr_editor.cli.parser import Parser, TranslatedRawDescriptionHelpFormatter
from sr_editor.core import i18n
from sr_editor.core.article.status import LEGACY as LEGACY_STATUSES
from sr_editor.core.article.status import STATUSES
from sr_editor.core.article.status import normalize as normalize_status
from sr_editor.core.errors import SrEditorError
from sr_editor.core.i18n import translate

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INPUT = 0, 1, 2, 3


def epilog() -> str:
    """The help's closing text (exit codes, where the workspace is) in the interface language."""
    return translate(
        "cli", "exit codes:\n"
        "  0  success\n"
        "  1  checks found errors, or the operation failed\n"
        "  2  wrong usage\n"
        "  3  a file or workspace problem (not found, broken article, cannot write)\n"
        "\n"
        "Without a command, the desktop window opens. The workspace is --workspace, else $SR_EDITOR_WORKSPACE, "
        "else\n~/Documents/sr-editor. Only the window (with sample articles) and `new` create a workspace that does "
        "not exist yet;\nthe other commands refuse it.\n")


def _workspace_option() -> Parser:
    parent = Parser(add_help=False)
    parent.add_argument(
        "--workspace", type=Path, default=argparse.SUPPRESS, metavar="DIR",
        help=translate("cli", "the workspace folder (default: $SR_EDITOR_WORKSPACE or ~/Documents/sr-editor)"),
    )
    return parent


def _names_a_command(words: Sequence[str]) -> bool:
    """True unless the words only open the window: then the publish commands (their imports, requests and the
    WordPress client, cost ~300 ms) are not registered before the window is shown."""
    rest = list(words)
    while rest:
        word = rest.pop(0)
        if word == "--workspace" and rest:
            rest.pop(0)
        elif not word.startswith("--workspace="):
            return True
    return False


def build_parser(publishing: bool = True) -> argparse.ArgumentParser:
    common = _workspace_option()
    parser = Parser(
        prog="sr-editor", description=translate("cli", "Write articles offline in Markdown and publish them to "
                                                "WordPress."),
        epilog=epilog(), formatter_class=TranslatedRawDescriptionHelpFormatter, parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"sr-editor {__version__}",
                        help=translate("cli", "show program's version number and exit"))
    parser.add_argument("--install-desktop-entry", action="store_true", help=translate(
        "cli", "add sr-editor to your desktop's application menu (files under ~/.local/share) and exit"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    new = sub.add_parser("new", parents=[common], help=translate("cli", "create an article; prints its folder"))
    new.add_argument("title")
    new.add_argument("--region", action="append", default=[], metavar="R",
                     help=translate("cli", "a region (repeatable)"))
    new.add_argument("--tag", action="append", default=[], metavar="T",
                     help=translate("cli", "a country tag (repeatable)"))
    new.set_defaults(handler=cmd_new)

    lst = sub.add_parser("list", parents=[common], help=translate("cli", "list the workspace's articles"))
    lst.add_argument("--status", choices=[*STATUSES, *LEGACY_STATUSES], help=translate(
        "cli", "old words review/ready/published mean pending/pending/publish"))
    lst.add_argument("--region", metavar="R")
    lst.add_argument("--json", action="store_true", help=translate("cli", "machine-readable output"))
    lst.set_defaults(handler=cmd_list)

    check = sub.add_parser("check", parents=[common], help=translate("cli", "run the checks; exit 1 when any error"))
    check.add_argument("paths", nargs="*", type=Path, metavar="PATH", help=translate("cli", "articles (default: all)"))
    check.add_argument("--json", action="store_true", help=translate("cli", "machine-readable output"))
    check.set_defaults(handler=cmd_check)

    render = sub.add_parser("render", parents=[common],
                            help=translate("cli", "print the body HTML as it would be published"))
    render.add_argument("path", type=Path, metavar="PATH")
    render.set_defaults(handler=cmd_render)

    read = sub.add_parser("read", parents=[common], help=translate(
        "cli", "print the article as a screen reader announces it, then its headings and links"))
    read.add_argument("path", type=Path, metavar="PATH")
    read.add_argument("--json", action="store_true", help=translate("cli", "machine-readable output"))
    read.set_defaults(handler=cmd_read)

    if publishing:
        _register_publish_commands(sub, common)
    return parser


def _register_publish_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    try:
        from sr_editor.cli import publish as cli_publish
    except ImportError:  # publishing not built into this copy
        return
    cli_publish.register(sub, common)
    from sr_editor.cli import pull as cli_pull

    cli_pull.register(sub, [common])
    from sr_editor.cli import alt as cli_alt

    cli_alt.register(sub, common)
    from sr_editor.cli import review as cli_review

    cli_review.register(sub, common)


# ----- commands ------------------------------------------------------------------------------------------
def cmd_new(args: argparse.Namespace) -> int:
    workspace, vocabulary = open_workspace(args.workspace, create=True)
    regions = [_canonical(vocabulary.canonical_region, r, vocabulary.regions) for r in args.region]
    tags = country_tags(vocabulary, args.tag)
    regions = _unique([*regions, *(vocabulary.region_of(t) or "" for t in tags)])
    bundle = workspace.create_article(args.title, regions=regions, tags=tags)
    print(bundle)
    return EXIT_OK


def country_tags(vocabulary: Any, names: Sequence[str]) -> list[str]:
    """Tags as the window adds them: a known country under its canonical name, each tag once (case, accents and
    spacing folded: `chile`, `Chile` and `Chilé` are one tag)."""
    from sr_editor.core.article.regions import fold

    return _unique([vocabulary.canonical_country(name) or " ".join(name.split()) for name in names], key=fold)


def _unique(names: Sequence[str], key: Callable[[str], str] = str) -> list[str]:
    seen: set[str] = set()
    kept: list[str] = []
    for name in names:
        if name and key(name) not in seen:
            seen.add(key(name))
            kept.append(name)
    return kept


def _canonical(lookup: Callable[[str], str | None], name: str, known: Sequence[str]) -> str:
    found = lookup(name)
    if found is None:
        raise CliError(translate("cli", "Unknown region '{0}'; known regions: {1}.").format(name, ", ".join(known)),
                       EXIT_USAGE)
    return found


def cmd_list(args: argparse.Namespace) -> int:
    workspace, vocabulary = open_workspace(args.workspace)
    region = _canonical(vocabulary.canonical_region, args.region, vocabulary.regions) if args.region else None
    status = normalize_status(args.status) if args.status else None
    rows = [
        s for s in workspace.list_articles()
        if (status is None or s.status == status) and (region is None or region in s.regions)
    ]
    if args.json:
        import json

        print(json.dumps([_summary_json(s) for s in rows], ensure_ascii=False, indent=2))
        return EXIT_OK
    for s in rows:
        problems = translate("cli", "BROKEN") if s.broken else f"{s.errors}E {s.warnings}W"
        regions = ", ".join(s.regions) or "-"
        title = s.title or translate("cli", "(untitled)")
        print(f"{s.status:<9} {problems:<7} {s.slug:<40} {title}  [{regions}]")
    if not rows:
        print(translate("cli", "No articles."), file=sys.stderr)
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
        import json

        print(json.dumps(reports, ensure_ascii=False, indent=2))
    else:
        for report in reports:
            for p in report["problems"]:
                where = f"{report['file']}:{p['line']}" if p.get("line") else report["file"]
                print(f"{where}: {_severity_word(p['severity'])} [{p['rule']}] {p['message']}")
        errors = sum(r["errors"] for r in reports)
        warnings = sum(r["warnings"] for r in reports)
        print(translate("cli", "{0} article(s) checked: {1} error(s), {2} warning(s).").format(
            len(reports), errors, warnings), file=sys.stderr)
    return EXIT_FAILED if any(r["errors"] for r in reports) else EXIT_OK


def _severity_word(severity: str) -> str:
    """'error' or 'warning' in the interface language (the --json output keeps the English value)."""
    words = {"error": translate("cli", "error"), "warning": translate("cli", "warning")}
    return words.get(severity, severity)


def cmd_render(args: argparse.Namespace) -> int:
    from sr_editor.core.render.render import render_body

    workspace, _ = open_workspace(args.workspace)
    loaded = workspace.store.load(workspace.resolve(args.path))
    sys.stdout.write(render_body(loaded.article.body))
    return EXIT_OK


def cmd_read(args: argparse.Namespace) -> int:
    from sr_editor.core.checks.a11y import article_language
    from sr_editor.core.checks.screen_reader import read_html, reading_text
    from sr_editor.core.render.render import render_body

    workspace, _ = open_workspace(args.workspace)
    loaded = workspace.store.load(workspace.resolve(args.path))
    reading = read_html(render_body(loaded.article.body), article_language(loaded.article, workspace.root))
    if args.json:
        import json

        print(json.dumps({
            "language": reading.language,
            "items": [{"kind": i.kind, "text": i.text, "depth": i.depth} for i in reading.items],
            "headings": [{"level": level, "text": text} for level, text in reading.headings],
            "links": [{"text": text, "href": href} for text, href in reading.links],
        }, ensure_ascii=False, indent=2))
    else:
        sys.stdout.write(reading_text(reading))
    return EXIT_OK


def _run_window(args: argparse.Namespace) -> int:
    from sr_editor.app import run_gui
    from sr_editor.services.runtime.memory import keep_memory_small

    if display_missing():
        print(translate("cli", "sr-editor: the window needs a graphical session (neither DISPLAY nor "
                        "WAYLAND_DISPLAY is set); the commands (new, list, check, render, publish…) work without "
                        "one: see sr-editor --help."), file=sys.stderr)
        return EXIT_FAILED
    keep_memory_small()  # before the window's imports and threads
    i18n.set_lookup(None)  # the window chooses its own language (preference or locale) and installs it
    workspace, bundle = args.workspace, None
    if args.open_paths:  # the desktop entry's %F: open the first file; its workspace is found by walking up
        from sr_editor.core.storage.store import locate_article

        found, bundle = locate_article(Path(args.open_paths[0]))
        if workspace is None or bundle is None or not bundle.absolute().is_relative_to(workspace.absolute()):
            workspace = found
    return run_gui(workspace, sys.argv, open_bundle=bundle)


def display_missing() -> bool:
    """On X11/Wayland systems without a display Qt aborts the process; say so in one sentence instead."""
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return False
    if os.environ.get("QT_QPA_PLATFORM"):  # offscreen, vnc, eglfs...: the user chose a platform
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def split_open_paths(argv: Sequence[str], commands: set[str]) -> tuple[list[str], list[str]]:
    """`sr-editor PATH...` (how a file manager opens files with us): positional arguments that do not start with
    a command are paths to open in the window. Returns (arguments for the parser, paths)."""
    rest: list[str] = []
    found: list[str] = []
    tokens = list(argv)
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token == "--":
            found += tokens[index + 1 :]
            break
        if token == "--workspace":
            rest += tokens[index : index + 2]
            index += 1
        elif token.startswith("-"):
            rest.append(token)
        elif not found and token in commands:
            return list(argv), []
        else:
            found.append(token)
        index += 1
    return rest, found


def _command_names(parser: argparse.ArgumentParser) -> set[str]:
    return {name for action in parser._actions if isinstance(action, argparse._SubParsersAction)
            for name in action.choices}


def _neither_command_nor_file(word: str, commands: set[str]) -> str:
    import difflib

    said = translate("cli", "{0} is neither a command nor an existing file").format(repr(word))
    close = difflib.get_close_matches(word, sorted(commands), n=3, cutoff=0.6)
    if close:
        said += translate("cli", " (did you mean {0}?)").format(translate("cli", " or ").join(map(repr, close)))
    return said


def _parse(words: Sequence[str]) -> argparse.Namespace:
    parser = build_parser(publishing=_names_a_command(words))
    commands = _command_names(parser)
    given, open_paths = split_open_paths(words, commands)
    args = parser.parse_args(given)
    # A bare word that is no file is a mistyped command: say so rather than open the window on nothing (a path
    # that is not there gets the store's own sentence when the window tries it).
    typo = next((p for p in open_paths if "/" not in p and "." not in p and not Path(p).exists()), None)
    if typo is not None:
        parser.error(_neither_command_nor_file(typo, commands))
    args.open_paths = open_paths
    if not hasattr(args, "workspace"):
        args.workspace = None
    return args


def window_only_args(words: Sequence[str]) -> argparse.Namespace | None:
    """What the parser would make of words that only open the window (none, or `--workspace DIR` options; the
    last one wins), without building the parser and its sub-commands (~3 ms before the window); None for any
    other words."""
    if _names_a_command(words):
        return None
    workspace: Path | None = None
    rest = list(words)
    while rest:
        word = rest.pop(0)
        value = rest.pop(0) if word == "--workspace" else word.removeprefix("--workspace=")
        if word == "--workspace" and value.startswith("-"):
            return None  # the parser takes no value that looks like an option: let it say so
        workspace = Path(value)
    return argparse.Namespace(workspace=workspace, open_paths=[])


def main(argv: Sequence[str] | None = None) -> int:
    given = list(argv) if argv is not None else sys.argv[1:]
    install_language()  # from LANGUAGE / LC_ALL / LC_MESSAGES / LANG; English loads nothing
    args = window_only_args(given) or _parse(given)
    handler: Callable[[argparse.Namespace], int] = getattr(args, "handler", _run_window)
    if getattr(args, "install_desktop_entry", False):
        from sr_editor.cli.desktop_entry import cmd_install_desktop_entry

        handler = lambda _args: cmd_install_desktop_entry()  # noqa: E731
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
        print(translate("cli", "sr-editor: interrupted."), file=sys.stderr)
        return 130
