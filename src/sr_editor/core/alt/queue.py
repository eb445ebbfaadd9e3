"""The alt-text queue: images that need a description, from local drafts and from sites' media libraries.

Item ids are stable across runs and readable on a command line: `local:<article folder>/featured`,
`local:<article folder>/<image src>` (with `#2`, `#3`... when the same file appears again), and
`<site>:media:<id>`. An item is in the queue while its alt is missing or fails one of lint's alt checks.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from sr_editor.core.article.article import Article, FeaturedImage
from sr_editor.core.checks.a11y import sentences
from sr_editor.core.checks.lint import Problem, check_alt_text, control_character
from sr_editor.core.errors import SrEditorError
from sr_editor.core.i18n import translate
from sr_editor.core.images.files import ImagePlace, locate_image
from sr_editor.core.images.in_source import find_images, set_image_alt
from sr_editor.core.storage.store import ArticleStore

LOCAL = "local"
FEATURED = "featured"
CONTEXT_MAX = 600  # characters of a paragraph shown around an image


class UnknownItemError(SrEditorError):
    def __init__(self, item_id: str, hint: str = "") -> None:
        self.item_id = item_id
        extra = f" {hint}" if hint else ""
        super().__init__(translate("UnknownItemError", "There is no image \"{0}\" in the alt-text queue.").format(
            item_id) + extra)


class BadAltTextError(SrEditorError):
    """A typed description that must not reach an article or a site."""


def check_typed_alt(alt: str) -> None:
    """BadAltTextError when the description holds a control character (a NUL pasted from a terminal or a
    PDF): the site would publish it, and screen readers stumble on it."""
    control = control_character(alt)
    if control is not None:
        raise BadAltTextError(translate("BadAltTextError", "The description holds an invisible control character "
                                        "({0}); remove it and try again.").format(control))


@dataclass(frozen=True)
class Usage:
    """One place an image appears: an article (local folder or site post) with the text around the image."""

    title: str
    regions: tuple[str, ...] = ()
    status: str = ""
    where: str = "inline"  # inline | featured
    before: str = ""
    after: str = ""
    post_id: int | None = None
    bundle: str | None = None  # local article folder name
    editable: bool = True
    reason: str = ""  # why the account may not change it
    sentence_before: str = ""  # the last sentence before the image, the first after it: what the alt must not repeat
    sentence_after: str = ""


@dataclass(frozen=True)
class AltItem:
    id: str
    source: str  # "local" or a site name
    alt: str | None  # None: missing
    decorative: bool = False
    problem: str = ""  # the first failing check's rule id
    message: str = ""  # its sentence
    caption: str = ""
    credit: str = ""
    used_in: tuple[Usage, ...] = ()
    file: str | None = None  # local: image file relative to the workspace
    media_id: int | None = None
    image: str = ""  # file to show: the local image or the cached copy of the site's image
    fixable: bool = True
    reason: str = ""  # why not fixable
    state: str = ""  # outbox state of a site item: "", waiting, sent, failed
    state_reason: str = ""
    name: str = ""  # file name, for messages

    def nearby(self) -> list[str]:
        """The sentences next to the image wherever it is used (the alt text should not repeat them)."""
        return [s for u in self.used_in for s in (u.sentence_before, u.sentence_after) if s]

    def regions(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for usage in self.used_in:
            seen.update(dict.fromkeys(usage.regions))
        return tuple(seen)

    def in_published(self) -> bool:
        return any(u.status in ("publish", "published") for u in self.used_in)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["used_in"] = [{k: v for k, v in asdict(u).items() if v not in (None, "", ())} for u in self.used_in]
        return data


@dataclass(frozen=True)
class QueueFilter:
    """What the volunteer chose to see; empty fields mean "any"."""

    source: str = ""  # "local" or a site name
    region: str = ""
    status: str = ""  # the article's status (local draft/review/... or the post's draft/pending/publish...)
    published_only: bool = False

    def accepts(self, item: AltItem) -> bool:
        if self.source and item.source != self.source:
            return False
        if self.region and self.region not in item.regions():
            return False
        if self.status and not any(u.status == self.status for u in item.used_in):
            return False
        return not self.published_only or item.in_published()


def alt_problems(
    alt: str | None, decorative: bool, caption: str, src: str, nearby: Sequence[str] = ()
) -> list[Problem]:
    """Lint's alt checks only (decorative images are a choice already made, so they need nothing); `nearby`: the
    sentences around the image (AltItem.nearby), which the description should not repeat."""
    if decorative:
        return []
    return [p for p in check_alt_text(alt, False, caption, src, nearby) if p.rule.startswith("alt-")]


_MARKDOWN_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)(?:\{[^}]*\})?")
_MARKDOWN_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_MARKS = re.compile(r"[*_`]|^\s*(?:#+|>)\s*", re.MULTILINE)


def prose_of(markdown: str) -> str:
    """A paragraph's words without Markdown's marks (link targets and images left out)."""
    text = _MARKDOWN_LINK.sub(r"\1", _MARKDOWN_IMAGE.sub(" ", markdown))
    return " ".join(_MARKS.sub("", text).split())


def sentences_around(before: str, after: str) -> tuple[str, str]:
    """The last sentence of the text before an image and the first of the text after it."""
    first = sentences(prose_of(before))
    second = sentences(prose_of(after))
    return (first[-1] if first else ""), (second[0] if second else "")


# ----- local articles -----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _LocalImage:
    key: str  # "featured" or "<src>" / "<src>#n"
    src: str
    alt: str | None
    decorative: bool
    caption: str
    credit: str
    body_index: int | None  # None for the featured image
    line: int


def _local_images(article: Article) -> list[_LocalImage]:
    found: list[_LocalImage] = []
    featured = article.featured_image
    if featured is not None and featured.src:
        found.append(_LocalImage(FEATURED, featured.src, featured.alt, featured.decorative, featured.caption,
                                 featured.credit, None, 0))
    seen: dict[str, int] = {}
    for ref in find_images(article.body):
        seen[ref.src] = seen.get(ref.src, 0) + 1
        key = ref.src if seen[ref.src] == 1 else f"{ref.src}#{seen[ref.src]}"
        found.append(_LocalImage(key, ref.src, ref.alt, ref.decorative, ref.caption, "", ref.index, ref.line))
    return found


def paragraphs_around(body: str, line: int) -> tuple[str, str]:
    """The paragraph before and after the one holding `line` (1-based), images and headings left out."""
    blocks: list[tuple[int, int, str]] = []  # first line, last line, text
    start = 1
    for chunk in re.split(r"\n[ \t]*\n", body):
        lines = chunk.count("\n")
        blocks.append((start, start + lines, chunk.strip()))
        start += lines + 2
    here = next((i for i, (a, b, _) in enumerate(blocks) if a <= line <= b), len(blocks))

    def prose(text: str) -> bool:
        return bool(text) and not text.startswith(("![", "#", "<!--", "```", "~~~", "|", "---"))

    before = next((t for _, _, t in reversed(blocks[:here]) if prose(t)), "")
    after = next((t for _, _, t in blocks[here + 1 :] if prose(t)), "")
    return before[-CONTEXT_MAX:], after[:CONTEXT_MAX]


def local_items(store: ArticleStore, bundles: Iterable[Path]) -> list[AltItem]:
    """Every image of the given articles whose alt is missing or fails a check; unreadable articles skipped."""
    items: list[AltItem] = []
    for bundle in bundles:
        try:
            article = store.load(bundle).article
        except SrEditorError:
            continue  # a broken article shows in the article list with its own error
        items += _items_of(article, bundle, store.root)
    return items


def _items_of(article: Article, bundle: Path, root: Path) -> list[AltItem]:
    items: list[AltItem] = []
    for image in _local_images(article):
        if image.decorative:
            continue
        if image.body_index is None:
            before, after = "", paragraphs_around(article.body, 0)[1]
        else:
            before, after = paragraphs_around(article.body, image.line)
        sentence_before, sentence_after = sentences_around(before, after)
        usage = Usage(article.title or bundle.name, tuple(article.regions), article.status,
                      FEATURED if image.body_index is None else "inline", before, after, bundle=bundle.name,
                      sentence_before=sentence_before, sentence_after=sentence_after)
        problems = alt_problems(image.alt, image.decorative, image.caption, image.src,
                                [sentence_before, sentence_after])
        if not problems:
            continue
        location = locate_image(bundle, image.src)
        shown = str(location.path) if location.place is ImagePlace.FILE and location.path else ""
        items.append(AltItem(
            id=f"{LOCAL}:{bundle.name}/{image.key}", source=LOCAL, alt=image.alt, decorative=image.decorative,
            problem=problems[0].rule, message=problems[0].message, caption=image.caption, credit=image.credit,
            used_in=(usage,), file=_relative(bundle / image.src, root), image=shown, name=Path(image.src).name,
        ))
    return items


def _relative(path: Path, root: Path) -> str:
    try:
        return str(path.relative_to(root))
    except ValueError:
        return str(path)


# ----- writing a local alt ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class LocalTarget:
    bundle: Path
    key: str  # "featured" or "<src>[#n]"


_SITE_ID = re.compile(r"^(?P<site>[A-Za-z0-9][A-Za-z0-9_.-]*):media:(?P<media>[0-9]+)$")


def site_id(item_id: str) -> tuple[str, int] | None:
    """(site, media id) of a site item's id; None for a local one (a site may well be called "local")."""
    match = _SITE_ID.match(item_id)
    return (match.group("site"), int(match.group("media"))) if match else None


