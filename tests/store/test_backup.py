"""Backups are consistent copies taken while the database is in use."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from cadence.store.backup import backup_database
from cadence.store.database import Database
from cadence.store.errors import DatabaseUnavailable

EVENT = (
    "INSERT INTO audit_event (on_date, actor, entity, action, summary, details) "
    "VALUES ('2026-11-25', 'test', 'customer', :action, '', '{}')"
)


def test_a_backup_holds_what_was_committed_not_what_is_in_progress(
    database: Database, tmp_path: Path
) -> None:
    with database.transaction() as session:
        session.execute(text(EVENT), {"action": "committed"})
    destination = tmp_path / "copies" / "backup.sqlite3"
    with database.transaction() as session:
        session.execute(text(EVENT), {"action": "in progress"})
        session.flush()
        backup_database(database.path, destination)
    with sqlite3.connect(destination) as copy:
        assert copy.execute("SELECT action FROM audit_event").fetchall() == [("committed",)]
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert copy.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    copy.close()
    assert sorted(path.name for path in destination.parent.iterdir()) == ["backup.sqlite3"]


def test_a_backup_never_overwrites_a_file(database: Database, tmp_path: Path) -> None:
    destination = tmp_path / "backup.sqlite3"
    destination.write_text("the owner's spreadsheet", encoding="utf-8")
    with pytest.raises(DatabaseUnavailable, match="already exists"):
        backup_database(database.path, destination)
    assert destination.read_text(encoding="utf-8") == "the owner's spreadsheet"


def test_a_failed_backup_leaves_no_partial_file(database: Database, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    with pytest.raises(DatabaseUnavailable, match="could not write the backup"):
        backup_database(database.path, blocker / "backup.sqlite3")
    assert not list(tmp_path.rglob("*.part"))
    assert blocker.read_text(encoding="utf-8") == ""
