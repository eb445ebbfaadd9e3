"""The publishing session of the desktop app: site profiles, passwords and publish jobs, without Qt.

Every method may block (network, keyring), so the window calls them from a worker thread. The credential store
is opened once per session; when no secure keyring exists, or the keyring refuses or does not answer, passwords
are kept in memory for this session only and `warning` says so in one sentence.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sr_editor.core.i18n import translate
from sr_editor.core.pacing import Progress
from sr_editor.core.storage.store import StoreLike
from sr_editor.import_guard import guard
from sr_editor.publish import errors
from sr_editor.publish.wordpress.client import WordPressClient
from sr_editor.publish.wordpress.credentials import (
    KEYRING_TIMEOUT,
    CredentialStore,
    KeyringUnavailable,
    MemoryCredentialStore,
    open_credential_store,
    with_timeout,
)
from sr_editor.publish.wordpress.sites import SiteProfile, SiteRegistry, validate_name
from sr_editor.publish.wordpress.terms import TermCache, load_cache, sync_terms

if TYPE_CHECKING:  # the publish flow, the doctor and the media helpers are imported when first used, not with the
    # window's menus (the session is built at start-up; they are ~1 MiB of modules a writer may never need)
    from sr_editor.publish.sync.flow import Collaborators, PublishJob, PublishOptions
    from sr_editor.publish.wordpress.doctor import Diagnosis

StoreOpener = Callable[[], tuple[CredentialStore, "str | None"]]
ClientFactory = Callable[[SiteProfile, "str | None"], WordPressClient]


def client_for(profile: SiteProfile, password: str | None) -> WordPressClient:
    """The same construction as the command line's: one client per worker (clients are not thread-safe)."""
    return WordPressClient(profile.url, profile.username, password, site_name=profile.name)


@dataclass(frozen=True)
class Account:
    """Who the password logs in as, and what that role may do on the site."""

    name: str
    roles: tuple[str, ...]
    capabilities: dict[str, bool] = field(default_factory=dict)

    @classmethod
    def from_me(cls, me: Any, fallback: str) -> Account:
        me = me if isinstance(me, dict) else {}
        caps = me.get("capabilities") if isinstance(me.get("capabilities"), dict) else {}
        roles = me.get("roles") if isinstance(me.get("roles"), list) else []
        return cls(str(me.get("name") or fallback), tuple(str(r) for r in roles),
                   {str(k): bool(v) for k, v in (caps or {}).items()})

    @property
    def role(self) -> str:
        return ", ".join(self.roles) or "no role"

    @property
    def can_publish(self) -> bool:
        return self.capabilities.get("publish_posts", False)

    def abilities(self) -> list[tuple[bool, str]]:
        """(allowed, English phrase) for the capabilities a writer cares about."""
        from sr_editor.publish.wordpress.doctor import CAPABILITIES

        return [(bool(self.capabilities.get(cap)), text) for cap, text in CAPABILITIES]

    def ability_sentences(self) -> list[tuple[bool, str]]:
        """(allowed, 'Can publish posts….' / 'Cannot …') in the interface language, for the Sites dialog."""
        from sr_editor.publish.wordpress.doctor import CAPABILITIES, ability

        found = [(bool(self.capabilities.get(cap)), ability(cap, bool(self.capabilities.get(cap))))
                 for cap, _text in CAPABILITIES]
        return [(allowed, f"{words[:1].upper()}{words[1:]}.") for allowed, words in found]


@dataclass(frozen=True)
class AddedSite:
    profile: SiteProfile
    account: Account
    warning: str | None  # the password is kept for this session only, and why


