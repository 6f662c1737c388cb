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

# Text colours readable on the light rows of a table (and on the alternate ones).
ATTENTION = QColor("#b3261e")  # owed, overdue, past due
GOOD = QColor("#1b6e2f")  # paid, in credit, active
MUTED = QColor("#6b6b6b")  # archived, finished, draft


def kind_label(kind: CustomerKind) -> str:
    return {
        CustomerKind.INDIVIDUAL: QCoreApplication.translate("CustomerLabels", "Individual"),
        CustomerKind.COMPANY: QCoreApplication.translate("CustomerLabels", "Company"),
    }[kind]


def language_label(language: Language) -> str:
    # Each language in its own words: the owner picks what the customer reads.
    return {Language.FRENCH: "Français", Language.ENGLISH: "English"}[language]


def payment_method_label(method: PaymentMethod) -> str:
    return {
        PaymentMethod.BANK_TRANSFER: QCoreApplication.translate("CustomerLabels", "Bank transfer"),
        PaymentMethod.DIRECT_DEBIT: QCoreApplication.translate(
            "CustomerLabels", "Direct debit (SEPA)"
        ),
        PaymentMethod.CARD: QCoreApplication.translate("CustomerLabels", "Card"),
        PaymentMethod.CHEQUE: QCoreApplication.translate("CustomerLabels", "Cheque"),
        PaymentMethod.CASH: QCoreApplication.translate("CustomerLabels", "Cash"),
        PaymentMethod.OTHER: QCoreApplication.translate("CustomerLabels", "Other"),
    }[method]


def subscription_status_label(status: SubscriptionStatus) -> str:
    return {
        SubscriptionStatus.TRIAL: QCoreApplication.translate("CustomerLabels", "Trial"),
        SubscriptionStatus.ACTIVE: QCoreApplication.translate("CustomerLabels", "Active"),
        SubscriptionStatus.PAUSED: QCoreApplication.translate("CustomerLabels", "Paused"),
        SubscriptionStatus.PAST_DUE: QCoreApplication.translate("CustomerLabels", "Past due"),
        SubscriptionStatus.CANCELLATION_SCHEDULED: QCoreApplication.translate(
            "CustomerLabels", "Ending"
        ),
        SubscriptionStatus.CANCELLED: QCoreApplication.translate("CustomerLabels", "Cancelled"),
        SubscriptionStatus.ENDED: QCoreApplication.translate("CustomerLabels", "Ended"),
    }[status]


def subscription_status_colour(status: SubscriptionStatus) -> QColor | None:
    if status is SubscriptionStatus.PAST_DUE:
        return ATTENTION
    if status in (SubscriptionStatus.CANCELLED, SubscriptionStatus.ENDED):
        return MUTED
    return None


def invoice_kind_label(kind: InvoiceKind) -> str:
    return {
        InvoiceKind.INVOICE: QCoreApplication.translate("CustomerLabels", "Invoice"),
        InvoiceKind.CREDIT_NOTE: QCoreApplication.translate("CustomerLabels", "Credit note"),
    }[kind]


def invoice_status_label(kind: InvoiceKind, status: InvoiceStatus, overdue: bool) -> str:
    if overdue:
        return QCoreApplication.translate("CustomerLabels", "Overdue")
    if kind is InvoiceKind.CREDIT_NOTE:
        return (
            QCoreApplication.translate("CustomerLabels", "Draft")
            if status is InvoiceStatus.DRAFT
            else QCoreApplication.translate("CustomerLabels", "Issued")
        )
    return {
        InvoiceStatus.DRAFT: QCoreApplication.translate("CustomerLabels", "Draft"),
        InvoiceStatus.ISSUED: QCoreApplication.translate("CustomerLabels", "To be paid"),
        InvoiceStatus.PARTIALLY_PAID: QCoreApplication.translate("CustomerLabels", "Partly paid"),
        InvoiceStatus.PAID: QCoreApplication.translate("CustomerLabels", "Paid"),
        InvoiceStatus.CREDITED: QCoreApplication.translate(
            "CustomerLabels", "Cancelled by credit note"
        ),
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
        PaymentStatus.RECEIVED: QCoreApplication.translate("CustomerLabels", "Received"),
        PaymentStatus.RETURNED: QCoreApplication.translate(
            "CustomerLabels", "Returned by the bank"
        ),
    }[status]
