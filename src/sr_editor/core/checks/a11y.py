"""Accessibility checks on the rendered article: what a screen reader meets on the site, beyond alt text.

They read the HTML the renderer makes (the site's HTML), parsed with html.parser into a small tree, and name the
Markdown line each problem came from. Words that depend on the language (vague link texts) follow the article's
`lang:`, else the workspace's language. Thresholds come from the workspace (`a11y_settings`).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from pathlib import Path

from sr_editor.core.article.article import Article
from sr_editor.core.checks import a11y_structure, a11y_words
from sr_editor.core.checks.a11y_rules import CheckContext
from sr_editor.core.checks.a11y_settings import A11ySettings, find_workspace_root, load_settings
from sr_editor.core.checks.element_lines import ElementLines
from sr_editor.core.checks.html_tree import Node, parse_html
from sr_editor.core.checks.problems import Problem
from sr_editor.core.i18n import translate
from sr_editor.core.pacing import no_pause
from sr_editor.core.render.incremental import IncrementalRenderer
from sr_editor.core.render.render import RenderLimitError
from sr_editor.core.spelling.checker import workspace_language

# An address with its scheme, or a domain followed by a path; a bare domain ("www.example.org") names a site well.
_URL_TEXT = re.compile(r"^(?:https?|ftp)://\S+$|^(?:www\.)?[\w-]+(?:\.[\w-]+)+/\S+$", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+")
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”»’')\]]*\s+")


def article_language(article: Article, workspace_root: Path | None) -> str:
    """The checks' language: the article's `lang:`, else the workspace's (`.sr-editor/language.txt`); "" when
    neither says (the checks then know the words of every language, the reading speaks English)."""
    lang = article.meta.get("lang")
    if isinstance(lang, str) and lang.strip():
        return a11y_words.language_of(lang)
    workspace = workspace_language(workspace_root) if workspace_root is not None else ""
    return a11y_words.language_of(workspace) if workspace else ""


_local = threading.local()


def _render(body: str, pause: Callable[[], None]) -> str:
    """The site's HTML of `body`, by this thread's incremental renderer: after a small edit only the changed
    part of a long article is rendered again (the same HTML as render_body). `pause` comes between its pieces:
    the naps, and the end of a render nobody wants any more (a 100k-word article's first render is ~0.7 s of
    Python-Markdown that held the interpreter lock while the next article opened)."""
    renderer: IncrementalRenderer | None = getattr(_local, "renderer", None)
    if renderer is None:
        renderer = _local.renderer = IncrementalRenderer()
    return renderer.render(body, pause=pause)


def check_accessibility(article: Article, bundle: Path, pause: Callable[[], None] | None = None) -> list[Problem]:
    """The accessibility checks of one article, with its workspace's thresholds and language; `pause` is called
    every few elements (a worker thread's naps, core.pacing)."""
    try:
        html = _render(article.body, pause or no_pause)
    except RenderLimitError:
        return []  # lint's body-too-deep / body-too-crowded already say why nothing can be read
    root = find_workspace_root(bundle)
    return check_html(html, article.body, article_language(article, root), load_settings(root), pause)


def check_html(html: str, body: str, language: str, settings: A11ySettings | None = None,
               pause: Callable[[], None] | None = None) -> list[Problem]:
    """The checks on rendered `html` whose Markdown is `body`; problems in document order, rule by rule."""
    breathe = pause or no_pause
    tree = parse_html(html, breathe)
    context = CheckContext(tree, ElementLines(tree, body, breathe), language, settings or A11ySettings(), [], breathe)
    a11y_structure.check_headings(context)
    a11y_structure.check_bold_headings(context)
    a11y_structure.check_sections(context)
    a11y_structure.check_tables(context)
    a11y_structure.check_capitals(context)
    _check_links(context)
    _check_images(context)
    return sorted(context.found, key=lambda p: (p.line or 0, p.rule))


# ----- links ---------------------------------------------------------------------------------------------------
def _article_links(root: Node) -> list[Node]:
    return [
        node for node in root.find_all("a")
        if node.attrs.get("href") and not node.has_class("footnote-ref") and not node.has_class("footnote-backref")
    ]


def _check_links(context: CheckContext) -> None:
    first_for_text: dict[str, tuple[str, Node]] = {}
    for link in _article_links(context.root):
        context.pause()
        text = link.plain_text()
        href = link.attrs.get("href", "").strip()
        shown = text if len(text) <= 60 else text[:57] + "…"
        if text and a11y_words.is_vague_link_text(text, context.language):
            context.report("link-vague-text", link, translate(
                "a11y", "Line {0}: the link text \"{1}\" does not say where the link goes: use words that name the "
                "page, such as its title."), shown)
        elif text and _URL_TEXT.match(text) and not href.startswith("mailto:"):
            context.report("link-url-text", link, translate(
                "a11y", "Line {0}: the link text is a web address ({1}), which screen readers spell out: use words "
                "that name the page instead."), shown)
        elif text:
            _same_text(context, link, text, href, first_for_text)
        if link.attrs.get("target", "").strip().lower() == "_blank":
            said = " ".join((text, link.attrs.get("title", "")))
            if not a11y_words.announces_new_window(said):
                context.report("link-new-window", link, translate(
                    "a11y", "Line {0}: the link \"{1}\" opens a new window without saying so: add \"(opens in a new "
                    "window)\" to its text, or remove target=\"_blank\"."), shown or href)


def _same_target(one: str, other: str) -> bool:
    return one.rstrip("/").lower() == other.rstrip("/").lower()


def _same_text(context: CheckContext, link: Node, text: str, href: str, seen: dict[str, tuple[str, Node]]) -> None:
    key = a11y_words.fold_words(text)
    if not key:
        return
    if key not in seen:
        seen[key] = (href, link)
        return
    first_href, first = seen[key]
    if _same_target(first_href, href):
        return
    first_line = context.lines.line_of(first) or 1
    context.report("link-same-text", link, translate(
        "a11y", "Line {0}: the link text \"{1}\" is also used on line {2} for a different address: give each link "
        "words of its own."), text, first_line)


# ----- images --------------------------------------------------------------------------------------------------
def sentences(text: str) -> list[str]:
    """`text` cut into sentences (at . ! ? … followed by a space)."""
    return [part.strip() for part in _SENTENCE_END.split(text) if part.strip()]


def same_words(one: str, other: str) -> bool:
    """True when both say the same words in the same order (case, accents and punctuation ignored), two or more."""
    left = _WORD.findall(a11y_words.fold_words(one))
    return len(left) >= 2 and left == _WORD.findall(a11y_words.fold_words(other))


def repeated_sentence(alt: str, nearby: list[str]) -> str | None:
    """The sentence of `nearby` that the alt text repeats word for word, None when it repeats none."""
    return next((sentence for sentence in nearby if same_words(alt, sentence)), None)


def _text_without_images(node: Node) -> str:
    parts: list[str] = []
    stack = list(reversed(node.children))
    while stack:
        child = stack.pop()
        if not child.tag:
            parts.append(child.text)
        elif child.tag != "img":
            stack.extend(reversed(child.children))
    return " ".join("".join(parts).split())


def _neighbour(siblings: list[Node], index: int, step: int) -> Node | None:
    """The nearest text block before (step -1) or after (+1) position `index`, across other figures only."""
    index += step
    while 0 <= index < len(siblings):
        if siblings[index].tag in ("p", "blockquote", "li", "ul", "ol"):
            return siblings[index]
        if siblings[index].tag != "figure":
            return None
        index += step
    return None


class _Siblings:
    """Element children of each parent, listed once (an article has thousands of top-level blocks)."""

    def __init__(self) -> None:
        self._lists: dict[int, tuple[list[Node], dict[int, int]]] = {}

    def around(self, node: Node) -> tuple[list[Node], int]:
        parent = node.parent
        if parent is None:
            return [node], 0
        if id(parent) not in self._lists:
            children = parent.element_children()
            self._lists[id(parent)] = (children, {id(child): i for i, child in enumerate(children)})
        children, index = self._lists[id(parent)]
        return children, index[id(node)]


def nearby_sentences(image: Node, siblings: _Siblings | None = None) -> list[str]:
    """The sentences a reader meets next to the image: the rest of its own paragraph when it stands in one, else
    the last sentence before the figure and the first one after it."""
    figure = next((a for a in image.ancestors() if a.tag == "figure"), None)
    if figure is None:
        block = next((a for a in image.ancestors() if a.tag in ("p", "li", "td", "th", "h1", "h2", "h3")), None)
        return sentences(_text_without_images(block)) if block is not None else []
    children, index = (siblings or _Siblings()).around(figure)
    found: list[str] = []
    before, after = _neighbour(children, index, -1), _neighbour(children, index, 1)
    if before is not None:
        found += sentences(_text_without_images(before))[-1:]
    if after is not None:
        found += sentences(_text_without_images(after))[:1]
    return found


def _check_images(context: CheckContext) -> None:
    siblings = _Siblings()
    for image in context.root.find_all("img"):
        context.pause()
        alt = image.attrs.get("alt", "").strip()
        if not alt:
            continue
        if repeated_sentence(alt, nearby_sentences(image, siblings)) is not None:
            name = Path(image.attrs.get("src", "")).name or translate("a11y", "this image")
            context.report("alt-repeats-text", image, translate(
                "a11y", "Line {0}: the alt text of {1} repeats the sentence next to it word for word, so screen "
                "readers read it twice: describe what the image shows instead."), name)
