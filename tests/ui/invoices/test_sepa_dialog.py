"""The SEPA direct-debit dialog of the Invoices tab: what a batch would collect and why
some invoices stay out, the pain.008 file written with the batch (or nothing recorded
when it cannot be), the invoices marked "collection requested", and a batch cancelled."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from functools import cache
from importlib.resources import files
from pathlib import Path

import pytest
from lxml import etree
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox, QTableView
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from cadence.domain.direct_debit import BatchStatus, CollectionStatus, SequenceType
from cadence.domain.errors import message
from cadence.domain.invoicing import InvoiceStatus
from cadence.domain.parties import PaymentMethod
from cadence.services.company import company_data, get_company, save_company
from cadence.services.direct_debit import NO_MANDATE, Candidate
from cadence.services.invoices import DocumentFilter, StatusFilter, invoice_page
from cadence.services.mandates import MandateData, create_mandate
from cadence.store.models import CollectionBatch, Customer, Payment
from cadence.ui.clock import FixedClock
from cadence.ui.invoices.sepa_dialog import CandidatesModel, SepaDialog
from cadence.ui.invoices.tab import InvoicesTab
from cadence.ui.operations import Operations

from .conftest import TODAY, Books  # type: ignore[import-not-found]

ICS = "FR72ZZZ123456"
PAIN = "{urn:iso:std:iso:20022:tech:xsd:pain.008.001.08}"
COLLECTION_DAY = date(2026, 12, 2)  # a Wednesday: every invoice of November is due by then


@cache
def _schema() -> etree.XMLSchema:
    path = files("sepaxml") / "schemas" / "pain.008.001.08.xsd"
    return etree.XMLSchema(etree.parse(str(path)))


@pytest.fixture
def direct_debit(operations: Operations, books: Books) -> int:
    """The company collects by direct debit; Élodie Lefèvre signed a mandate in
    September; Garage Fournier SARL pays by direct debit but has no mandate yet.
    Returns the id of Élodie's October invoice (overdue, collected first)."""
    with operations.database.transaction() as session:
        company = company_data(get_company(session))
        save_company(session, replace(company, sepa_creditor_id=ICS), today=TODAY)
        create_mandate(
            session,
            MandateData(
                customer_id=books.customers["Élodie Lefèvre"],
                signed_on=date(2026, 9, 1),
                iban="FR14 2004 1010 0505 0001 3M02 606",
            ),
            today=TODAY,
        )
        garage = session.get_one(Customer, books.customers["Garage Fournier SARL"])
        garage.payment_method = PaymentMethod.DIRECT_DEBIT
    return books.id("FA2026-00002")


def open_dialog(tab: InvoicesTab, qtbot: QtBot, *, tick_unannounced: bool = True) -> SepaDialog:
    """The dialog on COLLECTION_DAY. Élodie's invoices were issued before her mandate:
    they start unticked, and are ticked here, as an owner who warned her would."""
    with qtbot.waitSignal(tab.context.operations.busy_changed, check_params_cb=lambda n: n == 0):
        tab.direct_debit_action.trigger()
    dialog = tab.sepa_dialog
    assert dialog is not None
    assert dialog.isVisible()
    assert dialog.preview is not None
    # The earliest day a batch written today can be collected: tomorrow, a Thursday.
    assert dialog.preview.collection_date == date(2026, 11, 26)
    with qtbot.waitSignal(dialog.previewed):
        dialog.collection_date.setDate(COLLECTION_DAY)
    if tick_unannounced:
        for candidate in dialog.preview.included:
            if not candidate.announced:
                dialog.candidates.set_chosen(candidate.invoice_id, True)
    return dialog


def row_of(dialog: SepaDialog, invoice_id: int) -> int:
    model = dialog.candidates
    return next(
        row for row in range(model.rowCount()) if model.candidate(row).invoice_id == invoice_id
    )


def text(dialog: SepaDialog, row: int, column: int) -> str:
    return str(dialog.candidates.data(dialog.candidates.index(row, column)))


def elodie_november(dialog: SepaDialog, october: int) -> int:
    return next(
        candidate.invoice_id
        for candidate in dialog.candidates.chosen()
        if candidate.invoice_id != october
    )


