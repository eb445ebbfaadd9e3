"""Command-line publishing: `site add/list/remove/check`, `sync-terms`, `publish`.

Handlers take the parsed `args` (with `args.workspace`) and return an exit code; failures print one sentence on
stderr. The password is read from stdin (without echo on a terminal) and goes only to the keyring.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from sr_editor.core.article.status import PUBLISH_STATUSES
from sr_editor.core.errors import ArticleNotFoundError, SrEditorError
from sr_editor.core.i18n import translate
from sr_editor.publish import errors
from sr_editor.publish.wordpress.client import WordPressClient
from sr_editor.publish.wordpress.credentials import (
    CredentialStore,
    KeyringUnavailable,
    no_secret_service,
    open_credential_store,
)
from sr_editor.publish.wordpress.doctor import CAPABILITIES, ability
from sr_editor.publish.wordpress.sites import SiteProfile, SiteRegistry

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INPUT = 0, 1, 2, 3


# Factories: tests replace them (e.g. with an in-memory credential store).
def credential_store() -> tuple[CredentialStore, str | None]:
    return open_credential_store()


def site_registry() -> SiteRegistry:
    return SiteRegistry.default()


def register(subparsers: Any, common: argparse.ArgumentParser | None = None) -> None:
    parents = [common] if common is not None else []
    site = subparsers.add_parser("site", parents=parents, help=translate("cli", "manage WordPress site profiles"))
    site_sub = site.add_subparsers(dest="site_command", metavar="ACTION", required=True)
    add = site_sub.add_parser("add", parents=parents, help=translate(
        "cli", "add a site; the Application Password is read from stdin"))
    add.add_argument("name")
    add.add_argument("--url", required=True)
    add.add_argument("--user", required=True, help=translate("cli", "your WordPress username (not the password's "
                                                                    "name)"))
    add.set_defaults(handler=cmd_site_add)
    lst = site_sub.add_parser("list", parents=parents, help=translate("cli", "list site profiles"))
    lst.set_defaults(handler=cmd_site_list)
    remove = site_sub.add_parser("remove", parents=parents, help=translate("cli", "forget a site and its password"))
    remove.add_argument("name")
    remove.set_defaults(handler=cmd_site_remove)
    check = site_sub.add_parser("check", parents=parents, help=translate("cli", "diagnose the connection to a site"))
    check.add_argument("name")
    check.set_defaults(handler=cmd_site_check)

    sync = subparsers.add_parser("sync-terms", parents=parents, help=translate(
        "cli", "cache the site's categories and tags"))
    sync.add_argument("--site", required=True)
    sync.set_defaults(handler=cmd_sync_terms)

    pub = subparsers.add_parser("publish", parents=parents, help=translate(
        "cli", "check, upload images, create or update the post"))
    pub.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    pub.add_argument("--site", required=True)
    pub.add_argument("--status", choices=PUBLISH_STATUSES)
    pub.add_argument("--date", metavar="ISO", help=translate("cli", "publication date, e.g. 2026-12-01T09:00+01:00"))
    pub.add_argument("--dry-run", action="store_true", help=translate("cli", "print the plan, change nothing"))
    pub.add_argument("--force", action="store_true", help=translate(
        "cli", "publish despite check errors or a site-side change"))
    pub.add_argument("--allow-missing-alt", metavar="REASON", default="", help=translate(
        "cli", "publish although images lack alt text (e.g. a pulled post), recording REASON in the article"))
    pub.add_argument("--create-tags", action="store_true", help=translate(
        "cli", "create the country tags the site does not have yet (without it, publishing stops and names them)"))
    pub.set_defaults(handler=cmd_publish)


def _fail(message: str, code: int = EXIT_FAILED) -> int:
    print(f"sr-editor: {message}", file=sys.stderr)
    return code


def _ask_hidden(prompt: str) -> str:
    """A password typed without echo; Ctrl+D (end of input) is an empty answer, never a traceback."""
    try:
        return getpass.getpass(prompt).strip()
    except EOFError:
        print(file=sys.stderr)  # the prompt's line ends, as after Enter
        return ""


def _read_password() -> str:
    if sys.stdin.isatty():
        return _ask_hidden(translate("cli", "Application Password: "))
    return sys.stdin.readline().strip()


def _workspace(args: argparse.Namespace) -> Path:
    from sr_editor.paths import default_workspace

    given = getattr(args, "workspace", None)
    return (given if given is not None else default_workspace()).expanduser()


def describe_abilities(me: dict[str, Any]) -> list[str]:
    caps = me.get("capabilities") if isinstance(me.get("capabilities"), dict) else {}
    assert isinstance(caps, dict)
    return [ability(cap, bool(caps.get(cap))) for cap, _text in CAPABILITIES]


def describe_login(me: dict[str, Any], fallback: str) -> tuple[str, str]:
    """(name, roles) from a users/me answer whose values may have any JSON type."""
    roles = me.get("roles") if isinstance(me.get("roles"), list) else []
    assert isinstance(roles, list)
    name = me.get("name") if isinstance(me.get("name"), str) and me.get("name") else fallback
    return str(name), ", ".join(str(r) for r in roles) or translate("cli", "no role")


def secure_store() -> CredentialStore:
    """The system keyring; KeyringUnavailable with no_secret_service() when there is none (never a memory store,
    which would lose the password when the command ends)."""
    store, warning = credential_store()
    if warning:
        raise KeyringUnavailable(no_secret_service())
    return store


def _client_for(profile: SiteProfile, password: str | None) -> WordPressClient:
    return WordPressClient(profile.url, profile.username, password, site_name=profile.name)


# ----- site ---------------------------------------------------------------------------------------------
def cmd_site_add(args: argparse.Namespace) -> int:
    try:
        profile = SiteProfile(args.name, args.url, args.user)
        registry = site_registry()
        from sr_editor.publish.wordpress.sites import validate_name

        validate_name(profile.name)
        client = _client_for(profile, None)  # validates the URL before asking for the password
        store = secure_store()  # before the password is typed: without a keyring it could not be kept
        password = _read_password()
        if not password:
            return _fail(translate("cli", "No password given (paste the Application Password on stdin)."), EXIT_USAGE)
        client = _client_for(profile, password)
        me = client.me()  # a list, null or a user without an id is one sentence, never a traceback
        store.set(profile.name, profile.username, password)
        registry.add(profile)
        _remember_account(args, profile.name, me)
    except KeyringUnavailable as exc:
        text = str(exc)
        return _fail(text if text == no_secret_service() else translate(
            "cli", "The password could not be stored: {0}.").format(text))
    except SrEditorError as exc:
        return _fail(errors.with_outcome(exc, translate("cli", "The site was not added; check the address, or try "
                                                        "again later.")))
    name, roles = describe_login(me, profile.username)
    print(translate("cli", "Added {0}: logged in as {1} ({2}).").format(profile.name, name, roles))
    for line in describe_abilities(me):
        print(f"  {line}")
    return EXIT_OK


def cmd_site_list(args: argparse.Namespace) -> int:
    try:
        profiles = site_registry().profiles()
    except SrEditorError as exc:
        return _fail(str(exc))
    for p in profiles:
        print(f"{p.name:<20} {p.url:<40} {p.username}")
    if not profiles:
        print(translate("cli", "No sites yet; add one with `sr-editor site add NAME --url URL --user USER`."),
              file=sys.stderr)
    return EXIT_OK


def cmd_site_remove(args: argparse.Namespace) -> int:
    try:
        profile = site_registry().remove(args.name)
        store, _ = credential_store()  # without a keyring nothing was stored: the memory store deletes nothing
        store.delete(profile.name, profile.username)
    except KeyringUnavailable as exc:
        return _fail(translate("cli", "The site was removed but its password could not be deleted from the "
                               "keyring: {0}.").format(exc))
    except SrEditorError as exc:
        return _fail(str(exc))
    print(translate("cli", "Removed {0} and its stored password.").format(profile.name))
    return EXIT_OK


def _password_for(profile: SiteProfile) -> str:
    """The stored password; on a terminal, one typed for this command when none is stored or no keyring runs."""
    password: str | None = None
    missing = translate("cli", "none is stored in the keyring; run `sr-editor site add` again.")
    try:
        password = secure_store().get(profile.name, profile.username)
    except KeyringUnavailable as exc:
        text = str(exc)
        missing = text[0].lower() + text[1:] if text == no_secret_service() else f"{text}."
    if password:
        return password
    if sys.stdin.isatty():
        typed = _ask_hidden(translate("cli", "Application Password for {0} on {1}: ").format(
            profile.username, profile.name))
        if typed:
            return typed
    raise errors.CredentialsUnavailable(profile.name, missing)


def cmd_site_check(args: argparse.Namespace) -> int:
    from sr_editor.publish.review.companion import companion_findings
    from sr_editor.publish.wordpress.doctor import diagnose

    try:
        profile = site_registry().get(args.name)
        password = _password_for(profile)
    except SrEditorError as exc:
        return _fail(str(exc))
    client = _client_for(profile, password)
    report = diagnose(client)
    if report.capabilities:  # logged in: the plugin's status route answers only to an account
        report.lines += companion_findings(client)
    if report.capabilities:
        _remember_account(args, profile.name, {"roles": report.role.split(", "), "capabilities": report.capabilities})
    try:
        site_registry().remember_version(profile.name, report.wp_version)
    except SrEditorError as exc:
        print(f"sr-editor: {exc}", file=sys.stderr)
    for ok, line in report.lines:
        print(f"[{'ok' if ok else '!!'}] {line}")
    return EXIT_OK if report.ok else EXIT_FAILED


def _remember_account(args: argparse.Namespace, site: str, me: Any) -> None:
    """What the account may do, for the checks before publishing (best effort: a cache, never a secret)."""
    from sr_editor.publish.wordpress.roles import AccountInfo, save_account

    with contextlib.suppress(OSError):
        save_account(_workspace(args), site, AccountInfo.from_me(me))


# ----- terms and publish --------------------------------------------------------------------------------
def cmd_sync_terms(args: argparse.Namespace) -> int:
    from sr_editor.publish.wordpress.terms import sync_terms

    try:
        profile = site_registry().get(args.site)
        client = _client_for(profile, _password_for(profile))
        cache = sync_terms(client, _workspace(args), profile.name)
    except SrEditorError as exc:
        return _fail(errors.with_outcome(exc, translate(
            "cli", "The categories and tags cached before are kept; try again later.")))
    print(translate("cli", "{0}: {1} categories and {2} tags cached.").format(
        profile.name, len(cache.categories), len(cache.tags)))
    return EXIT_OK


def _bundle(path: Path, workspace: Path) -> Path:
    from sr_editor.core.storage.store import resolve_bundle

    return resolve_bundle(path if path.exists() or path.is_absolute() else workspace / path)


def _conflict_diff(info: errors.ConflictInfo) -> str:
    """What changed on the site, word by word on what readers see, as the window's Compare view shows it (the raw
    HTML diff, with the post's internal marker, only when no readable comparison could be made)."""
    from sr_editor.core.review.compare import word_diff_text

    return word_diff_text(list(info.fields)) if info.fields else info.diff


