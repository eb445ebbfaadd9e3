"""Opening, switching and reloading the article shown in the window; the one place that loads into the document.

Switching saves the previous article synchronously first, so no edit depends on a timer that never fires.
A file that cannot be parsed opens read-only with the reason, and is never written.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QObject, Signal

from sr_editor.core.article.frontmatter import parse_article
from sr_editor.core.digest import sha256_hex
from sr_editor.core.errors import BrokenArticleError, SrEditorError
from sr_editor.core.i18n import translate
from sr_editor.core.storage.store import INDEX_NAME, LoadedArticle
from sr_editor.services.document.autosave import AutosaveService
from sr_editor.services.document.document import ArticleDocument


class LoadStore(Protocol):
    def load(self, bundle: Path) -> LoadedArticle: ...


class ArticleSession(QObject):
    opened = Signal(object)  # bundle Path (or None when closed)
    failed = Signal(str)

    def __init__(
        self, document: ArticleDocument, store: LoadStore, autosave: AutosaveService, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._document, self._store, self._autosave = document, store, autosave
        self._opening = False
        autosave.saved.connect(self._read_again_if_broken)

    @property
    def bundle(self) -> Path | None:
        return self._document.bundle

    def open(self, bundle: Path, force: bool = False) -> bool:
        """Show `bundle`; False when the previous article could not be saved (the user stays on it)."""
        if not force and bundle == self._document.bundle:
            return True
        self._opening = True
        try:
            return self._open(bundle)
        finally:
            self._opening = False

    def _open(self, bundle: Path) -> bool:
        if not self._autosave.save_now() and not self._document.read_only:
            name = self._document.bundle.name if self._document.bundle else translate("ArticleSession", "The article")
            self.failed.emit(translate(
                "ArticleSession", "{0} could not be saved; its text is kept in a recovery copy.").format(name))
        try:
            loaded = self._store.load(bundle)
        except BrokenArticleError as error:
            text, digest = _raw_text(bundle)
            self._document.load_broken(bundle, str(error), text, error.line, digest, error.reason)
        except (OSError, SrEditorError) as error:
            self.failed.emit(str(error))
            return False
        else:
            self._document.load(loaded)
        self.opened.emit(bundle)
        return True

    def _read_again_if_broken(self, bundle: Path) -> None:
        """The writer saved the raw text of a broken article: read it again (fixed, it opens as usual; still
        broken, the new problem and its line are shown)."""
        if not self._opening and bundle == self._document.bundle and self._document.read_only:
            self.open(bundle, force=True)

    def reload(self) -> None:
        """Take the version on disk, dropping unsaved edits (the user chose "Reload")."""
        bundle = self._document.bundle
        if bundle is None:
            return
        self._document.close()
        self.open(bundle, force=True)

    def restore(self, bundle: Path, text: str, base_hash: str | None = None, guarded: bool = True) -> bool:
        """Open `bundle` with a recovery snapshot's text as unsaved edits.

        Guarded (the default), the document keeps the hash of the file the edit started from (`base_hash`), so
        if another program changed the file since, the next save stops at the external-change guard and asks,
        as any save does; `guarded=False` adopts the file as it is now."""
        if not self.open(bundle, force=True) or self._document.read_only:
            return False
        try:
            loaded = self._store.load(bundle)
            recovered = parse_article(text, bundle / INDEX_NAME)
        except (OSError, SrEditorError) as error:
            self.failed.emit(str(error))
            return False
        self._document.load_recovered(loaded, recovered, base_hash if guarded else loaded.disk_hash)
        return True

    def close(self) -> None:
        self._autosave.save_now()
        self._document.close()
        self.opened.emit(None)


def _raw_text(bundle: Path) -> tuple[str, str | None]:
    """The file's text as it is (undecodable bytes replaced) and the hash of its bytes."""
    try:
        data = (bundle / INDEX_NAME).read_bytes()
    except OSError:
        return "", None
    return data.decode("utf-8", errors="replace"), sha256_hex(data)


def snapshot_fields(snapshot: Any) -> tuple[Path, str]:
    """(bundle, text) of a recovery snapshot, whatever its exact class."""
    return Path(snapshot.bundle), str(snapshot.text)


def snapshot_base_hash(snapshot: Any) -> str | None:
    """The hash of the file the snapshot's edit started from (None: the file did not exist yet)."""
    base = getattr(snapshot, "base_hash", None)
    return None if base is None else str(base)
