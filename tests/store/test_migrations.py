"""The migrations build exactly the schema the models describe."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from cadence.store.database import Database
from cadence.store.models import Base


def test_migrating_an_empty_database_creates_every_table(database: Database) -> None:
    with database.reading() as session:
        tables = set(inspect(session.connection()).get_table_names())
    assert tables == set(Base.metadata.tables) | {"alembic_version"}


def test_models_and_migrations_agree(database: Database) -> None:
    with database.reading() as session:
        context = MigrationContext.configure(
            session.connection(), opts={"compare_type": True, "render_as_batch": True}
        )
        differences = compare_metadata(context, Base.metadata)
    assert differences == [], "write a migration for these model changes (see migrations/README.md)"


def test_the_head_read_from_the_files_is_alembics_head() -> None:
    from alembic.script import ScriptDirectory

    from cadence.store import migrations

    scripts = ScriptDirectory(str(migrations.MIGRATIONS_FOLDER))
    assert migrations.head_revision() == scripts.get_current_head()
    assert migrations.known_revisions() == {s.revision for s in scripts.walk_revisions()}