def is_local_id(item_id: str) -> bool:
    return site_id(item_id) is None and item_id.startswith(f"{LOCAL}:") and "/" in item_id


def parse_local_id(root: Path, item_id: str) -> LocalTarget:
    if not is_local_id(item_id):
        raise UnknownItemError(item_id)
    folder, _, key = item_id[len(LOCAL) + 1 :].partition("/")
    if not folder or folder.startswith(".") or not key or "/" in folder or "\\" in folder:
        raise UnknownItemError(item_id)
    return LocalTarget(root / folder, key)


def apply_alt(article: Article, key: str, alt: str, decorative: bool) -> Article:
    """A copy of the article with that image's alt set; only the featured block or the one image changes."""
    changed = article.copy()
    if key == FEATURED:
        featured = changed.featured_image
        if featured is None or not featured.src:
            raise UnknownItemError(key, translate("UnknownItemError", "The article has no featured image any more."))
        changed.featured_image = FeaturedImage(featured.src, None if decorative else alt, decorative,
                                               featured.caption, featured.credit)
        return changed
    index = body_index(article.body, key)
    if index is None:
        raise UnknownItemError(key, translate("UnknownItemError", "The image is no longer in the article."))
    changed.body = set_image_alt(article.body, index, alt, decorative)
    return changed


