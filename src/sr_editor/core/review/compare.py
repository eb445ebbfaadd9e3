"""A readable comparison of two versions of an article: word by word, per field, on what readers see.

The body is compared on its rendered text (the published HTML without tags, comments or our marker), so a
difference in markup alone (a block comment, an attribute) is no difference, and a changed word is.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from html.parser import HTMLParser

from sr_editor.core.article.article import Article
from sr_editor.core.i18n import translate
from sr_editor.core.render.render import render_body

_BLOCKS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "figcaption", "tr", "pre", "div"})


@dataclass(frozen=True)
class FieldDiff:
    name: str  # "Title", "Teaser", "Regions", "Tags", "Featured image", "Body"
    ops: list[tuple[str, str, str]]  # (equal|delete|insert|replace, local words, site words)

    @property
    def changed(self) -> bool:
        return any(tag != "equal" for tag, _, _ in self.ops)


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCKS:
            self.parts.append("\n")
        if tag == "img":
            alt = dict(attrs).get("alt") or ""
            self.parts.append(f" [image: {alt}] " if alt else " [image] ")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def rendered_text(body: str) -> str:
    """What a reader sees of the body: paragraphs on their own lines, images as [image: alt]."""
    parser = _Text()
    parser.feed(render_body(body))
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)


def word_ops(old: str, new: str) -> list[tuple[str, str, str]]:
    a, b = re.findall(r"\S+|\n", old), re.findall(r"\S+|\n", new)
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return [(tag, " ".join(a[i1:i2]), " ".join(b[j1:j2])) for tag, i1, i2, j1, j2 in matcher.get_opcodes()]


def _featured(article: Article) -> str:
    image = article.featured_image
    if image is None:
        return translate("compare", "(none)")
    alt = translate("compare", "decorative") if image.decorative else (image.alt or translate("compare",
                                                                                            "(no alt text)"))
    return translate("compare", "{0} — alt: {1} — caption: {2} — credit: {3}").format(
        image.src, alt, image.caption or "-", image.credit or "-")


def compare_articles(local: Article, site: Article) -> list[FieldDiff]:
    pairs = [
        ("Title", local.title, site.title),
        ("Teaser", local.excerpt, site.excerpt),
        ("Regions", ", ".join(local.regions), ", ".join(site.regions)),
        ("Tags", ", ".join(local.tags), ", ".join(site.tags)),
        ("Featured image", _featured(local), _featured(site)),
        ("Body", rendered_text(local.body), rendered_text(site.body)),
    ]
    return [FieldDiff(name, word_ops(old, new)) for name, old, new in pairs]


def field_label(name: str) -> str:
    """A FieldDiff's name in the interface language."""
    labels = {"Title": translate("compare", "Title"), "Teaser": translate("compare", "Teaser"),
              "Regions": translate("compare", "Regions"), "Tags": translate("compare", "Tags"),
              "Featured image": translate("compare", "Featured image"), "Body": translate("compare", "Body")}
    return labels.get(name, name)


def word_diff_text(diffs: list[FieldDiff], context: int = 6) -> str:
    """The Compare view as plain text for a terminal: each changed field on its own line, words only in yours as
    [-…-] and words only on the site as {+…+}, with `context` words around each change (… for the rest)."""
    lines = [translate("compare", "[-…-] only in yours, {+…+} only on the site:")]
    for field in diffs:
        if field.changed:
            lines.append(f"  {field_label(field.name)}: {_marked(field.ops, context)}")
    return "\n".join(lines) if len(lines) > 1 else ""


def _marked(ops: list[tuple[str, str, str]], context: int) -> str:
    parts: list[str] = []
    for index, (tag, local, site) in enumerate(ops):
        if tag == "equal":
            words = local.replace("\n", " ").split()
            before = words[:context] if index > 0 else []
            after = words[-context:] if index < len(ops) - 1 else []
            shown = words if len(words) <= 2 * context else [*before, "…", *after]
            parts.append(" ".join(shown))
            continue
        if local:
            parts.append(f"[-{' '.join(local.split())}-]")
        if site:
            parts.append(f"{{+{' '.join(site.split())}+}}")
    return " ".join(part for part in parts if part)
