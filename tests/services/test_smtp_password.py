"""The SMTP password lives in the keyring, under the server and user it is for; with
no usable keyring Cadence says so instead of keeping it anywhere else."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import keyring.backend
import pytest
from keyring.backends import fail

from cadence.domain.errors import ConflictError
from cadence.services.mail_settings import MailSettingsData
from cadence.services.smtp_password import (
    SERVICE,
    KeyringUnavailable,
    delete_password,
    get_password,
    set_password,
)

from ..support_keyring import LockedKeyring, MemoryKeyring  # type: ignore[import-not-found]

SETTINGS = MailSettingsData(
    host="smtp.atelier-nuage.fr", username="factures", sender_address="factures@nuage.fr"
)


@pytest.fixture
def use_keyring() -> Iterator[None]:
    """Puts back the keyring found at start, whichever backend a test sets."""
    previous = keyring.get_keyring()
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def memory(use_keyring: None) -> MemoryKeyring:
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    return backend


def test_a_password_is_kept_per_server_and_user(memory: MemoryKeyring) -> None:
    assert get_password(SETTINGS) is None
    set_password(SETTINGS, "s3cret é")
    assert memory.passwords == {(SERVICE, "factures@smtp.atelier-nuage.fr"): "s3cret é"}
    assert get_password(SETTINGS) == "s3cret é"
    other_server = MailSettingsData(host="smtp.autre.fr", username="factures")
    assert get_password(other_server) is None
    set_password(SETTINGS, "new one")
    assert get_password(SETTINGS) == "new one"


def test_forgetting_says_whether_there_was_one(memory: MemoryKeyring) -> None:
    set_password(SETTINGS, "s3cret")
    assert delete_password(SETTINGS) is True
    assert get_password(SETTINGS) is None
    assert delete_password(SETTINGS) is False


def test_without_a_user_name_no_password_is_asked_or_kept(memory: MemoryKeyring) -> None:
    no_user = MailSettingsData(host="relay.local", sender_address="factures@nuage.fr")
    assert get_password(no_user) is None
    with pytest.raises(ConflictError, match="user name"):
        set_password(no_user, "s3cret")
    assert memory.passwords == {}


def test_no_keyring_is_said_plainly(use_keyring: None) -> None:
    keyring.set_keyring(fail.Keyring())
    for action in (
        lambda: get_password(SETTINGS),
        lambda: set_password(SETTINGS, "s3cret"),
        lambda: delete_password(SETTINGS),
    ):
        with pytest.raises(KeyringUnavailable, match="no keyring") as raised:
            action()
        assert raised.value.message.template.startswith("this computer has no keyring")


def test_a_keyring_that_will_not_open_is_said_with_its_reason(use_keyring: None) -> None:
    keyring.set_keyring(LockedKeyring())
    with pytest.raises(KeyringUnavailable, match="the collection is locked"):
        set_password(SETTINGS, "s3cret")
    with pytest.raises(KeyringUnavailable, match="may be locked"):
        get_password(SETTINGS)
