"""Error types of the core layer; `str(error)` is one sentence a writer understands, naming the file."""

from __future__ import annotations

from pathlib import Path


class SrEditorError(Exception):
    """Base of every error we show to a user; the message is a complete sentence."""


class BrokenArticleError(SrEditorError):
    """An article file that cannot be read safely; it is reported and never rewritten."""

    def __init__(self, path: Path | str, reason: str, line: int | None = None) -> None:
        self.path = Path(path)
        self.reason = reason
        self.line = line
        where = f"{self.path}, line {line}" if line is not None else str(self.path)
        super().__init__(f"{where}: {reason}")


class ExternalChangeError(SrEditorError):
    """The file on disk changed since we loaded it; saving would overwrite someone else's edit."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        super().__init__(
            f"{self.path} was changed by another program since it was opened; not overwriting it."
        )


class WorkspaceLockedError(SrEditorError):
    """Another sr-editor process holds the workspace lock."""

    def __init__(self, path: Path | str, holder: str) -> None:
        self.path = Path(path)
        self.holder = holder
        super().__init__(f"The workspace {self.path} is already open in another sr-editor ({holder}).")


class ArticleNotFoundError(SrEditorError):
    """A path given by the user is not an article bundle."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        super().__init__(f"{self.path}: no article here (expected a folder holding index.md, or index.md itself).")


class ArticleWriteError(SrEditorError):
    """Writing a file failed (disk full, permissions...); the previous file on disk is untouched."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path} could not be saved ({reason}); the previous version on disk is unchanged.")


class ArticleExistsError(SrEditorError):
    """A create, rename or restore would overwrite another article's folder."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        super().__init__(f"{self.path} already exists; choose another name.")


class ArticleTooLargeError(SrEditorError):
    """Saving would produce a file we refuse to open again (over the size limit)."""

    def __init__(self, path: Path | str, size: int, limit: int) -> None:
        self.path = Path(path)
        super().__init__(
            f"{self.path} would be {size / 1e6:.1f} MB, over the {limit // 2**20} MB limit for articles; not saved."
        )


class UnwritableMetadataError(SrEditorError):
    """The front matter holds a value YAML cannot write faithfully; saving would change it, so we refuse."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(f"The article's metadata cannot be written as YAML ({reason}).")


class WorkspaceOperationError(SrEditorError):
    """Creating, copying, renaming, trashing or restoring a bundle failed in the file system."""

    def __init__(self, action: str, path: Path | str, reason: str) -> None:
        self.action = action
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"Could not {action} {self.path} ({reason}).")
