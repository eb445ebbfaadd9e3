"""The link between the metadata panel's sections and the open ArticleDocument.

The sections write every edit straight to the document and refresh from its signals; this object holds the two
flags that stop the echo (a refresh must not write back, a write must not trigger a refresh), shared by all of them.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sr_editor.core.article.article import FeaturedImage
from sr_editor.services.document.document import ArticleDocument


class MetaBinding:
    """Writes to one document, unless a refresh from that document is under way."""

    def __init__(self, document: ArticleDocument) -> None:
        self.document = document
        self.refreshing = False
        self.writing = False

    @contextmanager
    def refresh_guard(self) -> Iterator[None]:
        """While fields are filled from the document, their change signals write nothing."""
        was, self.refreshing = self.refreshing, True
        try:
            yield
        finally:
            self.refreshing = was

    @contextmanager
    def write_guard(self) -> Iterator[None]:
        self.writing = True
        try:
            yield
        finally:
            self.writing = False

    def write(self, key: str, value: Any) -> None:
        if self.refreshing:
            return
        with self.write_guard():
            self.document.set_meta(key, value)

    def write_featured(self, image: FeaturedImage) -> None:
        with self.write_guard():
            self.document.set_featured_image(image)

    def meta_list(self, key: str) -> list[str]:
        """A front-matter list as strings; a lone string counts as a list of one."""
        value = self.document.meta(key)
        if isinstance(value, str):
            return [value] if value.strip() else []
        return [str(v) for v in value] if isinstance(value, list) else []


def as_text(value: Any) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else str(value)


def set_line(edit: Any, value: Any) -> None:
    """Show a value in a QLineEdit without moving a focused user's cursor; unfocused, show the text's start."""
    text = as_text(value)
    if edit.text() != text:
        edit.setText(text)
        if not edit.hasFocus():
            edit.setCursorPosition(0)  # show the start of a long title, not its end
