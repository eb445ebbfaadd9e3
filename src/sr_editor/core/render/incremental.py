"""Fast re-rendering for the live preview, always byte-identical to `render_body` on the same input.

A 50,000-word article takes Python-Markdown ~370 ms; a keystroke changes one paragraph. The body is cut at block
boundaries that Python-Markdown treats independently (a blank line followed by a heading or a plain paragraph,
outside fenced code), each piece is rendered on its own and cached by its text, and the pieces are joined; of the
footnote definitions gathered at the end, a piece is rendered with those of the notes it cites (its references then
renumbered among all the notes), and all of them are rendered once as the notes list; reference-link definitions
(which render to nothing) are appended to every piece; headings repeated across pieces are renumbered as toc would.
Whenever a construct could tie distant blocks together otherwise (raw HTML blocks, notes cited twice, unusual
definitions) the whole body is rendered the ordinary way instead. Inline raw HTML keeps the fast path: a piece with
a tag left open is rendered together with the pieces after it until the tags balance (balanced_cuts).
"""

from __future__ import annotations

import bisect
import html as html_module
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass

from markdown.extensions import toc
from markdown.util import BLOCK_LEVEL_ELEMENTS

from sr_editor.core.pacing import no_pause
from sr_editor.core.render.extension import ImageResolver, UploadedImage
from sr_editor.core.render.render import FENCED_BLOCK_RE, last_heading_ids, render_body

TAB_LENGTH = 4  # Python-Markdown's default, which render_body uses
BLOCK_SEPARATOR = "\n\n"  # between top-level blocks, as render_body and the block editor write them
Pause = Callable[[], None]
MIN_CHUNK_CHARS = 2_000  # inside a section, pieces smaller than this are not worth their overhead

# Constructs whose meaning depends on text elsewhere in the document.
_FOOTNOTE_PLACE_MARKER = "///Footnotes Go Here///"
_LINK_DEFINITION_ANYWHERE = re.compile(r"\[(?!\^)[^\[\]]*\]:")
_LINK_DEFINITION_LINE = re.compile(
    r"^ {0,3}\[(?!\^)[^\[\]]*\]:[ ]*<?\S+>?(?:[ ]+(?:\"[^\"\n]*\"|'[^'\n]*'|\([^()\n]*\)))?[ ]*$"
)
_FOOTNOTE_DEFINITION = re.compile(r"^ {0,3}\[\^[^\]]*\]:", re.MULTILINE)
_FOOTNOTE_DEFINITION_ANYWHERE = re.compile(r"\[\^[^\]]*\]:")
_FOOTNOTE_REFERENCE = re.compile(r"\[\^([^\]]*)\]")
# Lines that would give the footnote definitions a heading, a quote or a setext underline of their own.
_TAIL_TROUBLE = re.compile(r"^ {0,3}(?:#|>|=+[ ]*$|-+[ ]*$)", re.MULTILINE)
_HTML_DECLARATION = re.compile(r"<[!?]")
# Raw tags, inline too. Autolinks (`<https://...>`) do not match and keep the fast path.
_HTML_TAG = re.compile(r"<(?P<close>/)?(?P<name>[A-Za-z][A-Za-z0-9-]*)(?:\s[^<>]*?)?(?P<void>/)?\s*>")
# Block-level tags start raw HTML blocks that Python-Markdown reads across blank lines: those texts render in full.
_BLOCK_TAGS = frozenset(BLOCK_LEVEL_ELEMENTS)
_VOID_TAGS = frozenset({"area", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
                        "wbr"})
_HEADING_ID = re.compile(r"<h[1-6](?: class=\"wp-block-heading\")? id=\"([^\"]*)\"")
_HEADING = re.compile(
    r"<h(?P<level>[1-6])(?: class=\"wp-block-heading\")? id=\"(?P<id>[^\"]*)\">(?P<inner>.*?)</h(?P=level)>", re.DOTALL
)
_NOTE_LABEL = re.compile(r"^ {0,3}\[\^([^\]]*)\]:", re.MULTILINE)
# The number Python-Markdown writes into a note reference: its definition's place among the definitions it saw.
_NOTE_NUMBER = re.compile(r"(<a class=\"footnote-ref\" href=\"[^\"]*\">)(\d+)(</a></sup>)")
_FOOTNOTE_REF_SUP = re.compile(r"<sup id=\"fnref[^\"]*\"><a class=\"footnote-ref\"[^>]*>[^<]*</a></sup>")
# A block starting with one of these after a blank line never continues the block before it
# (lists continue on markers and digits, quotes on '>', code on indentation).
_INDEPENDENT_START = re.compile(r"\n\n(?=#|!\[|[^\W\d_]|[\"'“‘«¿¡(])")
_BLANK_WITH_SPACES = re.compile(r"(?<=\n) +\n")


