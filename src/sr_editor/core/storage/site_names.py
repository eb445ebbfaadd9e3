"""Names that come from a site (a post's slug, an image's file name) made safe before they touch the disk, and
the proof, before any write, that a target resolves inside the workspace.

A slug of `../../x`, `..`, `.`, `/etc`, `.sr-editor`, `CON` or 5,000 characters, or one holding NUL or control
characters, must never choose where a file is written: the name is reduced to ASCII letters, digits and dashes
(`slugify`), Windows' reserved device names get a suffix, and the length is bounded. `ensure_inside` then
resolves the target (following any symbolic link already on disk) and refuses it unless it is within the
workspace, the check pip makes before extracting each archive member.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from urllib.parse import unquote

from sr_editor.core.article.slugs import MAX_SLUG_LENGTH, fold_accents, slugify
from sr_editor.core.errors import SrEditorError
from sr_editor.core.i18n import translate
from sr_editor.core.storage.store import STATE_DIR
from sr_editor.core.visible_text import shown_path

# Device names Windows refuses as a file or folder name, with any extension (`con.jpg` too).
WINDOWS_RESERVED = frozenset(
    {"con", "prn", "aux", "nul", "conin$", "conout$", "clock$"}
    | {f"com{n}" for n in "123456789¹²³"}
    | {f"lpt{n}" for n in "123456789¹²³"}
)
_PERCENT = re.compile(r"%[0-9A-Fa-f]{2}")


class UnsafePathError(SrEditorError):
    """A name from the site would put a file outside the workspace (or into its state folder)."""

    def __init__(self, target: Path | str, root: Path | str) -> None:
        self.target = Path(target)
        self.root = Path(root)
        super().__init__(translate(
            "UnsafePathError", "{0} is not inside the workspace {1}; nothing was written there.").format(
                shown_path(target), shown_path(root)))


def is_reserved(name: str) -> bool:
    """A Windows device name, with or without an extension (`CON`, `nul.txt`, `Com1.jpg`)."""
    return name.split(".", 1)[0].strip().lower() in WINDOWS_RESERVED


def safe_folder_name(*candidates: str, fallback: str = "article", max_length: int = MAX_SLUG_LENGTH) -> str:
    """A bundle folder name from the first candidate that gives one (the post's slug, then its title): ASCII
    letters, digits and dashes, never empty, `.`/`..`, hidden, reserved or longer than `max_length`.
    WordPress keeps non-ASCII slugs percent-encoded (`%d0%bf...`): they are decoded before folding."""
    for candidate in candidates:
        name = _name_from(str(candidate or ""), max_length)
        if name:
            return _unreserved(name)
    return _unreserved(slugify(fallback, max_length))


def _name_from(text: str, max_length: int) -> str:
    """The slug of `text`, or "" when it holds no letter or digit that survives folding to ASCII."""
    if _PERCENT.search(text):
        text = unquote(text, errors="replace")
    folded = fold_accents(text).encode("ascii", "ignore").decode("ascii").lower()
    return slugify(text, max_length) if re.search(r"[a-z0-9]", folded) else ""


def _unreserved(name: str) -> str:
    return f"{name}-post" if is_reserved(name) else name


def ensure_inside(root: Path, target: Path) -> Path:
    """`target` resolved (symbolic links followed, `..` removed); UnsafePathError unless it is `root` itself or
    below it, and not inside the workspace's state folder `.sr-editor` unless `root` is that folder."""
    base = Path(os.path.realpath(root))
    resolved = Path(os.path.realpath(target))
    if resolved != base and base not in resolved.parents:
        raise UnsafePathError(target, root)
    inside = resolved.relative_to(base).parts
    if inside and inside[0] == STATE_DIR:
        raise UnsafePathError(target, root)
    return resolved
