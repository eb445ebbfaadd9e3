"""Words the window shows for codes that the core stores in English (post statuses, pull outcomes, history
reasons, front-matter fields): the file keeps the code, the screen shows it in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from sr_editor.core.article.status import label as status_label
from sr_editor.core.article.status import normalize as normalize_status

_CTX = "ShownWords"
# core.article.status.LABELS, listed here so the catalogue holds them
_STATUSES = (
    QT_TRANSLATE_NOOP("ShownWords", "Draft"),
    QT_TRANSLATE_NOOP("ShownWords", "Pending review"),
    QT_TRANSLATE_NOOP("ShownWords", "Scheduled"),
    QT_TRANSLATE_NOOP("ShownWords", "Published"),
    QT_TRANSLATE_NOOP("ShownWords", "Private"),
)
# the same in one word, where a column is narrow (the article list)
_SHORT_STATUSES = {
    "draft": QT_TRANSLATE_NOOP("ShownWords", "Draft"),
    "pending": QT_TRANSLATE_NOOP("ShownWords", "Pending"),
    "future": QT_TRANSLATE_NOOP("ShownWords", "Scheduled"),
    "publish": QT_TRANSLATE_NOOP("ShownWords", "Published"),
    "private": QT_TRANSLATE_NOOP("ShownWords", "Private"),
}
_OUTCOMES = {
    "created": QT_TRANSLATE_NOOP("ShownWords", "created"),
    "updated": QT_TRANSLATE_NOOP("ShownWords", "updated"),
    "unchanged": QT_TRANSLATE_NOOP("ShownWords", "unchanged"),
    "conflict": QT_TRANSLATE_NOOP("ShownWords", "changed on both sides"),
}
_REASONS = {
    "save": QT_TRANSLATE_NOOP("ShownWords", "save"),
    "autosave": QT_TRANSLATE_NOOP("ShownWords", "autosave"),
    "restore": QT_TRANSLATE_NOOP("ShownWords", "restore"),
    "alt text": QT_TRANSLATE_NOOP("ShownWords", "alt text"),
}
# Front-matter fields as a writer names them in the metadata panel.
_FIELDS = {
    "title": QT_TRANSLATE_NOOP("ShownWords", "Title"),
    "slug": QT_TRANSLATE_NOOP("ShownWords", "Slug"),
    "excerpt": QT_TRANSLATE_NOOP("ShownWords", "Teaser"),
    "status": QT_TRANSLATE_NOOP("ShownWords", "Status"),
    "author": QT_TRANSLATE_NOOP("ShownWords", "Author"),
    "regions": QT_TRANSLATE_NOOP("ShownWords", "Regions"),
    "tags": QT_TRANSLATE_NOOP("ShownWords", "Countries"),
    "featured_image": QT_TRANSLATE_NOOP("ShownWords", "Featured image"),
    "featured_image.alt": QT_TRANSLATE_NOOP("ShownWords", "Featured image alt text"),
    "featured_image.credit": QT_TRANSLATE_NOOP("ShownWords", "Featured image credit"),
    "featured_image.caption": QT_TRANSLATE_NOOP("ShownWords", "Featured image caption"),
}
# the parts core.review.compare names ("Title", "Teaser", "Regions", "Featured image" are above)
_PARTS = (QT_TRANSLATE_NOOP("ShownWords", "Tags"), QT_TRANSLATE_NOOP("ShownWords", "Body"))


def _shown(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def status_text(status: str) -> str:
    """'pending' -> 'Pending review' (or its translation); an unknown status is shown as it is."""
    return _shown(status_label(status))


def short_status_text(status: str) -> str:
    """'pending' -> 'Pending': one word for a narrow column; an unknown status is shown as it is."""
    word = normalize_status(status)
    return _shown(str(_SHORT_STATUSES.get(word, word)))


def outcome_text(outcome: str) -> str:
    return _shown(str(_OUTCOMES.get(outcome, outcome)))


def reason_text(reason: str) -> str:
    """Why a history version was kept; reasons naming a site ("pull from production") are shown as recorded."""
    return _shown(str(_REASONS.get(reason, reason)))


def part_text(name: str) -> str:
    """A part of the article as core.review.compare names it ("Title", "Body")."""
    return _shown(name)


def field_text(field: str) -> str:
    """'featured_image.alt' -> 'Featured image alt text'; a field we do not name is shown as it is."""
    return _shown(str(_FIELDS.get(field, field)))
