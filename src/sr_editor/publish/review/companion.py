"""Whether a site has the companion plugin, its version and what the account may do with it."""

from __future__ import annotations

from dataclasses import dataclass

from sr_editor.core.i18n import translate
from sr_editor.publish import errors
from sr_editor.publish.wordpress.client import WordPressClient

NAMESPACE = "/sr-editor/v1"
OLDEST_SUPPORTED = (0, 1, 0)  # routes the app calls exist from this version on


@dataclass(frozen=True)
class CompanionInfo:
    version: str
    can_describe: bool  # the account has `sr_describe_images` (the Image describer role, editors, administrators)
    notes_native: bool  # the site is WordPress 6.9 or later: notes go to its own Notes

    def supported(self) -> bool:
        return _version_tuple(self.version) >= OLDEST_SUPPORTED


def _version_tuple(text: str) -> tuple[int, ...]:
    parts = []
    for part in text.split(".")[:3]:
        digits = "".join(c for c in part if c.isdigit())
        parts.append(int(digits) if digits else 0)
    return tuple(parts)


def is_missing_route(exc: errors.PublishError) -> bool:
    """A 404 for a route the site does not have: the plugin is absent, inactive or older than the route."""
    return isinstance(exc, errors.ApiError) and exc.status == 404 and exc.code == "rest_no_route"


def companion_status(client: WordPressClient) -> CompanionInfo | None:
    """The plugin as the site reports it; None when it is not installed or not active."""
    try:
        data = client.get_object(NAMESPACE + "/status", what=translate("UnexpectedAnswer", "the companion status"))
    except errors.PublishError as exc:
        if is_missing_route(exc):
            return None
        raise
    version = data.get("version")
    return CompanionInfo(
        version=version if isinstance(version, str) else "",
        can_describe=data.get("can_describe") is True,
        notes_native=data.get("notes_native") is True,
    )


def companion_findings(client: WordPressClient) -> list[tuple[bool, str]]:
    """`site check`'s lines about the plugin: whether it is active, its version, whether the account may describe
    images. A site without it is not at fault (everything else works), so that line is not a failure."""
    try:
        info = companion_status(client)
    except errors.NotFound:
        info = None  # a 404 of another kind (a proxy's own page): no plugin answers there either
    except errors.PublishError as exc:
        return [(False, translate("companion", "The companion plugin did not answer: {0}").format(exc))]
    if info is None:
        return [(True, translate(
            "companion", "The sr-editor companion plugin is not active: everything works without it except showing "
            "who is editing a post, notes before WordPress 6.9 and the Image describer role."))]
    lines = [(info.supported(), translate("companion", "The sr-editor companion plugin {0} is active.").format(
        info.version or "?"))]
    if not info.supported():
        lines.append((False, translate("companion", "This version of the companion plugin is too old; install "
                                       "version {0} or later.").format(".".join(map(str, OLDEST_SUPPORTED)))))
    lines.append((True, translate("companion", "This account can describe images (alt text) in every post.")
                  if info.can_describe else
                  translate("companion", "This account cannot describe images in other people's posts (no Image "
                            "describer role).")))
    return lines
