"""The body's text as Python strings, without a full copy from the QTextDocument on every read.

At 100k words a copy of the QTextDocument's text costs the GUI thread ~5 ms, and after each pause in typing the
preview, the images panel, the outline, the checks and the recovery snapshot all want the whole text. Two forms:

- `exact()`: `document_text()`, copied at most once per revision of the document and shared by every reader. What
  is saved, checked or edited back into the document (alt texts) is built from this one.
- `live()`: a string that follows the edits (`contentsChange` says where and how much; the few new characters are
  read from the document at once and spliced in when the text is next read, runs of typing merged into one
  splice: a keystroke costs microseconds, a read one memory copy, never a walk over the document). For what only
  shows the text (the preview, the outline, the images list). It is checked against every exact copy and
  restarted from it, so even if it ever drifted, the next exact read would put it right (counted in `drifts`).

While a long text is being loaded into the document in slices (`ArticleDocument`), both forms answer the whole
text it will hold (`expect`), and the slices' edits are not followed; `settle` ends that.

Qt counts positions in UTF-16 units and Python in characters: while the text holds a character outside the BMP
(an emoji) the two differ, so the live text is then given up and every read is an exact copy, as before.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QTextCursor, QTextDocument

# What the document's raw text (toRawText(), QTextCursor.selectedText()) holds for a line break: paragraph and line
# separators and the frame markers, each "\n" in the file. No-break spaces stay: toPlainText() would turn them into
# plain spaces, and "10\u00a0000" or "Port-au-Prince\u00a0:" saved after an edit would lose them.
AS_PLAIN_TEXT = str.maketrans({"\u2029": "\n", "\u2028": "\n", "\ufdd0": "\n", "\ufdd1": "\n"})


def document_text(document: QTextDocument) -> str:
    """The document's text as the file holds it: the raw text with line breaks as "\n" (each replace runs in C;
    a translate would walk the text in Python's slow path, ~8 ms at 100k words)."""
    text = document.toRawText()
    for special in ("\u2029", "\u2028", "\ufdd0", "\ufdd1"):
        if special in text:
            text = text.replace(special, "\n")
    return text
LIVE_EDIT_LIMIT = 10_000  # characters: a bigger edit (an article opened, a replace-all) waits for an exact copy
PENDING_LIMIT = 64  # splices waiting for a read; beyond that the next read makes an exact copy instead


class BodyText(QObject):
    """Both forms of the text of `document`; the revision bumps on every change the document reports."""

    def __init__(self, document: QTextDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._revision = 0
        self._exact: tuple[tuple[int, int], str] | None = None  # (revision, document_text()) of the last copy
        self._live: str | None = None  # the text as of the last read (None: start again from exact())
        self._pending: list[list[Any]] = []  # [position, removed, new text] splices to apply to it, in order
        self._length = 0  # len() of the live text once the pending splices are applied
        self._planned: str | None = None  # the whole text while it is loaded in slices (`expect`)
        self.exact_copies = 0  # for tests and benchmarks: how often the whole text was copied
        self.drifts = 0  # times the live text differed from an exact copy (never, unless Qt misreports an edit)
        # connected before any reader's slot (the document is built just before this object)
        document.contentsChange.connect(self._on_change)

    @property
    def revision(self) -> tuple[int, int]:
        """Changes whenever the text may have changed: the key of results computed from the text.

        Every change of the text emits contentsChange; the document's signals are blocked only around format
        changes (highlighter.formats_only), so a text change never goes unseen. The length is part of the key
        all the same."""
        if self._planned is not None:  # the slices being loaded do not change what the readers see
            return self._revision, len(self._planned) + 1
        return self._revision, self._document.characterCount()

    @property
    def loading(self) -> bool:
        return self._planned is not None

    def expect(self, planned: str) -> None:
        """The document is being filled with `planned` (as `toPlainText` will give it) in slices: until `settle`,
        readers get all of it, and the slices' changes are not followed."""
        self._planned = planned
        self._revision += 1
        self._exact, self._live, self._pending = None, None, []

    def settle(self) -> None:
        """The document holds its whole text (or an edit came in while loading): read from the document again."""
        if self._planned is None:
            return
        self._planned = None
        self._revision += 1
        self._exact, self._live, self._pending = None, None, []

    def exact(self) -> str:
        """The text as the file holds it (`document_text`), one copy per revision."""
        if self._planned is not None:
            return self._planned
        key = self.revision
        if self._exact is None or self._exact[0] != key:
            text = document_text(self._document)
            self.exact_copies += 1
            if self._live is not None and self.live() != text:
                self.drifts += 1
            self._exact, self._live, self._pending, self._length = (key, text), text, [], len(text)
        return self._exact[1]

    def live(self) -> str:
        """The text now, for showing it: equal to `exact()`, without copying the whole document per edit."""
        if self._planned is not None:
            return self._planned
        if self._live is None:
            return self.exact()
        if self._pending:
            text = self._live
            for position, removed, new in self._pending:
                text = text[:position] + new + text[position + removed:]
            self._live, self._pending = text, []
        return self._live

    def _on_change(self, position: int, removed: int, added: int) -> None:
        if self._planned is not None:
            return  # a slice of the text being loaded; an edit meanwhile settles first (ArticleDocument)
        self._revision += 1
        self._exact = None  # not needed any more: never keep two copies of a long text alive
        if self._live is not None and not self._follow(position, removed, added):
            self._live, self._pending = None, []

    def _follow(self, position: int, removed: int, added: int) -> bool:
        """Note the splice of this edit; False when it is not one we can follow (then start again)."""
        length = self._document.characterCount() - 1  # the last block's separator is not part of the text
        if (max(removed, added) > LIVE_EDIT_LIMIT or position + removed > self._length
                or self._length - removed + added != length or position + added > length):
            return False  # an edit at the very end may count the last separator; an emoji counts twice
        cursor = QTextCursor(self._document)
        cursor.setPosition(position)
        cursor.setPosition(position + added, QTextCursor.MoveMode.KeepAnchor)
        new = cursor.selectedText().translate(AS_PLAIN_TEXT)
        if len(new) != added:
            return False  # characters outside the BMP: Qt's positions are no longer Python's
        self._length += added - removed
        last = self._pending[-1] if self._pending else None
        if last is not None and position >= last[0] and position + removed <= last[0] + len(last[2]):
            offset = position - last[0]  # inside what the previous splice put in (typing on): merge them
            last[2] = last[2][:offset] + new + last[2][offset + removed:]
            return True
        self._pending.append([position, removed, new])
        return len(self._pending) <= PENDING_LIMIT
