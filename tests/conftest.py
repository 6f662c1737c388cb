"""Shared fixtures. Qt runs offscreen; hypothesis has a fast default profile and a thorough one."""

from __future__ import annotations

import os
import shutil

# Before anything imports Qt: tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from sqlalchemy.orm import Session

from cadence.store.database import Database, open_database

settings.register_profile(
    "default", max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("thorough", max_examples=5000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

TODAY = date(2026, 11, 25)


@pytest.fixture
def today() -> date:
    return TODAY


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty database at the head revision, migrated once for the whole run."""
    path = tmp_path_factory.mktemp("template") / "cadence.sqlite3"
    open_database(path).close()
    return path


@pytest.fixture
def database(tmp_path: Path, migrated_template: Path) -> Iterator[Database]:
    """A new, empty Cadence database in a temporary folder (a copy of the template)."""
    path = tmp_path / "cadence.sqlite3"
    shutil.copyfile(migrated_template, path)
    opened = open_database(path)
    yield opened
    opened.close()


@pytest.fixture
def session(database: Database) -> Iterator[Session]:
    """A write session on a new database, committed when the test passes."""
    with database.transaction() as opened:
        yield opened
