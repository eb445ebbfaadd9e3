"""Credential storage: keyring behind a small interface; insecure backends and hung keyrings handled."""

from __future__ import annotations

import threading

import keyring.errors
import pytest
from keyring.backend import KeyringBackend

from sr_editor.publish.wordpress.credentials import (
    KeyringCredentialStore,
    KeyringUnavailable,
    MemoryCredentialStore,
    insecure_reason,
    open_credential_store,
    with_timeout,
)


class DictBackend(KeyringBackend):
    priority = 5  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.items:
            raise keyring.errors.PasswordDeleteError("none")
        del self.items[(service, username)]


class PlaintextBackend(DictBackend):
    priority = 0.5  # type: ignore[assignment]


class BlockingBackend(DictBackend):
    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()

    def get_password(self, service: str, username: str) -> str | None:
        self.release.wait(10)
        return None


class RefusingBackend(DictBackend):
    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.InitError("Prompt dismissed")


def test_memory_store_round_trip_and_delete() -> None:
    store = MemoryCredentialStore()
    store.set("prod", "ana", "pw-1")
    assert store.get("prod", "ana") == "pw-1"
    store.delete("prod", "ana")
    assert store.get("prod", "ana") is None


def test_memory_store_repr_hides_passwords() -> None:
    store = MemoryCredentialStore()
    store.set("prod", "ana", "s3cret-value")
    assert "s3cret-value" not in repr(store)


def test_keyring_store_round_trip_through_backend() -> None:
    backend = DictBackend()
    store = KeyringCredentialStore(backend)
    store.set("prod", "ana", "pw-2")
    assert store.get("prod", "ana") == "pw-2"
    store.delete("prod", "ana")
    store.delete("prod", "ana")  # deleting twice is fine
    assert store.get("prod", "ana") is None


def test_fail_backend_is_reported_and_falls_back_to_memory() -> None:
    from keyring.backends import fail

    store, reason = open_credential_store(fail.Keyring())
    assert isinstance(store, MemoryCredentialStore)
    assert reason is not None and "this session only" in reason


def test_low_priority_plaintext_backend_is_not_trusted() -> None:
    store, reason = open_credential_store(PlaintextBackend())
    assert isinstance(store, MemoryCredentialStore)
    assert reason is not None and "not secure" in reason


def test_secure_backend_is_used() -> None:
    store, reason = open_credential_store(DictBackend())
    assert isinstance(store, KeyringCredentialStore) and reason is None
    assert insecure_reason(DictBackend()) is None


def test_locked_keyring_times_out_with_a_sentence() -> None:
    backend = BlockingBackend()
    store = KeyringCredentialStore(backend, timeout=0.2)
    try:
        with pytest.raises(KeyringUnavailable) as info:
            store.get("prod", "ana")
        assert "did not answer" in str(info.value)
    finally:
        backend.release.set()


def test_keyring_refusal_becomes_keyring_unavailable_without_the_password() -> None:
    store = KeyringCredentialStore(RefusingBackend())
    with pytest.raises(KeyringUnavailable) as info:
        store.set("prod", "ana", "top-secret-pw")
    assert "top-secret-pw" not in str(info.value)


def test_with_timeout_returns_value_and_reraises_errors() -> None:
    assert with_timeout(lambda: 42, 1) == 42
    with pytest.raises(ValueError):
        with_timeout(lambda: int("x"), 1)


class Chain:
    """Shaped like keyring's ChainerBackend: tries `backends` in order, falling through on failure."""

    priority = 10

    def __init__(self, *backends: KeyringBackend) -> None:
        self.backends = list(backends)


def test_chainer_uses_only_its_secure_member() -> None:
    secure, plain = DictBackend(), PlaintextBackend()
    store, reason = open_credential_store(Chain(plain, secure))
    assert reason is None
    store.set("prod", "ana", "pw")
    assert secure.items and not plain.items


def test_chainer_of_insecure_members_is_not_trusted() -> None:
    store, reason = open_credential_store(Chain(PlaintextBackend()))
    assert isinstance(store, MemoryCredentialStore) and reason is not None


@pytest.mark.parametrize(("desktop", "names"), [
    ("GNOME", ["GNOME Keyring", "apt install gnome-keyring", "KeePassXC"]),
    ("ubuntu:GNOME", ["GNOME Keyring", "KeePassXC"]),
    ("XFCE", ["GNOME Keyring", "KeePassXC"]),
    ("KDE", ["KWallet", "KeePassXC"]),
    ("", ["dbus-run-session", "gnome-keyring-daemon", "KeePassXC"]),
], ids=["gnome", "ubuntu", "xfce", "kde", "no-desktop"])
def test_without_a_secret_service_the_command_line_says_what_to_install_for_the_desktop_in_use(
    desktop: str, names: list[str]
) -> None:
    from sr_editor.publish.wordpress.credentials import no_secret_service

    said = no_secret_service({"XDG_CURRENT_DESKTOP": desktop})
    assert all(name in said for name in names), said
    assert "each time" in said and "log in again" not in said


def test_without_a_secret_service_the_window_says_it_asks_each_session_and_what_to_start(
    monkeypatch: pytest.MonkeyPatch
) -> None:
    from keyring.backends import fail

    monkeypatch.setenv("XDG_CURRENT_DESKTOP", "KDE")
    reason = insecure_reason(fail.Keyring())
    assert reason is not None and "each session" in reason and "KWallet" in reason and "KeePassXC" in reason
