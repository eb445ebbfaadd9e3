"""The words of the publish dialog's last page after a success: what was sent where, and what happens next."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from sr_editor.publish.sync.flow import PublishResult

_CTX = "PublishOutcome"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def images_sentence(result: PublishResult) -> str:
    """'Images: 2 uploaded, 1 already on the site.' (nothing when the article has none)."""
    sent, kept = len(result.uploaded), len(result.reused)
    if not sent and not kept:
        return ""
    return (_tr("Images: %1 uploaded, %2 already on the site.").replace("%1", str(sent)).replace("%2", str(kept)))


def next_step(status: str) -> str:
    return {
        "pending": _tr("An editor of the site reviews it and publishes it; you can still change it here and send "
                       "it again."),
        "draft": _tr("Only people who can log in to the site see it; publish or submit it when it is ready."),
        "future": _tr("The site publishes it at the chosen time."),
        "publish": _tr("Readers can see it now."),
    }.get(status, "")


def success_html(result: PublishResult, verb: str, site: str, title: str, links: list[str]) -> str:
    """The whole success text: headline with the site and post, the article's title, the images, the next step,
    and the links (already-escaped anchors)."""
    post = (_tr("new post %1") if result.created else _tr("post %1")).replace("%1", str(result.post_id))
    parts = [f"<p><b>{html.escape(verb)} — {html.escape(site)}</b> ({html.escape(post)})</p>"]
    if title:
        parts.append(f"<p>“{html.escape(title)}”</p>")
    if result.nothing_to_send:
        parts.append(f"<p>{html.escape(_tr('Nothing had changed since the last time: the post was already the same.'))}"
                     "</p>")
    details = [text for text in (images_sentence(result), next_step(result.status)) if text]
    parts.extend(f"<p>{html.escape(text)}</p>" for text in details)
    if links:
        parts.append(f"<p>{' &nbsp;·&nbsp; '.join(links)}</p>")
    return "".join(parts)