@dataclass(frozen=True)
class _Notes:
    """The footnote definitions at the end of a text, one by one, so that a piece is rendered with only the notes
    it cites (rendering all 88 notes of a long article with each of the 44 pieces citing one doubled its cost)."""

    number: dict[str, int]  # label -> its number: definition order, as Python-Markdown numbers them
    definitions: dict[str, str]  # label -> its definition's text, continuation lines and blank lines included


def split_notes(tail: str) -> _Notes | None:
    """The definitions of `tail` (text that starts with the first one and holds nothing else), or None when a label
    is defined twice (then numbering depends on more than one definition)."""
    starts = list(_NOTE_LABEL.finditer(tail))
    if not starts or starts[0].start() != 0:
        return None
    labels = tuple(match.group(1) for match in starts)
    if len(set(labels)) != len(labels):
        return None
    ends = [match.start() for match in starts[1:]] + [len(tail)]
    definitions = {match.group(1): tail[match.start():end] for match, end in zip(starts, ends, strict=True)}
    return _Notes({label: place for place, label in enumerate(labels, 1)}, definitions)


def _cited_tail(notes: _Notes, chunk: str) -> tuple[str, tuple[str, ...]]:
    """The definitions a chunk cites, in definition order, as one text; and their labels."""
    cited = set(_FOOTNOTE_REFERENCE.findall(chunk))
    labels = tuple(sorted((label for label in cited if label in notes.number), key=notes.number.__getitem__))
    texts = [notes.definitions[label] for label in labels]
    text = "".join(t if t.endswith("\n") or i == len(texts) - 1 else t + "\n" for i, t in enumerate(texts))
    return text, labels


def _renumber_notes(html: str, labels: tuple[str, ...], notes: _Notes) -> str | None:
    """A piece rendered with only the notes it cites numbers them 1, 2...: give each reference its number among all
    the text's notes. None when a number names no cited note."""
    number = notes.number
    broken = False

    def whole(match: re.Match[str]) -> str:
        nonlocal broken
        local = int(match.group(2))
        if not 1 <= local <= len(labels):
            broken = True
            return match.group(0)
        return f"{match.group(1)}{number[labels[local - 1]]}{match.group(3)}"

    renumbered = _NOTE_NUMBER.sub(whole, html)
    return None if broken else renumbered


@dataclass
class _Entry:
    html: str
    resolved: tuple[tuple[str, UploadedImage | str | None], ...]  # resolver answers the HTML was built with
    heading_ids: tuple[str, ...]
    hidden_headings: bool = False  # toc numbered a heading the HTML does not show (one inside a list item)


def normalize(body: str) -> str:
    """What Python-Markdown's NormalizeWhitespace does (minus the trailing blank lines); idempotent."""
    text = body
    if "\x02" in text or "\x03" in text:
        text = text.replace("\x02", "").replace("\x03", "")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\t" in text:
        text = text.expandtabs(TAB_LENGTH)
    return _BLANK_WITH_SPACES.sub("\n", text) if " \n" in text else text


def _fenced_ranges(text: str) -> list[tuple[int, int]] | None:
    """Fenced code blocks exactly as Python-Markdown finds them; None when a fence uses `{attrs}`."""
    ranges: list[tuple[int, int]] = []
    if "```" not in text and "~~~" not in text:
        return ranges
    index = 0
    while True:
        match = FENCED_BLOCK_RE.search(text, index)
        if match is None:
            return ranges
        if match.group("attrs") is not None:
            return None
        ranges.append((match.start(), match.end()))
        index = match.end()


def _inside(position: int, fences: list[tuple[int, int]]) -> bool:
    slot = bisect.bisect_right([start for start, _ in fences], position) - 1
    return slot >= 0 and fences[slot][0] <= position < fences[slot][1]


