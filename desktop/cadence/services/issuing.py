"""Issuing documents: numbers, copies of the parties, and the chain of digests.

Every invoice and credit note goes through `Issuer.issue`: inside the caller's
transaction it inserts the documents as drafts with their lines, then gives
each its number in its series (gapless, never dated before the series' last
document), the buyer's and seller's identity as they are today, and the
SHA-256 of its content chained to the previous document's. A crash anywhere
rolls all of it back; the database's triggers refuse any later change.

An invoice to a customer who pays by SEPA direct debit, with a mandate in force
that day, also keeps the mandate's reference, the account it debits and the
seller's creditor identifier: its PDF announces the debit (the SEPA
pre-notification) instead of asking for a transfer, and prints the same later,
whatever becomes of the mandate.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import Table, bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from cadence.domain.errors import KnownError, message
from cadence.domain.i18n import QT_TRANSLATE_NOOP
from cadence.domain.invoicing import (
    InvoiceKind,
    InvoiceStatus,
    LineDraft,
    PdfState,
    document_digest,
    document_totals,
    operation_category,
)
from cadence.domain.numbering import NumberMask, period_key
from cadence.domain.parties import PaymentMethod
from cadence.domain.payment_terms import PaymentTerms
from cadence.domain.periods import Period
from cadence.domain.tax import FRANCHISE_MENTION, VatRegime
from cadence.services.mandates import mandates_in_force
from cadence.store.models import CompanySettings, Customer, Invoice, InvoiceLine, NumberSeries

_BACKDATED = QT_TRANSLATE_NOOP(
    "Messages",
    "the series {series} already has a document dated {last}; nothing can be issued in it "
    "dated {day}: check the computer's date",
)


class ChronologyError(KnownError):
    """Issuing would put a number out of date order in its series."""


@dataclass(frozen=True)
class DocumentToIssue:
    """An invoice or credit note about to get its number."""

    kind: InvoiceKind
    customer: Customer
    series: NumberSeries
    currency: str
    lines: Sequence[LineDraft]
    subscription_id: int | None = None
    period: Period | None = None
    corrects: Invoice | None = None
    customer_reference: str | None = None
    notes: str = ""


@dataclass(frozen=True)
class IssuedDocument:
    id: int
    number: str
    customer_id: int
    total_gross: Decimal
    currency: str


def _fixed(value: Decimal | None, places: int) -> str | None:
    return None if value is None else f"{value:.{places}f}"


def _day(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def digest_content(
    invoice: Mapping[str, Any], lines: Sequence[Mapping[str, Any]], corrects_number: str | None
) -> dict[str, Any]:
    """What the digest of a document covers, from its column values.

    The same function reads the values being issued and, later, the values
    stored, so `cadence check` recomputes exactly what was signed. Amounts are
    written with their column's decimal places.
    """
    content = {
        "kind": str(invoice["kind"]),
        "number": invoice["number"],
        "series_id": invoice["series_id"],
        "customer_id": invoice["customer_id"],
        "subscription_id": invoice["subscription_id"],
        "period": [_day(invoice["period_start"]), _day(invoice["period_end"])],
        "corrects": corrects_number,
        "issue_date": _day(invoice["issue_date"]),
        "due_date": _day(invoice["due_date"]),
        "currency": invoice["currency"],
        "totals": [
            _fixed(invoice["total_net"], 2),
            _fixed(invoice["total_vat"], 2),
            _fixed(invoice["total_gross"], 2),
        ],
        "operation_category": str(invoice["operation_category"]),
        "customer_reference": invoice["customer_reference"],
        "notes": invoice["notes"],
        "buyer": [
            str(invoice["buyer_kind"]),
            invoice["buyer_name"],
            invoice["buyer_address"],
            invoice["buyer_postal_code"],
            invoice["buyer_city"],
            invoice["buyer_country"],
            invoice["buyer_delivery_address"],
            invoice["buyer_siren"],
            invoice["buyer_vat_number"],
            invoice["buyer_email"],
            str(invoice["buyer_language"]),
        ],
        "seller": invoice["seller_snapshot"],
        "lines": [
            [
                line["position"],
                line["item_id"],
                line["description"],
                _day(line["period_start"]),
                _day(line["period_end"]),
                _fixed(line["quantity"], 3),
                _fixed(line["unit_price"], 4),
                _fixed(line["discount_amount"], 2),
                line["discount_label"],
                _fixed(line["net_amount"], 2),
                _fixed(line["vat_rate"], 2),
                str(line["vat_category"]),
                line["vat_exemption_reason"],
            ]
            for line in lines
        ],
    }
    # Only when there are some: the documents issued before Cadence kept these keep
    # the digest they were issued with.
    if invoice["debit_mandate_reference"] is not None:
        content["direct_debit"] = [
            invoice["debit_mandate_reference"],
            invoice["debit_iban"],
            invoice["debit_creditor_id"],
        ]
    return content


def seller_snapshot(company: CompanySettings) -> str:
    """The seller's identity and legal mentions as printed on documents issued today."""
    return json.dumps(
        {
            "legal_name": company.legal_name,
            "trade_name": company.trade_name,
            "legal_form": company.legal_form,
            "share_capital": _fixed(company.share_capital, 2),
            "address": [company.address_line1, company.address_line2],
            "postal_code": company.postal_code,
            "city": company.city,
            "country": company.country,
            "siren": company.siren,
            "siret": company.siret,
            "registration": company.registration,
            "vat_number": company.vat_number,
            "vat_regime": str(company.vat_regime),
            "vat_mention": (
                FRANCHISE_MENTION if company.vat_regime is VatRegime.FRANCHISE else None
            ),
            "vat_on_debits": company.vat_on_debits,
            "email": company.email,
            "phone": company.phone,
            "website": company.website,
            "iban": company.iban,
            "bic": company.bic,
            "logo_path": company.logo_path,
            "late_penalty_text": company.late_penalty_text,
            "early_payment_text": company.early_payment_text,
        },
        ensure_ascii=False,
        sort_keys=True,
    )


