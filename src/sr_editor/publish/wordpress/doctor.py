"""Connection doctor for `site check` and the Sites dialog: each finding is one line a writer can act on."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sr_editor.core.blocks.text import FORM_67, form_for_version
from sr_editor.core.i18n import translate
from sr_editor.publish import errors
from sr_editor.publish.wordpress.client import WordPressClient

CAPABILITIES = (
    ("publish_posts", "publish posts"),
    ("upload_files", "upload images"),
    ("edit_others_posts", "edit other people's posts"),
    ("unfiltered_html", "post any HTML"),
)  # the English phrases; ability() words them in the interface language


def ability(cap: str, allowed: bool) -> str:
    """'can publish posts', 'cannot upload images'... for one of CAPABILITIES, in the interface language; an
    account that may not publish is told what it can do instead (submit for review)."""
    words = {
        ("publish_posts", True): translate("doctor", "can publish posts"),
        ("publish_posts", False): translate("doctor", "can submit posts for review; an editor publishes them"),
        ("upload_files", True): translate("doctor", "can upload images"),
        ("upload_files", False): translate("doctor", "cannot upload images"),
        ("edit_others_posts", True): translate("doctor", "can edit other people's posts"),
        ("edit_others_posts", False): translate("doctor", "cannot edit other people's posts"),
        ("unfiltered_html", True): translate("doctor", "can post any HTML"),
        ("unfiltered_html", False): translate("doctor", "cannot post any HTML"),
    }
    return words.get((cap, allowed), f"{'can' if allowed else 'cannot'} {cap}")


@dataclass
class Diagnosis:
    lines: list[tuple[bool, str]] = field(default_factory=list)
    role: str = ""
    capabilities: dict[str, bool] = field(default_factory=dict)
    wp_version: str = ""  # "" when the site does not say
    password_missing: bool = False  # none stored (or no keyring): the login was not tested

    @property
    def ok(self) -> bool:
        return all(ok for ok, _ in self.lines)

    def add(self, ok: bool, line: str) -> None:
        self.lines.append((ok, line))


def _reachable(client: WordPressClient, report: Diagnosis) -> bool:
    try:
        index = client.get("/")
    except errors.PublishError as exc:
        report.add(False, str(exc))
        return False
    where = "/wp-json/" if client.route_mode == "pretty" else translate("doctor", "?rest_route= (no pretty permalinks)")
    name = index.get("name", "") if isinstance(index, dict) else ""
    report.add(True, translate("doctor", "The REST API answers at {0}: \"{1}\".").format(where, name))
    return True


def _auth_line(exc: errors.AuthError, client: WordPressClient) -> str:
    if exc.not_application_password:  # a login password pasted by mistake: the error says so, and where to go
        return str(exc)
    line = _auth_reason(exc, client)
    if exc.profile_url and line != str(exc):
        line = f"{line} {errors.where_application_passwords_are_made(exc.profile_url)}"
    return line


def _auth_reason(exc: errors.AuthError, client: WordPressClient) -> str:
    if exc.code == "rest_not_logged_in":  # WordPress 6.1 answers this for every failed login, too
        return translate(
            "doctor", "WordPress did not log you in as \"{0}\": the username or Application Password is wrong (use "
            "your WordPress login name, not the name you gave the password), or the server drops the Authorization "
            "header (ask the administrator if the password is surely right).").format(client.username)
    if exc.code == "invalid_username":
        return translate(
            "doctor", "WordPress knows no user \"{0}\": use your WordPress login name, not the name you gave the "
            "Application Password.").format(client.username)
    if exc.code == "incorrect_password":
        return translate("doctor", "The username is right but the Application Password is wrong (or was revoked); "
                         "create a new one.")
    return str(exc)


def diagnose(client: WordPressClient, password_missing: bool = False) -> Diagnosis:
    """The findings, one line each; with `password_missing` only whether the site answers (a login without a
    password would read as a wrong password)."""
    report = Diagnosis()
    if not _reachable(client, report):
        return report
    if password_missing:
        report.password_missing = True
        report.add(False, translate("doctor", "No password for {0} is stored on this computer, so the login was not "
                                    "tested; type the Application Password to test it.").format(client.site_name))
        return report
    try:
        me = client.me()
    except errors.AuthError as exc:
        report.add(False, _auth_line(exc, client))
        return report
    except errors.PublishError as exc:
        report.add(False, str(exc))
        return report
    report.add(True, translate("doctor", "Logged in as {0}; the Authorization header reaches WordPress.").format(
        me.get("name", client.username)))
    found = me.get("roles")
    roles = found if isinstance(found, list) else []
    report.role = ", ".join(str(r) for r in roles) or "no role"
    caps = me.get("capabilities") if isinstance(me.get("capabilities"), dict) else {}
    report.capabilities = {k: bool(v) for k, v in (caps or {}).items()}
    report.add(True, translate("doctor", "Role: {0}.").format(", ".join(str(r) for r in roles)
                                                             or translate("doctor", "no role")))
    for cap, _text in CAPABILITIES:
        words = ability(cap, report.capabilities.get(cap, False))
        report.add(True, f"{words[:1].upper()}{words[1:]}.")
    report.add(True, translate("doctor", "Upload size limit: not published by the REST API; large photos are "
                               "downscaled before upload."))
    report.wp_version = detect_wp_version(client)
    report.add(True, _version_line(report.wp_version))
    return report


# The feed's <generator> (or the page's generator meta tag) is the one public place WordPress names its version.
_GENERATOR = re.compile(
    r"<generator>\s*https?://wordpress\.org/\?v=(\d+\.\d+(?:\.\d+)?)[^<]*</generator>"
    r"|<meta\s+name=[\"']generator[\"']\s+content=[\"']WordPress\s+(\d+\.\d+(?:\.\d+)?)",
    re.IGNORECASE,
)


def detect_wp_version(client: WordPressClient) -> str:
    """The site's WordPress version from its RSS feed or home page; "" when hidden (some sites remove it)."""
    get_page = getattr(client, "get_page", None)  # stand-in clients without it: version unknown
    if get_page is None:
        return ""
    for path in ("/?feed=rss2", "/"):
        found = _GENERATOR.search(get_page(path))
        if found:
            return str(found.group(1) or found.group(2))
    return ""


def _version_line(version: str) -> str:
    if not version:
        return translate("doctor", "WordPress version: not shown by the site; posts use block markup that every "
                         "WordPress version's editor accepts.")
    form = "6.7" if form_for_version(version) == FORM_67 else "6.1"
    return translate("doctor", "WordPress {0}: posts use the block markup of WordPress {1} and later.").format(
        version, form)
