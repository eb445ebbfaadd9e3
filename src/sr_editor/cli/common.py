"""What the command-line handlers share: finding and opening the workspace, and turning errors into exits."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from sr_editor.core.errors import BrokenArticleError, SrEditorError
from sr_editor.core.i18n import translate
from sr_editor.paths import default_workspace

if TYPE_CHECKING:  # the window's start imports this module: the vocabulary (yaml) is loaded after its first paint
    from sr_editor.core.article.regions import RegionVocabulary


class CliError(SrEditorError):
    """A sentence for stderr and the exit code to leave with."""

    def __init__(self, message: str, exit_code: int = 3) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def resolve_workspace_path(given: Path | None) -> Path:
    return (given if given is not None else default_workspace()).expanduser()


def open_workspace(given: Path | None, create: bool = False) -> tuple[Any, RegionVocabulary]:
    """The Workspace (with lint counts) and the region vocabulary. A missing workspace is created (empty) only
    when `create` (`new`); the read-only commands refuse it, so a mistyped --workspace reports on nothing."""
    from sr_editor.core.article.regions import load_vocabulary
    from sr_editor.core.checks.lint import check_article
    from sr_editor.core.storage.workspace import Workspace

    root = resolve_workspace_path(given)
    try:
        vocabulary = load_vocabulary()
    except SrEditorError as exc:
        raise CliError(str(exc)) from exc
    if root.exists() and not root.is_dir():
        raise CliError(translate("cli", "{0} is a file, not a workspace folder.").format(root))
    if not root.exists() and not create:
        raise CliError(translate("cli", "There is no workspace at {0}; check the folder's name, or create one by "
                                 "opening the window (sr-editor) or with `sr-editor new TITLE`.").format(root))
    if not root.exists():
        _create_workspace(root)

    def checker(article: Any, bundle: Path) -> list[Any]:
        return check_article(article, bundle, vocabulary)

    return Workspace(root, checker=checker), vocabulary


def _create_workspace(root: Path) -> None:
    try:
        root.mkdir(parents=True)
    except OSError as exc:
        raise CliError(translate("cli", "Cannot create the workspace {0}: {1}.").format(root, exc.strerror or exc)) \
            from exc


def body_line_offset(article: Any) -> int:
    """How many file lines precede the body (front matter and its delimiters)."""
    from sr_editor.core.article.frontmatter import serialize_article

    text = serialize_article(article)
    prefix = text[: len(text) - len(article.body)] if article.body else text
    return prefix.count("\n")


def field_line(text: str, field: str) -> int | None:
    """File line of a front-matter field such as `title` or `featured_image.alt` (best effort, None if absent)."""
    lines = text.splitlines()
    end = next((i for i in range(1, len(lines)) if lines[i].rstrip() == "---"), len(lines))
    top, _, sub = field.partition(".")
    start = next((i for i in range(1, end) if lines[i].startswith(f"{top}:")), None)
    if start is None or not sub:
        return None if start is None else start + 1
    for i in range(start + 1, end):
        if lines[i] and not lines[i][0].isspace():
            break
        if lines[i].strip().startswith(f"{sub}:"):
            return i + 1
    return start + 1


def file_line_message(message: str, body_line: int | None, offset: int) -> str:
    """A sentence that starts by naming its body line ("Line 3: …", "Línea 3: …") names the file's line instead,
    the one the command prints beside it."""
    head, colon, rest = message.partition(":")
    words = head.split()
    if not colon or body_line is None or len(words) != 2 or words[1] != str(body_line):
        return message
    return f"{words[0]} {body_line + offset}{colon}{rest}"


def check_bundles(workspace: Any, vocabulary: RegionVocabulary, bundles: list[Path]) -> list[dict[str, Any]]:
    """One report per article: problems as plain dicts; an unreadable file is an error of its own."""
    from sr_editor.core.article.frontmatter import serialize_article
    from sr_editor.core.checks.lint import Severity, check_article

    reports: list[dict[str, Any]] = []
    for bundle in bundles:
        index = bundle / "index.md"
        try:
            loaded = workspace.store.load(bundle)
        except BrokenArticleError as exc:
            problem = {"rule": "file-broken", "severity": "error", "message": exc.reason, "line": exc.line}
            reports.append({"file": str(index), "problems": [problem], "errors": 1, "warnings": 0})
            continue
        problems = check_article(loaded.article, bundle, vocabulary)
        offset = body_line_offset(loaded.article)
        text = serialize_article(loaded.article)
        rows = [
            {"rule": p.rule, "severity": str(p.severity), "message": file_line_message(p.message, p.line, offset),
             "line": p.line + offset if p.line else (field_line(text, p.field) if p.field else None),
             "field": p.field, "image": p.image, "help": p.help or None}
            for p in problems
        ]
        errors = sum(1 for p in problems if p.severity == Severity.ERROR)
        reports.append({"file": str(index), "problems": rows, "errors": errors, "warnings": len(rows) - errors})
    return reports