def _parse_date(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise errors.PublishError(translate(
            "cli", "\"{0}\" is not a date; use ISO form like 2026-12-01T09:00+01:00.").format(text)) from None


def cmd_publish(args: argparse.Namespace) -> int:
    from sr_editor.core.storage.history import LocalHistory
    from sr_editor.core.storage.store import STATE_DIR, ArticleStore
    from sr_editor.publish.sync.flow import PublishJob, PublishOptions
    from sr_editor.publish.wordpress.roles import load_account
    from sr_editor.publish.wordpress.terms import load_cache, sync_terms

    workspace = _workspace(args)
    try:
        profile = site_registry().get(args.site)
        allow_alt = str(getattr(args, "allow_missing_alt", "") or "")
        if allow_alt and not allow_alt.strip():
            return _fail(translate("cli", "--allow-missing-alt needs a reason, e.g. \"pulled from the site\"."),
                         EXIT_USAGE)
        options = PublishOptions(status=args.status, date=_parse_date(args.date), force=args.force,
                                 dry_run=args.dry_run, site_version=profile.wp_version,
                                 allow_missing_alt=allow_alt.strip(), create_tags=args.create_tags)
        if args.status == "future" and options.date is None:
            return _fail(translate("cli", "--status future needs --date."), EXIT_USAGE)
        client = None if args.dry_run else _client_for(profile, _password_for(profile))
        if client is not None and load_account(workspace, profile.name) is None:
            _remember_account(args, profile.name, client.me())  # one read, before anything is sent
        cache = load_cache(workspace, profile.name)
        if cache is None:
            if client is None:
                return _fail(translate("cli", "No term cache for {0}; run `sr-editor sync-terms --site {0}`.").format(
                    profile.name))
            cache = sync_terms(client, workspace, profile.name)
        bundles = [_bundle(p, workspace) for p in args.paths]
    except SrEditorError as exc:
        return _fail(errors.with_outcome(exc, errors.article_stays_local()),
                     EXIT_INPUT if isinstance(exc, ArticleNotFoundError) else EXIT_FAILED)
    store = ArticleStore(workspace, history=LocalHistory(workspace / STATE_DIR / "history"))
    failures = 0
    for bundle in bundles:
        job = PublishJob(client, profile.name, store, bundle, cache, options,
                         progress=lambda msg, done, total: print(f"  [{done}/{total}] {msg}", file=sys.stderr))
        try:
            result = job.run()
        except errors.ConflictError as exc:
            failures += 1
            print(f"sr-editor: {exc}\n{_conflict_diff(exc.info)}", file=sys.stderr)
            continue
        except SrEditorError as exc:
            failures += 1
            _fail(errors.with_outcome(exc, errors.article_stays_local()))
            continue
        if args.dry_run:
            print(translate("cli", "{0}: plan").format(bundle))
            for line in result.plan:
                print(f"  {line}")
        elif result.nothing_to_send:
            print(translate("cli", "{0}: nothing to send (post {1} is already the same)").format(
                bundle, result.post_id))
        else:
            sentence = translate("cli", "{0}: created post {1} ({2}) {3}") if result.created else translate(
                "cli", "{0}: updated post {1} ({2}) {3}")
            print(sentence.format(bundle, result.post_id, result.status, result.link))
            if result.status != "publish":
                print(translate("cli", "  preview: {0}").format(result.preview_url))
    return EXIT_FAILED if failures else EXIT_OK
