"""`sr-editor review`, `notes` and `revisions`: the editor's review of a post and the notes between editor and
writer, from the command line, on the same code as the window."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from sr_editor.core.errors import SrEditorError
from sr_editor.core.i18n import translate

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INPUT = 0, 1, 2, 3


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    review = subparsers.add_parser("review", parents=[common], help=translate(
        "cli", "approve a post or send it back to its writer with a note"))
    review.add_argument("path", type=Path, metavar="PATH")
    review.add_argument("--site", required=True)
    action = review.add_mutually_exclusive_group(required=True)
    action.add_argument("--approve", action="store_true", help=translate("cli", "publish the post (now or --at)"))
    action.add_argument("--request-changes", metavar="TEXT", help=translate(
        "cli", "send the post back to draft with this note"))
    review.add_argument("--at", metavar="DATETIME", help=translate("cli", "with --approve: schedule (ISO, with zone)"))
    review.add_argument("--on", metavar="QUOTE", default="", help=translate(
        "cli", "with --request-changes: the passage the note is about"))
    review.set_defaults(handler=cmd_review)

    notes = subparsers.add_parser("notes", help=translate("cli", "the notes between editor and writer on a post"))
    verbs = notes.add_subparsers(dest="notes_command", metavar="COMMAND", required=True)
    listing = verbs.add_parser("list", parents=[common], help=translate("cli", "the post's notes, threaded"))
    add = verbs.add_parser("add", parents=[common], help=translate("cli", "add a note or a reply"))
    resolve = verbs.add_parser("resolve", parents=[common], help=translate("cli", "mark a note resolved"))
    reopen = verbs.add_parser("reopen", parents=[common], help=translate("cli", "reopen a resolved note"))
    for verb in (listing, add, resolve, reopen):
        verb.add_argument("path", type=Path, metavar="PATH")
        verb.add_argument("--site", required=True)
    listing.add_argument("--json", action="store_true", help=translate("cli", "machine-readable output"))
    add.add_argument("text", metavar="TEXT")
    add.add_argument("--on", metavar="QUOTE", default="", help=translate("cli", "the passage the note is about"))
    add.add_argument("--reply-to", type=int, default=0, metavar="ID", help=translate("cli", "the note answered"))
    for verb in (resolve, reopen):
        verb.add_argument("note_id", type=int, metavar="ID")
    listing.set_defaults(handler=cmd_notes_list)
    add.set_defaults(handler=cmd_notes_add)
    resolve.set_defaults(handler=cmd_notes_status, status="resolved")
    reopen.set_defaults(handler=cmd_notes_status, status="reopen")


class _Post:
    """The article at PATH, its post on the site and a client for it."""

    def __init__(self, args: argparse.Namespace) -> None:
        from sr_editor.cli import publish as cli_publish
        from sr_editor.core.article.frontmatter import read_article_file
        from sr_editor.publish.review.outbox import NotesOutbox

        self.workspace = cli_publish._workspace(args)
        self.bundle = cli_publish._bundle(args.path, self.workspace)
        self.article, _ = read_article_file(self.bundle / "index.md")
        self.profile = cli_publish.site_registry().get(args.site)
        post_id = self.article.remote_for(self.profile.name).get("post_id")
        if not isinstance(post_id, int) or isinstance(post_id, bool) or post_id <= 0:
            raise SrEditorError(translate("cli", "{0} is not linked to a post on {1}; publish or pull it first.")
                                .format(self.bundle.name, self.profile.name))
        self.post_id = post_id
        self.outbox = NotesOutbox(self.workspace, self.profile.name)
        self.client = cli_publish._client_for(self.profile, cli_publish._password_for(self.profile))

    def backend(self) -> Any:
        from sr_editor.publish.review.notes import notes_backend

        return notes_backend(self.client, self.profile.wp_version)


def _fail(exc: Exception) -> int:
    print(f"sr-editor: {exc}", file=sys.stderr)
    from sr_editor.core.errors import ArticleNotFoundError

    return EXIT_INPUT if isinstance(exc, ArticleNotFoundError) else EXIT_FAILED


def _say_refused(refused: list[Any]) -> None:
    for item in refused:
        print(translate("cli", "sr-editor: a note was not accepted and is kept in the outbox: {0} ({1})").format(
            item.refused, item.text[:60]), file=sys.stderr)


def cmd_review(args: argparse.Namespace) -> int:
    from sr_editor.cli.publish import _parse_date
    from sr_editor.publish.review import actions
    from sr_editor.publish.review.errors import NotesUnavailable

    try:
        post = _Post(args)
        if args.approve:
            result = actions.approve(post.client, post.post_id, _parse_date(args.at))
        else:
            try:
                backend = post.backend()
            except NotesUnavailable as exc:
                print(f"sr-editor: {exc}", file=sys.stderr)
                backend = None
            result = actions.request_changes(post.client, backend, post.outbox, post.post_id,
                                             args.request_changes, args.on)
    except SrEditorError as exc:
        return _fail(exc)
    if result.status == "future":
        print(translate("cli", "{0}: post {1} scheduled for {2} UTC").format(
            post.bundle.name, result.post_id, result.date_gmt.replace("T", " ")))
    elif result.status == "publish":
        print(translate("cli", "{0}: post {1} approved and published").format(post.bundle.name, result.post_id))
    else:
        queued = "" if result.note else translate("cli", " (the note waits in the outbox)")
        print(translate("cli", "{0}: post {1} sent back to its writer as a draft{2}").format(
            post.bundle.name, result.post_id, queued))
    return EXIT_OK


def cmd_notes_list(args: argparse.Namespace) -> int:
    from sr_editor.core.review.anchor import find_passage
    from sr_editor.core.visible_text import visible as shown
    from sr_editor.publish.review.notes import threads

    try:
        post = _Post(args)
        backend = post.backend()
        _sent, refused = post.outbox.send(backend)
        found = threads(backend.list(post.post_id))
    except SrEditorError as exc:
        return _fail(exc)
    body = post.article.body
    if args.json:
        rows = []
        for thread in found:
            row = thread.to_json()
            anchor = find_passage(body, thread.note.quote) if thread.note.quote else None
            row["line"] = anchor.line(body) if anchor else None
            rows.append(row)
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        _say_refused(refused)
        return EXIT_OK
    for thread in found:
        mark = translate("cli", "resolved") if thread.resolved else translate("cli", "open")
        print(f"#{thread.note.id} [{mark}] {shown(thread.note.author)}: {shown(thread.note.text)}")
        if thread.note.quote:
            anchor = find_passage(body, thread.note.quote)
            where = translate("cli", "line {0}").format(anchor.line(body)) if anchor else translate(
                "cli", "the passage is gone")
            print(f"    “{shown(thread.note.quote)}” ({where})")
        for reply in thread.replies:
            print(f"    #{reply.id} {shown(reply.author)}: {shown(reply.text)}")
    if not found:
        print(translate("cli", "No notes."), file=sys.stderr)
    _say_refused(refused)
    return EXIT_OK


def _queue_and_send(args: argparse.Namespace, text: str, quote: str, parent: int, status: str) -> int:
    from sr_editor.publish.review.errors import NotesUnavailable

    try:
        post = _Post(args)
        post.outbox.queue(post.post_id, text, quote=quote, parent=parent, status=status)
        try:
            backend = post.backend()
        except NotesUnavailable as exc:
            print(f"sr-editor: {exc}", file=sys.stderr)
            return EXIT_FAILED
        sent, refused = post.outbox.send(backend)
    except SrEditorError as exc:
        return _fail(exc)
    for note in sent:
        print(translate("cli", "note #{0} sent").format(note.id))
    if not sent and not refused:
        print(translate("cli", "the site did not answer; the note waits in the outbox and is sent next time"),
              file=sys.stderr)
    _say_refused(refused)
    return EXIT_FAILED if refused else EXIT_OK


def cmd_notes_add(args: argparse.Namespace) -> int:
    if not args.text.strip():
        print(translate("cli", "sr-editor: a note needs some text."), file=sys.stderr)
        return EXIT_USAGE
    return _queue_and_send(args, args.text.strip(), args.on, args.reply_to, "")


def cmd_notes_status(args: argparse.Namespace) -> int:
    return _queue_and_send(args, "", "", args.note_id, args.status)
