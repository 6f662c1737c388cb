"""A customer's statement as a PDF, built and written off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from cadence.ui.customers.statement import (
    StatementDialog,
    default_file_name,
    default_period,
)
from cadence.ui.customers.tab import CustomersTab

from .conftest import Books  # type: ignore[import-not-found]

OpenTab = Callable[[int], CustomersTab]


def test_the_default_period_is_the_last_three_months() -> None:
    assert default_period(date(2026, 11, 25)) == (date(2026, 9, 1), date(2026, 11, 25))
    assert default_period(date(2027, 1, 31)) == (date(2026, 11, 1), date(2027, 1, 31))


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Élodie Lefèvre", "Releve-Elodie-Lefevre-2026-11.pdf"),
        ("O'Brien & Fils / Lyon", "Releve-Obrien-Fils-Lyon-2026-11.pdf"),
        ("***", "Releve-Client-2026-11.pdf"),
    ],
)
def test_the_default_file_name_is_safe_on_any_disk(name: str, expected: str) -> None:
    assert default_file_name(name, date(2026, 11, 25)) == expected


def test_the_statement_is_written_where_the_owner_chose(
    books: Books, open_tab: OpenTab, qtbot: QtBot, tmp_path: Path
) -> None:
    books.company()
    customer = books.customer()
    books.subscribe(customer.id, date(2026, 9, 1))
    books.bill()
    tab = open_tab(1)
    tab.table.view.selectRow(0)
    tab.print_current()  # Ctrl+P on a customer: their statement
    dialog = tab.dialog
    assert isinstance(dialog, StatementDialog)
    assert dialog.path.text().endswith("Releve-Elodie-Lefevre-2026-11.pdf")
    assert dialog.start.date() == QDate(2026, 9, 1)
    target = tmp_path / "releve"  # the .pdf is added
    dialog.path.setText(str(target))
    dialog.open_when_written.setChecked(False)
    with qtbot.waitSignal(dialog.written, timeout=20_000) as written:
        dialog.accept()
    assert written.args == [tmp_path / "releve.pdf"]
    assert (tmp_path / "releve.pdf").read_bytes().startswith(b"%PDF")
    assert tab.dialog is None
    assert "releve.pdf" in tab.context.window.statusBar().currentMessage()


def test_a_period_that_ends_before_it_starts_is_refused(
    books: Books, open_tab: OpenTab, qtbot: QtBot, tmp_path: Path
) -> None:
    customer = books.customer()
    tab = open_tab(1)
    tab.statement(customer.id, customer.name)
    dialog = tab.dialog
    assert isinstance(dialog, StatementDialog)
    dialog.start.setDate(QDate(2026, 12, 1))
    dialog.path.setText(str(tmp_path / "r.pdf"))
    dialog.accept()
    assert "start before it ends" in dialog.period_error.text()
    assert dialog.isVisible()
    assert tab.context.operations.pending == 0
    assert not (tmp_path / "r.pdf").exists()


def test_what_the_service_refuses_is_said_in_the_dialog(
    books: Books, open_tab: OpenTab, qtbot: QtBot, tmp_path: Path
) -> None:
    customer = books.customer()  # and no company: nobody to issue the statement
    tab = open_tab(1)
    tab.statement(customer.id, customer.name)
    dialog = tab.dialog
    assert isinstance(dialog, StatementDialog)
    dialog.path.setText(str(tmp_path / "r.pdf"))
    with qtbot.waitSignal(tab.context.operations.busy_changed, check_params_cb=lambda n: n == 0):
        dialog.accept()
    assert "company is not set up" in dialog.status.text()
    assert dialog.buttons.isEnabled()
