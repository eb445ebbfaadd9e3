"""The accessibility checks of an article's structure: headings, bold lines posing as headings, long sections,
tables without a header row, paragraphs in capitals."""

from __future__ import annotations

import re

from sr_editor.core.checks.a11y_rules import CheckContext
from sr_editor.core.checks.element_lines import HEADINGS
from sr_editor.core.checks.html_tree import Node
from sr_editor.core.i18n import translate

_WORD = re.compile(r"[^\W\d_]+")
_SENTENCE_PUNCTUATION = (".", "!", "?", "…", ";", ",", "\"", "”", "»", "’", ")")
TITLE_LEVEL = 1  # the site shows the article's title as the page's one level-1 heading


def _level(node: Node) -> int:
    return int(node.tag[1])


def _in_notes(node: Node) -> bool:
    return any(a.has_class("footnote") for a in node.ancestors())


def check_headings(context: CheckContext) -> None:
    previous = TITLE_LEVEL
    for heading in context.root.find_all(*HEADINGS):
        context.pause()
        if _in_notes(heading):
            continue
        level = _level(heading)
        if not heading.plain_text().strip():
            context.report("heading-empty", heading, translate(
                "a11y", "Line {0}: this heading has no text, so screen readers announce an empty heading: write its "
                "words or remove the line."))
            continue
        if level > previous + 1:
            context.report("heading-skipped-level", heading, translate(
                "a11y", "Line {0}: the heading jumps from level {1} to level {2}: make it level {3} ({4}) so the "
                "outline that screen readers offer has no gap."), previous, level, previous + 1, "#" * (previous + 1))
        previous = level


def _only_bold(paragraph: Node) -> Node | None:
    """The <strong>/<b> that is all of the paragraph, None when the paragraph holds anything else."""
    bold: Node | None = None
    for child in paragraph.children:
        if not child.tag:
            if child.text.strip():
                return None
        elif child.tag in ("strong", "b") and bold is None:
            bold = child
        elif child.tag != "br":
            return None
    return bold


def check_bold_headings(context: CheckContext) -> None:
    for paragraph in context.root.find_all("p"):
        context.pause()
        if paragraph.inside("li", "td", "th", "blockquote", "figure") or _in_notes(paragraph):
            continue
        bold = _only_bold(paragraph)
        if bold is None or any(child.tag in ("a", "img") for child in bold.elements()):
            continue
        text = bold.plain_text()
        if not _WORD.search(text) or len(text) > context.settings.bold_heading_chars:
            continue
        if text.endswith(_SENTENCE_PUNCTUATION):
            continue  # a sentence set in bold for emphasis, not a heading
        shown = text.rstrip(":")
        context.report("bold-as-heading", paragraph, translate(
            "a11y", "Line {0}: this paragraph is only bold text and reads like a heading, but screen readers cannot "
            "jump to it: make it a heading (## {1}) or part of a sentence."), shown)


# A word (between whitespace) with a letter or digit among its first three characters: `[^\W_]` is str.isalnum.
_COUNTED_WORD = re.compile(r"(?<!\S)\S{0,2}?[^\W_]")


def count_words(text: str) -> int:
    """Words of `text` as the section length counts them (a dash or a lone symbol is no word)."""
    return len(_COUNTED_WORD.findall(text))


def _words(node: Node) -> int:
    return count_words(node.plain_text())


def check_sections(context: CheckContext) -> None:
    limit = context.settings.section_words
    heading: Node | None = None
    first: Node | None = None
    count = 0

    def close() -> None:
        if count <= limit or first is None:
            return
        if heading is None:
            context.report("section-too-long", first, translate(
                "a11y", "Line {0}: the text before the first heading runs {1} words (more than {2}) without a "
                "subheading: add subheadings so readers can jump through it."), count, limit)
        else:
            title = heading.plain_text()
            context.report("section-too-long", heading, translate(
                "a11y", "Line {0}: the section \"{1}\" runs {2} words (more than {3}) without a subheading: add "
                "subheadings so readers can jump through it."), title, count, limit)

    for node in context.root.element_children():
        context.pause()
        if node.has_class("footnote"):
            continue
        if node.tag in HEADINGS:
            close()
            heading, first, count = node, None, 0
            continue
        if first is None:
            first = node
        count += _words(node)
    close()


def _has_header(table: Node) -> bool:
    return any(cell.plain_text().strip() for cell in table.find_all("th"))


def check_tables(context: CheckContext) -> None:
    for table in context.root.find_all("table"):
        context.pause()
        if _has_header(table):
            continue
        context.report("table-no-header", table, translate(
            "a11y", "Line {0}: this table has no header row, so screen readers cannot say which column a cell "
            "belongs to: write the column names in its first row, above the |---| line."))


CAPS_WORD_LETTERS = 4  # shorter words in capitals are mostly abbreviations (UN, EU, OAS, MST), which are fine


_EDGES = ".,;:!?…\"'“”‘’«»()[]-–—/"


def capitals_share(text: str) -> tuple[int, float]:
    """(words of four letters or more in capitals, the share of capitals among all words of two letters or more):
    abbreviations raise the share a little but never count as shouting on their own."""
    words = [word for word in (raw.strip(_EDGES) for raw in text.split()) if len(word) >= 2 and word.isalpha()]
    if not words:
        return 0, 0.0
    upper = [word for word in words if word.isupper()]
    return sum(1 for word in upper if len(word) >= CAPS_WORD_LETTERS), len(upper) / len(words)


def check_capitals(context: CheckContext) -> None:
    settings = context.settings
    for paragraph in context.root.find_all("p"):
        context.pause()
        if paragraph.inside("figure", "pre") or _in_notes(paragraph):
            continue
        upper, share = capitals_share(paragraph.plain_text())
        if upper >= settings.caps_min_words and share >= settings.caps_share:
            context.report("caps-paragraph", paragraph, translate(
                "a11y", "Line {0}: this paragraph is mostly in capital letters, which is hard to read and which some "
                "screen readers spell out letter by letter: write it in ordinary case, with bold for emphasis."))