def buyer_columns(customer: Customer) -> dict[str, Any]:
    """The customer's identity copied onto a document at issue."""
    delivery = None
    if customer.delivery_address_line1:
        delivery = "\n".join(
            part
            for part in (
                customer.delivery_address_line1,
                customer.delivery_address_line2,
                f"{customer.delivery_postal_code} {customer.delivery_city}",
                customer.delivery_country
                if customer.delivery_country != customer.country
                else None,
            )
            if part
        )
    return {
        "buyer_kind": customer.kind,
        "buyer_name": customer.name,
        "buyer_address": "\n".join(
            part for part in (customer.address_line1, customer.address_line2) if part
        ),
        "buyer_postal_code": customer.postal_code,
        "buyer_city": customer.city,
        "buyer_country": customer.country,
        "buyer_delivery_address": delivery,
        "buyer_siren": customer.siren,
        "buyer_vat_number": customer.vat_number,
        "buyer_email": customer.email,
        "buyer_language": customer.language,
        "buyer_wants_email": customer.invoice_by_email and bool(customer.email),
    }


_NO_DIRECT_DEBIT: dict[str, Any] = {
    "debit_mandate_reference": None,
    "debit_iban": None,
    "debit_creditor_id": None,
}


def direct_debit_columns(
    session: Session, company: CompanySettings, documents: Sequence[DocumentToIssue], on: date
) -> dict[int, dict[str, Any]]:
    """By customer, what the invoices among `documents` copy of the SEPA mandate that
    collects them: only for customers who pay by direct debit, with a mandate in force
    on `on`, and only in euros, the one currency SEPA collects. A credit note is never
    collected."""
    customer_ids = {
        document.customer.id
        for document in documents
        if document.kind is InvoiceKind.INVOICE
        and document.currency == "EUR"
        and document.customer.payment_method is PaymentMethod.DIRECT_DEBIT
    }
    if not customer_ids:
        return {}
    return {
        customer_id: {
            "debit_mandate_reference": mandate.reference,
            "debit_iban": mandate.iban,
            "debit_creditor_id": company.sepa_creditor_id or None,
        }
        for customer_id, mandate in mandates_in_force(session, customer_ids, on=on).items()
    }


