"""The SMTP password, kept in the operating system's keyring (GNOME Keyring or KWallet,
the macOS Keychain, Windows Credential Manager), never in the database or a file.

Where the system offers no keyring, Cadence says so and cannot keep a password:
the owner then uses a server that needs none (a relay on their network).
"""

from __future__ import annotations

import keyring
import keyring.backend
import keyring.errors
from keyring.backends import fail, null

from cadence.domain.errors import ConflictError, KnownError, message
from cadence.domain.i18n import QT_TRANSLATE_NOOP
from cadence.services.mail_settings import MailSettingsData

SERVICE = "Cadence SMTP"

_NO_KEYRING = QT_TRANSLATE_NOOP(
    "Messages",
    "this computer has no keyring to keep the e-mail password in (such as GNOME Keyring "
    "or KWallet), so Cadence cannot store it",
)
_KEYRING_FAILED = QT_TRANSLATE_NOOP(
    "Messages", "the keyring did not answer (it may be locked): {reason}"
)
_NO_ACCOUNT = QT_TRANSLATE_NOOP(
    "Messages",
    "enter the mail server and its user name in Settings ▸ E-mail before the password",
)


class KeyringUnavailable(KnownError):
    """No usable keyring on this computer, or it refused to answer."""


def account(settings: MailSettingsData) -> str:
    """The keyring entry's account name: `user@host`."""
    return f"{settings.username}@{settings.host}"


def _backend() -> keyring.backend.KeyringBackend:
    backend = keyring.get_keyring()
    # `fail` is what keyring falls back to when it finds nothing; `null` is the one a
    # user picks to turn keyrings off. Neither keeps anything.
    if isinstance(backend, fail.Keyring | null.Keyring):
        raise KeyringUnavailable(message(_NO_KEYRING))
    return backend


def _unavailable(error: Exception) -> KeyringUnavailable:
    if isinstance(error, keyring.errors.NoKeyringError):
        return KeyringUnavailable(message(_NO_KEYRING))
    return KeyringUnavailable(message(_KEYRING_FAILED, reason=str(error) or type(error).__name__))


def _checked_account(settings: MailSettingsData) -> str:
    if not settings.host or not settings.username:
        raise ConflictError(message(_NO_ACCOUNT))
    return account(settings)


def get_password(settings: MailSettingsData) -> str | None:
    """The stored password of the settings' user on their server; None when none is
    stored or no user name is set (the server needs no login)."""
    if not settings.host or not settings.username:
        return None
    try:
        return _backend().get_password(SERVICE, account(settings))
    except (keyring.errors.KeyringError, OSError) as error:
        raise _unavailable(error) from error


def set_password(settings: MailSettingsData, password: str) -> None:
    """Store (or replace) the password of the settings' user on their server."""
    name = _checked_account(settings)
    try:
        _backend().set_password(SERVICE, name, password)
    except (keyring.errors.KeyringError, OSError) as error:
        raise _unavailable(error) from error


def delete_password(settings: MailSettingsData) -> bool:
    """Forget the stored password; False when there was none."""
    name = _checked_account(settings)
    backend = _backend()
    try:
        if backend.get_password(SERVICE, name) is None:
            return False
        backend.delete_password(SERVICE, name)
    except (keyring.errors.KeyringError, OSError) as error:
        raise _unavailable(error) from error
    return True
