"""A customer's SEPA mandate: recorded from its form with the reference Cadence suggests,
errors under their field, one mandate in force at a time, revoked from the overview;
and a payment the bank sent back, recorded from the customer's payments."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from cadence.domain.direct_debit import MandateScheme
from cadence.domain.invoicing import InvoiceStatus, PaymentStatus
from cadence.domain.parties import CustomerKind, PaymentMethod
from cadence.services.customers import CustomerRecord, get_customer
from cadence.services.mandates import MandateData, create_mandate, list_mandates
from cadence.services.payments import PaymentData, record_payment
from cadence.store.models import Invoice, Payment
from cadence.ui.clock import FixedClock
from cadence.ui.customers.detail import MANDATES_TAB
from cadence.ui.customers.mandate_dialog import MandateDialog, RevokeMandateDialog
from cadence.ui.customers.return_dialog import ReturnPaymentDialog
from cadence.ui.customers.tab import CustomersTab
from cadence.ui.operations import Operations

from .conftest import Books  # type: ignore[import-not-found]

OpenTab = Callable[[int], CustomersTab]
IBAN = "FR14 2004 1010 0505 0001 3M02 606"
WRONG_IBAN = "FR14 2004 1010 0505 0001 3M02 607"  # one digit off: the check fails


def debtor(books: Books, **changes: object) -> CustomerRecord:
    books.company()
    return books.customer(iban=IBAN, bic="PSSTFRPP", **changes)


def open_dialog(
    operations: Operations, clock: FixedClock, customer: CustomerRecord, qtbot: QtBot
) -> MandateDialog:
    dialog = MandateDialog(operations, clock, customer)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.ready):  # the suggested reference
        dialog.show()
    return dialog


def save(dialog: MandateDialog, operations: Operations, qtbot: QtBot) -> None:
    with qtbot.waitSignal(operations.busy_changed, check_params_cb=lambda n: n == 0):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_a_valid_mandate_is_saved_with_the_suggested_reference(
    books: Books, operations: Operations, clock: FixedClock, qtbot: QtBot
) -> None:
    customer = debtor(books)
    dialog = open_dialog(operations, clock, customer, qtbot)
    suggested = dialog.reference.text()
    assert suggested.endswith(f"-{customer.id:06d}-01")
    assert dialog.iban.text() == IBAN  # the customer's, grouped by four
    assert dialog.bic.text() == "PSSTFRPP"
    assert "8 weeks" in dialog.scheme_hint.text()  # CORE, said in plain words
    dialog.signed_on.setDate(date(2026, 11, 20))
    saved: list[object] = []
    dialog.saved.connect(saved.append)
    save(dialog, operations, qtbot)
    assert not dialog.isVisible()
    assert len(saved) == 1
    with operations.database.reading() as session:
        (mandate,) = list_mandates(session, customer.id)
        assert mandate.reference == suggested
        assert mandate.signed_on == date(2026, 11, 20)
        assert mandate.scheme is MandateScheme.CORE
        assert mandate.iban == "FR1420041010050500013M02606"
        # Signing a mandate makes direct debit the customer's way of paying.
        assert get_customer(session, customer.id).payment_method is PaymentMethod.DIRECT_DEBIT


def test_a_wrong_iban_is_named_under_its_field_and_nothing_is_saved(
    books: Books, operations: Operations, clock: FixedClock, qtbot: QtBot
) -> None:
    customer = debtor(books)
    dialog = open_dialog(operations, clock, customer, qtbot)
    dialog.iban.clear()
    qtbot.keyClicks(dialog.iban, WRONG_IBAN)
    save(dialog, operations, qtbot)
    assert dialog.isVisible()
    assert f"“{WRONG_IBAN}” is not a valid IBAN" in dialog.errors.message_for("iban")
    assert dialog.errors.message_for("reference") == ""
    assert dialog.errors.message_for("signed_on") == ""
    assert dialog.iban.text() == WRONG_IBAN  # what was typed is kept
    assert dialog.iban.hasFocus()
    with operations.database.reading() as session:
        assert list_mandates(session, customer.id) == []


def test_a_business_scheme_for_a_person_is_refused_under_the_scheme(
    books: Books, operations: Operations, clock: FixedClock, qtbot: QtBot
) -> None:
    customer = debtor(books)
    dialog = open_dialog(operations, clock, customer, qtbot)
    dialog.scheme.setCurrentIndex(dialog.scheme.findData(MandateScheme.B2B))
    assert "No refund" in dialog.scheme_hint.text()
    save(dialog, operations, qtbot)
    assert "business customers only" in dialog.errors.message_for("scheme")


def test_a_second_mandate_in_force_is_refused_in_a_message_box(
    books: Books, operations: Operations, clock: FixedClock, qtbot: QtBot, today: date
) -> None:
    customer = debtor(books, kind=CustomerKind.COMPANY, siren="732829320")
    with operations.database.transaction() as session:
        first = create_mandate(
            session, MandateData(customer.id, signed_on=date(2026, 10, 1)), today=today
        )
    dialog = open_dialog(operations, clock, customer, qtbot)
    save(dialog, operations, qtbot)
    box = dialog.findChild(QMessageBox)
    assert box is not None
    assert box.isVisible()
    assert f"already has mandate {first.reference} in force" in box.text()
    assert dialog.isVisible()


def test_the_overview_lists_mandates_and_revokes_one(
    books: Books, open_tab: OpenTab, qtbot: QtBot, today: date
) -> None:
    customer = debtor(books)
    with books.database.transaction() as session:
        mandate = create_mandate(
            session, MandateData(customer.id, signed_on=date(2026, 10, 1)), today=today
        )
    tab = open_tab(1)
    detail = tab.detail
    with qtbot.waitSignal(detail.mandates.loaded):
        tab.table.view.selectRow(0)
    mandates = detail.mandates
    assert detail.lists.tabText(MANDATES_TAB) == "SEPA mandates (1)"
    assert mandates.table.item(0, 0).text() == mandate.reference
    assert mandates.table.item(0, 3).text() == IBAN
    assert mandates.table.item(0, 4).text() == "In force"
    assert not mandates.add_button.isEnabled()  # one in force at a time
    assert mandate.reference in mandates.add_button.toolTip()

    # Editing shows what the owner cannot change: the next collection, the lapse.
    mandates.edit_button.click()
    edit = mandates.dialog
    assert isinstance(edit, MandateDialog)
    assert edit.facts is not None
    facts = [label.text() for label in edit.facts.findChildren(type(detail.name))]
    assert "first collection (FRST)" in facts
    assert "never" in facts
    assert "1 Oct 2029 (after 36 months without a collection)" in facts
    edit.reject()

    mandates.revoke_button.click()
    revoke = mandates.dialog
    assert isinstance(revoke, RevokeMandateDialog)
    revoke.revoked_on.setDate(date(2026, 11, 24))
    with qtbot.waitSignal(mandates.loaded):
        revoke.confirm.click()
    assert mandates.table.item(0, 4).text() == "Revoked on 24 Nov 2026"
    assert mandates.add_button.isEnabled()
    assert not mandates.revoke_button.isEnabled()


def test_a_payment_returned_by_the_bank_is_recorded_from_the_payments(
    books: Books, open_tab: OpenTab, qtbot: QtBot, today: date
) -> None:
    customer = debtor(books)
    books.subscribe(customer.id, date(2026, 11, 1))
    books.bill()
    with books.database.transaction() as session:
        payment = record_payment(
            session,
            PaymentData(
                customer_id=customer.id,
                received_on=date(2026, 11, 20),
                amount=Decimal("34.80"),
                method=PaymentMethod.DIRECT_DEBIT,
            ),
            today=today,
        )
    tab = open_tab(1)
    detail = tab.detail
    with qtbot.waitSignal(detail.loaded):
        tab.table.view.selectRow(0)
    assert not detail.return_button.isEnabled()  # no payment chosen
    detail.payments.selectRow(0)
    assert detail.return_button.isEnabled()
    detail.return_button.click()
    dialog = detail.dialog
    assert isinstance(dialog, ReturnPaymentDialog)
    assert dialog.reason.currentText() == "AM04 – insufficient funds"
    assert not dialog.own_reason.isEnabled()
    with qtbot.waitSignal(detail.loaded):  # the overview shows the payment returned
        dialog.confirm.click()
    assert detail.payments.item(0, 5).text() == "Returned by the bank"
    assert not detail.return_button.isEnabled()
    with books.database.reading() as session:
        returned = session.get_one(Payment, payment.id)
        assert returned.status is PaymentStatus.RETURNED
        assert returned.return_reason == "AM04 insufficient funds"
        invoice = session.query(Invoice).filter_by(customer_id=customer.id).one()
        assert invoice.status is InvoiceStatus.ISSUED  # unpaid again


def test_a_reason_in_the_owners_words_is_required(
    books: Books, open_tab: OpenTab, qtbot: QtBot, today: date
) -> None:
    customer = debtor(books)
    with books.database.transaction() as session:
        record_payment(
            session,
            PaymentData(customer.id, received_on=date(2026, 11, 20), amount=Decimal("10.00")),
            today=today,
        )
    tab = open_tab(1)
    with qtbot.waitSignal(tab.detail.loaded):
        tab.table.view.selectRow(0)
    tab.detail.payments.selectRow(0)
    tab.detail.return_button.click()
    dialog = tab.detail.dialog
    assert isinstance(dialog, ReturnPaymentDialog)
    dialog.reason.setCurrentIndex(0)  # another reason, typed
    assert dialog.own_reason.isEnabled()
    with qtbot.waitSignal(tab.context.operations.busy_changed, check_params_cb=lambda n: n == 0):
        dialog.confirm.click()
    assert "required" in dialog.errors.message_for("reason")
    assert dialog.isVisible()
