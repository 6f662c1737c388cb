"""Opening database files: create, recognise, refuse, upgrade after a backup."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from cadence.store import migrations
from cadence.store.database import APPLICATION_ID, open_database
from cadence.store.errors import DatabaseTooNew, DatabaseUnavailable, NotACadenceDatabase


def fingerprint(folder: Path) -> dict[str, str]:
    """Every file in `folder` with the SHA-256 of its bytes."""
    return {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.iterdir())
        if path.is_file()
    }


def test_a_new_database_is_created_at_the_head_revision_with_safe_settings(tmp_path: Path) -> None:
    database = open_database(tmp_path / "new.sqlite3")
    with database.reading() as session:
        connection = session.connection()
        assert connection.exec_driver_sql("PRAGMA application_id").scalar() == APPLICATION_ID
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 10_000
        revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    database.close()
    assert revision == migrations.head_revision()
    assert database.created
    assert database.upgraded_from is None
    assert database.backup_path is None


def test_reopening_a_current_database_changes_nothing_and_makes_no_backup(tmp_path: Path) -> None:
    path = tmp_path / "cadence.sqlite3"
    open_database(path).close()
    reopened = open_database(path)
    reopened.close()
    assert not reopened.created
    assert reopened.upgraded_from is None
    assert not (tmp_path / "backups").exists()


def test_an_empty_file_becomes_a_database(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite3"
    path.write_bytes(b"")
    open_database(path).close()
    assert path.read_bytes().startswith(b"SQLite format 3\x00")


def test_an_sqlite_file_without_tables_becomes_a_database(tmp_path: Path) -> None:
    path = tmp_path / "blank.sqlite3"
    sqlite3.connect(path).execute("VACUUM").connection.close()
    open_database(path).close()
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("notes.txt", b"Cher client,\nvoici ma facture.\n" * 20),
        ("facture.pdf", b"%PDF-1.7\n" + bytes(range(256)) * 4),
        ("short.sqlite3", b"SQLite format 3\x00 truncated"),
    ],
    ids=["text", "pdf", "truncated header"],
)
def test_a_file_that_is_not_sqlite_is_refused_and_left_untouched(
    tmp_path: Path, name: str, content: bytes
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    before = fingerprint(tmp_path)
    with pytest.raises(NotACadenceDatabase, match="not a Cadence database"):
        open_database(path)
    assert fingerprint(tmp_path) == before


def test_another_programs_sqlite_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "firefox-places.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
        connection.execute("INSERT INTO moz_places (url) VALUES ('https://example.org')")
    connection.close()
    before = fingerprint(tmp_path)
    with pytest.raises(NotACadenceDatabase, match="another program"):
        open_database(path)
    assert fingerprint(tmp_path) == before


def test_a_database_from_a_newer_cadence_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "cadence.sqlite3"
    open_database(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'f00dcafe'")
    connection.close()
    before = fingerprint(tmp_path)
    with pytest.raises(DatabaseTooNew, match=r"newer version of Cadence.*f00dcafe"):
        open_database(path)
    assert fingerprint(tmp_path) == before


def test_a_cadence_file_that_lost_its_schema_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "cadence.sqlite3"
    open_database(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute("DROP TABLE alembic_version")
    connection.close()
    with pytest.raises(NotACadenceDatabase, match="damaged"):
        open_database(path)


def test_a_folder_or_a_missing_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(NotACadenceDatabase, match="is a folder"):
        open_database(tmp_path)
    with pytest.raises(DatabaseUnavailable, match="does not exist"):
        open_database(tmp_path / "no such folder" / "cadence.sqlite3")


SECOND_REVISION = '''
"""A test revision: customers get a loyalty tier."""

import sqlalchemy as sa
from alembic import op

revision = "next"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("customer") as batch:
        batch.add_column(
            sa.Column("loyalty_tier", sa.String(10), nullable=False, server_default="bronze")
        )
    {extra}


def downgrade() -> None:
    with op.batch_alter_table("customer") as batch:
        batch.drop_column("loyalty_tier")
'''


def _next_revision(extra: str) -> str:
    return SECOND_REVISION.format(extra=extra, head=migrations.head_revision())


@pytest.fixture
def next_release(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Migrations as a later release would ship them: today's, plus one more revision.

    Yields the path of that revision's file so a test can rewrite it before opening.
    """
    folder = tmp_path / "migrations"
    shutil.copytree(
        migrations.MIGRATIONS_FOLDER, folder, ignore=shutil.ignore_patterns("__pycache__")
    )
    revision_file = folder / "versions" / "next_loyalty.py"
    revision_file.write_text(_next_revision("pass"), encoding="utf-8")
    yield revision_file
    monkeypatch.undo()