def footnote_tail_start(text: str, fences: list[tuple[int, int]]) -> int | None:
    """Where the footnote definitions start, when they all sit together at the end of the text.

    Then every piece can be rendered with those definitions appended, and the notes list is rendered once.
    None when footnotes are used in a way only a full render handles (definitions elsewhere, a note
    referenced twice, notes referring to notes, headings or quotes among the definitions).
    """
    if _FOOTNOTE_PLACE_MARKER in text:
        return None
    match = _FOOTNOTE_DEFINITION.search(text)
    start = match.start() if match else len(text)
    main, tail = text[:start], text[start:]
    if _FOOTNOTE_DEFINITION_ANYWHERE.search(main):
        return None
    references = _FOOTNOTE_REFERENCE.findall(main)
    if len(references) != len(set(references)):
        return None
    if not tail:
        return start
    if start < 2 or text[start - 2 : start] != "\n\n" or any(end > start for _, end in fences):
        return None
    if len(_FOOTNOTE_REFERENCE.findall(tail)) != len(_FOOTNOTE_DEFINITION.findall(tail)):
        return None
    if _TAIL_TROUBLE.search(tail):
        return None
    for block in tail.split("\n\n"):
        if block.strip("\n") and not (_FOOTNOTE_DEFINITION.match(block.lstrip("\n")) or block.startswith("    ")):
            return None
    return start


