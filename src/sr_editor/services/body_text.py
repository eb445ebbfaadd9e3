"""The body's text as Python strings, without a full copy from the QTextDocument on every read (OWNER: gui helper).

At 100k words `QTextDocument.toPlainText()` costs the GUI thread ~5 ms, and after each pause in typing the
preview, the images panel, the outline, the checks and the recovery snapshot all want the whole text. Two forms:

- `exact()`: `toPlainText()`, copied at most once per revision of the document and shared by every reader. What
  is saved, checked or edited back into the document (alt texts) is built from this one.
- `live()`: a string that follows each edit (`contentsChange` says where and how much; the few new characters are
  read from the document and spliced in: a memory copy, no walk over the document). For what only shows the
  text (the preview, the outline, the images list). It is checked against every exact copy and restarted from
  it, so even if it ever drifted, the next exact read would put it right; a drift is counted in `drifts`.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QTextCursor, QTextDocument

# What QTextDocument.toPlainText() turns into "\n" and " " (QTextCursor.selectedText() keeps them as they are):
# paragraph and line separators, the frame markers, and the no-break space.
_AS_PLAIN_TEXT = str.maketrans({"\u2029": "\n", "\u2028": "\n", "\ufdd0": "\n", "\ufdd1": "\n", "\u00a0": " "})
LIVE_EDIT_LIMIT = 10_000  # characters: a bigger edit (an article opened, a replace-all) waits for an exact copy


class BodyText(QObject):
    """Both forms of the text of `document`; the revision bumps on every change the document reports."""

    def __init__(self, document: QTextDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._revision = 0
        self._exact: tuple[tuple[int, int], str] | None = None  # (revision, toPlainText()) of the last copy
        self._live: str | None = None  # the text now, followed edit by edit (None: start again from exact())
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
        return self._revision, self._document.characterCount()

    def exact(self) -> str:
        """The text as `QTextDocument.toPlainText()` gives it, one copy per revision."""
        key = self.revision
        if self._exact is None or self._exact[0] != key:
            text = self._document.toPlainText()
            self.exact_copies += 1
            if self._live is not None and self._live != text:
                self.drifts += 1
            self._exact, self._live = (key, text), text
        return self._exact[1]

    def live(self) -> str:
        """The text now, for showing it: equal to `exact()`, without copying the whole document per edit."""
        return self._live if self._live is not None else self.exact()

    def _on_change(self, position: int, removed: int, added: int) -> None:
        self._revision += 1
        self._exact = None  # not needed any more: never keep two copies of a long text alive
        live, self._live = self._live, None
        if live is None or max(removed, added) > LIVE_EDIT_LIMIT or position + removed > len(live):
            return
        length = self._document.characterCount() - 1  # the last block's separator is not part of the text
        if len(live) - removed + added != length or position + added > length:
            return  # not the splice we expected (an edit at the very end may count the last separator)
        cursor = QTextCursor(self._document)
        cursor.setPosition(position)
        cursor.setPosition(position + added, QTextCursor.MoveMode.KeepAnchor)
        self._live = live[:position] + cursor.selectedText().translate(_AS_PLAIN_TEXT) + live[position + removed:]
