"""The open article as a Qt object: the editor and every panel edit it through here (OWNER: gui helper).

It holds the loaded article's metadata, a QTextDocument for the body (the editor shows that document, so typing
needs no copying), and the dirty / read-only state. Whoever reads the whole text goes through `text`
(services.body_text): one exact copy per revision for what is saved, checked or edited, and a live copy that
follows the edits for what only shows it (preview, outline, images list). It knows nothing of widgets or
files: saving is the autosave service's job, checks are computed by core.checks.lint and pushed in via `set_problems`.
A long body goes into the QTextDocument a slice per event-loop turn (`slices`, services.document.loading); the
article's body, `text` and what is saved are the whole of it from the start.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QPlainTextDocumentLayout

from sr_editor.core.article.article import Article, FeaturedImage
from sr_editor.services.document.body_text import BodyText
from sr_editor.services.document.loading import SlicedLoad

if TYPE_CHECKING:  # the store (YAML, hashing, locks) is imported after the window's first paint
    from sr_editor.core.storage.store import LoadedArticle
    from sr_editor.services.runtime.turns import TurnBudget


class ArticleDocument(QObject):
    loaded = Signal()  # another article (or none) is now open
    metaChanged = Signal(str)  # front-matter key that changed
    bodyChanged = Signal()
    dirtyChanged = Signal(bool)
    readOnlyChanged = Signal(bool)
    problemsChanged = Signal(list)  # list[core.checks.lint.Problem]

    def __init__(self, parent: QObject | None = None, turns: TurnBudget | None = None) -> None:
        """`turns`: the window's room for background work per event-loop turn, which the loading slices share
        (without it they are budgeted alone)."""
        super().__init__(parent)
        self.turns = turns
        self.text_document = QTextDocument(self)
        self.text_document.setDocumentLayout(QPlainTextDocumentLayout(self.text_document))
        self.text = BodyText(self.text_document, self)  # first on contentsChange: before any reader's slot
        self.text_document.contentsChanged.connect(self._on_body_changed)
        self.slices = SlicedLoad(self.text_document, self.text, self, turns)  # `finished` once a long body is all in
        self._article = Article()
        self._bundle: Path | None = None
        self._disk_hash: str | None = None
        self._dirty = False
        self.broken_reason: str | None = None  # why the open file could not be read: shown read-only
        self.broken_line: int | None = None  # the file's line of that problem, when known
        self.broken_detail = ""  # what is wrong, without the file's path (the Problems panel's sentence)
        self.problems: list[Any] = []  # the last checks' findings (`set_problems`); a new list each time
        self._loading = False
        self._crlf = False

    # ----- state -----------------------------------------------------------------------------------
    @property
    def bundle(self) -> Path | None:
        return self._bundle

    @property
    def disk_hash(self) -> str | None:
        return self._disk_hash

    @property
    def is_dirty(self) -> bool:
        return self._dirty

    @property
    def read_only(self) -> bool:
        return self.broken_reason is not None

    def article(self) -> Article:
        """A snapshot of the article as edited (meta + current body), safe to hand to another thread."""
        snapshot = copy.deepcopy(self._article)
        if self.text_document.isModified():
            snapshot.body = _line_ends(self.text.exact(), self._crlf)
        return snapshot

    def body(self) -> str:
        """The body as it would be saved (the file's own line ends), without copying the metadata. QTextDocument
        normalises line endings: while the text is untouched, the original body is the exact one."""
        if not self.text_document.isModified():
            return self._article.body
        return _line_ends(self.text.exact(), self._crlf)

    def display_body(self) -> str:
        """`body()` for the preview: built from the live text, no full copy of the document per render."""
        if not self.text_document.isModified():
            return self._article.body
        return _line_ends(self.text.live(), self._crlf)

    # ----- loading / saving ------------------------------------------------------------------------
    def load(self, loaded: LoadedArticle) -> None:
        self._set_content(loaded.bundle, loaded.article, loaded.disk_hash, broken=None)

    def load_broken(self, bundle: Path, reason: str, raw_text: str = "", line: int | None = None,
                    disk_hash: str | None = None, detail: str | None = None) -> None:
        """Show a file we cannot parse as its raw text: its fields are read-only and nothing saves it by itself;
        the writer may fix the text and save it knowingly (`mark_raw_saved`), which reads it again."""
        self._set_content(bundle, Article(body=raw_text), disk_hash, broken=reason, where=(line, detail or reason))

    def mark_raw_saved(self, new_hash: str) -> None:
        """The raw text of a broken article was written as it is: nothing unsaved is left."""
        self._disk_hash = new_hash
        self._set_dirty(False)

    def close(self) -> None:
        self._set_content(None, Article(), None, broken=None)

    def mark_saved(self, saved: Article, new_hash: str) -> None:
        """After a successful save of `saved`; stays dirty if the user typed meanwhile."""
        self._disk_hash = new_hash
        self._article.raw_front = saved.raw_front
        self._article.raw_meta = copy.deepcopy(saved.raw_meta)
        current = self.article()
        self._set_dirty(current.meta != saved.meta or current.body != saved.body)

    def adopt_disk_hash(self, disk_hash: str | None) -> None:
        """"Keep mine" after an external change: the next save overwrites the version now on disk."""
        self._disk_hash = disk_hash

    def adopt_front_matter(self, loaded: LoadedArticle, keys: tuple[str, ...]) -> None:
        """Take `keys` of the front matter from `loaded` (the file as another writer, our publish, left it) and
        its hash, keeping the text, the cursor and the undo history; still dirty if the writer typed meanwhile."""
        if loaded.bundle != self._bundle or self.read_only:
            return
        for key in keys:
            if key in loaded.article.meta:
                self._article.set(key, copy.deepcopy(loaded.article.meta[key]))
            else:
                self._article.remove(key)
        self._disk_hash = loaded.disk_hash
        current = self.article()
        same = current.meta == loaded.article.meta and current.body == loaded.article.body
        if same:  # the next save of this front matter writes the file's own text back verbatim
            self._article.raw_front = loaded.article.raw_front
            self._article.raw_meta = copy.deepcopy(loaded.article.raw_meta)
        self._set_dirty(not same)
        for key in keys:
            self.metaChanged.emit(key)

    def load_recovered(self, loaded: LoadedArticle, recovered: Article, base_hash: str | None = None) -> None:
        """Open `loaded` but show the recovered text as unsaved edits, so the user decides by saving. The next
        save expects `base_hash` on disk (the file the edit started from): a file changed since is not
        overwritten without asking."""
        self._set_content(loaded.bundle, loaded.article, base_hash, broken=None)
        self.slices.finish()  # the recovered text replaces all of it, as one edit
        self._article = copy.deepcopy(recovered)
        self._loading = True
        try:
            cursor = QTextCursor(self.text_document)
            cursor.select(QTextCursor.SelectionType.Document)
            cursor.insertText(recovered.body.replace("\r\n", "\n"))
        finally:
            self._loading = False
        self._set_dirty(True)
        self.metaChanged.emit("")
        self.bodyChanged.emit()

    def _set_content(self, bundle: Path | None, article: Article, disk_hash: str | None, broken: str | None,
                     where: tuple[int | None, str] = (None, "")) -> None:
        was_read_only = self.read_only
        self._loading = True
        try:
            self._bundle, self._article, self._disk_hash, self.broken_reason = bundle, article, disk_hash, broken
            self.broken_line, self.broken_detail = where
            self._crlf = "\r\n" in article.body and "\n" not in article.body.replace("\r\n", "")
            self.slices.start(article.body)  # unmodified, nothing to undo; a long body in slices
        finally:
            self._loading = False
        self._set_dirty(False)
        if was_read_only != self.read_only:
            self.readOnlyChanged.emit(self.read_only)
        self.loaded.emit()
        self.bodyChanged.emit()

    # ----- editing ---------------------------------------------------------------------------------
    def meta(self, key: str, default: Any = None) -> Any:
        return self._article.meta.get(key, default)

    def set_meta(self, key: str, value: Any) -> None:
        if self.read_only or self._article.meta.get(key) == value:
            return
        self._article.set(key, value)
        self._set_dirty(True)
        self.metaChanged.emit(key)

    def featured_image(self) -> FeaturedImage | None:
        return self._article.featured_image

    def set_featured_image(self, image: FeaturedImage | None) -> None:
        if self.read_only:
            return
        before = copy.deepcopy(self._article.meta.get("featured_image"))
        self._article.featured_image = image
        if self._article.meta.get("featured_image") != before:
            self._set_dirty(True)
            self.metaChanged.emit("featured_image")

    def replace_body(self, new_body: str) -> None:
        """Replace the body as one undoable edit touching only the changed span (images panel, dialogs)."""
        if self.read_only:
            return
        self.slices.finish()  # positions in the whole text
        old = self.text.exact()
        if old == new_body:
            return
        start = _common_prefix_length(old, new_body)
        tail = _common_suffix_length(old[start:], new_body[start:])
        end_old, end_new = len(old) - tail, len(new_body) - tail
        cursor = QTextCursor(self.text_document)
        cursor.setPosition(start)
        cursor.setPosition(end_old, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(new_body[start:end_new])

    def set_problems(self, problems: list[Any]) -> None:
        self.problems = list(problems)
        self.problemsChanged.emit(self.problems)

    # ----- internals -------------------------------------------------------------------------------
    def _on_body_changed(self) -> None:
        if self._loading or self.slices.inserting:
            return
        if self.slices.active:  # an edit while the text is loaded (not a key: the editor holds those)
            self.slices.finish()
            self.text_document.setModified(True)
        self._set_dirty(True)  # a broken article's raw text too: saving it knowingly reads it again
        self.bodyChanged.emit()

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirtyChanged.emit(dirty)


def _line_ends(text: str, crlf: bool) -> str:
    """The editor's text with the file's own line ends."""
    return text.replace("\n", "\r\n") if crlf else text


def _common_prefix_length(a: str, b: str) -> int:
    """Bisection over slice comparisons (C speed): ~10 ms on a 400 KB body where a character loop takes ~300."""
    low, high = 0, min(len(a), len(b))
    while low < high:
        mid = (low + high + 1) // 2
        if a[:mid] == b[:mid]:
            low = mid
        else:
            high = mid - 1
    return low


def _common_suffix_length(a: str, b: str) -> int:
    low, high = 0, min(len(a), len(b))
    while low < high:
        mid = (low + high + 1) // 2
        if a[len(a) - mid :] == b[len(b) - mid :]:
            low = mid
        else:
            high = mid - 1
    return low


def edited_text(document: ArticleDocument) -> str:
    """The editor's text as it stands (the file's own line ends): a broken article's raw file as edited."""
    return _line_ends(document.text.exact(), document._crlf)
