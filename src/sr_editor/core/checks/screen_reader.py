"""The article as a screen reader announces it, from the rendered HTML the site gets.

Headings with their level, images by their alt text (or skipped as decorative), links with their text and
address, lists with their number of items, tables with their size, quotes and code; then the list of headings and
the list of links that screen readers offer for jumping. The words it adds ("heading level 2", "list, 3 items")
are in the article's language, as a screen reader set to that language speaks them: they are part of the
reading, not of the interface, so they live here per language rather than in the interface's catalogue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sr_editor.core.checks.a11y_words import language_of
from sr_editor.core.checks.html_tree import Node, parse_html

SPOKEN: dict[str, dict[str, str]] = {
    "en": {
        "heading": "Heading level {0}", "image": "image", "decorative": "decorative image, skipped",
        "link": "link", "list": "List, {0} items", "list_one": "List, 1 item", "end_list": "End of list",
        "table": "Table, {0} rows, {1} columns", "end_table": "End of table", "row": "Row {0}",
        "quote": "Quote", "end_quote": "End of quote", "code": "Code", "separator": "Separator",
        "caption": "Caption", "notes": "Footnotes", "headings": "Headings", "links": "Links",
        "no_headings": "No headings.", "no_links": "No links.", "empty": "(no text)", "title": "Reading",
    },
    "es": {
        "heading": "Encabezado de nivel {0}", "image": "imagen", "decorative": "imagen decorativa, omitida",
        "link": "enlace", "list": "Lista, {0} elementos", "list_one": "Lista, 1 elemento",
        "end_list": "Fin de la lista",
        "table": "Tabla, {0} filas, {1} columnas", "end_table": "Fin de la tabla", "row": "Fila {0}",
        "quote": "Cita", "end_quote": "Fin de la cita", "code": "Código", "separator": "Separador",
        "caption": "Pie de foto", "notes": "Notas", "headings": "Encabezados", "links": "Enlaces",
        "no_headings": "Sin encabezados.", "no_links": "Sin enlaces.", "empty": "(sin texto)", "title": "Lectura",
    },
    "pt-BR": {
        "heading": "Título de nível {0}", "image": "imagem", "decorative": "imagem decorativa, ignorada",
        "link": "link", "list": "Lista, {0} itens", "list_one": "Lista, 1 item", "end_list": "Fim da lista",
        "table": "Tabela, {0} linhas, {1} colunas", "end_table": "Fim da tabela", "row": "Linha {0}",
        "quote": "Citação", "end_quote": "Fim da citação", "code": "Código", "separator": "Separador",
        "caption": "Legenda", "notes": "Notas", "headings": "Títulos", "links": "Links",
        "no_headings": "Nenhum título.", "no_links": "Nenhum link.", "empty": "(sem texto)", "title": "Leitura",
    },
}
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_SPACE_BEFORE_PUNCTUATION = re.compile(r"\s+([.,;:!?)])")
_CONTAINERS = ("div", "figure", "section", "article", "main", "header", "footer", "details", "summary")


@dataclass(frozen=True)
class Announcement:
    kind: str  # heading, text, image, list, item, table, row, quote, code, separator, caption, end
    text: str
    depth: int = 0  # nesting (lists in lists, quotes), for indenting


@dataclass
class Reading:
    language: str
    items: list[Announcement] = field(default_factory=list)
    headings: list[tuple[int, str]] = field(default_factory=list)  # level, text
    links: list[tuple[str, str]] = field(default_factory=list)  # text, address

    def words(self, key: str) -> str:
        return SPOKEN[self.language][key]


def read_html(html: str, language: str = "en") -> Reading:
    """The reading of rendered article `html` in `language` ('es', 'pt-BR', else English)."""
    reading = Reading(language_of(language))
    _Reader(reading).blocks(parse_html(html), 0)
    return reading


class _Reader:
    def __init__(self, reading: Reading) -> None:
        self.reading = reading
        self.say = reading.words

    def add(self, kind: str, text: str, depth: int) -> None:
        self.reading.items.append(Announcement(kind, text, depth))

    def blocks(self, node: Node, depth: int) -> None:
        inline: list[Node] = []
        for child in node.children:
            if child.tag in _BLOCK_READERS or child.tag in _CONTAINERS or child.tag in _HEADINGS:
                self._flush(inline, depth)
                self.block(child, depth)
            else:
                inline.append(child)
        self._flush(inline, depth)

    def _flush(self, inline: list[Node], depth: int) -> None:
        text = _SPACE_BEFORE_PUNCTUATION.sub(r"\1", " ".join(self.inline(inline).split()))
        if text:
            self.add("text", text, depth)
        inline.clear()

    def block(self, node: Node, depth: int) -> None:
        if node.tag in _HEADINGS:
            level = int(node.tag[1])
            text = " ".join(self.inline(node.children).split())
            self.reading.headings.append((level, node.plain_text()))
            self.add("heading", f"{self.say('heading').format(level)}: {text or self.say('empty')}", depth)
        elif node.tag in _BLOCK_READERS:
            _BLOCK_READERS[node.tag](self, node, depth)
        elif node.has_class("footnote"):
            self.add("separator", self.say("notes"), depth)
            self.blocks(node, depth)
        else:
            self.blocks(node, depth)

    def inline(self, nodes: list[Node]) -> str:
        parts: list[str] = []
        for node in nodes:
            if not node.tag:
                parts.append(node.text)
            elif node.tag == "img":
                parts.append(f" {self.image_words(node)} ")
            elif node.tag == "a" and node.attrs.get("href"):
                text = " ".join(self.inline(node.children).split())
                if not any(char.isalnum() for char in text) and node.attrs.get("title"):
                    text = node.attrs["title"]  # a symbol (the notes' ↩) is announced by its title
                href = node.attrs["href"]
                self.reading.links.append((text, href))
                parts.append(f" {self.say('link')} “{text or self.say('empty')}” ({href}) ")
            elif node.tag == "br":
                parts.append(" ")
            else:
                parts.append(self.inline(node.children))
        return "".join(parts)

    def image_words(self, image: Node) -> str:
        alt = " ".join(image.attrs.get("alt", "").split())
        return f"{self.say('image')}: {alt}" if alt else f"({self.say('decorative')})"

    def paragraph(self, node: Node, depth: int) -> None:
        self._flush(list(node.children), depth)

    def figure_image(self, node: Node, depth: int) -> None:
        self.add("image", self.image_words(node), depth)

    def caption(self, node: Node, depth: int) -> None:
        text = " ".join(self.inline(node.children).split())
        if text:
            self.add("caption", f"{self.say('caption')}: {text}", depth)

    def listing(self, node: Node, depth: int) -> None:
        items = [child for child in node.children if child.tag == "li"]
        self.add("list", self.say("list_one") if len(items) == 1 else self.say("list").format(len(items)), depth)
        for number, item in enumerate(items, 1):
            bullet = f"{number}." if node.tag == "ol" else "•"
            start = len(self.reading.items)
            self.blocks(item, depth + 1)
            first = next((i for i in range(start, len(self.reading.items))
                          if self.reading.items[i].kind == "text"), None)
            if first is not None:
                old = self.reading.items[first]
                self.reading.items[first] = Announcement("item", f"{bullet} {old.text}", old.depth)
        self.add("end", self.say("end_list"), depth)

    def table(self, node: Node, depth: int) -> None:
        rows = node.find_all("tr")
        columns = max((len([c for c in row.children if c.tag in ("td", "th")]) for row in rows), default=0)
        self.add("table", self.say("table").format(len(rows), columns), depth)
        for number, row in enumerate(rows, 1):
            cells = [" ".join(self.inline(c.children).split()) or self.say("empty")
                     for c in row.children if c.tag in ("td", "th")]
            self.add("row", f"{self.say('row').format(number)}: {' | '.join(cells)}", depth + 1)
        self.add("end", self.say("end_table"), depth)

    def quote(self, node: Node, depth: int) -> None:
        self.add("quote", self.say("quote"), depth)
        self.blocks(node, depth + 1)
        self.add("end", self.say("end_quote"), depth)

    def code(self, node: Node, depth: int) -> None:
        self.add("code", f"{self.say('code')}: {node.plain_text()}", depth)

    def separator(self, node: Node, depth: int) -> None:
        self.add("separator", self.say("separator"), depth)


_BLOCK_READERS = {
    "p": _Reader.paragraph, "img": _Reader.figure_image, "figcaption": _Reader.caption, "ul": _Reader.listing,
    "ol": _Reader.listing, "table": _Reader.table, "blockquote": _Reader.quote, "pre": _Reader.code,
    "hr": _Reader.separator,
}


def reading_text(reading: Reading) -> str:
    """The reading as plain text: the announcements, then the headings and the links."""
    lines = [f"{'  ' * item.depth}{item.text}" for item in reading.items]
    lines += ["", f"{reading.words('headings')}:"]
    lines += [f"  {'  ' * (level - 1)}{level}. {text}" for level, text in reading.headings] or \
        [f"  {reading.words('no_headings')}"]
    lines += ["", f"{reading.words('links')}:"]
    lines += [f"  {text or reading.words('empty')} → {href}" for text, href in reading.links] or \
        [f"  {reading.words('no_links')}"]
    return "\n".join(lines) + "\n"
