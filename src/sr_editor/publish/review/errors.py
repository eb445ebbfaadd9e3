"""Errors of the newsroom loop: each one sentence a writer or editor can act on."""

from __future__ import annotations

from sr_editor.core.i18n import translate
from sr_editor.publish.errors import PublishError


class CompanionMissing(PublishError):
    """The site lacks the companion plugin (or an older version without the route), and the feature needs it."""

    def __init__(self, site: str, feature: str) -> None:
        self.feature = feature
        super().__init__(translate(
            "CompanionMissing", "{0} does not have the sr-editor companion plugin, which {1} needs; an administrator "
            "can install it from Plugins > Add New > Upload Plugin (packaging/wordpress/build-zip.sh makes the zip)."
        ).format(site, feature))


class NotesUnavailable(PublishError):
    def __init__(self, site: str) -> None:
        super().__init__(translate(
            "NotesUnavailable", "{0} keeps no notes: it has neither WordPress 6.9's Notes nor the sr-editor companion "
            "plugin; the note stays in this workspace's outbox until it has one.").format(site))


class PostLocked(PublishError):
    """Someone else holds WordPress's post lock."""

    def __init__(self, site: str, holder: str, since: str) -> None:
        self.holder, self.since = holder, since
        super().__init__(translate("PostLocked", "{0} is editing this post on {1} (since {2} UTC).").format(
            holder, site, since.replace("T", " ")))


class NoteNotFound(PublishError):
    def __init__(self, site: str, note_id: int) -> None:
        super().__init__(translate("NoteNotFound", "{0} has no note {1} on this post.").format(site, note_id))