def _customer_row(path: Path) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute(
            "INSERT INTO customer (kind, name, address_line1, postal_code, city, country, "
            "language, payment_method, invoice_by_email, notes, search_text, archived, created_on)"
            " VALUES ('individual', 'Élodie Lefèvre', '1 rue', '69002', 'Lyon', 'FR', 'fr', "
            "'card', 0, '', 'elodie lefevre', 0, '2026-11-25')"
        )
    connection.close()


def test_an_older_database_is_backed_up_then_upgraded(
    tmp_path: Path, next_release: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "cadence.sqlite3"
    open_database(path).close()  # written by today's release
    today_head = migrations.head_revision()
    _customer_row(path)

    monkeypatch.setattr(migrations, "MIGRATIONS_FOLDER", next_release.parent.parent)
    upgraded = open_database(path)
    upgraded.close()

    assert upgraded.upgraded_from == today_head
    assert upgraded.backup_path is not None
    assert upgraded.backup_path.parent == tmp_path / "backups"
    with sqlite3.connect(upgraded.backup_path) as backup:
        assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == (today_head,)
        assert backup.execute("SELECT name FROM customer").fetchall() == [("Élodie Lefèvre",)]
        assert backup.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    backup.close()
    with sqlite3.connect(path) as current:
        assert current.execute("SELECT version_num FROM alembic_version").fetchone() == ("next",)
        assert current.execute("SELECT name, loyalty_tier FROM customer").fetchall() == [
            ("Élodie Lefèvre", "bronze")
        ]
    current.close()


def test_a_failing_upgrade_leaves_the_database_as_it_was(
    tmp_path: Path, next_release: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "cadence.sqlite3"
    open_database(path).close()
    today_head = migrations.head_revision()
    _customer_row(path)
    next_release.write_text(
        _next_revision("op.execute('SELECT no_such_function()')"), encoding="utf-8"
    )
    monkeypatch.setattr(migrations, "MIGRATIONS_FOLDER", next_release.parent.parent)

    with pytest.raises(DatabaseUnavailable, match=r"cannot upgrade.*left as it was"):
        open_database(path)

    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (
            today_head,
        )
        columns = [row[1] for row in connection.execute("PRAGMA table_info(customer)")]
    connection.close()
    assert "loyalty_tier" not in columns
    assert list((tmp_path / "backups").iterdir()), "the backup is kept when the upgrade fails"


def test_a_database_that_cannot_be_created_leaves_no_file(
    tmp_path: Path, next_release: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    next_release.write_text(
        _next_revision("op.execute('SELECT no_such_function()')"), encoding="utf-8"
    )
    monkeypatch.setattr(migrations, "MIGRATIONS_FOLDER", next_release.parent.parent)
    path = tmp_path / "cadence.sqlite3"
    with pytest.raises(DatabaseUnavailable, match="cannot create"):
        open_database(path)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith("cadence.sqlite3")]


def test_a_failed_unit_of_work_is_rolled_back(tmp_path: Path) -> None:
    database = open_database(tmp_path / "cadence.sqlite3")

    def interrupted() -> None:
        with database.transaction() as session:
            session.execute(
                text(
                    "INSERT INTO audit_event (on_date, actor, entity, action, summary, details)"
                    " VALUES ('2026-11-25', 'test', 'customer', 'created', '', '{}')"
                )
            )
            raise RuntimeError("the owner's disk filled up half-way")

    with pytest.raises(RuntimeError):
        interrupted()
    with database.reading() as session:
        assert session.execute(text("SELECT count(*) FROM audit_event")).scalar() == 0
    database.close()


def test_reading_does_not_wait_for_a_writer(tmp_path: Path) -> None:
    database = open_database(tmp_path / "cadence.sqlite3")
    with database.transaction() as writer:
        writer.execute(
            text(
                "INSERT INTO audit_event (on_date, actor, entity, action, summary, details)"
                " VALUES ('2026-11-25', 'test', 'customer', 'created', '', '{}')"
            )
        )
        writer.flush()
        # The writer holds the write lock; a reader sees the last committed state at once.
        with database.reading() as reader:
            assert reader.execute(text("SELECT count(*) FROM audit_event")).scalar() == 0
    with database.reading() as reader:
        assert reader.execute(text("SELECT count(*) FROM audit_event")).scalar() == 1
    database.close()
