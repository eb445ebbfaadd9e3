"""The rendered article as a small tree of elements, built with the standard library's HTML parser.

The accessibility checks and the screen-reader reading both walk what the site will get, so they read the HTML
the renderer produced; a real parser (html.parser) does the reading, never pattern matching on the markup.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser

VOID = frozenset({"area", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"})
# Tags whose start closes an open <p> (as a browser does), so a tree of bad markup still nests sensibly.
_CLOSES_P = frozenset({"p", "div", "ul", "ol", "table", "figure", "blockquote", "pre", "h1", "h2", "h3", "h4",
                       "h5", "h6", "hr"})
MAX_DEPTH = 200  # deeper elements are attached at this depth: a reading never recurses without bound


@dataclass(eq=False)
class Node:
    """An element (tag set) or a run of text (tag ""); compared by identity."""

    tag: str
    attrs: dict[str, str] = field(default_factory=dict)
    children: list[Node] = field(default_factory=list)
    text: str = ""
    parent: Node | None = field(default=None, repr=False, compare=False)
    by_tag: dict[str, list[Node]] | None = field(default=None, repr=False)  # the root's index: tag -> elements

    def elements(self) -> Iterator[Node]:
        """Every element below this one, in document order (iteratively: no recursion limit)."""
        stack = list(reversed(self.children))
        while stack:
            node = stack.pop()
            if node.tag:
                yield node
                stack.extend(reversed(node.children))

    def find_all(self, *tags: str) -> list[Node]:
        """The elements below with one of `tags`, in document order (the root answers from its index)."""
        if self.by_tag is not None:
            if len(tags) == 1:
                return list(self.by_tag.get(tags[0], ()))
            return [node for node in self.by_tag.get("", ()) if node.tag in tags]
        return [node for node in self.elements() if node.tag in tags]

    def plain_text(self) -> str:
        """The text a reader sees, whitespace collapsed (images count by their alt text)."""
        parts: list[str] = []
        stack = list(reversed(self.children))
        while stack:
            node = stack.pop()
            if not node.tag:
                parts.append(node.text)
            elif node.tag == "img":
                parts.append(node.attrs.get("alt", ""))
            elif node.tag == "br":
                parts.append(" ")
            else:
                stack.extend(reversed(node.children))
        return " ".join("".join(parts).split())

    def ancestors(self) -> Iterator[Node]:
        node = self.parent
        while node is not None:
            yield node
            node = node.parent

    def inside(self, *tags: str) -> bool:
        return any(node.tag in tags for node in self.ancestors())

    def has_class(self, name: str) -> bool:
        return name in self.attrs.get("class", "").split()

    def element_children(self) -> list[Node]:
        return [child for child in self.children if child.tag]


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#root")
        self._open: list[Node] = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _CLOSES_P and any(node.tag == "p" for node in self._open[1:]):
            self._close("p")
        parent = self._open[-1]
        node = Node(tag, {name: value or "" for name, value in attrs}, parent=parent)
        parent.children.append(node)
        if tag not in VOID and len(self._open) < MAX_DEPTH:
            self._open.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        parent = self._open[-1]
        parent.children.append(Node(tag, {name: value or "" for name, value in attrs}, parent=parent))

    def handle_endtag(self, tag: str) -> None:
        self._close(tag)

    def _close(self, tag: str) -> None:
        for index in range(len(self._open) - 1, 0, -1):
            if self._open[index].tag == tag:
                del self._open[index:]
                return  # a stray closing tag closes nothing

    def handle_data(self, data: str) -> None:
        parent = self._open[-1]
        parent.children.append(Node("", text=data, parent=parent))


FEED_CHARS = 16_384  # fed in pieces, with `pause()` between, so a long article never holds the thread for long


def parse_html(html: str, pause: Callable[[], None] | None = None) -> Node:
    """The tree of `html` (comments, such as the block markers, are left out)."""
    builder = _TreeBuilder()
    for start in range(0, len(html), FEED_CHARS):
        builder.feed(html[start:start + FEED_CHARS])
        if pause is not None:
            pause()
    builder.close()
    root = builder.root
    index: dict[str, list[Node]] = {"": []}
    for node in root.elements():
        index[""].append(node)  # every element, in order
        index.setdefault(node.tag, []).append(node)
    root.by_tag = index
    return root
