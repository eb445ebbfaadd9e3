"""What a check reports: a Problem (stable rule id, severity, one sentence, where) and the Rule behind each id.

Kept apart from the checks themselves so every checker module (lint, the accessibility checks) can share them
without importing one another.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

__all__ = ["Problem", "Rule", "Severity", "help_link"]

DOCS_PAGE = "docs/rendering-and-checks.md"


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    rule: str  # stable id, e.g. "alt-missing"
    severity: Severity
    message: str  # one sentence naming what to fix
    field: str | None = None  # front-matter field, e.g. "title", "featured_image.alt"; None for the body
    line: int | None = None  # 1-based body line
    image: str | None = None  # image src concerned
    help: str = ""  # where the rule is explained (docs page and anchor), for the rules that have a section


@dataclass(frozen=True)
class Rule:
    severity: Severity
    sentence: str  # what the rule checks, for the documentation


def help_link(rule: str) -> str:
    """The rule's explanation: its section in the checks documentation (the section's heading is the id)."""
    return f"{DOCS_PAGE}#{rule}"
