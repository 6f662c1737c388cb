"""A bank's CSV export whose columns Cadence does not know: the mapping dialog shows
the file, the owner says which column is which, the statement is imported, and the
next file with the same columns is imported without asking."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from cadence.store.database import Database
from cadence.store.models import LineState
from cadence.ui.bank.csv_mapping_dialog import CsvMappingDialog
from cadence.ui.bank.tab import BankTab

from .conftest import Files, import_file, lines  # type: ignore[import-not-found]

# Titles no guess knows (no "Montant", no "Débit"/"Crédit"), in Windows-1252 as French
# banks' exports often are: "é" and "€" are single bytes.
HEADER = "Jour;Opération;Valeur EUR;Contrepartie;Référence banque\r\n"
NOVEMBER = (
    HEADER
    + "21/11/2026;VIR SEPA PETIT BRUNO FA2026-00003;34,80;BRUNO PETIT;REF-001\r\n"
    + "22/11/2026;PRLV ÉLECTRICITÉ 54,20 €;-54,20;EDF;REF-002\r\n"
)
DECEMBER = HEADER + "02/12/2026;VIR LEFEVRE FA2026-00004;34,80;ELODIE LEFEVRE;REF-003\r\n"


def csv_file(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("cp1252"))
    return path


def open_mapping(tab: BankTab, files: Files, qtbot: QtBot, path: Path) -> CsvMappingDialog:
    files.answer = path
    tab.import_button.click()
    qtbot.waitUntil(lambda: tab.importer.mapping_dialog is not None)
    dialog = tab.importer.mapping_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def headers(dialog: CsvMappingDialog) -> list[str]:
    table = dialog.table
    return [table.horizontalHeaderItem(column).text() for column in range(table.columnCount())]


def choose(dialog: CsvMappingDialog, combo_name: str, title: str) -> None:
    combo = getattr(dialog, combo_name)
    index = combo.findText(title)
    assert index >= 0, (combo_name, title)
    combo.setCurrentIndex(index)


def test_the_dialog_shows_the_file_and_decodes_it_again_in_another_encoding(
    tab: BankTab, files: Files, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = open_mapping(tab, files, qtbot, csv_file(tmp_path, "releve.csv", NOVEMBER))
    assert dialog.encoding.currentText() == "Windows-1252"
    assert dialog.delimiter.currentData() == ";"
    assert dialog.date_format.currentText() == "dd/mm/yyyy"
    assert dialog.decimal_comma.isChecked()
    assert headers(dialog) == [
        "Jour",
        "Opération",
        "Valeur EUR",
        "Contrepartie",
        "Référence banque",
    ]
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(1, 1).text() == "PRLV ÉLECTRICITÉ 54,20 €"
    assert dialog.encoding_warning.isHidden()

    dialog.encoding.setCurrentIndex(dialog.encoding.findData("utf-8"))
    assert headers(dialog)[1] == "Op\ufffdration"
    assert not dialog.encoding_warning.isHidden()
    dialog.encoding.setCurrentIndex(dialog.encoding.findData("iso-8859-15"))
    # Latin-9 has no € at Windows-1252's byte: a control character, dropped and warned of.
    assert dialog.table.item(1, 1).text() == "PRLV ÉLECTRICITÉ 54,20"
    assert not dialog.encoding_warning.isHidden()
    dialog.encoding.setCurrentIndex(dialog.encoding.findData("cp1252"))
    assert headers(dialog)[1] == "Opération"
    assert dialog.encoding_warning.isHidden()

    # Nothing chosen for the columns no title told: the owner is asked for them.
    dialog.ok_button.click()
    assert dialog.error.text() == "Choose the column of the dates."
    assert dialog.isVisible()
    dialog.reject()
    assert lines(tab.context.operations.database) == []


def test_the_columns_chosen_import_the_statement_and_the_next_one_without_asking(
    tab: BankTab, files: Files, qtbot: QtBot, tmp_path: Path, database: Database
) -> None:
    dialog = open_mapping(tab, files, qtbot, csv_file(tmp_path, "releve.csv", NOVEMBER))
    choose(dialog, "date_column", "Jour")
    choose(dialog, "amount_column", "Valeur EUR")
    choose(dialog, "payer_column", "Contrepartie")
    choose(dialog, "reference_column", "Référence banque")
    label = next(
        dialog.text_columns.item(row)
        for row in range(dialog.text_columns.count())
        if dialog.text_columns.item(row).text() == "Opération"
    )
    label.setCheckState(Qt.CheckState.Checked)
    dialog.bank.setText("Banque Populaire")

    # A wrong date format: the file is refused at its first line, the dialog stays.
    dialog.date_format.setCurrentIndex(dialog.date_format.findData("%m/%d/%Y"))
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: not dialog.error.isHidden())
    assert dialog.error.text() == (
        "releve.csv, line 2: “21/11/2026” is not a date in the format mm/dd/yyyy"
    )
    assert lines(database) == []

    dialog.date_format.setCurrentIndex(dialog.date_format.findData("%d/%m/%Y"))
    before = tab.importer.notice
    with qtbot.waitSignal(dialog.finished):
        dialog.ok_button.click()
    qtbot.waitUntil(lambda: tab.importer.notice is not before)
    notice = tab.importer.notice
    assert isinstance(notice, QMessageBox)
    assert notice.text() == (
        "Statement imported: 2 line(s), 2 new, 1 match(es) suggested, 1 expense(s) set aside."
    )
    found = {line.text: line for line in lines(database)}
    bruno = found["VIR SEPA PETIT BRUNO FA2026-00003"]
    assert (bruno.counterparty, bruno.amount, bruno.state) == (
        "BRUNO PETIT",
        Decimal("34.80"),
        LineState.SUGGESTED,
    )
    assert found["PRLV ÉLECTRICITÉ 54,20 €"].state is LineState.IGNORED

    # December's file from the same bank: its columns are known, nothing is asked.
    notice = import_file(tab, files, qtbot, csv_file(tmp_path, "releve-2.csv", DECEMBER))
    assert notice.text() == "Statement imported: 1 line(s), 1 new, 1 match(es) suggested."
    assert tab.importer.mapping_dialog is dialog  # no second dialog
    assert "VIR LEFEVRE FA2026-00004" in {line.text for line in lines(database)}
