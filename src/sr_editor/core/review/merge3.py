"""Three-way merge of two versions of an article against their common base, hunk by hunk (diff3's idea).

A hunk changed on one side only is taken from that side; a hunk changed on both sides (differently) is a
conflict, resolved by the writer's choice: mine, theirs, or both (mine first). Lines are compared exactly.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from enum import Enum


class Choice(Enum):
    MINE = "mine"
    THEIRS = "theirs"
    BOTH = "both"


@dataclass
class Hunk:
    base: list[str]
    mine: list[str]
    theirs: list[str]
    choice: Choice | None = None  # None for hunks that need no choice

    @property
    def conflict(self) -> bool:
        return self.mine != self.base and self.theirs != self.base and self.mine != self.theirs

    def result(self) -> list[str]:
        if not self.conflict:
            return self.theirs if self.mine == self.base else self.mine
        choice = self.choice or Choice.MINE
        if choice is Choice.THEIRS:
            return self.theirs
        if choice is Choice.BOTH:
            return self.mine + self.theirs
        return self.mine


def _changes(base: list[str], other: list[str]) -> list[tuple[int, int, int, int]]:
    """(base start, base end, other start, other end) of each change, in order."""
    matcher = difflib.SequenceMatcher(None, base, other, autojunk=False)
    return [(i1, i2, j1, j2) for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal"]


def merge_hunks(base: str, mine: str, theirs: str) -> list[Hunk]:
    """Hunks covering the whole text: unchanged runs (base == mine == theirs) and changed regions."""
    b, m, t = base.splitlines(keepends=True), mine.splitlines(keepends=True), theirs.splitlines(keepends=True)
    regions = sorted([(i1, i2, "m", j1, j2) for i1, i2, j1, j2 in _changes(b, m)]
                     + [(i1, i2, "t", j1, j2) for i1, i2, j1, j2 in _changes(b, t)])
    hunks: list[Hunk] = []
    pos_b = pos_m = pos_t = 0
    index = 0
    while index < len(regions):
        start, end = regions[index][0], regions[index][1]
        group = [regions[index]]
        index += 1
        while index < len(regions) and (regions[index][0] < end or (regions[index][0] == end == start)
                                        or regions[index][0] == start):
            end = max(end, regions[index][1])
            group.append(regions[index])
            index += 1
        _same(hunks, b[pos_b:start])
        m_start, m_end = _span(group, "m", start, end, pos_b, pos_m)
        t_start, t_end = _span(group, "t", start, end, pos_b, pos_t)
        hunks.append(Hunk(b[start:end], m[m_start:m_end], t[t_start:t_end]))
        pos_b, pos_m, pos_t = end, m_end, t_end
    _same(hunks, b[pos_b:])
    return hunks


def _same(hunks: list[Hunk], lines: list[str]) -> None:
    if lines:
        hunks.append(Hunk(list(lines), list(lines), list(lines)))


def _span(group: list[tuple[int, int, str, int, int]], side: str, start: int, end: int, pos_b: int,
          pos_x: int) -> tuple[int, int]:
    """Where the base span [start, end) lies in one side, shifting by that side's changes inside the group."""
    mine = [g for g in group if g[2] == side]
    offset = pos_x - pos_b  # lines added minus removed before the group on this side
    if not mine:
        return start + offset, end + offset
    first, last = mine[0], mine[-1]
    return first[3] - (first[0] - start), last[4] + (end - last[1])


def merged_text(hunks: list[Hunk]) -> str:
    return "".join(line for hunk in hunks for line in hunk.result())
