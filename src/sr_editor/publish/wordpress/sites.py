"""Site profiles (name, URL, username) in the user's config folder; never in a workspace, never with a password."""

from __future__ import annotations

import contextlib
import json
import logging
import re
from collections.abc import Iterator
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from sr_editor.core.errors import SrEditorError
from sr_editor.core.i18n import translate
from sr_editor.core.storage.atomicfile import atomic_write_bytes
from sr_editor.core.storage.lock import StateFileBusyError, state_file_lock
from sr_editor.publish import errors
from sr_editor.publish.wordpress.client import WordPressClient, normalize_site_url
from sr_editor.publish.wordpress.credentials import CredentialStore, KeyringUnavailable

log = logging.getLogger(__name__)

_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")


class SiteProfileError(SrEditorError):
    """A profile that cannot be added, found or saved."""


@dataclass(frozen=True)
class SiteProfile:
    name: str
    url: str
    username: str
    # The site's WordPress version, found by `site check` and term sync; it chooses the block markup we write.
    # "" means unknown: we then write markup that every WordPress line's editor accepts.
    wp_version: str = ""


def validate_name(name: str) -> str:
    if not _NAME.match(name):
        raise SiteProfileError(translate(
            "SiteProfileError", "\"{0}\" is not a usable site name: use letters, digits, '-', '_' or '.' (at most 64)."
        ).format(name))
    return name


class SiteRegistry:
    """`sites.json` in the config folder, rewritten atomically on every change."""

    def __init__(self, path: Path) -> None:
        self.path = path

    @classmethod
    def default(cls) -> SiteRegistry:
        from sr_editor.paths import config_dir

        return cls(config_dir() / "sites.json")

    def profiles(self) -> list[SiteProfile]:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return []
        except (OSError, ValueError) as exc:
            raise SiteProfileError(translate("SiteProfileError", "{0} cannot be read ({1}); fix or delete it.").format(
                self.path, exc)) from exc
        sites = raw.get("sites", []) if isinstance(raw, dict) else None
        if not isinstance(sites, list):
            raise SiteProfileError(translate(
                "SiteProfileError", "{0} is not a list of sites (\"sites\": [...]); fix or delete it.").format(
                    self.path))
        profiles: list[SiteProfile] = []
        for number, item in enumerate(sites, 1):  # an entry of the wrong shape is skipped, never half-read
            profile = _profile_from(item)
            if profile is None:
                log.warning("%s: site %d is skipped: it needs a usable name, an https address and a username",
                            self.path, number)
            else:
                profiles.append(profile)
        return profiles

    def get(self, name: str) -> SiteProfile:
        for profile in self.profiles():
            if profile.name == name:
                return profile
        known = ", ".join(p.name for p in self.profiles()) or translate("SiteProfileError", "none yet")
        raise SiteProfileError(translate(
            "SiteProfileError", "No site named \"{0}\" (known: {1}); add it with `sr-editor site add`.").format(
                name, known))

    def add(self, profile: SiteProfile) -> SiteProfile:
        """Add or replace the profile of that name; the URL is checked (https, or http on loopback)."""
        validate_name(profile.name)
        clean = SiteProfile(profile.name, normalize_site_url(profile.url), profile.username.strip(), profile.wp_version)
        if not clean.username:
            raise SiteProfileError(translate("SiteProfileError",
                                             "A site needs the WordPress username you log in with."))
        with self._locked():
            others = [p for p in self.profiles() if p.name != clean.name]
            self._write([*others, clean])
        return clean

    def remember_version(self, name: str, version: str) -> SiteProfile:
        """Store the WordPress version found on the site (nothing is written when it is unknown or unchanged)."""
        with self._locked():
            profile = self.get(name)
            if not version or version == profile.wp_version:
                return profile
            updated = replace(profile, wp_version=version)
            self._write([updated if p.name == name else p for p in self.profiles()])
        return updated

    def remove(self, name: str) -> SiteProfile:
        with self._locked():
            profile = self.get(name)
            self._write([p for p in self.profiles() if p.name != name])
        return profile

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        """Every change reads the file again under its lock: two `site add` at once both keep their site."""
        try:
            with state_file_lock(self.path):
                yield
        except StateFileBusyError as exc:
            raise SiteProfileError(str(exc)) from exc

    def _write(self, profiles: list[SiteProfile]) -> None:
        data = json.dumps({"sites": [asdict(p) for p in profiles]}, indent=2, ensure_ascii=False) + "\n"
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_text(self.path, data)
        except OSError as exc:
            raise SiteProfileError(translate("SiteProfileError", "Cannot save {0}: {1}.").format(
                self.path, exc.strerror or exc)) from exc


def _profile_from(item: Any) -> SiteProfile | None:
    """A profile as `add` would have made it; None for a hand-edited entry that `add` would have refused (its
    name names folders and keyring entries, so `../x` must never be read)."""
    if not isinstance(item, dict) or not all(isinstance(item.get(k), str) for k in ("name", "url", "username")):
        return None
    if not _NAME.match(item["name"]) or not item["username"].strip():
        return None
    try:
        normalize_site_url(item["url"])
    except errors.InsecureURLError:
        return None
    version = item.get("wp_version")
    return SiteProfile(item["name"], item["url"], item["username"], version if isinstance(version, str) else "")


def connect(profile: SiteProfile, store: CredentialStore, password: str | None = None) -> WordPressClient:
    """A client for the profile; the password comes from the store unless given (e.g. typed for this session)."""
    if not password:
        try:
            password = store.get(profile.name, profile.username)
        except KeyringUnavailable as exc:
            raise errors.CredentialsUnavailable(profile.name, f"{exc}.") from None
    if not password:
        raise errors.CredentialsUnavailable(profile.name, translate(
            "CredentialsUnavailable", "none is stored in the keyring; add the site again."))
    return WordPressClient(profile.url, profile.username, password, site_name=profile.name)


def atomic_write_text(path: Path, text: str) -> None:
    """Temp file in the same folder, fsync, replace, fsync the folder: readers see old or new, never half.
    The temp file is named as core.storage.atomicfile names them, so a start after a crash removes it."""
    atomic_write_bytes(path, text.encode("utf-8"))
