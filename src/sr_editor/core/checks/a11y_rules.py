"""The accessibility rules (stable ids, severity, what each checks) and the context the checks share."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sr_editor.core.checks.a11y_settings import A11ySettings
from sr_editor.core.checks.element_lines import ElementLines
from sr_editor.core.checks.html_tree import Node
from sr_editor.core.checks.problems import Problem, Rule, Severity, help_link
from sr_editor.core.pacing import no_pause

E, W = Severity.ERROR, Severity.WARNING
A11Y_RULES: dict[str, Rule] = {
    "heading-empty": Rule(E, "A heading has no text, so screen readers announce an empty heading."),
    "heading-skipped-level": Rule(
        W, "A heading skips a level (`##` then `####`; the title counts as level 1), which breaks the outline "
        "screen readers offer."),
    "bold-as-heading": Rule(
        W, "A paragraph is only bold text and reads like a heading, but screen readers cannot jump to it."),
    "link-vague-text": Rule(
        W, "A link's whole text says nothing about where it goes (\"click here\", \"aquí\", \"leia mais\")."),
    "link-url-text": Rule(W, "A link's text is a web address, which screen readers spell out."),
    "link-same-text": Rule(W, "Two links have the same text but go to different addresses."),
    "section-too-long": Rule(W, "A stretch of text runs longer than the set number of words without a subheading."),
    "table-no-header": Rule(E, "A table has no header row, so cells cannot be read with their column's name."),
    "caps-paragraph": Rule(W, "A paragraph is written mostly in capital letters."),
    "link-new-window": Rule(W, "A link opens a new window (`target=\"_blank\"`) without saying so in its text."),
    "alt-repeats-text": Rule(
        W, "An image's alt text repeats a sentence next to it word for word, so screen readers read it twice."),
}


@dataclass
class CheckContext:
    """What every check reads (the tree, the lines, the language, the thresholds) and the list it adds to."""

    root: Node
    lines: ElementLines
    language: str
    settings: A11ySettings
    found: list[Problem]
    pause: Callable[[], None] = no_pause  # called between elements: a worker thread's naps (core.pacing)

    def report(self, rule: str, node: Node, sentence: str, *values: object) -> None:
        """Add a problem of `rule` at the node's line; `sentence` (translated) gets the line as {0}, then `values`."""
        where = self.lines.line_of(node) or 1
        message = sentence.format(where, *values)
        self.found.append(Problem(rule, A11Y_RULES[rule].severity, message, line=where, help=help_link(rule)))