@dataclass
class _Counter:
    """Where one series' numbering stands during this transaction."""

    series: NumberSeries
    mask: NumberMask
    period_key: str
    next_value: int
    last_issue_date: date | None
    used: bool = False


@dataclass
class Issuer:
    """Issues documents dated `issue_date`, within the caller's transaction."""

    session: Session
    company: CompanySettings
    issue_date: date
    _counters: dict[int, _Counter] = field(default_factory=dict)
    _chain: tuple[int, str | None] | None = None
    _seller: str | None = None

    def check_series(self, series: NumberSeries) -> None:
        """Refuse, before anything is built, a series whose last document is dated later."""
        self._counter(series)

    def _counter(self, series: NumberSeries) -> _Counter:
        counter = self._counters.get(series.id)
        if counter is None:
            if series.last_issue_date is not None and self.issue_date < series.last_issue_date:
                raise ChronologyError(
                    message(
                        _BACKDATED,
                        series=series.name,
                        last=series.last_issue_date,
                        day=self.issue_date,
                    )
                )
            counter = _Counter(
                series=series,
                mask=NumberMask.parse(series.mask, series.reset),
                period_key=series.period_key,
                next_value=series.next_value,
                last_issue_date=series.last_issue_date,
            )
            key = period_key(series.reset, self.issue_date)
            if key != counter.period_key:
                counter.period_key, counter.next_value = key, 1
            self._counters[series.id] = counter
        return counter

    def _chain_head(self) -> tuple[int, str | None]:
        if self._chain is None:
            row = self.session.execute(
                select(Invoice.chain_position, Invoice.content_sha256)
                .where(Invoice.chain_position.is_not(None))
                .order_by(Invoice.chain_position.desc())
                .limit(1)
            ).first()
            self._chain = (0, None) if row is None else (row[0] or 0, row[1])
        return self._chain

    def issue(self, documents: Sequence[DocumentToIssue]) -> list[IssuedDocument]:
        """Number and store `documents`, in order; return what each became."""
        if not documents:
            return []
        if self._seller is None:
            self._seller = seller_snapshot(self.company)
        terms = PaymentTerms(self.company.payment_terms_basis, self.company.payment_terms_days)
        due_date = terms.due_date(self.issue_date)
        drafts: list[dict[str, Any]] = []
        for document in documents:
            totals = document_totals(document.lines, document.currency)
            drafts.append(
                {
                    "kind": document.kind,
                    "status": InvoiceStatus.DRAFT,
                    "series_id": document.series.id,
                    "customer_id": document.customer.id,
                    "subscription_id": document.subscription_id,
                    "period_start": document.period.start if document.period else None,
                    "period_end": document.period.end if document.period else None,
                    "corrects_invoice_id": document.corrects.id if document.corrects else None,
                    "currency": document.currency,
                    "total_net": totals.net,
                    "total_vat": totals.vat,
                    "total_gross": totals.gross,
                    "operation_category": operation_category(
                        line.item_kind for line in document.lines
                    ),
                    "customer_reference": document.customer_reference,
                    "notes": document.notes,
                    "created_on": self.issue_date,
                }
            )
        ids = list(
            self.session.scalars(
                insert(Invoice).returning(Invoice.id, sort_by_parameter_order=True), drafts
            )
        )
        line_rows: list[dict[str, Any]] = []
        lines_by_invoice: dict[int, list[dict[str, Any]]] = {}
        for invoice_id, document in zip(ids, documents, strict=True):
            rows = [
                _line_row(invoice_id, position, line)
                for position, line in enumerate(document.lines, 1)
            ]
            lines_by_invoice[invoice_id] = rows
            line_rows.extend(rows)
        if line_rows:
            self.session.execute(insert(InvoiceLine), line_rows)

        debits = direct_debit_columns(self.session, self.company, documents, self.issue_date)
        position, previous = self._chain_head()
        issued: list[IssuedDocument] = []
        updates: list[dict[str, Any]] = []
        for invoice_id, document, draft in zip(ids, documents, drafts, strict=True):
            counter = self._counter(document.series)
            number = counter.mask.render(self.issue_date, counter.next_value)
            counter.next_value += 1
            counter.used = True
            position += 1
            values = {
                **draft,
                **buyer_columns(document.customer),
                **(
                    debits.get(document.customer.id, _NO_DIRECT_DEBIT)
                    if document.kind is InvoiceKind.INVOICE and document.currency == "EUR"
                    else _NO_DIRECT_DEBIT
                ),
                "id": invoice_id,
                "status": InvoiceStatus.ISSUED,
                "number": number,
                "issue_date": self.issue_date,
                # A credit note is not paid: it has no due date.
                "due_date": due_date if document.kind is InvoiceKind.INVOICE else None,
                "seller_snapshot": self._seller,
                "previous_sha256": previous,
                "chain_position": position,
                "pdf_state": PdfState.PENDING,
            }
            corrects_number = document.corrects.number if document.corrects else None
            digest = document_digest(
                previous, digest_content(values, lines_by_invoice[invoice_id], corrects_number)
            )
            values["content_sha256"] = digest
            previous = digest
            updates.append(
                {f"new_{name}": values[name] for name in _ISSUED_COLUMNS}
                | {"issued_id": invoice_id}
            )
            issued.append(
                IssuedDocument(
                    id=invoice_id,
                    number=number,
                    customer_id=document.customer.id,
                    total_gross=draft["total_gross"],
                    currency=draft["currency"],
                )
            )
        self.session.execute(_ISSUE_STATEMENT, updates)
        self._chain = (position, previous)
        self._save_counters()
        return issued

    def _save_counters(self) -> None:
        for counter in self._counters.values():
            if counter.used:
                series = counter.series
                series.period_key = counter.period_key
                series.next_value = counter.next_value
                series.last_issue_date = self.issue_date
        self.session.flush()


