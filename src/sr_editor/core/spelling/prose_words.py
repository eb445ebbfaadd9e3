"""The words of a Markdown line that are prose, for spell checking: never syntax, URLs, code, HTML or attributes.

Works one line (one editor block) at a time, so a keystroke re-checks one line; what spans lines (fenced code,
HTML comments) is the caller's state (the highlighter's block state), and such lines are never passed in.
"""

from __future__ import annotations

import re

# Spans whose letters are never prose. Each alternative starts with a distinct character, so the scan is quick;
# the patterns that could start at any letter (URLs, e-mail addresses) run only when the line holds their mark.
_SKIPPED = re.compile(
    r"`+[^`]*`+"                                  # code spans
    r"|<!--.*?(?:-->|$)"                          # HTML comments (Gutenberg block markers), also unterminated
    r"|</?[A-Za-z][^>]*>"                         # HTML tags
    r"|<[A-Za-z][A-Za-z0-9+.-]*:[^>\s]*>"         # autolinks <https://...>
    r"|\]\([^)\s]*(?:\s+\"[^\"]*\")?\)"           # link and image destinations ](url "title"): the URL part
    r"|\[\^[^\]]*\]"                              # footnote references [^1]
    r"|^\s{0,3}\[[^\]]+\]:\s*\S+"                 # reference definitions [id]: url
    r"|\{[:#.][^}]*\}"                            # attribute lists {: .class #id}
    r"|&[#\w]+;"                                  # HTML entities
)
_MARKS = ("`", "<", "](", "[", "{", "&")
_URL = re.compile(r"\b[A-Za-z][A-Za-z0-9+.-]*://\S+")  # bare URLs
_WWW = re.compile(r"\bwww\.\S+", re.IGNORECASE)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# A word: letters, with inner apostrophes (don't, d'Ivoire, writer’s), not touching digits or underscores (G20,
# covid_19, 2nd): the atomic group stops the match from backing off to "covi" or "G".
_WORD = re.compile(r"(?<!\w)(?>[^\W\d_]+(?:['’][^\W\d_]+)*)(?!\w)")
_INDENTED_CODE = re.compile(r"^(?: {4}|\t)(?!\s*(?:[-*+]|\d+[.)])\s)")
_LINK_TITLE = re.compile(r"\"([^\"]*)\"\)$")


def prose_words(line: str, start: int = 0) -> list[tuple[int, str]]:
    """(offset, word) of every word of `line[start:]` a spell checker should see.

    Skips indented code lines, code spans, URLs, e-mail addresses, HTML, link targets, footnote marks, attribute
    lists, words with digits (COVID19, 2nd), all-capital abbreviations (NATO, UN) and one-letter words.
    """
    if start == 0 and _INDENTED_CODE.match(line):
        return []
    masked = _mask(line, start)  # each match's group() fetched once: this runs on every keystroke
    return [(m.start(), word) for m in _WORD.finditer(masked, start)
            if len(word := m.group()) > 1 and not word.isupper()]


def _mask(line: str, start: int) -> str:
    """The line with every skipped span blanked (same length, so offsets stay true)."""
    if any(mark in line for mark in _MARKS):
        line = _blank(_SKIPPED, line, start, keep_titles=True)
    if "://" in line:
        line = _blank(_URL, line, start)
    if "www." in line or "WWW." in line:
        line = _blank(_WWW, line, start)
    if "@" in line:
        line = _blank(_EMAIL, line, start)
    return line


def _blank(pattern: re.Pattern[str], line: str, start: int, keep_titles: bool = False) -> str:
    pieces: list[str] = []
    last = 0
    for match in pattern.finditer(line, start):
        kept = _kept_inside(match.group()) if keep_titles else None
        pieces.append(line[last:match.start()])
        pieces.append(kept if kept is not None else " " * (match.end() - match.start()))
        last = match.end()
    if not pieces:
        return line
    pieces.append(line[last:])
    return "".join(pieces)


def _kept_inside(span: str) -> str | None:
    """A link's title ("Caption shown under the image") is prose: keep it, blank the rest of the span."""
    if not span.startswith("]("):
        return None
    title = _LINK_TITLE.search(span)
    if title is None:
        return None
    return " " * title.start(1) + title.group(1) + " " * (len(span) - title.end(1))


def word_key(word: str) -> str:
    """The form a word is checked and remembered in: curly apostrophes as straight ones."""
    return word.replace("’", "'") if "’" in word else word