def _line_around(text: str, position: int) -> tuple[str, str, str]:
    """(previous line, the line holding position, next line)."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    end = len(text) if end < 0 else end
    previous = text[text.rfind("\n", 0, max(start - 1, 0)) + 1 : max(start - 1, 0)] if start else ""
    following_end = text.find("\n", end + 1)
    following = text[end + 1 : len(text) if following_end < 0 else following_end] if end < len(text) else ""
    return previous, text[start:end], following


def link_definitions(text: str, fences: list[tuple[int, int]]) -> str | None:
    """Reference-link definitions (`[id]: url "title"`) as blocks to append to every piece, or None when one
    is written in a form only a full render reads the same way (title on the next line, inside a quote...)."""
    if "]:" not in text:
        return ""
    lines: list[str] = []
    for match in _LINK_DEFINITION_ANYWHERE.finditer(text):
        if _inside(match.start(), fences):
            continue
        previous, line, following = _line_around(text, match.start())
        if not _LINK_DEFINITION_LINE.match(line) or not line.lstrip().startswith(match.group()):
            return None
        for neighbour in (previous, following):
            if neighbour.strip() and not _LINK_DEFINITION_LINE.match(neighbour):
                return None
        lines.append(line)
    return "".join(f"{line}\n\n" for line in lines)


def split_points(text: str) -> tuple[list[int], list[int], int, str] | None:
    """(heading starts, other independent block starts, start of the footnote definitions, link definitions)
    in normalized text, or None when it must not be split."""
    if "<" in text and (_HTML_DECLARATION.search(text) or any(
        match.group("name").lower() in _BLOCK_TAGS for match in _HTML_TAG.finditer(text)
    )):
        return None
    if text.startswith(" ") and text.lstrip(" ")[:1] in ("\n", ""):
        return None  # a first line of spaces is an empty code block, but only in the whole text
    fences = _fenced_ranges(text)
    if fences is None:
        return None
    main_end = footnote_tail_start(text, fences) if "[^" in text else len(text)
    links = link_definitions(text, fences)
    if main_end is None or links is None or (main_end < len(text) and _HTML_TAG.search(text, main_end)):
        return None
    headings: list[int] = []
    paragraphs: list[int] = []
    for match in _INDEPENDENT_START.finditer(text, 0, main_end):
        position = match.end()
        if position >= main_end or _inside(position, fences):
            continue
        (headings if text[position] == "#" else paragraphs).append(position)
    return headings, paragraphs, main_end, links


def balanced_cuts(text: str, cuts: list[int], end: int) -> list[int]:
    """The cuts at which no raw inline tag is open: a piece whose `<b>` is not closed is rendered together with
    the pieces after it up to where the tags balance again (to the end if they never do), and a piece closing
    a tag it did not open is rendered with the piece before it. Balanced tags (`CO<sub>2</sub>`) cut nothing."""
    if "<" not in text:
        return cuts
    kept: list[int] = []
    open_tags: list[str] = []
    tags = [m for m in _HTML_TAG.finditer(text, 0, end) if not m.group("void") and m.group("name").lower()
            not in _VOID_TAGS]
    index = 0
    for cut in [*cuts, end]:
        while index < len(tags) and tags[index].start() < cut:
            match = tags[index]
            index += 1
            name = match.group("name").lower()
            if not match.group("close"):
                open_tags.append(name)
            elif name in open_tags:
                del open_tags[len(open_tags) - 1 - open_tags[::-1].index(name) :]
            elif kept:
                kept.pop()  # a stray closing tag: render this piece with the one before
        spanning = index > 0 and tags[index - 1].end() > cut  # a tag written across the blank line
        if not open_tags and cut != end and not spanning:
            kept.append(cut)
    return kept


def chunk_bounds(text: str, headings: list[int], paragraphs: list[int], min_chars: int = MIN_CHUNK_CHARS) -> list[int]:
    """Cut at every heading; inside a section, at paragraph starts once a piece reaches MIN_CHUNK_CHARS.

    Choosing afresh from each heading keeps an edit from moving the cuts of any other section.
    """
    cuts: list[int] = []
    heading_set = set(headings)
    last = 0
    for position in sorted(heading_set.union(paragraphs)):
        if position in heading_set or position - last >= min_chars:
            cuts.append(position)
            last = position
    return cuts


class IncrementalRenderer:
    """One per preview (not thread-safe): `render()` gives exactly `render_body()`'s HTML, fast after small edits."""

    def __init__(self, min_chunk_chars: int = MIN_CHUNK_CHARS) -> None:
        self.min_chunk_chars = min_chunk_chars
        self._cache: dict[tuple[str, bool], _Entry] = {}
        self._previous: dict[tuple[str, bool], _Entry] = {}
        self._used: dict[tuple[str, bool], _Entry] = {}
        self.last_was_full = False  # for tests and benchmarks: did the last render take the slow path?

    def render(self, body: str, resolve_image: ImageResolver | None = None, pause: Pause = no_pause) -> str:
        return BLOCK_SEPARATOR.join(self.render_pieces(body, resolve_image, pause))

    def render_pieces(self, body: str, resolve_image: ImageResolver | None = None,
                      pause: Pause = no_pause) -> list[str]:
        """The HTML as pieces that, joined with BLOCK_SEPARATOR, are exactly `render_body`'s HTML. Each piece is whole
        blocks; a piece whose text did not change comes back as the same string, so a view can patch only the
        pieces that differ. One piece when the body had to be rendered in full. `pause` is called before each piece
        (a worker's naps, core.pacing; raising there ends the render and leaves the cache as it was)."""
        text = normalize(body)
        points = split_points(text)
        if points is None:
            return [self._full(body, resolve_image)]
        headings, paragraphs, main_end, links = points
        cuts = balanced_cuts(text, chunk_bounds(text, headings, paragraphs, min_chars=self.min_chunk_chars), main_end)
        if not cuts:
            return [self._full(body, resolve_image)]
        self._used = {}
        tail = text[main_end:]
        notes = self._entry(links + tail, resolve_image).html if tail else ""
        each_note = split_notes(tail) if tail else None
        parts: list[str] = []
        ids: list[str] = []
        for start, end in itertools.pairwise([0, *cuts, main_end]):
            pause()
            chunk = text[start:end]
            if links and "[" in chunk:
                chunk = (chunk if chunk.endswith("\n\n") else chunk.rstrip("\n") + "\n\n") + links
            cited = self._piece_citing(chunk, links, each_note, resolve_image) if each_note else None
            html, heading_ids = cited or self._piece(chunk, tail, notes, resolve_image)
            if html is None:
                return [self._full(body, resolve_image)]
            if html:
                parts.append(html)
            ids.extend(heading_ids)
        if notes:
            parts.append(notes)
        self._previous, self._cache = self._cache, self._used
        if len(set(ids)) != len(ids):  # a heading repeated in another piece: number the repeats as toc would
            renumbered = renumber_headings(parts)
            if renumbered is None:
                return [self._full(body, resolve_image)]
            parts = renumbered
        self.last_was_full = False
        return parts

    def _piece(
        self, chunk: str, tail: str, notes: str, resolve_image: ImageResolver | None
    ) -> tuple[str | None, tuple[str, ...]]:
        """One piece's HTML (the link definitions are already appended where brackets appear: they render to
        nothing); a piece citing footnotes is rendered with the note definitions and the notes list cut off again.
        None when the piece cannot stand alone: a heading it hides (inside a list item) still counts for the ids of
        the headings after it, which only a full render numbers right."""
        if not tail or "[^" not in chunk:
            entry = self._entry(chunk, resolve_image)
            return (None, ()) if entry.hidden_headings else (entry.html, entry.heading_ids)
        entry = self._entry(chunk + tail, resolve_image)
        suffix = BLOCK_SEPARATOR + notes
        if not notes or not entry.html.endswith(suffix) or entry.hidden_headings:
            return None, ()
        return entry.html[: -len(suffix)], entry.heading_ids

    def _piece_citing(
        self, chunk: str, links: str, notes: _Notes, resolve_image: ImageResolver | None
    ) -> tuple[str, tuple[str, ...]] | None:
        """A piece citing notes, rendered with the definitions of those notes only, its references renumbered as
        among all the notes. None where that does not hold (then the piece goes with every definition)."""
        if "[^" not in chunk or "footnote-ref" in chunk:
            return None
        cited, labels = _cited_tail(notes, chunk)
        if not labels:
            return None
        entry = self._entry(chunk + cited, resolve_image)
        own_notes = self._entry(links + cited, resolve_image).html
        suffix = BLOCK_SEPARATOR + own_notes
        if not own_notes or not entry.html.endswith(suffix) or entry.hidden_headings:
            return None
        html = _renumber_notes(entry.html[: -len(suffix)], labels, notes)
        return None if html is None else (html, entry.heading_ids)

    def _full(self, body: str, resolve_image: ImageResolver | None) -> str:
        self.last_was_full = True
        return render_body(body, resolve_image)

    def _entry(self, chunk: str, resolve_image: ImageResolver | None) -> _Entry:
        key = (chunk, resolve_image is None)
        entry = self._cache.get(key) or self._previous.get(key)
        if entry is not None and _still_valid(entry, resolve_image):
            self._used[key] = entry
            return entry
        answers: list[tuple[str, UploadedImage | str | None]] = []
        recording: ImageResolver | None = None
        if resolve_image is not None:
            resolver = resolve_image

            def recording(src: str) -> UploadedImage | str | None:
                answer = resolver(src)
                answers.append((src, answer))
                return answer

        html = render_body(chunk, recording)
        shown = tuple(_HEADING_ID.findall(html))
        entry = _Entry(html, tuple(answers), shown, hidden_headings=last_heading_ids() != shown)
        self._used[key] = entry
        return entry