class PublishSession:
    """Site profiles, credentials and jobs for one run of the app; safe to call from worker threads."""

    def __init__(
        self,
        registry: SiteRegistry,
        workspace: Path,
        open_store: StoreOpener = open_credential_store,
        make_client: ClientFactory = client_for,
        keyring_timeout: float = KEYRING_TIMEOUT,
    ) -> None:
        self.registry = registry
        self.workspace = workspace
        self._open_store = open_store
        self._make_client = make_client
        self._timeout = keyring_timeout
        self._lock = threading.Lock()
        self._store: CredentialStore | None = None
        self._session_only = MemoryCredentialStore()  # fallback when the keyring is missing or refuses
        self.warning: str | None = None

    def __repr__(self) -> str:
        return f"PublishSession({self.registry.path}, {self.workspace})"

    # ----- credentials ----------------------------------------------------------------------------
    def credentials(self) -> CredentialStore:
        """The credential store, opened once (opening the keyring may block, so never on the GUI thread)."""
        with self._lock:
            if self._store is None:
                try:
                    self._store, self.warning = with_timeout(self._open_store, self._timeout)
                except (TimeoutError, KeyringUnavailable, OSError, RuntimeError) as exc:
                    self._store, self.warning = self._session_only, _session_only_sentence(exc)
            return self._store

    def _keep(self, profile: SiteProfile, password: str) -> None:
        store = self.credentials()
        try:
            with_timeout(lambda: store.set(profile.name, profile.username, password), self._timeout + 1)
        except (TimeoutError, KeyringUnavailable) as exc:
            self.warning = _session_only_sentence(exc)
            self._session_only.set(profile.name, profile.username, password)

    def remember_for_session(self, profile: SiteProfile, password: str) -> None:
        """A password typed when none was stored: used until the app quits, never written anywhere."""
        self._session_only.set(profile.name, profile.username, password)

    def password_for(self, profile: SiteProfile) -> str:
        """The stored password; CredentialsUnavailable when there is none (the window then asks for it)."""
        remembered = self._session_only.get(profile.name, profile.username)
        if remembered:
            return remembered
        store = self.credentials()
        try:
            found = with_timeout(lambda: store.get(profile.name, profile.username), self._timeout + 1)
        except (TimeoutError, KeyringUnavailable) as exc:
            raise errors.CredentialsUnavailable(profile.name, _session_only_sentence(exc)) from None
        if not found:
            raise errors.CredentialsUnavailable(profile.name, translate(
                "CredentialsUnavailable", "none is stored; type it to publish this time."))
        return found

    # ----- sites ----------------------------------------------------------------------------------
    def profiles(self) -> list[SiteProfile]:
        return self.registry.profiles()

    def add_site(self, profile: SiteProfile, password: str) -> AddedSite:
        """Verify the password with `users/me?context=edit` (a wrong one passes public requests), then keep it."""
        validate_name(profile.name)
        if not password.strip():
            raise errors.PublishError(translate(
                "PublishSession", "Paste the Application Password created in WordPress under Users ▸ Profile."))
        client = self._make_client(profile, password.strip())
        me = client.me()  # a list, null or a user without an id is one sentence, never a crash
        self._keep(profile, password.strip())
        clean = self.registry.add(profile)
        self._remember_account(clean.name, me)
        return AddedSite(clean, Account.from_me(me, profile.username), self.warning)

    def remove_site(self, name: str) -> SiteProfile:
        """Forget the profile and its password (keyring and session memory)."""
        profile = self.registry.remove(name)
        self._session_only.delete(profile.name, profile.username)
        store = self.credentials()
        try:
            with_timeout(lambda: store.delete(profile.name, profile.username), self._timeout + 1)
        except (TimeoutError, KeyringUnavailable) as exc:
            raise errors.PublishError(translate(
                "PublishSession", "{0} was removed, but its password could not be deleted from the keyring ({1})."
            ).format(profile.name, exc)) from None
        return profile

    def check_site(self, name: str, password: str | None = None) -> Diagnosis:
        """The connection doctor; without a stored password it checks only that the site answers, and says that
        the password is missing (`Diagnosis.password_missing`) rather than wrong."""
        profile = self.registry.get(name)
        if password is None:
            try:
                password = self.password_for(profile)
            except errors.CredentialsUnavailable:
                password = None
        client = self._make_client(profile, password)
        from sr_editor.publish.review.companion import companion_findings
        from sr_editor.publish.wordpress.doctor import diagnose

        report = diagnose(client, password_missing=password is None)
        self.registry.remember_version(profile.name, report.wp_version)
        if report.capabilities:
            self._remember_account(name, {"roles": report.role.split(", "), "capabilities": report.capabilities})
            report.lines += companion_findings(client)  # the plugin answers only to a logged-in account
        return report

    def _remember_account(self, site: str, me: Any) -> None:
        from sr_editor.publish.wordpress.roles import AccountInfo, save_account

        with contextlib.suppress(OSError):  # a cache: the site still refuses what the role may not do
            save_account(self.workspace, site, AccountInfo.from_me(me))

    # ----- terms and jobs -------------------------------------------------------------------------
    def term_cache(self, site: str) -> TermCache | None:
        return load_cache(self.workspace, site)

    def sync_terms(self, site: str) -> TermCache:
        profile = self.registry.get(site)
        client = self._make_client(profile, self.password_for(profile))
        from sr_editor.publish.wordpress.doctor import detect_wp_version

        cache = sync_terms(client, self.workspace, profile.name)
        self.registry.remember_version(profile.name, detect_wp_version(client))
        return cache

    def make_job(
        self,
        site: str,
        store: StoreLike,
        bundle: Path,
        options: PublishOptions,
        progress: Progress | None = None,
        collaborators: Collaborators | None = None,
        overwrite_site_changes: bool = False,
    ) -> PublishJob:
        """A job ready to run in a worker; fetches the term cache first when the workspace has none."""
        with guard("sr_editor.publish.sync.flow"):  # in a worker, perhaps beside the GUI thread's imports
            from sr_editor.publish.sync.flow import PublishJob

        profile = self.registry.get(site)
        client = self._make_client(profile, self.password_for(profile))
        cache = load_cache(self.workspace, profile.name) or sync_terms(client, self.workspace, profile.name)
        # Forcing past check errors must not also overwrite an edit made on the site: that needs its own choice.
        options.overwrite_conflicts = overwrite_site_changes
        options.site_version = profile.wp_version
        return PublishJob(client, profile.name, store, bundle, cache, options, progress, collaborators)

    def client(self, site: str) -> WordPressClient:
        """A logged-in client for the site (one per worker; may read the keyring, so never on the GUI thread)."""
        profile = self.registry.get(site)
        return self._make_client(profile, self.password_for(profile))

    def keep_site_version(self, site: str, store: Any, bundle: Path) -> Path:
        """Replace the article with the site's version, converted as a pull does; the local one goes to history."""
        from sr_editor.core.article.frontmatter import read_article_file
        from sr_editor.publish.sync.site_review import pull_one
        from sr_editor.publish.wordpress import media

        article, _ = read_article_file(bundle / "index.md")
        post_id = media.meta_int(article.remote_for(site).get("post_id")) or 0  # hand edits may hold anything
        if not post_id:
            raise errors.PublishError(translate(
                "PublishSession", "{0} was never published to {1}; there is no site version.").format(
                    bundle.name, site))
        return Path(pull_one(self.client(site), site, store, post_id, take_site=True).bundle) / "index.md"

    def site_content(self, site: str, post_id: int) -> str:
        """The post's raw content as it is on the site now (kept locally when the writer keeps the site's)."""
        from sr_editor.publish.sync.conflict import fetch_for_check, raw_content

        profile = self.registry.get(site)
        return raw_content(fetch_for_check(self._make_client(profile, self.password_for(profile)), post_id))


def _session_only_sentence(exc: BaseException) -> str:
    reason = str(exc) if isinstance(exc, KeyringUnavailable) else translate("PublishSession",
                                                                            "the system keyring did not answer")
    return translate("PublishSession", "The password could not be stored in the system keyring ({0}), so it is kept "
                     "in memory for this session only.").format(reason)
