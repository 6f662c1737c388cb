"""Recording a payment from the Invoices tab: what is left to begin with, errors next
to their field, more than is owed kept as the customer's credit."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtWidgets import QDialogButtonBox, QMainWindow
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from cadence.domain.invoicing import InvoiceStatus
from cadence.domain.parties import PaymentMethod
from cadence.services.payments import customer_balance
from cadence.store.models import Invoice, Payment
from cadence.ui.invoices.payment_dialog import PaymentDialog
from cadence.ui.invoices.tab import InvoicesTab
from cadence.ui.operations import Operations

from .conftest import Books  # type: ignore[import-not-found]


def open_dialog(tab: InvoicesTab, books: Books, number: str, qtbot: QtBot) -> PaymentDialog:
    assert tab.table.select_id(books.id(number))
    assert tab.payment_action.isEnabled()
    tab.payment_action.trigger()
    qtbot.waitUntil(lambda: tab.payment_dialog is not None and tab.payment_dialog.isVisible())
    assert tab.payment_dialog is not None
    return tab.payment_dialog


def record(dialog: PaymentDialog, operations: Operations, qtbot: QtBot) -> None:
    with qtbot.waitSignal(operations.busy_changed, check_params_cb=lambda n: n == 0):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_the_amount_left_is_proposed_and_pays_the_invoice(
    books: Books, tab: InvoicesTab, operations: Operations, qtbot: QtBot
) -> None:
    dialog = open_dialog(tab, books, "FA2026-00002", qtbot)
    assert dialog.amount.text() == "34.80"
    assert dialog.received_on.date().toPython() == date(2026, 11, 25)
    qtbot.keyClicks(dialog.reference, "VIR LEFEVRE NOV")
    dialog.method.setCurrentIndex(dialog.method.findText("Cheque"))
    with qtbot.waitSignal(tab.model.loaded):  # the list shows the new status
        record(dialog, operations, qtbot)
    assert tab.payment_dialog is None  # closed
    with operations.database.reading() as session:
        invoice = session.get_one(Invoice, books.id("FA2026-00002"))
        assert invoice.status is InvoiceStatus.PAID
        payment = session.scalars(select(Payment).order_by(Payment.id.desc())).first()
        assert payment is not None
        assert (payment.amount, payment.method, payment.reference) == (
            Decimal("34.80"),
            PaymentMethod.CHEQUE,
            "VIR LEFEVRE NOV",
        )
    row = next(row for row in tab.model.rows() if row.number == "FA2026-00002")
    assert (row.status, row.left_to_pay) == (InvoiceStatus.PAID, Decimal("0.00"))


def test_more_than_is_owed_is_announced_then_kept_as_credit(
    books: Books, tab: InvoicesTab, operations: Operations, qtbot: QtBot
) -> None:
    dialog = open_dialog(tab, books, "FA2026-00002", qtbot)
    dialog.amount.clear()
    qtbot.keyClicks(dialog.amount, "50,00")
    assert dialog.hint.isVisible()
    assert "€15.20 more than what is left to pay" in dialog.hint.text()
    record(dialog, operations, qtbot)
    with operations.database.reading() as session:
        balance = customer_balance(session, books.customers["Élodie Lefèvre"])
        assert balance.credit == Decimal("15.20")
        # The rest was kept, not spent on the next invoice without being asked.
        assert session.get_one(Invoice, books.id("FA2026-00002")).status is InvoiceStatus.PAID
    window = tab.context.window
    assert isinstance(window, QMainWindow)
    assert "€15.20 is kept as Élodie Lefèvre's credit" in window.statusBar().currentMessage()


def test_errors_show_next_to_their_field_and_keep_what_was_typed(
    books: Books, tab: InvoicesTab, operations: Operations, qtbot: QtBot
) -> None:
    dialog = open_dialog(tab, books, "FA2026-00002", qtbot)
    dialog.amount.clear()
    qtbot.keyClicks(dialog.amount, "douze")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert "Type the amount received" in dialog.errors.message_for("amount")
    assert dialog.isVisible()
    dialog.amount.clear()
    qtbot.keyClicks(dialog.amount, "0")
    qtbot.keyClicks(dialog.reference, "x" * 140)
    record(dialog, operations, qtbot)  # the service says what is wrong
    assert dialog.errors.message_for("amount") == "a payment is more than 0"
    assert dialog.isVisible()
    assert dialog.amount.text() == "0"
    assert dialog.buttons.isEnabled()
    with operations.database.reading() as session:
        assert session.get_one(Invoice, books.id("FA2026-00002")).status is InvoiceStatus.ISSUED


def test_a_paid_invoice_offers_no_payment(books: Books, tab: InvoicesTab) -> None:
    assert tab.table.select_id(books.id("FA2026-00001"))
    assert not tab.payment_action.isEnabled()
    tab.record_payment()
    assert tab.payment_dialog is None
