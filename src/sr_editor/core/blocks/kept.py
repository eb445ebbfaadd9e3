"""Kept units in the renderer: each unit (units.py) goes through Python-Markdown untouched and is published as
the site saved it.

A preprocessor that runs before Python-Markdown normalizes whitespace (tabs and line ends inside a unit are the
site's) takes each unit out and leaves a token paragraph; the block tree processor keeps that paragraph as it is
(no block comments of ours); a postprocessor that runs after the sanitizer and the shortcode escaper puts the
unit's markup back in its place.
"""

from __future__ import annotations

import re

from markdown import Markdown
from markdown.postprocessors import Postprocessor
from markdown.preprocessors import Preprocessor

from sr_editor.core.blocks.unit_syntax import unit_spans, unit_text

_TOKEN = "\ue000sr-unit:{0}\ue000"
TOKEN_RE = re.compile("\ue000sr-unit:(\\d+)\ue000")
_PARAGRAPH = re.compile("<p>\ue000sr-unit:(\\d+)\ue000</p>")


class KeptUnitPreprocessor(Preprocessor):  # type: ignore[misc]  # markdown ships no type hints
    """Each unit -> one token paragraph; the units of the current document wait in `units`."""

    def __init__(self, md: Markdown) -> None:
        super().__init__(md)
        self.units: list[str] = []

    def run(self, lines: list[str]) -> list[str]:
        self.units = []
        spans = unit_spans(lines)
        if not spans:
            return lines
        out: list[str] = []
        last = 0
        for start, end in spans:
            out.extend(lines[last:start])
            out.extend(["", _TOKEN.format(len(self.units)), ""])
            self.units.append(unit_text(lines[start:end]))
            last = end
        out.extend(lines[last:])
        return out

    def unit_of(self, text: str) -> str | None:
        """The unit a paragraph's text stands for, or None."""
        match = TOKEN_RE.fullmatch(text.strip())
        if match is None or int(match.group(1)) >= len(self.units):
            return None
        return self.units[int(match.group(1))]


class KeptUnitPostprocessor(Postprocessor):  # type: ignore[misc]  # markdown ships no type hints
    """Token paragraphs -> the units' markup, after every other postprocessor has had the text."""

    def __init__(self, md: Markdown, source: KeptUnitPreprocessor) -> None:
        super().__init__(md)
        self.source = source

    def run(self, text: str) -> str:
        if not self.source.units or "\ue000" not in text:
            return text

        def unit(match: re.Match[str]) -> str:
            found = self.source.unit_of(match.group(0)[3:-4])
            return found if found is not None else match.group(0)

        return _PARAGRAPH.sub(unit, text)
