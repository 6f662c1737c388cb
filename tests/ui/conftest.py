"""Shared fixtures for the window's tests: a database with a company, the operations
on it, a clock the test moves, and settings kept apart from the user's."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from pytestqt.qtbot import QtBot

from cadence.store.database import Database
from cadence.ui.clock import FixedClock
from cadence.ui.operations import Operations
from cadence.ui.preferences import Preferences


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path, qapp: object) -> Iterator[None]:
    """QSettings in the test's folder, never the user's."""
    QCoreApplication.setOrganizationName("CadenceTests")
    QCoreApplication.setApplicationName("Cadence")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qt"))
    QSettings().clear()
    yield
    QSettings().clear()


@pytest.fixture(autouse=True)
def collect_on_the_gui_thread() -> Iterator[None]:
    """As the window does (ui/garbage.py): no automatic collection, which could run
    on a database worker and destroy a widget there; collected here, after the test."""
    gc.disable()
    yield
    gc.collect()
    gc.enable()


@pytest.fixture
def clock(today: date) -> FixedClock:
    return FixedClock(datetime(today.year, today.month, today.day, 9, 0).astimezone())


@pytest.fixture
def preferences() -> Preferences:
    return Preferences()


@pytest.fixture
def operations(database: Database, qtbot: QtBot) -> Iterator[Operations]:
    ops = Operations(database)
    yield ops
    ops.shutdown()


@pytest.fixture
def company_ready(operations: Operations, today: date, tmp_path: Path) -> Path:
    """The seller set up (as the first-run wizard would), its PDFs in the test's folder."""
    from cadence.services.company import CompanyData, save_company

    folder = tmp_path / "factures"
    with operations.database.transaction() as session:
        save_company(
            session,
            CompanyData(
                legal_name="Atelier Nuage SAS",
                address_line1="12 rue de la Charité",
                postal_code="69002",
                city="Lyon",
                siren="732829320",
                vat_number="FR44732829320",
                iban="FR76 3000 6000 0112 3456 7890 189",
                bic="AGRIFRPP",
                pdf_folder=str(folder),
            ),
            today=today,
        )
    return folder
