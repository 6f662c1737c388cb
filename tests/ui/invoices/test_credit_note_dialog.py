"""Correcting an invoice with a credit note from the Invoices tab: whole or by line,
its number said once issued, errors under the lines."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from cadence.domain.invoicing import InvoiceKind, InvoiceStatus
from cadence.services.credit_notes import issue_credit_note
from cadence.store.models import Invoice
from cadence.ui.invoices.credit_note_dialog import CreditNoteDialog
from cadence.ui.invoices.tab import InvoicesTab
from cadence.ui.operations import Operations

from .conftest import Books  # type: ignore[import-not-found]


def open_dialog(tab: InvoicesTab, books: Books, number: str, qtbot: QtBot) -> CreditNoteDialog:
    assert tab.table.select_id(books.id(number))
    tab.credit_note_action.trigger()
    qtbot.waitUntil(
        lambda: tab.credit_note_dialog is not None and tab.credit_note_dialog.isVisible()
    )
    assert tab.credit_note_dialog is not None
    return tab.credit_note_dialog


def issue(dialog: CreditNoteDialog, operations: Operations, qtbot: QtBot) -> None:
    with qtbot.waitSignal(operations.busy_changed, check_params_cb=lambda n: n == 0):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def credit_notes(operations: Operations) -> list[Invoice]:
    with operations.database.reading() as session:
        return list(session.scalars(select(Invoice).where(Invoice.kind == InvoiceKind.CREDIT_NOTE)))


def test_the_whole_invoice_is_credited_and_the_number_said(
    books: Books, tab: InvoicesTab, operations: Operations, qtbot: QtBot
) -> None:
    dialog = open_dialog(tab, books, "FA2026-00004", qtbot)
    assert dialog.whole.isChecked()
    assert not dialog.line_edits[0].isEnabled()
    assert dialog.total.text() == "This credit note: €69.60 incl. VAT"
    dialog.reason.setText("Box jamais livrée")  # QTest types ASCII only
    with qtbot.waitSignal(tab.model.loaded):
        issue(dialog, operations, qtbot)
    assert tab.credit_note_dialog is None  # closed
    assert tab.notice is not None
    assert "Credit note AV2026-00001 is issued for €69.60" in tab.notice.text()
    (note,) = credit_notes(operations)
    assert (note.number, note.corrects_invoice_id, note.notes) == (
        "AV2026-00001",
        books.id("FA2026-00004"),
        "Box jamais livrée",
    )
    assert tab.model.rows()[0].number == "AV2026-00001"
    row = next(row for row in tab.model.rows() if row.number == "FA2026-00004")
    assert row.status is InvoiceStatus.CREDITED
    tab.notice.close()


def test_part_of_a_line_by_an_amount_excluding_vat(
    books: Books, tab: InvoicesTab, operations: Operations, qtbot: QtBot
) -> None:
    dialog = open_dialog(tab, books, "FA2026-00004", qtbot)  # 2 × 29.00
    dialog.by_line.setChecked(True)
    qtbot.keyClicks(dialog.line_edits[0], "29,00")
    assert dialog.total.text() == "This credit note: €29.00 excl. VAT, plus its VAT"
    issue(dialog, operations, qtbot)
    (note,) = credit_notes(operations)
    assert (note.total_net, note.total_gross) == (Decimal("29.00"), Decimal("34.80"))
    with operations.database.reading() as session:
        invoice = session.get_one(Invoice, books.id("FA2026-00004"))
        assert invoice.status is InvoiceStatus.PARTIALLY_PAID
    assert tab.notice is not None
    tab.notice.close()


def test_wrong_amounts_are_said_under_the_lines_and_nothing_is_issued(
    books: Books, tab: InvoicesTab, operations: Operations, qtbot: QtBot
) -> None:
    dialog = open_dialog(tab, books, "FA2026-00004", qtbot)
    dialog.by_line.setChecked(True)
    qtbot.keyClicks(dialog.line_edits[0], "beaucoup")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert "Line 1: type an amount" in dialog.errors.message_for("line_amounts")
    dialog.line_edits[0].clear()
    qtbot.keyClicks(dialog.line_edits[0], "58.01")
    issue(dialog, operations, qtbot)
    assert "between 0.01 and 58.00" in dialog.errors.message_for("line_amounts")
    assert dialog.isVisible()
    assert dialog.line_edits[0].text() == "58.01"
    assert credit_notes(operations) == []


def test_an_invoice_partly_credited_is_credited_by_line_only(
    books: Books, tab: InvoicesTab, operations: Operations, qtbot: QtBot
) -> None:
    with operations.database.transaction() as session:
        issue_credit_note(
            session,
            invoice_id=books.id("FA2026-00004"),
            today=date(2026, 11, 25),
            line_amounts={1: Decimal("10.00")},
        )
    dialog = open_dialog(tab, books, "FA2026-00004", qtbot)
    assert not dialog.whole.isEnabled()
    assert dialog.by_line.isChecked()
    assert (
        "Already credited: €12.00 incl. VAT."
        in dialog.findChild(type(dialog.total), None)
        .parent()
        .findChildren(type(dialog.total))[1]
        .text()
    )


def test_a_credit_note_cannot_itself_be_credited(
    books: Books, tab: InvoicesTab, operations: Operations, qtbot: QtBot
) -> None:
    with operations.database.transaction() as session:
        issue_credit_note(session, invoice_id=books.id("FA2026-00003"), today=date(2026, 11, 25))
    with qtbot.waitSignal(tab.model.loaded):
        tab.model.reload()
    note = tab.model.rows()[0]
    assert note.number == "AV2026-00001"
    assert tab.table.select_id(note.id)
    assert not tab.credit_note_action.isEnabled()
    assert not tab.payment_action.isEnabled()
    assert tab.corrected_action.isEnabled()
    tab.corrected_action.trigger()
    qtbot.waitUntil(
        lambda: (current := tab.table.current()) is not None and current.number == "FA2026-00003"
    )
