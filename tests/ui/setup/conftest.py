"""The settings dialog opened on a company, a keyring of the test's own, and saving."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import keyring
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from cadence.services.company import CompanyData, save_company
from cadence.ui.clock import FixedClock
from cadence.ui.operations import Operations
from cadence.ui.preferences import Preferences
from cadence.ui.setup.settings import SettingsDialog

from ...support_keyring import MemoryKeyring  # type: ignore[import-not-found]

COMPANY_EMAIL = "contact@atelier-nuage.fr"


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """A keyring in memory instead of the system's, put back after the test."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def open_settings(
    operations: Operations,
    clock: FixedClock,
    preferences: Preferences,
    qtbot: QtBot,
    today: date,
    tmp_path: Path,
) -> Callable[[], SettingsDialog]:
    """Opens the settings dialog, once it shows what is saved, on a company set up."""
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
                email=COMPANY_EMAIL,
                pdf_folder=str(tmp_path / "factures"),
            ),
            today=today,
        )

    def opened() -> SettingsDialog:
        dialog = SettingsDialog(operations, clock, preferences)
        qtbot.addWidget(dialog)
        with qtbot.waitSignal(dialog.loaded):
            dialog.show()
        return dialog

    return opened


def click_save(dialog: SettingsDialog, qtbot: QtBot) -> None:
    """Click Save and wait until the save is done or refused."""
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: button.isEnabled() or not dialog.isVisible())