def body_index(body: str, key: str) -> int | None:
    """The index (among the body's images) of the image a key names, None when it is gone."""
    src, _, number = key.partition("#")
    wanted = int(number) if number.isdigit() else 1
    seen = 0
    for ref in find_images(body):
        if ref.src == src:
            seen += 1
            if seen == wanted:
                return ref.index
    return None


def write_local_alt(store: ArticleStore, target: LocalTarget, alt: str, decorative: bool) -> str:
    """Load, describe that image everywhere the article uses it (the same file twice in the body, or as the
    featured image too), save through the store (atomic, refused over an external change); new hash."""
    loaded = store.load(target.bundle)
    changed = loaded.article
    for key in uses_of(loaded.article, target.key):
        changed = apply_alt(changed, key, alt, decorative)
    return store.save(target.bundle, changed, loaded.disk_hash, reason="alt text")


def uses_of(article: Article, key: str) -> list[str]:
    """The keys of every use of the image file `key` names, `key` first; just `key` when it names none."""
    images = _local_images(article)
    src = next((image.src for image in images if image.key == key), None)
    return [key, *(image.key for image in images if image.src == src and image.key != key)] if src else [key]


# ----- local articles that use a site's media item ----------------------------------------------------------------
@dataclass
class LinkedUpdate:
    """Local articles whose `remote.<site>.media` holds the media id, and which image keys to change in each."""

    bundle: Path
    keys: list[str] = field(default_factory=list)


def linked_articles(store: ArticleStore, bundles: Iterable[Path], site: str, media_id: int) -> list[LinkedUpdate]:
    found: list[LinkedUpdate] = []
    for bundle in bundles:
        try:
            article = store.load(bundle).article
        except SrEditorError:
            continue
        media = article.remote_for(site).get("media")
        sources = {src for src, rec in (media.items() if isinstance(media, dict) else ())
                   if isinstance(rec, dict) and str(rec.get("id")) == str(media_id)}
        keys = [image.key for image in _local_images(article) if image.src in sources]
        if keys:
            found.append(LinkedUpdate(bundle, keys))
    return found


def write_linked_alt(
    store: ArticleStore, update: LinkedUpdate, site: str, media_id: int, alt: str, decorative: bool,
    modified: dict[int, tuple[str, str]],
) -> None:
    """Set the alt of each image using the media item, its recorded media alt, and (when the post we updated was
    in step with this article) the post's new `modified_gmt`, so the next publish sees no false conflict."""
    loaded = store.load(update.bundle)
    article = loaded.article
    for key in update.keys:
        article = apply_alt(article, key, alt, decorative)
    entry = article.remote_for(site).copy()
    media = entry.get("media")
    if isinstance(media, dict):
        entry["media"] = {src: ({**rec, "alt": "" if decorative else alt}
                                if isinstance(rec, dict) and str(rec.get("id")) == str(media_id) else rec)
                          for src, rec in media.items()}
    post_id = entry.get("post_id")
    if isinstance(post_id, int) and post_id in modified:
        before, after = modified[post_id]
        if str(entry.get("modified_gmt") or "") == before:
            entry["modified_gmt"] = after
    article.set_remote_for(site, entry)
    store.save(update.bundle, article, loaded.disk_hash, reason="alt text from the site")
