"""One status vocabulary for articles and posts: WordPress's own words, shown with plain labels.

Files written before this vocabulary used draft/review/ready/published; they are read as the matching
WordPress status (`normalize`) and rewritten only when something else changes the front matter. After a publish
or a pull, `status:` says what the site says.
"""

from __future__ import annotations

from sr_editor.core.i18n import translate

STATUSES: tuple[str, ...] = ("draft", "pending", "future", "publish", "private")  # the only list of them
# What a publish may ask the site for: every status but private (the site's own business).
PUBLISH_STATUSES: tuple[str, ...] = tuple(status for status in STATUSES if status != "private")
LABELS: dict[str, str] = {
    "draft": "Draft",
    "pending": "Pending review",
    "future": "Scheduled",
    "publish": "Published",
    "private": "Private",
}
# Older local words -> the one vocabulary.
LEGACY: dict[str, str] = {"review": "pending", "ready": "pending", "published": "publish", "scheduled": "future"}


def normalize(value: str) -> str:
    """The status in the one vocabulary; an unknown word is returned as is (the checks report it)."""
    word = value.strip().lower()
    return LEGACY.get(word, word) or "draft"


def label(status: str) -> str:
    """The plain label of a status in the interface language (LABELS holds the English ones)."""
    word = normalize(status)
    labels = {
        "draft": translate("status", "Draft"), "pending": translate("status", "Pending review"),
        "future": translate("status", "Scheduled"), "publish": translate("status", "Published"),
        "private": translate("status", "Private"),
    }
    return labels.get(word, word)
