"""Vocabulary of invoices and credit notes; the rules that issue them come with billing."""

from __future__ import annotations

from enum import StrEnum

# Mandatory mentions (Code de commerce L441-9 and L441-10), in the owner's words
# once they edit them. The €40 recovery indemnity is printed separately, on
# invoices to business customers only.
DEFAULT_LATE_PENALTY_TEXT = (
    "En cas de retard de paiement, pénalités au taux directeur de la BCE majoré de "
    "10 points, exigibles sans rappel (art. L441-10 du Code de commerce)."
)
DEFAULT_EARLY_PAYMENT_TEXT = "Pas d'escompte pour paiement anticipé."


class InvoiceKind(StrEnum):
    INVOICE = "invoice"
    CREDIT_NOTE = "credit_note"


class InvoiceStatus(StrEnum):
    """Stored status; "overdue" is not stored, it follows from the due date and today."""

    DRAFT = "draft"
    ISSUED = "issued"
    PARTIALLY_PAID = "partially_paid"
    PAID = "paid"
    # Fully cancelled by one or more credit notes.
    CREDITED = "credited"


class OperationCategory(StrEnum):
    """Printed on invoices from the e-invoicing reform (décret 2022-1299)."""

    SERVICES = "services"
    GOODS = "goods"
    MIXED = "mixed"


class PdfState(StrEnum):
    PENDING = "pending"  # issued, PDF not written yet
    WRITTEN = "written"
    MISSING = "missing"  # writing failed (full disk, read-only folder): to be produced later


class PaymentStatus(StrEnum):
    RECEIVED = "received"
    RETURNED = "returned"  # a direct debit the bank sent back (R-transaction)
