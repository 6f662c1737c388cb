"""The settings dialog: the company's settings and this computer's preferences."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from cadence.services.company import CompanyData, SeriesState, get_company, save_company
from cadence.ui.clock import FixedClock
from cadence.ui.operations import Change, Operations
from cadence.ui.preferences import Preferences
from cadence.ui.setup.identity import IdentitySection
from cadence.ui.setup.numbering import NumberingSection
from cadence.ui.setup.settings import SettingsDialog

COMPANY = CompanyData(
    legal_name="Atelier Nuage SAS",
    address_line1="12 rue de la Charité",
    postal_code="69002",
    city="Lyon",
    siren="732829320",
    vat_number="FR44732829320",
    iban="FR76 3000 6000 0112 3456 7890 189",
    bic="AGRIFRPP",
)


@pytest.fixture
def dialog(
    operations: Operations,
    clock: FixedClock,
    preferences: Preferences,
    qtbot: QtBot,
    today: date,
    tmp_path: Path,
) -> SettingsDialog:
    with operations.database.transaction() as session:
        save_company(session, dataclasses.replace(COMPANY, pdf_folder=str(tmp_path)), today=today)
    shown = SettingsDialog(operations, clock, preferences)
    qtbot.addWidget(shown)
    with qtbot.waitSignal(shown.loaded):
        shown.show()
    return shown


def _identity(dialog: SettingsDialog) -> IdentitySection:
    return next(s for s in dialog.form.sections if isinstance(s, IdentitySection))


def _save(dialog: SettingsDialog, qtbot: QtBot) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_changed_field_and_preference_are_saved(
    dialog: SettingsDialog, operations: Operations, preferences: Preferences, qtbot: QtBot
) -> None:
    identity = _identity(dialog)
    assert identity.legal_name.text() == "Atelier Nuage SAS"
    assert identity.siren.text() == "732829320"
    identity.city.selectAll()
    qtbot.keyClicks(identity.city, "Villeurbanne")
    identity.postal_code.selectAll()
    qtbot.keyClicks(identity.postal_code, "69100")
    dialog.computer.billing_interval.selectAll()
    qtbot.keyClicks(dialog.computer.billing_interval, "5")
    dialog.computer.language.setCurrentIndex(dialog.computer.language.findData("fr"))

    with (
        qtbot.waitSignal(operations.changed) as changed,
        qtbot.waitSignal(dialog.company_saved) as saved,
        qtbot.waitSignal(dialog.preferences_changed),
    ):
        _save(dialog, qtbot)
    assert changed.args[0] == frozenset({Change.COMPANY})
    assert saved.args[0].city == "Villeurbanne"
    assert dialog.result() == QDialog.DialogCode.Accepted
    with operations.database.reading() as session:
        record = get_company(session)
    assert record is not None
    assert (record.city, record.postal_code, record.siren) == ("Villeurbanne", "69100", "732829320")
    fresh = Preferences()  # read back from the settings file, not from the dialog
    assert (fresh.billing_interval_minutes, fresh.language) == (5, "fr")


def test_a_wrong_field_shows_its_section_and_the_dialog_stays_open(
    dialog: SettingsDialog, operations: Operations, qtbot: QtBot
) -> None:
    identity = _identity(dialog)
    dialog.index.setCurrentRow(dialog.index.count() - 1)
    identity.siret.selectAll()
    qtbot.keyClicks(identity.siret, "73282932000075")
    with qtbot.waitSignal(operations.busy_changed, check_params_cb=lambda n: n == 0):
        _save(dialog, qtbot)
    assert "check digit" in dialog.error_for("siret")
    assert dialog.index.currentRow() == 0  # the section in error is shown
    assert dialog.index.item(0).text().endswith("⚠")
    assert dialog.isVisible()
    assert identity.siret.text() == "73282932000075"
    with operations.database.reading() as session:
        record = get_company(session)
    assert record is not None
    assert record.siret is None


def test_unchanged_settings_are_not_saved_again(
    dialog: SettingsDialog, operations: Operations, qtbot: QtBot
) -> None:
    seen: list[object] = []
    operations.changed.connect(lambda *args: seen.append(args))
    dialog.company_saved.connect(seen.append)
    _save(dialog, qtbot)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert operations.pending == 0
    assert seen == []


def test_a_numbering_that_numbered_documents_can_no_longer_change(
    dialog: SettingsDialog,
) -> None:
    numbering = next(s for s in dialog.form.sections if isinstance(s, NumberingSection))
    assert not numbering.invoices.mask.isReadOnly()
    numbering.invoices.set_state(SeriesState(next_value=42, locked=True))
    assert numbering.invoices.mask.isReadOnly()
    assert not numbering.invoices.reset.isEnabled()
    assert numbering.invoices.preview.text() == "Next invoice: FA2026-00042"