def _heading_bases(html: str) -> list[tuple[str, str]]:
    """(id written, id toc would start from) per heading, the latter computed the way toc does from its text."""
    found = []
    for match in _HEADING.finditer(html):
        inner = _FOOTNOTE_REF_SUP.sub("", match.group("inner"))
        found.append((match.group("id"), toc.slugify(html_module.unescape(toc.strip_tags(inner)), "-")))
    return found


def renumber_headings(parts: list[str]) -> list[str] | None:
    """Heading ids as one toc pass over the whole text would give them, or None when unsure.

    Each piece was numbered on its own ("intro", "intro_1"...). The ids toc would start from are recomputed
    from the heading text; if they do not reproduce every piece's own numbering the guess is wrong and None
    sends the caller to a full render.
    """
    used: set[str] = set()
    counters: dict[str, int] = {}
    result: list[str] = []
    for part in parts:
        headings = _heading_bases(part)
        local_used: set[str] = set()
        if [toc.unique(base, local_used) for _, base in headings] != [written for written, _ in headings]:
            return None
        wanted = [toc.unique(base, used, counters) for _, base in headings]
        result.append(_replace_heading_ids(part, wanted))
    return result


def _replace_heading_ids(part: str, ids: list[str]) -> str:
    pieces: list[str] = []
    last = 0
    for match, new_id in zip(_HEADING.finditer(part), ids, strict=True):
        pieces.append(part[last : match.start("id")])
        pieces.append(new_id)
        last = match.end("id")
    pieces.append(part[last:])
    return "".join(pieces)


def _still_valid(entry: _Entry, resolve_image: ImageResolver | None) -> bool:
    """A cached piece is reused only if the resolver still answers the same for each of its images."""
    if resolve_image is None:
        return True
    return all(resolve_image(src) == answer for src, answer in entry.resolved)
