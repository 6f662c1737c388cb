"""Invoices and credit notes: their vocabulary, lines, totals, status and digest."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from cadence.domain.catalogue import ItemKind
from cadence.domain.periods import Period
from cadence.domain.tax import TaxableAmount, Totals, VatCategory, compute_totals

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


@dataclass(frozen=True, slots=True)
class LineDraft:
    """One line of a document about to be issued; amounts are already rounded."""

    description: str
    quantity: Decimal
    unit_price: Decimal
    net_amount: Decimal  # after the line's discount
    vat_rate: Decimal
    vat_category: VatCategory
    item_kind: ItemKind | None = None
    item_id: int | None = None
    period: Period | None = None
    discount_amount: Decimal = Decimal(0)
    discount_label: str | None = None
    vat_exemption_reason: str | None = None

    def taxable(self) -> TaxableAmount:
        return TaxableAmount(self.net_amount, self.vat_rate, self.vat_category)


def document_totals(lines: Sequence[LineDraft], currency: str) -> Totals:
    return compute_totals((line.taxable() for line in lines), currency)


def operation_category(kinds: Iterable[ItemKind | None]) -> OperationCategory:
    """Goods, services, or mixed, from what the lines sell (a line of no item is a service)."""
    found = {kind or ItemKind.SERVICE for kind in kinds}
    if found == {ItemKind.GOODS}:
        return OperationCategory.GOODS
    if found <= {ItemKind.SERVICE}:
        return OperationCategory.SERVICES
    return OperationCategory.MIXED


def settlement_status(gross: Decimal, paid: Decimal, credited: Decimal) -> InvoiceStatus:
    """An issued invoice's status from what payments and credit notes settled of it."""
    if credited >= gross:
        return InvoiceStatus.CREDITED
    if paid + credited >= gross:
        return InvoiceStatus.PAID
    if paid + credited > 0:
        return InvoiceStatus.PARTIALLY_PAID
    return InvoiceStatus.ISSUED


OPEN_STATUSES = frozenset({InvoiceStatus.ISSUED, InvoiceStatus.PARTIALLY_PAID})


def is_overdue(status: InvoiceStatus, due_date: date | None, today: date) -> bool:
    return status in OPEN_STATUSES and due_date is not None and due_date < today


def document_digest(previous_sha256: str | None, content: Mapping[str, object]) -> str:
    """SHA-256 of a document's content chained to the previous document's digest, so a
    later change to any issued document breaks every digest after it."""
    canonical = json.dumps(
        {"previous": previous_sha256, "content": content},
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
        default=str,
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()
