"""Consistent copies of a live database with SQLite's online backup API."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from datetime import datetime
from pathlib import Path

from cadence.domain.errors import message
from cadence.domain.i18n import QT_TRANSLATE_NOOP
from cadence.store.errors import DatabaseUnavailable

_EXISTS = QT_TRANSLATE_NOOP("Messages", "{path} already exists; choose another file name")
_FAILED = QT_TRANSLATE_NOOP("Messages", "could not write the backup {path}: {reason}")


def read_only_uri(path: Path) -> str:
    return f"{path.resolve().as_uri()}?mode=ro"


def backup_file_name(database: Path, moment: datetime, label: str = "") -> str:
    suffix = f"-{label}" if label else ""
    return f"{database.stem}-{moment:%Y%m%d-%H%M%S}{suffix}.sqlite3"


def backup_database(source: Path, destination: Path) -> Path:
    """Copy `source` to `destination` while others may be using it.

    The copy is written under a temporary name, checked, flushed to disk and
    only then renamed, so `destination` is either a complete database or absent.
    """
    if destination.exists():
        raise DatabaseUnavailable(message(_EXISTS, path=destination))
    partial = destination.with_name(destination.name + ".part")
    try:
        destination.parent.mkdir(parents=True, exist_ok=True)
        with (
            contextlib.closing(sqlite3.connect(read_only_uri(source), uri=True)) as origin,
            contextlib.closing(sqlite3.connect(partial)) as copy,
        ):
            origin.backup(copy)
            # A backup is one self-contained file: no -wal beside it.
            copy.execute("PRAGMA journal_mode = DELETE")
            verdict = copy.execute("PRAGMA quick_check").fetchone()[0]
            if verdict != "ok":
                raise sqlite3.DatabaseError(f"the copy fails its check: {verdict}")
        with open(partial, "rb") as written:
            os.fsync(written.fileno())
        os.replace(partial, destination)
        _fsync_folder(destination.parent)
    except (OSError, sqlite3.Error) as error:
        with contextlib.suppress(OSError):  # its folder may be what failed
            partial.unlink(missing_ok=True)
        raise DatabaseUnavailable(message(_FAILED, path=destination, reason=error)) from error
    return destination


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); folders cannot be opened on Windows."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
