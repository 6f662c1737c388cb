"""The words the window shows for a customer's kinds, languages, payment methods and
the statuses of their subscriptions, invoices and payments.

Looked up when shown (never at import), so that they follow the interface's
language once the translator is installed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from cadence.domain.invoicing import InvoiceKind, InvoiceStatus, PaymentStatus
from cadence.domain.lifecycle import SubscriptionStatus
from cadence.domain.parties import CustomerKind, Language, PaymentMethod

_CONTEXT = "CustomerLabels"

# Text colours readable on the light rows of a table (and on the alternate ones).
ATTENTION = QColor("#b3261e")  # owed, overdue, past due
GOOD = QColor("#1b6e2f")  # paid, in credit, active
MUTED = QColor("#6b6b6b")  # archived, finished, draft


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def kind_label(kind: CustomerKind) -> str:
    return {
        CustomerKind.INDIVIDUAL: _tr("Individual"),
        CustomerKind.COMPANY: _tr("Company"),
    }[kind]


def language_label(language: Language) -> str:
    # Each language in its own words: the owner picks what the customer reads.
    return {Language.FRENCH: "Français", Language.ENGLISH: "English"}[language]


def payment_method_label(method: PaymentMethod) -> str:
    return {
        PaymentMethod.BANK_TRANSFER: _tr("Bank transfer"),
        PaymentMethod.DIRECT_DEBIT: _tr("Direct debit (SEPA)"),
        PaymentMethod.CARD: _tr("Card"),
        PaymentMethod.CHEQUE: _tr("Cheque"),
        PaymentMethod.CASH: _tr("Cash"),
        PaymentMethod.OTHER: _tr("Other"),
    }[method]


def subscription_status_label(status: SubscriptionStatus) -> str:
    return {
        SubscriptionStatus.TRIAL: _tr("Trial"),
        SubscriptionStatus.ACTIVE: _tr("Active"),
        SubscriptionStatus.PAUSED: _tr("Paused"),
        SubscriptionStatus.PAST_DUE: _tr("Past due"),
        SubscriptionStatus.CANCELLATION_SCHEDULED: _tr("Ending"),
        SubscriptionStatus.CANCELLED: _tr("Cancelled"),
        SubscriptionStatus.ENDED: _tr("Ended"),
    }[status]


def subscription_status_colour(status: SubscriptionStatus) -> QColor | None:
    if status is SubscriptionStatus.PAST_DUE:
        return ATTENTION
    if status in (SubscriptionStatus.CANCELLED, SubscriptionStatus.ENDED):
        return MUTED
    return None


def invoice_kind_label(kind: InvoiceKind) -> str:
    return {InvoiceKind.INVOICE: _tr("Invoice"), InvoiceKind.CREDIT_NOTE: _tr("Credit note")}[kind]


def invoice_status_label(kind: InvoiceKind, status: InvoiceStatus, overdue: bool) -> str:
    if overdue:
        return _tr("Overdue")
    if kind is InvoiceKind.CREDIT_NOTE:
        return _tr("Draft") if status is InvoiceStatus.DRAFT else _tr("Issued")
    return {
        InvoiceStatus.DRAFT: _tr("Draft"),
        InvoiceStatus.ISSUED: _tr("To be paid"),
        InvoiceStatus.PARTIALLY_PAID: _tr("Partly paid"),
        InvoiceStatus.PAID: _tr("Paid"),
        InvoiceStatus.CREDITED: _tr("Cancelled by credit note"),
    }[status]


def invoice_status_colour(status: InvoiceStatus, overdue: bool) -> QColor | None:
    if overdue:
        return ATTENTION
    if status is InvoiceStatus.PAID:
        return GOOD
    if status in (InvoiceStatus.DRAFT, InvoiceStatus.CREDITED):
        return MUTED
    return None


def payment_status_label(status: PaymentStatus) -> str:
    return {
        PaymentStatus.RECEIVED: _tr("Received"),
        PaymentStatus.RETURNED: _tr("Returned by the bank"),
    }[status]
