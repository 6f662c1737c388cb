"""Opening a Cadence database: recognise it, upgrade it safely, then hand out sessions.

Before anything writes to a file, its header is read: a file that is not
SQLite, an SQLite database of another program, or a Cadence database whose
schema is newer than this code is refused and left byte for byte as it was.
An older Cadence database is copied to `backups/` first, then upgraded in one
transaction.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, Connection
from sqlalchemy.orm import Session, sessionmaker

from cadence.domain.errors import message
from cadence.domain.i18n import QT_TRANSLATE_NOOP
from cadence.store.backup import backup_database, backup_file_name, read_only_uri
from cadence.store.errors import DatabaseTooNew, DatabaseUnavailable, NotACadenceDatabase
from cadence.store.migrations import head_revision, known_revisions, upgrade_to_head
from cadence.store.paths import backups_folder

# Written into the SQLite header (PRAGMA application_id) of every Cadence database,
# so a Cadence file is recognised without reading its tables: "CDNC".
APPLICATION_ID = 0x43444E43
SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000

_NOT_SQLITE = QT_TRANSLATE_NOOP(
    "Messages",
    "{path} is not a Cadence database (it is not an SQLite file); it was not touched",
)
_FOREIGN = QT_TRANSLATE_NOOP(
    "Messages",
    "{path} is an SQLite database of another program, not Cadence; it was not touched",
)
_DAMAGED = QT_TRANSLATE_NOOP(
    "Messages",
    "{path} is a Cadence database without a schema version; it may be damaged "
    "and was not touched: restore a backup",
)
_TOO_NEW = QT_TRANSLATE_NOOP(
    "Messages",
    "{path} was written by a newer version of Cadence (schema {revision}); "
    "install that version to open it; the file was not touched",
)
_CANNOT_READ = QT_TRANSLATE_NOOP("Messages", "cannot read {path}: {reason}")
_CANNOT_CREATE = QT_TRANSLATE_NOOP("Messages", "cannot create a database at {path}: {reason}")
_CANNOT_UPGRADE = QT_TRANSLATE_NOOP(
    "Messages", "cannot upgrade {path}: {reason}; it was left as it was"
)
_NO_FOLDER = QT_TRANSLATE_NOOP("Messages", "the folder {folder} does not exist")
_IS_FOLDER = QT_TRANSLATE_NOOP("Messages", "{path} is a folder, not a database file")


class FileState(Enum):
    NEW = "new"  # absent, empty, or an SQLite file without any table
    CURRENT = "current"
    OUTDATED = "outdated"


@dataclass(frozen=True)
class Inspection:
    state: FileState
    revision: str | None


def inspect_database_file(path: Path) -> Inspection:
    """Tell what `path` holds without writing anything, or raise `DatabaseRefused`."""
    if path.is_dir():
        raise NotACadenceDatabase(message(_IS_FOLDER, path=path))
    if not path.exists():
        return Inspection(FileState.NEW, None)
    try:
        with open(path, "rb") as file:
            header = file.read(100)
    except OSError as error:
        raise DatabaseUnavailable(
            message(_CANNOT_READ, path=path, reason=error.strerror)
        ) from error
    if not header:
        return Inspection(FileState.NEW, None)
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise NotACadenceDatabase(message(_NOT_SQLITE, path=path))
    application_id = int.from_bytes(header[68:72], "big")
    if application_id != APPLICATION_ID:
        if application_id == 0 and not _table_names(path, immutable=True):
            return Inspection(FileState.NEW, None)
        raise NotACadenceDatabase(message(_FOREIGN, path=path))
    # Without a -wal file everything is in the main file: read it as immutable, which
    # creates nothing beside it. With one (in use, or after a crash) read through it.
    immutable = not _sidecars(path)[0].exists()
    tables = _table_names(path, immutable=immutable)
    if not tables:
        # Created, then interrupted before the first migration committed.
        return Inspection(FileState.NEW, None)
    if "alembic_version" not in tables:
        raise NotACadenceDatabase(message(_DAMAGED, path=path))
    revision = _stored_revision(path, immutable=immutable)
    if revision is None:
        raise NotACadenceDatabase(message(_DAMAGED, path=path))
    if revision == head_revision():
        return Inspection(FileState.CURRENT, revision)
    if revision in known_revisions():
        return Inspection(FileState.OUTDATED, revision)
    raise DatabaseTooNew(message(_TOO_NEW, path=path, revision=revision))


def _read_only(path: Path, *, immutable: bool) -> sqlite3.Connection:
    # immutable=1 for files that may not be ours: SQLite then creates no -wal or
    # -shm beside them and takes no lock.
    uri = read_only_uri(path) + ("&immutable=1" if immutable else "")
    return sqlite3.connect(uri, uri=True)


def _table_names(path: Path, *, immutable: bool) -> set[str]:
    try:
        with contextlib.closing(_read_only(path, immutable=immutable)) as connection:
            rows = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            return {row[0] for row in rows}
    except sqlite3.DatabaseError as error:
        raise NotACadenceDatabase(message(_NOT_SQLITE, path=path)) from error


def _stored_revision(path: Path, *, immutable: bool) -> str | None:
    try:
        with contextlib.closing(_read_only(path, immutable=immutable)) as connection:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error as error:
        raise DatabaseUnavailable(message(_CANNOT_READ, path=path, reason=error)) from error
    return None if row is None else str(row[0])


def _sqlite_engine(path: Path, *, enforce_foreign_keys: bool) -> Engine:
    engine = create_engine(
        URL.create("sqlite+pysqlite", database=str(path)),
        # Pooled: closing the last connection to a WAL database checkpoints it, which
        # would cost every short session a flush to disk. `Database.close()` closes
        # them all, after which the file can be copied, moved or deleted.
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
    )

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # pysqlite's own transaction handling defers BEGIN and mishandles DDL;
        # SQLAlchemy's documented recipe: disable it and emit BEGIN ourselves.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA foreign_keys = {'ON' if enforce_foreign_keys else 'OFF'}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Connection) -> None:
        # A unit of work that will write takes the write lock at once (IMMEDIATE):
        # two writers then queue instead of failing half-way with SQLITE_BUSY.
        mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")

    return engine


@dataclass
class Database:
    """An open Cadence database. Sessions are short: one per unit of work."""

    path: Path
    engine: Engine
    created: bool = False  # this opening created the database
    upgraded_from: str | None = None  # the revision before this opening upgraded it
    backup_path: Path | None = None  # the copy written before upgrading

    def __post_init__(self) -> None:
        self._writer = sessionmaker(
            bind=self.engine.execution_options(sqlite_begin="IMMEDIATE"), expire_on_commit=False
        )
        self._reader = sessionmaker(bind=self.engine, expire_on_commit=False)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed on success and rolled back on any error."""
        with self._writer() as session, session.begin():
            yield session

    @contextlib.contextmanager
    def batches(self) -> Iterator[Session]:
        """A writing session for long work that commits its own batches (each batch
        begins IMMEDIATE); whatever is not committed at the end is rolled back."""
        with self._writer() as session:
            yield session

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for queries only; it never takes the write lock."""
        with self._reader() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()


def _migrate(path: Path) -> None:
    """Upgrade to the head revision in one transaction, checking foreign keys before commit."""
    # Foreign keys are off while migrating: SQLite rebuilds altered tables by
    # copy-and-rename, which would otherwise trip them. They are checked as a
    # whole before the commit instead.
    engine = _sqlite_engine(path, enforce_foreign_keys=False)
    try:
        with (
            engine.connect() as connection,
            connection.execution_options(sqlite_begin="IMMEDIATE").begin(),
        ):
            # Inside the transaction: the file is marked as Cadence's only
            # together with a complete schema.
            connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
            upgrade_to_head(connection)
            violations = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if violations:
                raise sqlite3.IntegrityError(f"foreign keys broken by the migration: {violations}")
    finally:
        engine.dispose()


def open_database(
    path: Path,
    *,
    clock: Callable[[], datetime] = datetime.now,
) -> Database:
    """Open (creating or upgrading as needed) the Cadence database at `path`."""
    path = path.expanduser()
    if not path.parent.is_dir():
        raise DatabaseUnavailable(message(_NO_FOLDER, folder=path.parent))
    inspection = inspect_database_file(path)
    backup_path: Path | None = None
    if inspection.state is FileState.NEW:
        existed = path.exists()
        try:
            _migrate(path)
        except Exception as error:
            if not existed:
                for leftover in (path, *_sidecars(path)):
                    leftover.unlink(missing_ok=True)
            raise DatabaseUnavailable(
                message(_CANNOT_CREATE, path=path, reason=_reason(error))
            ) from error
    elif inspection.state is FileState.OUTDATED:
        name = backup_file_name(path, clock(), f"before-{head_revision()}")
        backup_path = backup_database(path, backups_folder(path) / name)
        try:
            _migrate(path)
        except Exception as error:
            raise DatabaseUnavailable(
                message(_CANNOT_UPGRADE, path=path, reason=_reason(error))
            ) from error
    upgraded_from = inspection.revision if inspection.state is FileState.OUTDATED else None
    return Database(
        path=path,
        engine=_sqlite_engine(path, enforce_foreign_keys=True),
        created=inspection.state is FileState.NEW,
        upgraded_from=upgraded_from,
        backup_path=backup_path,
    )


def _reason(error: Exception) -> str:
    """What went wrong, in one line: the driver's own words for a database error."""
    original = getattr(error, "orig", None)
    return str(original if original is not None else error).splitlines()[0]


def _sidecars(path: Path) -> tuple[Path, Path]:
    return path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")
