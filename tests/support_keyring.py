"""Keyrings for the tests: the operating system's is never touched.

`MemoryKeyring` for tests in the test's own process; `FileKeyring` for the `cadence`
command run as a process of its own, chosen there by `PYTHON_KEYRING_BACKEND=
support_keyring.FileKeyring` with this folder on `PYTHONPATH`, and kept in the JSON
file `CADENCE_TEST_KEYRING` names, so that one command stores what the next reads.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import KeyringLocked, PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    """Passwords in a dictionary, for as long as the test runs."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[service, username] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise PasswordDeleteError("no such password")


class LockedKeyring(KeyringBackend):
    """A keyring that is there but will not open, as a locked GNOME Keyring."""

    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringLocked("the collection is locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringLocked("the collection is locked")

    def delete_password(self, service: str, username: str) -> None:
        raise KeyringLocked("the collection is locked")


class FileKeyring(KeyringBackend):
    """Passwords in the JSON file `CADENCE_TEST_KEYRING` names (tests only: in clear)."""

    priority = 1  # type: ignore[assignment]

    @property
    def path(self) -> Path:
        return Path(os.environ["CADENCE_TEST_KEYRING"])

    def _read(self) -> dict[str, str]:
        if not self.path.exists():
            return {}
        stored: dict[str, str] = json.loads(self.path.read_text(encoding="utf-8"))
        return stored

    def get_password(self, service: str, username: str) -> str | None:
        return self._read().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        stored = self._read()
        stored[f"{service}/{username}"] = password
        self.path.write_text(json.dumps(stored), encoding="utf-8")

    def delete_password(self, service: str, username: str) -> None:
        stored = self._read()
        if stored.pop(f"{service}/{username}", None) is None:
            raise PasswordDeleteError("no such password")
        self.path.write_text(json.dumps(stored), encoding="utf-8")
