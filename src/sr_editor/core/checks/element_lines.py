"""The Markdown line of each element of the rendered article: blocks are found in document order by their text,
an element inside a block from that block on (a link by its address, then its text; an image by its file)."""

from __future__ import annotations

from collections.abc import Callable

from sr_editor.core.checks.html_tree import Node
from sr_editor.core.checks.source_lines import LineFinder, fold_text

BLOCKS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "figure", "figcaption", "table", "th", "td",
                    "pre", "dt", "dd"})
HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def own_text(node: Node) -> str:
    """A block's text without the nested blocks (a list item's sub-list, a figure's caption)."""
    parts: list[str] = []
    stack = list(reversed(node.children))
    while stack:
        child = stack.pop()
        if not child.tag:
            parts.append(child.text)
        elif child.tag == "img":
            parts.append(child.attrs.get("alt", ""))
        elif child.tag not in BLOCKS and child.tag not in ("ul", "ol", "blockquote"):
            stack.extend(reversed(child.children))
    return " ".join("".join(parts).split())


class ElementLines:
    """Lines of the elements of `root` (the rendered `body`)."""

    def __init__(self, root: Node, body: str, pause: Callable[[], None] | None = None) -> None:
        self._finder = LineFinder(body)
        self._blocks: dict[int, tuple[int, tuple[int, int]]] = {}  # id(node) -> line, search position
        self._ends: dict[int, int] = {}  # id(node) -> the line where the next block starts (its last line at most)
        line = 1
        previous: Node | None = None
        for node in root.find_all(*BLOCKS):
            if pause is not None:
                pause()
            found = self._locate_block(node)
            if found is not None:
                line = found
            cursor, _ = self._finder.position
            self._blocks[id(node)] = (line, (max(cursor - 1, 0), line))
            if previous is not None:
                self._ends[id(previous)] = line
            previous = node

    def _locate_block(self, node: Node) -> int | None:
        finder = self._finder
        if node.tag in HEADINGS:
            text = own_text(node)
            needle = " ".join(fold_text(text).split()[:5])
            marker = "#" * int(node.tag[1])

            def heading_line(line: str, folded: str) -> bool:
                stripped = line.lstrip()
                if needle:
                    return stripped.startswith(("#", "<h", "<H")) and needle in folded
                return stripped.startswith(marker) and not stripped.strip("# ")

            return finder.find_line(heading_line) or (finder.find(text) if text else None)
        if node.tag == "figure":
            image = next((n for n in node.elements() if n.tag == "img"), None)
            if image is not None:
                return finder.find_first([image.attrs.get("src", "")]) or finder.find(image.attrs.get("alt", ""))
        if node.tag == "table":
            return finder.find_line(lambda line, _folded: "|" in line or "<table" in line.lower())
        if node.tag == "pre":
            return None
        text = own_text(node)
        return finder.find(text) if text else None

    def line_of(self, node: Node) -> int | None:
        """The element's line: its own when it is a block, else found inside its block."""
        if id(node) in self._blocks:
            return self._blocks[id(node)][0]
        block = next((a for a in node.ancestors() if id(a) in self._blocks), None)
        if block is None:
            return None
        line, start = self._blocks[id(block)]
        end = self._ends.get(id(block), len(self._finder.lines))
        keys = [node.attrs.get("href", ""), node.attrs.get("src", "")] if node.tag in ("a", "img") else []
        self._finder.seek(start)
        found = self._finder.find_first(k for k in keys if k)
        if found is None or not line <= found <= end:  # not there, or in a reference definition further down
            text = own_text(node)
            self._finder.seek(start)
            found = self._finder.find(text) if text else None
        return found if found is not None and line <= found <= end else line
