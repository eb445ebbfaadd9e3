"""Checks with stable ids; errors block publishing, warnings do not.

`RULES` is the single list of what we check: the user documentation (docs/rendering-and-checks.md) is checked
against it by a test, and the GUI/CLI show `Problem.message`, one sentence that names what to fix.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from pathlib import Path

from sr_editor.core.article.article import STATUSES, Article
from sr_editor.core.article.regions import RegionVocabulary, fold
from sr_editor.core.blocks.text import block_tags_in_sentences
from sr_editor.core.checks.a11y import check_accessibility, repeated_sentence
from sr_editor.core.checks.a11y_rules import A11Y_RULES
from sr_editor.core.checks.keys import unknown_keys
from sr_editor.core.checks.problems import Problem as Problem
from sr_editor.core.checks.problems import Rule as Rule
from sr_editor.core.checks.problems import Severity as Severity
from sr_editor.core.i18n import translate
from sr_editor.core.images.files import SUPPORTED_SUFFIXES, ImagePlace, content_problem, locate_image
from sr_editor.core.images.in_source import find_images
from sr_editor.core.render.guard import (
    MAX_INLINE_MARKS,
    MAX_NESTING,
    MAX_TABLE_CELLS,
    MAX_TABLE_COLUMNS,
    crowding_problem,
    nesting_problem,
    too_deep_sentence,
)

log = logging.getLogger(__name__)

EXCERPT_MAX = 300
ALT_MAX = 150


E, W = Severity.ERROR, Severity.WARNING
RULES: dict[str, Rule] = {
    "title-missing": Rule(E, "The article has no title."),
    "excerpt-missing": Rule(E, "The article has no teaser (excerpt), which listings and social media show."),
    "excerpt-too-long": Rule(W, f"The teaser is longer than {EXCERPT_MAX} characters and will be cut off."),
    "status-unknown": Rule(W, "The status is not one of draft, pending, future, publish, private."),
    "region-missing": Rule(E, "No region is tagged, so the article appears in no region's listing."),
    "region-unknown": Rule(E, "A region is not in the site's region vocabulary."),
    "country-region-missing": Rule(W, "A country is tagged but its region is not; the message names the region."),
    "country-unknown": Rule(W, "A tag is a near miss of a country (a typo): publishing would make it a new tag."),
    "featured-image-missing": Rule(W, "The article has no featured image."),
    "featured-image-file-missing": Rule(E, "The featured image file is not in the article folder."),
    "image-file-missing": Rule(E, "An image in the text points to a file that is not in the article folder."),
    "image-outside-bundle": Rule(
        E, "An image path leaves the article folder (absolute path, `..`, or a link pointing outside)."
    ),
    "image-unsupported": Rule(
        E, "An image file is not a JPEG, PNG, WebP, GIF, BMP or TIFF by its content (SVG is refused), or is empty, "
        "damaged or cut short."
    ),
    "image-remote": Rule(W, "An image is loaded from another web site instead of the article folder."),
    "html-block-in-sentence": Rule(
        W, "A block HTML tag (`<div>`, `<table>`, `<p>`...) stands inside a sentence, so that paragraph is published "
        "as an HTML block the site's editors can only edit as HTML."
    ),
    "alt-missing": Rule(E, "An image has no alt text and is not marked decorative."),
    "alt-filename": Rule(E, "The alt text looks like a file name (IMG_1234.jpg, DSC0042, photo.png)."),
    "alt-generic": Rule(W, "The alt text is a generic word such as 'photo' or 'image'."),
    "alt-redundant-prefix": Rule(
        W, "The alt text starts with 'image of', 'photo of', 'picture of' (or 'foto de', 'imagen de')."
    ),
    "alt-equals-caption": Rule(W, "The alt text repeats the caption word for word."),
    "alt-too-long": Rule(W, f"The alt text is longer than {ALT_MAX} characters."),
    "alt-control-character": Rule(
        E, "The alt text holds an invisible control character (such as U+0000), which the site would publish."
    ),
    "decorative-with-caption": Rule(W, "An image marked decorative has a caption, so it carries meaning."),
    "decorative-with-alt": Rule(W, "An image marked decorative also has alt text, which will not be published."),
    "credit-missing": Rule(W, "The featured image has no credit (photographer or source)."),
    "front-matter-unknown-key": Rule(
        W, "A front-matter key is not one sr-editor knows (a misspelt titel:, a top-level alt:); the message "
        "names the nearest known key. The key is kept but not used."),
    "body-too-deep": Rule(
        E, f"The text nests lists or quotes more than {MAX_NESTING} levels deep, too deep to be shown."
    ),
    "body-too-crowded": Rule(
        E, f"A paragraph holds more than {MAX_INLINE_MARKS} links, emphases or code spans, a table row more "
        f"than {MAX_TABLE_COLUMNS} columns or a table more than {MAX_TABLE_CELLS} cells, too many to be shown."
    ),
    **A11Y_RULES,
}

_FILENAME_ALT = re.compile(
    r"""^(?:
        .*\.(?:jpe?g|png|gif|webp|heic|heif|tiff?|bmp|svg|avif)   # ends in an image extension
      | (?:img|dsc[nf]?|dcim|p|pxl|gopr|dji|mvimg|sam|wp|vid|photo|image|screenshot|whatsapp\ image)
        [\s_\-]*\d[\d_\-\s]*(?:\(\d+\))?                        # camera-style name with a number
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
_GENERIC_ALT = frozenset(
    fold(word)
    for word in ("image", "photo", "picture", "photograph", "pic", "graphic", "img", "foto", "fotografía", "imagen",
                 "imagem", "photographie")
)
_REDUNDANT_PREFIX = re.compile(
    r"^(?:an?\s+|the\s+|una?\s+|la\s+|el\s+|le\s+|l'|une?\s+)?"
    r"(?:image|photo|photograph|picture|pic|graphic|screenshot|foto|fotografia|imagen|imagem|photographie)"
    r"\s+(?:of|showing|de|del|da|do|du|des|d')\b"
)


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")  # C0 and C1 controls but tab and line ends


def control_character(text: str) -> str | None:
    """The first control character in `text` as "U+0000", None when it has only printable text and whitespace."""
    found = _CONTROL.search(text)
    return f"U+{ord(found.group()):04X}" if found else None


def _problem(rule: str, message: str, **where: str | int | None) -> Problem:
    return Problem(rule, RULES[rule].severity, message, **where)  # type: ignore[arg-type]


def has_errors(problems: list[Problem]) -> bool:
    """Errors block publishing; warnings are shown but do not."""
    return any(p.severity is Severity.ERROR for p in problems)


def check_alt_text(
    alt: str | None, decorative: bool, caption: str, src: str, nearby: Sequence[str] = ()
) -> list[Problem]:
    """Live lint for one image's alt text (dialogs, featured image field, the alt-text queue); `nearby` holds the
    sentences next to the image, which the alt text should not repeat."""
    name = Path(src).name or translate("lint", "this image")
    if decorative:
        found = []
        if caption.strip():
            found.append(_problem("decorative-with-caption", translate(
                "lint", "{0} is marked decorative but has a caption: describe it instead, or remove the caption."
            ).format(name)))
        if alt and alt.strip():
            found.append(_problem("decorative-with-alt", translate(
                "lint", "{0} is marked decorative, so its alt text will not be published: remove the mark or the "
                "text.").format(name)))
        return found
    text = (alt or "").strip()
    if not text:
        return [_problem("alt-missing", translate(
            "lint", "{0} has no alt text: describe it, or mark it decorative.").format(name))]
    control = control_character(text)
    if control is not None:
        return [_problem("alt-control-character", translate(
            "lint", "The alt text of {0} holds an invisible control character ({1}): remove it.").format(
                name, control))]
    return _alt_quality(text, caption, name, src, nearby)


def _alt_quality(text: str, caption: str, name: str, src: str, nearby: Sequence[str] = ()) -> list[Problem]:
    found: list[Problem] = []
    folded = fold(text)
    if _FILENAME_ALT.match(text) or folded == fold(Path(src).name) or folded == fold(Path(src).stem):
        found.append(_problem("alt-filename", translate(
            "lint", "The alt text of {0} looks like a file name: describe what the image shows.").format(name)))
    elif folded in _GENERIC_ALT:
        found.append(_problem("alt-generic", translate(
            "lint", "The alt text of {0} only says '{1}': describe what the image shows.").format(name, text)))
    elif _REDUNDANT_PREFIX.match(folded):
        found.append(_problem("alt-redundant-prefix", translate(
            "lint", "The alt text of {0} starts with '{1}': screen readers already say it is an image.").format(
                name, " ".join(text.split()[:2]))))
    if caption.strip() and folded == fold(caption):
        found.append(_problem("alt-equals-caption", translate(
            "lint", "The alt text of {0} repeats its caption: describe what is seen, and let the caption add "
            "context.").format(name)))
    elif repeated_sentence(text, list(nearby)) is not None:
        found.append(_problem("alt-repeats-text", translate(
            "lint", "The alt text of {0} repeats the sentence next to it word for word, so screen readers read it "
            "twice: describe what the image shows instead.").format(name)))
    if len(text) > ALT_MAX:
        found.append(_problem("alt-too-long", translate(
            "lint", "The alt text of {0} has {1} characters: keep it under {2} and put the rest in the caption or "
            "the text.").format(name, len(text), ALT_MAX)))
    return found


def check_article(
    article: Article, bundle: Path, vocabulary: RegionVocabulary, pause: Callable[[], None] | None = None
) -> list[Problem]:
    """Every check on one article, front matter first, then the body's images in order, then the accessibility
    checks of the rendered body; `pause` is called every few steps of the long ones (a worker thread's naps)."""
    problems = _check_text_fields(article)
    problems += [_problem("front-matter-unknown-key", sentence, field=field) for field, sentence in unknown_keys(
        article.meta)]
    problems += _check_regions(article, vocabulary)
    problems += _check_featured_image(article, bundle)
    problems += _check_body_images(article, bundle)
    problems += _check_block_html(article)
    problems += _check_body_depth(article)
    try:
        problems += check_accessibility(article, bundle, pause)
    except Exception:  # a fault in the newer checks must not take the others (missing alt text...) with it
        log.exception("accessibility checks failed on %s", bundle)
    return problems


def _check_body_depth(article: Article) -> list[Problem]:
    deep = nesting_problem(article.body)
    if deep is None:
        crowded = crowding_problem(article.body)
        if crowded is None:
            return []
        return [_problem("body-too-crowded", f"{crowded.sentence[0].upper()}{crowded.sentence[1:]}.",
                         line=crowded.line)]
    sentence = too_deep_sentence(deep.depth)
    return [_problem("body-too-deep", translate("lint", "{0}: flatten the lists or quotes here.").format(
        f"{sentence[0].upper()}{sentence[1:]}"), line=deep.line)]


def _check_text_fields(article: Article) -> list[Problem]:
    found: list[Problem] = []
    if not article.title:
        found.append(_problem("title-missing", translate("lint", "The article has no title: add one."),
                              field="title"))
    if not article.excerpt:
        found.append(_problem("excerpt-missing", translate(
            "lint", "The article has no teaser: write one or two sentences that make people read on."),
            field="excerpt"))
    elif len(article.excerpt) > EXCERPT_MAX:
        found.append(_problem("excerpt-too-long", translate(
            "lint", "The teaser has {0} characters: shorten it to {1} or fewer.").format(
                len(article.excerpt), EXCERPT_MAX), field="excerpt"))
    if article.status not in STATUSES:
        found.append(_problem("status-unknown", translate(
            "lint", "The status '{0}' is unknown: use one of {1}.").format(article.status, ", ".join(STATUSES)),
            field="status"))
    return found


def _check_regions(article: Article, vocabulary: RegionVocabulary) -> list[Problem]:
    found: list[Problem] = []
    tagged = {vocabulary.canonical_region(r) for r in article.regions} - {None}
    if not article.regions:
        found.append(_problem("region-missing", translate("lint", "No region is tagged: choose at least one."),
                              field="regions"))
    for region in article.regions:
        if vocabulary.canonical_region(region) is None:
            found.append(_problem("region-unknown", translate(
                "lint", "'{0}' is not one of the site's regions ({1}).").format(
                    region, ", ".join(vocabulary.regions)), field="regions"))
    suggested: set[str] = set()
    for tag in article.tags:
        if vocabulary.canonical_country(tag) is None:
            meant = _country_meant(tag, vocabulary)
            if meant:  # a topic tag ("Elections") is fine; a near miss of a country is a typo
                found.append(_problem("country-unknown", translate(
                    "lint", "'{0}' is not in the list of countries (did you mean {1}?); publishing would make it a "
                    "new tag on the site.").format(tag, meant), field="tags"))
            continue
        home = vocabulary.region_of(tag)
        if home is not None and home not in tagged and home not in suggested:
            suggested.add(home)
            found.append(_problem("country-region-missing", translate(
                "lint", "{0} is tagged but its region is not: add the region {1}.").format(
                    vocabulary.canonical_country(tag), home), field="regions"))
    return found


def _country_meant(tag: str, vocabulary: RegionVocabulary) -> str:
    """The country a tag looks like a typo or a fragment of ('Hai' -> 'Haiti'); '' when it looks like none."""
    folded = fold(tag)
    if len(folded) < 3:
        return ""
    names = {fold(name): name for name in vocabulary.country_names()}
    starts = sorted(name for key, name in names.items() if key.startswith(folded))
    if starts:
        return starts[0]
    import difflib  # only for a tag that matches no country's start: not loaded with the window's first checks

    close = difflib.get_close_matches(folded, list(names), n=1, cutoff=0.8)
    return names[close[0]] if close else ""


def _check_featured_image(article: Article, bundle: Path) -> list[Problem]:
    featured = article.featured_image
    if featured is None or not featured.src:
        return [_problem("featured-image-missing", translate("lint", "The article has no featured image: choose one."),
                         field="featured_image")]
    found = _check_location(bundle, featured.src, field="featured_image.src", featured=True)
    for problem in check_alt_text(featured.alt, featured.decorative, featured.caption, featured.src):
        target = "featured_image.caption" if problem.rule == "decorative-with-caption" else "featured_image.alt"
        found.append(Problem(problem.rule, problem.severity, problem.message, field=target, image=featured.src))
    if not featured.credit.strip():
        found.append(_problem("credit-missing", translate(
            "lint", "The featured image {0} has no credit: name the photographer or source.").format(
                Path(featured.src).name), field="featured_image.credit", image=featured.src))
    return found


def _check_location(
    bundle: Path, src: str, *, field: str | None = None, line: int | None = None, featured: bool = False
) -> list[Problem]:
    location = locate_image(bundle, src)
    place = location.place
    where: dict[str, str | int | None] = {"field": field, "line": line, "image": src}
    suffix = location.path.suffix.lower() if location.path is not None else ""
    if place is ImagePlace.FILE and suffix not in SUPPORTED_SUFFIXES:
        return [_problem("image-unsupported", translate(
            "lint", "The image {0} is not a photo format the site accepts: export it as JPEG or PNG.").format(src),
            **where)]
    if place is ImagePlace.FILE and location.path is not None:
        reason = content_problem(location.path)
        if reason is not None:
            return [_problem("image-unsupported", translate(
                "lint", "The image {0} cannot be published: {1}. Export it again as JPEG or PNG.").format(
                    src, reason), **where)]
    if place is ImagePlace.MISSING:
        rule = "featured-image-file-missing" if featured else "image-file-missing"
        return [_problem(rule, translate(
            "lint", "The image file {0} is not in the article folder: add it or fix the name.").format(src), **where)]
    if place is ImagePlace.OUTSIDE:
        return [_problem("image-outside-bundle", translate(
            "lint", "The image {0} is outside the article folder: import it into the article instead.").format(src),
            **where)]
    if place is ImagePlace.REMOTE:
        return [_problem("image-remote", translate(
            "lint", "The image {0} comes from another web site: download it and import it into the article, with "
            "permission.").format(src), **where)]
    return []


def _check_body_images(article: Article, bundle: Path) -> list[Problem]:
    found: list[Problem] = []
    for image in find_images(article.body):
        found += _check_location(bundle, image.src, line=image.line)
        for problem in check_alt_text(image.alt, image.decorative, image.caption, image.src):
            found.append(Problem(problem.rule, problem.severity, problem.message, line=image.line, image=image.src))
    return found


def _check_block_html(article: Article) -> list[Problem]:
    return [
        _problem("html-block-in-sentence", translate(
            "lint", "Line {0}: the <{1}> tag stands inside a sentence, so this paragraph is published as an HTML "
            "block; put the HTML on lines of its own, with blank lines around it.").format(line, tag), line=line)
        for line, tag in block_tags_in_sentences(article.body)
    ]
