"""Application Passwords live in the OS keyring behind `CredentialStore`; nowhere else.

When no secure keyring exists (keyring's `fail` backend, or a backend with priority < 1 such as the alt package's
plaintext file), `open_credential_store` returns a store that keeps passwords in memory for this session only,
together with one sentence telling the user so. Keyring calls can block on an unlock prompt: use `with_timeout`.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable, Mapping
from typing import Any, Protocol, TypeVar

from sr_editor.core.i18n import translate

SERVICE = "sr-editor"


def no_secret_service(environ: Mapping[str, str] | None = None) -> str:
    """What the command line says when no Secret Service keeps the password (it never falls back to memory: the
    command ends, and a password kept in memory would be gone with it)."""
    return translate(
        "credentials", "No secure system keyring (a Secret Service) is running, so the password cannot be kept. {0} "
        "Until one runs, add the site in the window, which asks for the password in each session; the commands ask "
        "for it each time they run in a terminal.").format(
            keyring_hint(environ))


def keyring_hint(environ: Mapping[str, str] | None = None) -> str:
    """What to install or start for the desktop in use (XDG_CURRENT_DESKTOP), so that a Secret Service runs."""
    env = os.environ if environ is None else environ
    desktop = env.get("XDG_CURRENT_DESKTOP", "").upper()
    other = translate("credentials", "or use KeePassXC with its Secret Service integration turned on (Tools, "
                      "Settings, Secret Service Integration).")
    if "KDE" in desktop:
        first = translate("credentials", "On KDE Plasma, turn on KWallet (System Settings, KDE Wallet: enable the "
                          "wallet subsystem; install kwalletmanager if it is missing),")
    elif desktop:
        first = translate("credentials", "On this desktop ({0}), install GNOME Keyring (sudo apt install "
                          "gnome-keyring), then log out and back in so that it starts,").format(
                              env.get("XDG_CURRENT_DESKTOP", ""))
    else:
        first = translate("credentials", "Outside a desktop session (a terminal over ssh), install GNOME Keyring "
                          "(sudo apt install gnome-keyring) and start it with dbus-run-session and "
                          "gnome-keyring-daemon --unlock --components=secrets,")
    return f"{first} {other}"


KEYRING_TIMEOUT = 10.0
T = TypeVar("T")


def account_for(site: str, username: str) -> str:
    return f"{site}:{username}"


class CredentialStore(Protocol):
    def get(self, site: str, username: str) -> str | None: ...
    def set(self, site: str, username: str, password: str) -> None: ...
    def delete(self, site: str, username: str) -> None: ...


class KeyringUnavailable(Exception):
    """The keyring refused or did not answer; the message is a sentence without the password."""


class MemoryCredentialStore:
    """In-memory: the fake for tests and the session-only fallback when no secure keyring exists."""

    def __init__(self) -> None:
        self._items: dict[str, str] = {}

    def __repr__(self) -> str:
        return f"MemoryCredentialStore({len(self._items)} item(s))"

    def get(self, site: str, username: str) -> str | None:
        return self._items.get(account_for(site, username))

    def set(self, site: str, username: str, password: str) -> None:
        self._items[account_for(site, username)] = password

    def delete(self, site: str, username: str) -> None:
        self._items.pop(account_for(site, username), None)


class KeyringCredentialStore:
    """The OS keyring through `keyring`; every call is bounded by `timeout` seconds."""

    def __init__(self, backend: Any = None, timeout: float = KEYRING_TIMEOUT) -> None:
        import keyring

        self._backend = backend if backend is not None else keyring.get_keyring()
        self.timeout = timeout

    def __repr__(self) -> str:
        return f"KeyringCredentialStore({backend_name(self._backend)})"

    def get(self, site: str, username: str) -> str | None:
        result: str | None = self._call(lambda: self._backend.get_password(SERVICE, account_for(site, username)))
        return result

    def set(self, site: str, username: str, password: str) -> None:
        self._call(lambda: self._backend.set_password(SERVICE, account_for(site, username), password))

    def delete(self, site: str, username: str) -> None:
        import keyring.errors

        def delete() -> None:
            with contextlib.suppress(keyring.errors.PasswordDeleteError):  # nothing stored: already gone
                self._backend.delete_password(SERVICE, account_for(site, username))

        self._call(delete)

    def _call(self, func: Callable[[], T]) -> T:
        import keyring.errors

        try:
            return with_timeout(func, self.timeout)
        except TimeoutError:
            raise KeyringUnavailable(translate(
                "credentials", "the system keyring did not answer within {0} s (is it locked?)").format(
                    f"{self.timeout:.0f}")) from None
        except keyring.errors.KeyringError as exc:
            raise KeyringUnavailable(translate("credentials", "the system keyring refused: {0}").format(
                type(exc).__name__)) from None


def with_timeout(func: Callable[[], T], timeout: float) -> T:
    """Run `func` in a daemon thread; TimeoutError when it does not return in time (the thread is abandoned)."""
    box: dict[str, Any] = {}

    def run() -> None:
        try:
            box["value"] = func()
        except BaseException as exc:  # handed to the caller's thread
            box["error"] = exc

    thread = threading.Thread(target=run, name="keyring-call", daemon=True)
    thread.start()
    thread.join(timeout)
    if thread.is_alive():
        raise TimeoutError("keyring call timed out")
    if "error" in box:
        raise box["error"]
    value: T = box["value"]
    return value


def backend_name(backend: Any) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__name__}"


def insecure_reason(backend: Any) -> str | None:
    """None when the backend keeps secrets safely; otherwise the sentence to show the user."""
    name = backend_name(backend)
    priority = _priority(backend)
    if name.startswith("keyring.backends.fail") or "fail.Keyring" in name:
        return translate(
            "credentials", "No secure system keyring (a Secret Service) is running, so the password is kept in "
            "memory for this session only: sr-editor asks for it again in each session until one runs. {0}").format(
                keyring_hint())
    if priority < 1:
        return translate(
            "credentials", "The keyring backend {0} is not secure (it may store passwords in a plain file), so the "
            "password is kept in memory for this session only.").format(name)
    return None


def unchain(backend: Any) -> Any:
    """keyring's ChainerBackend falls through to the next backend when one fails, so a locked Secret Service
    could silently hand the password to a plaintext keyring: use only its best secure member."""
    members = getattr(backend, "backends", None)
    if not isinstance(members, list | tuple):
        return backend
    for member in sorted(members, key=_priority, reverse=True):
        if insecure_reason(member) is None:
            return member
    return members[0] if members else backend


def _priority(backend: Any) -> float:
    try:
        return float(getattr(backend, "priority", 0))
    except Exception:  # a backend may raise when it is unusable
        return 0.0


def open_credential_store(backend: Any = None) -> tuple[CredentialStore, str | None]:
    """The keyring store, or a session-only memory store plus the sentence explaining why."""
    import keyring

    chosen = unchain(backend if backend is not None else keyring.get_keyring())
    reason = insecure_reason(chosen)
    if reason is not None:
        return MemoryCredentialStore(), reason
    return KeyringCredentialStore(chosen), None
