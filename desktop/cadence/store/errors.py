"""Why a database file cannot be used; each message names the file and what to do."""

from __future__ import annotations

from cadence.domain.errors import KnownError


class DatabaseRefused(KnownError):
    """The file was left exactly as it was."""


class NotACadenceDatabase(DatabaseRefused):
    pass


class DatabaseTooNew(DatabaseRefused):
    pass


class DatabaseUnavailable(KnownError):
    """The file could not be opened, created, upgraded or backed up (permissions, disk, lock)."""