def test_candidates_show_the_sequence_or_why_they_stay_out(
    tab: InvoicesTab, direct_debit: int, qtbot: QtBot
) -> None:
    dialog = open_dialog(tab, qtbot, tick_unannounced=False)
    model = dialog.candidates
    assert model.rowCount() == 3  # Élodie's October and November, the garage's November
    october = row_of(dialog, direct_debit)
    assert model.candidate(october).sequence is SequenceType.FIRST
    assert text(dialog, october, CandidatesModel.CUSTOMER) == "Élodie Lefèvre"
    assert text(dialog, october, CandidatesModel.INVOICE) == "FA2026-00002"
    assert text(dialog, october, CandidatesModel.AMOUNT) == "€34.80"
    assert model.flags(model.index(october, 0)) & Qt.ItemFlag.ItemIsUserCheckable
    # Issued before her mandate, her invoices asked for a transfer: not ticked for her.
    collection = model.index(october, CandidatesModel.COLLECTION)
    assert text(dialog, october, CandidatesModel.COLLECTION) == (
        "first collection (FRST) · not announced"
    )
    assert "not told this invoice would be debited" in model.data(
        collection, Qt.ItemDataRole.ToolTipRole
    )
    checked = model.data(model.index(october, 0), Qt.ItemDataRole.CheckStateRole)
    assert checked == Qt.CheckState.Unchecked.value
    assert dialog.summary.text() == "0 invoice(s) to collect: €0.00"
    assert not dialog.write_button.isEnabled()
    for candidate in dialog.preview.included if dialog.preview else ():
        model.set_chosen(candidate.invoice_id, True)
    garage = next(
        row for row in range(3) if model.candidate(row).customer_name == "Garage Fournier SARL"
    )
    assert (
        text(dialog, garage, CandidatesModel.COLLECTION) == "the customer has no mandate in force"
    )
    assert text(dialog, garage, CandidatesModel.MANDATE) == ""
    assert not model.flags(model.index(garage, 0)) & Qt.ItemFlag.ItemIsUserCheckable
    assert model.data(model.index(garage, 0), Qt.ItemDataRole.CheckStateRole) is None
    assert dialog.summary.text() == "2 invoice(s) to collect: €69.60"
    assert "1 cannot be collected" in dialog.left_out_note.text()
    assert dialog.write_button.isEnabled()
    assert not dialog.problems.isVisible()


def test_a_closed_or_past_day_is_explained_and_writes_nothing(
    tab: InvoicesTab, direct_debit: int, qtbot: QtBot
) -> None:
    dialog = open_dialog(tab, qtbot)
    with qtbot.waitSignal(dialog.previewed):
        dialog.collection_date.setDate(date(2026, 12, 26))  # Boxing Day: TARGET is closed
    assert dialog.problems.isVisible()
    assert "SEPA system is closed" in dialog.problems.text()
    assert "choose 28 Dec 2026" in dialog.problems.text()
    assert not dialog.write_button.isEnabled()
    with qtbot.waitSignal(dialog.previewed):
        dialog.collection_date.setDate(TODAY)
    assert "must be after today" in dialog.problems.text()
    assert not dialog.write_button.isEnabled()


