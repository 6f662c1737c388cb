"""The words and colours the Invoices tab shows for a document's kind, status and payment method."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from cadence.domain.invoicing import InvoiceKind, InvoiceStatus
from cadence.domain.parties import PaymentMethod
from cadence.services.invoices import InvoiceRow, StatusFilter

# Called by this name, with the context written out each time: Qt's lupdate finds
# the strings only so.
translate = QCoreApplication.translate


def kind_label(kind: InvoiceKind) -> str:
    return (
        translate("Invoices", "Credit note")
        if kind is InvoiceKind.CREDIT_NOTE
        else translate("Invoices", "Invoice")
    )


def status_label(row: InvoiceRow) -> str:
    """The status as the owner thinks of it: a credit note is just issued; an unpaid
    invoice past its due date is overdue."""
    if row.kind is InvoiceKind.CREDIT_NOTE:
        return (
            translate("Invoices", "Draft")
            if row.status is InvoiceStatus.DRAFT
            else translate("Invoices", "Issued")
        )
    if row.overdue:
        return (
            translate("Invoices", "Overdue, partly paid")
            if row.status is InvoiceStatus.PARTIALLY_PAID
            else translate("Invoices", "Overdue")
        )
    return {
        InvoiceStatus.DRAFT: translate("Invoices", "Draft"),
        InvoiceStatus.ISSUED: translate("Invoices", "Awaiting payment"),
        InvoiceStatus.PARTIALLY_PAID: translate("Invoices", "Partly paid"),
        InvoiceStatus.PAID: translate("Invoices", "Paid"),
        InvoiceStatus.CREDITED: translate("Invoices", "Credited"),
    }[row.status]


def status_filter_labels() -> list[tuple[StatusFilter, str]]:
    """The status filter's choices, in the order the combo offers them."""
    return [
        (StatusFilter.ALL, translate("Invoices", "All documents")),
        (StatusFilter.UNPAID, translate("Invoices", "Unpaid")),
        (StatusFilter.OVERDUE, translate("Invoices", "Overdue")),
        (StatusFilter.ISSUED, translate("Invoices", "Awaiting payment")),
        (StatusFilter.PARTIALLY_PAID, translate("Invoices", "Partly paid")),
        (StatusFilter.PAID, translate("Invoices", "Paid")),
        (StatusFilter.CREDITED, translate("Invoices", "Credited")),
        (StatusFilter.CREDIT_NOTES, translate("Invoices", "Credit notes")),
    ]


def method_labels() -> list[tuple[PaymentMethod, str]]:
    return [
        (PaymentMethod.BANK_TRANSFER, translate("Invoices", "Bank transfer")),
        (PaymentMethod.DIRECT_DEBIT, translate("Invoices", "Direct debit")),
        (PaymentMethod.CARD, translate("Invoices", "Card")),
        (PaymentMethod.CHEQUE, translate("Invoices", "Cheque")),
        (PaymentMethod.CASH, translate("Invoices", "Cash")),
        (PaymentMethod.OTHER, translate("Invoices", "Other")),
    ]


# Tints, not colours: drawn translucent over the table's own background, they stay
# pale on a light theme and dark on a dark one, so the text keeps its contrast.
_ALPHA = 56
_TINTS = {
    "overdue": QColor(220, 38, 38, _ALPHA),  # red
    "partly_paid": QColor(234, 160, 8, _ALPHA),  # amber
    "debit_to_request": QColor(37, 99, 235, _ALPHA),  # blue: the owner's to do, not late
    "paid": QColor(22, 163, 74, _ALPHA),  # green
    "credited": QColor(120, 120, 120, _ALPHA),  # grey
    "credit_note": QColor(147, 51, 234, _ALPHA),  # violet
    "draft": QColor(120, 120, 120, 28),  # a lighter grey
}


def status_tint(row: InvoiceRow) -> QColor | None:
    """The row's tint; none for an invoice simply awaiting payment, the usual case,
    so that what needs attention stands out."""
    if row.status is InvoiceStatus.DRAFT:
        return _TINTS["draft"]
    if row.kind is InvoiceKind.CREDIT_NOTE:
        return _TINTS["credit_note"]
    if row.overdue:
        return _TINTS["overdue"]
    if row.debit_to_request:
        return _TINTS["debit_to_request"]
    return {
        InvoiceStatus.ISSUED: None,
        InvoiceStatus.PARTIALLY_PAID: _TINTS["partly_paid"],
        InvoiceStatus.PAID: _TINTS["paid"],
        InvoiceStatus.CREDITED: _TINTS["credited"],
    }[row.status]
