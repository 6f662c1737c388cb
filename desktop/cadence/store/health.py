"""Checks of the database file itself: SQLite's integrity and the schema version."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from cadence.store.database import APPLICATION_ID
from cadence.store.migrations import head_revision


def storage_problems(session: Session) -> list[str]:
    """Problems of the file and its schema, each as one sentence; empty when sound."""
    connection = session.connection()
    problems: list[str] = []
    if connection.dialect.name == "sqlite":
        verdicts = [row[0] for row in connection.execute(text("PRAGMA integrity_check"))]
        if verdicts != ["ok"]:
            problems.extend(f"SQLite integrity check: {verdict}" for verdict in verdicts)
        for table, rowid, parent, _ in connection.execute(text("PRAGMA foreign_key_check")):
            problems.append(f"row {rowid} of {table} refers to a missing row of {parent}")
        application_id = connection.execute(text("PRAGMA application_id")).scalar()
        if application_id != APPLICATION_ID:
            problems.append(f"the file's application id is {application_id}, not Cadence's")
    revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    if revision != head_revision():
        problems.append(f"schema version is {revision}, expected {head_revision()}")
    return problems
