"""Error types of the core layer; `str(error)` is one sentence a writer understands, naming the file (a long
path shortened, control characters in it made visible: see visible_text.shown_path)."""

from __future__ import annotations

from pathlib import Path

from sr_editor.core.i18n import translate
from sr_editor.core.visible_text import shown_path


class SrEditorError(Exception):
    """Base of every error we show to a user; the message is a complete sentence."""


class BrokenArticleError(SrEditorError):
    """An article file that cannot be read safely; it is reported and never rewritten."""

    def __init__(self, path: Path | str, reason: str, line: int | None = None) -> None:
        self.path = Path(path)
        self.reason = reason
        self.line = line
        where = translate("BrokenArticleError", "{0}, line {1}").format(shown_path(self.path), line) \
            if line is not None else shown_path(self.path)
        super().__init__(translate("BrokenArticleError", "{0}: {1}").format(where, reason))


class ExternalChangeError(SrEditorError):
    """The file on disk changed since we loaded it; saving would overwrite someone else's edit."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        super().__init__(translate(
            "ExternalChangeError", "{0} was changed by another program since it was opened; not overwriting it."
        ).format(shown_path(self.path)))


class WorkspaceLockedError(SrEditorError):
    """Another sr-editor process holds the workspace lock."""

    def __init__(self, path: Path | str, holder: str) -> None:
        self.path = Path(path)
        self.holder = holder
        super().__init__(translate("WorkspaceLockedError",
                                   "The workspace {0} is already open in another sr-editor ({1}).").format(
                                       shown_path(self.path), holder))


class ArticleNotFoundError(SrEditorError):
    """A path given by the user is not an article bundle."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        super().__init__(translate(
            "ArticleNotFoundError", "{0}: no article here (expected a folder holding index.md, or index.md itself)."
        ).format(shown_path(self.path)))


class ArticleWriteError(SrEditorError):
    """Writing a file failed (disk full, permissions...); the previous file on disk is untouched."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(translate(
            "ArticleWriteError", "{0} could not be saved ({1}); the previous version on disk is unchanged."
        ).format(shown_path(self.path), reason))


class ArticleExistsError(SrEditorError):
    """A create, rename or restore would overwrite another article's folder."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        super().__init__(translate("ArticleExistsError", "{0} already exists; choose another name.").format(
            shown_path(self.path)))


class ArticleTooLargeError(SrEditorError):
    """Saving would produce a file we refuse to open again (over the size limit)."""

    def __init__(self, path: Path | str, size: int, limit: int) -> None:
        self.path = Path(path)
        super().__init__(translate(
            "ArticleTooLargeError", "{0} would be {1} MB, over the {2} MB limit for articles; not saved."
        ).format(shown_path(self.path), f"{size / 1e6:.1f}", limit // 2**20))


class UnwritableMetadataError(SrEditorError):
    """The front matter holds a value YAML cannot write faithfully; saving would change it, so we refuse."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(translate("UnwritableMetadataError",
                                   "The article's metadata cannot be written as YAML ({0}).").format(reason))


class WorkspaceOperationError(SrEditorError):
    """Creating, copying, renaming, trashing or restoring a bundle failed in the file system."""

    def __init__(self, action: str, path: Path | str, reason: str) -> None:
        self.action = action
        self.path = Path(path)
        self.reason = reason
        super().__init__(translate("WorkspaceOperationError", "Could not {0} {1} ({2}).").format(
            action, shown_path(self.path), reason))