def test_the_batch_file_holds_what_is_ticked_and_the_invoice_shows_it_requested(
    tab: InvoicesTab, direct_debit: int, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = open_dialog(tab, qtbot)
    november = elodie_november(dialog, direct_debit)
    dialog.candidates.set_chosen(november, False)  # left out by the owner
    assert dialog.summary.text() == "1 invoice(s) to collect: €34.80"
    assert "1 left out" in dialog.left_out_note.text()
    target = tmp_path / "banque" / "prelevements.xml"
    asked: list[str] = []

    def choose(title: str, name: str, filter_text: str) -> Path:
        asked.append(name)
        return target

    dialog.choose_path = choose
    with qtbot.waitSignal(dialog.written) as written, qtbot.waitSignal(tab.model.loaded):
        dialog.write_button.click()
    assert asked == ["direct-debits-2026-12-02.xml"]
    batch = written.args[0]
    assert batch.count == 1
    assert batch.total == Decimal("34.80")

    root = etree.fromstring(target.read_bytes())
    assert _schema().validate(root), _schema().error_log
    transactions = list(root.iter(f"{PAIN}DrctDbtTxInf"))
    assert len(transactions) == 1
    assert root.findtext(f".//{PAIN}SeqTp") == "FRST"
    assert root.findtext(f".//{PAIN}ReqdColltnDt") == "2026-12-02"
    assert root.findtext(f".//{PAIN}RmtInf/{PAIN}Ustrd") == "FA2026-00002"
    assert root.findtext(f".//{PAIN}CdtrSchmeId//{PAIN}Othr/{PAIN}Id") == ICS
    assert QSettings().value("direct_debit/version") == "pain.008.001.08"

    # The Invoices tab says the collection is asked of the bank.
    row = next(row for row in tab.model.rows() if row.id == direct_debit)
    assert row.collection_batch == batch.reference
    status = tab.model.index(tab.model.rows().index(row), 7)
    # Being collected is not being late: no longer "Overdue".
    assert tab.model.data(status) == "Collection requested"
    assert not row.overdue
    tooltip = tab.model.data(status, Qt.ItemDataRole.ToolTipRole)
    assert (
        tooltip == f"Awaiting payment\nCollection requested from the bank (batch {batch.reference})"
    )
    with tab.context.operations.database.reading() as session:
        late = invoice_page(session, today=TODAY, filters=DocumentFilter(StatusFilter.OVERDUE))
    assert direct_debit not in {row.id for row in late}
    other = next(row for row in tab.model.rows() if row.id == november)
    assert other.collection_batch is None

    # The invoice in a requested batch is not offered again.
    qtbot.waitUntil(
        lambda: (
            dialog.preview is not None
            and all(c.invoice_id != direct_debit for c in dialog.preview.candidates)
        )
    )


def test_cancelling_a_batch_frees_its_invoices(
    tab: InvoicesTab, direct_debit: int, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = open_dialog(tab, qtbot)
    dialog.choose_path = lambda title, name, filter_text: tmp_path / "batch.xml"
    with qtbot.waitSignal(dialog.written), qtbot.waitSignal(dialog.batches_loaded):
        dialog.write_button.click()
    dialog.pages.setCurrentIndex(1)
    assert [batch.status for batch in dialog.batches] == [BatchStatus.REQUESTED]
    qtbot.waitUntil(lambda: len(dialog.collections) == 2)
    assert dialog.batch_table.item(0, 2).text() == "Requested, waiting for the bank"
    assert dialog.cancel_button.isEnabled()
    assert dialog.confirm_button.isEnabled()

    dialog.cancel_button.click()
    box = dialog.cancel_box
    assert isinstance(box, QMessageBox)
    yes = next(b for b in box.buttons() if b.text() == "Cancel the batch")
    with qtbot.waitSignal(dialog.batches_loaded), qtbot.waitSignal(tab.model.loaded):
        yes.click()
    assert [batch.status for batch in dialog.batches] == [BatchStatus.CANCELLED]
    assert dialog.batch_table.item(0, 2).text() == "Cancelled on 25 Nov 2026"
    assert not dialog.cancel_button.isEnabled()
    row = next(row for row in tab.model.rows() if row.id == direct_debit)
    assert row.collection_batch is None
    qtbot.waitUntil(
        lambda: (
            dialog.preview is not None
            and any(c.invoice_id == direct_debit for c in dialog.preview.included)
        )
    )


def test_a_file_that_cannot_be_written_records_no_batch(
    tab: InvoicesTab, direct_debit: int, qtbot: QtBot, tmp_path: Path, operations: Operations
) -> None:
    dialog = open_dialog(tab, qtbot)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    dialog.choose_path = lambda title, name, filter_text: blocker / "batch.xml"
    with qtbot.waitSignal(operations.busy_changed, check_params_cb=lambda n: n == 0):
        dialog.write_button.click()
    assert "could not be written" in dialog.status.text()
    assert "Nothing was recorded" in dialog.status.text()
    assert dialog.write_button.isEnabled()  # to try another folder
    with operations.database.reading() as session:
        assert session.scalar(select(func.count()).select_from(CollectionBatch)) == 0
    assert len(dialog.candidates.chosen()) == 2  # still to collect


def test_two_thousand_candidates_are_formatted_only_as_they_are_shown(qtbot: QtBot) -> None:
    model = CandidatesModel()
    candidates = tuple(
        Candidate(
            invoice_id=number,
            number=f"FA2026-{number:05d}",
            customer_id=number,
            customer_name=f"Client {number}",
            due_date=date(2026, 11, 1),
            amount=Decimal("34.80"),
            currency="EUR",
            mandate_id=None if number % 10 == 0 else number,
            mandate_reference="" if number % 10 == 0 else f"RUM-{number}",
            sequence=None if number % 10 == 0 else SequenceType.RECURRING,
            problem=message(NO_MANDATE) if number % 10 == 0 else None,
        )
        for number in range(1, 2001)
    )
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(900, 400)
    view.show()
    model.set_candidates(candidates)
    qtbot.waitExposed(view)
    view.grab()  # painted: the rows in view ask for their texts
    assert model.rowCount() == 2000
    assert 0 < len(model._texts) < 100  # the rows painted, not the two thousand
    assert len(model.chosen()) == 1800
    model.set_chosen(5, False)
    assert len(model.chosen()) == 1799


def test_a_batch_cannot_be_confirmed_before_the_bank_collects_it(
    tab: InvoicesTab, direct_debit: int, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = open_dialog(tab, qtbot)
    dialog.choose_path = lambda title, name, filter_text: tmp_path / "batch.xml"
    with qtbot.waitSignal(dialog.written), qtbot.waitSignal(dialog.batches_loaded):
        dialog.write_button.click()
    dialog.pages.setCurrentIndex(1)
    dialog.confirm_button.click()
    confirm = dialog.confirm_dialog
    assert confirm is not None
    assert not confirm.confirm.isEnabled()
    assert not confirm.too_soon.isHidden()
    assert confirm.too_soon.text() == (
        "The bank collects this batch on 2 Dec 2026: confirm it once the bank has credited it."
    )
    assert confirm.received_on.minimumDate().toPython() == COLLECTION_DAY


def test_a_batch_confirmed_collected_pays_its_invoices(
    tab: InvoicesTab, direct_debit: int, qtbot: QtBot, tmp_path: Path, clock: FixedClock
) -> None:
    dialog = open_dialog(tab, qtbot)
    dialog.candidates.set_chosen(elodie_november(dialog, direct_debit), False)
    dialog.choose_path = lambda title, name, filter_text: tmp_path / "batch.xml"
    with qtbot.waitSignal(dialog.written), qtbot.waitSignal(dialog.batches_loaded):
        dialog.write_button.click()
    clock.advance(days=8)  # 3 December: the bank collected on the 2nd
    dialog.pages.setCurrentIndex(1)
    dialog.confirm_button.click()
    confirm = dialog.confirm_dialog
    assert confirm is not None
    assert confirm.received_on.date().toPython() == COLLECTION_DAY
    assert confirm.too_soon.isHidden()
    with qtbot.waitSignal(dialog.batches_loaded), qtbot.waitSignal(tab.model.loaded):
        confirm.confirm.click()
    assert [batch.status for batch in dialog.batches] == [BatchStatus.CONFIRMED]
    assert dialog.batch_table.item(0, 2).text() == "Collected (confirmed on 3 Dec 2026)"
    assert not dialog.confirm_button.isEnabled()
    qtbot.waitUntil(lambda: [c.status for c in dialog.collections] == [CollectionStatus.PAID])
    row = next(row for row in tab.model.rows() if row.id == direct_debit)
    assert (row.status, row.collection_batch) == (InvoiceStatus.PAID, None)
    with tab.context.operations.database.reading() as session:
        payment = session.scalars(select(Payment).order_by(Payment.id.desc())).first()
        assert payment is not None
        assert (payment.method, payment.received_on, payment.amount) == (
            PaymentMethod.DIRECT_DEBIT,
            COLLECTION_DAY,
            Decimal("34.80"),
        )