# What issuing sets on a draft; issued_at comes from the database's clock.
_ISSUED_COLUMNS = (
    "status",
    "number",
    "issue_date",
    "due_date",
    "seller_snapshot",
    "previous_sha256",
    "chain_position",
    "pdf_state",
    "content_sha256",
    "buyer_kind",
    "buyer_name",
    "buyer_address",
    "buyer_postal_code",
    "buyer_city",
    "buyer_country",
    "buyer_delivery_address",
    "buyer_siren",
    "buyer_vat_number",
    "buyer_email",
    "buyer_language",
    "buyer_wants_email",
    "debit_mandate_reference",
    "debit_iban",
    "debit_creditor_id",
)
_INVOICES = cast(Table, Invoice.__table__)
_ISSUE_STATEMENT = (
    update(_INVOICES)
    .where(_INVOICES.c.id == bindparam("issued_id"))
    .values(
        {name: bindparam(f"new_{name}") for name in _ISSUED_COLUMNS}
        | {"issued_at": func.current_timestamp()}
    )
)


def _line_row(invoice_id: int, position: int, line: LineDraft) -> dict[str, Any]:
    return {
        "invoice_id": invoice_id,
        "position": position,
        "item_id": line.item_id,
        "description": line.description,
        "period_start": line.period.start if line.period else None,
        "period_end": line.period.end if line.period else None,
        "quantity": line.quantity,
        "unit_price": line.unit_price,
        "discount_amount": line.discount_amount,
        "discount_label": line.discount_label,
        "net_amount": line.net_amount,
        "vat_rate": line.vat_rate,
        "vat_category": line.vat_category,
        "vat_exemption_reason": line.vat_exemption_reason,
    }
