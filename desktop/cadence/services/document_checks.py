"""`cadence check` on issued documents: what French law and Cadence's own rules require.

- numbering: each series gapless (1, 2, 3 … within each year or month it
  restarts) and chronological (a higher number is never dated earlier);
- amounts: each line's net = quantity × unit price − discount, and each
  document's totals equal its lines' (VAT per rate on the rate's net sum);
- exactly once: one invoice per subscription period;
- integrity: the chain of SHA-256 digests recomputed from the stored columns;
- settlement: no invoice settled beyond its total, no payment spent twice, and
  each status what its settlements make it.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping
from datetime import date
from typing import Any, cast

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from cadence.domain.errors import KnownError
from cadence.domain.invoicing import (
    InvoiceKind,
    InvoiceStatus,
    document_digest,
    settlement_status,
)
from cadence.domain.money import round_money
from cadence.domain.numbering import NumberMask
from cadence.domain.tax import TaxableAmount, compute_totals
from cadence.services.issuing import digest_content
from cadence.services.payments import settled_amounts
from cadence.services.violations import Violation
from cadence.store.models import Invoice, InvoiceLine, NumberSeries, Payment, PaymentAllocation

_INVOICES = cast(Table, Invoice.__table__)
_LINES = cast(Table, InvoiceLine.__table__)
_PAGE = 2000  # documents read at a time


def _issued_documents(
    session: Session,
) -> Iterator[tuple[Mapping[str, Any], list[Mapping[str, Any]]]]:
    """Every issued document with its lines, in the order they were issued."""
    after = 0
    while True:
        rows = (
            session.execute(
                select(_INVOICES)
                .where(_INVOICES.c.chain_position > after)
                .order_by(_INVOICES.c.chain_position)
                .limit(_PAGE)
            )
            .mappings()
            .all()
        )
        if not rows:
            return
        lines: dict[int, list[Mapping[str, Any]]] = defaultdict(list)
        for line in session.execute(
            select(_LINES)
            .where(_LINES.c.invoice_id.in_([row["id"] for row in rows]))
            .order_by(_LINES.c.invoice_id, _LINES.c.position)
        ).mappings():
            lines[line["invoice_id"]].append(dict(line))
        for row in rows:
            yield dict(row), lines[row["id"]]
        after = rows[-1]["chain_position"]


def _name(row: Mapping[str, Any]) -> str:
    kind = "credit note" if row["kind"] is InvoiceKind.CREDIT_NOTE else "invoice"
    return f"{kind} {row['number']}"


def _chain_and_amounts(session: Session) -> Iterator[Violation]:
    numbers: dict[int, str | None] = {
        row.id: row.number
        for row in session.execute(
            select(Invoice.id, Invoice.number).where(Invoice.number.is_not(None))
        )
    }
    expected_position, previous = 1, None
    for row, lines in _issued_documents(session):
        name = _name(row)
        if row["chain_position"] != expected_position:
            yield Violation(
                "chain",
                name,
                f"is at position {row['chain_position']}, expected {expected_position}: "
                "a document is missing",
            )
        expected_position = row["chain_position"] + 1
        if row["previous_sha256"] != previous:
            yield Violation("chain", name, "does not follow the document issued before it")
        corrects = numbers.get(row["corrects_invoice_id"]) if row["corrects_invoice_id"] else None
        digest = document_digest(row["previous_sha256"], digest_content(row, lines, corrects))
        if digest != row["content_sha256"]:
            yield Violation("chain", name, "was changed after it was issued (digest mismatch)")
        previous = row["content_sha256"]
        yield from _amounts(row, lines, name)


def _amounts(
    row: Mapping[str, Any], lines: list[Mapping[str, Any]], name: str
) -> Iterator[Violation]:
    currency = row["currency"]
    for line in lines:
        expected = round_money(line["quantity"] * line["unit_price"], currency)
        if line["net_amount"] != expected - line["discount_amount"]:
            yield Violation(
                "totals",
                name,
                f"line {line['position']}: {line['net_amount']} is not "
                f"{line['quantity']} × {line['unit_price']} − {line['discount_amount']}",
            )
    try:
        totals = compute_totals(
            (
                TaxableAmount(line["net_amount"], line["vat_rate"], line["vat_category"])
                for line in lines
            ),
            currency,
        )
    except ValueError as error:
        yield Violation("totals", name, str(error))
        return
    stored = (row["total_net"], row["total_vat"], row["total_gross"])
    if (totals.net, totals.vat, totals.gross) != stored:
        yield Violation(
            "totals",
            name,
            f"totals {stored[0]} + {stored[1]} VAT = {stored[2]} do not match its lines "
            f"({totals.net} + {totals.vat} = {totals.gross})",
        )


def _numbering(session: Session) -> Iterator[Violation]:
    for series in session.scalars(select(NumberSeries)):
        try:
            mask = NumberMask.parse(series.mask, series.reset)
        except KnownError:
            continue  # reported by the series check
        runs: dict[tuple[int | None, int | None], list[tuple[int, date, str]]] = defaultdict(list)
        for number, issued_on in session.execute(
            select(Invoice.number, Invoice.issue_date).where(
                Invoice.series_id == series.id, Invoice.number.is_not(None)
            )
        ):
            parsed = mask.read(number or "")
            if parsed is None or issued_on is None:
                yield Violation(
                    "numbering", f"series {series.name}", f"{number} is not in its mask"
                )
                continue
            key = (
                parsed.year if series.reset.value != "never" else None,
                parsed.month if series.reset.value == "monthly" else None,
            )
            runs[key].append((parsed.value, issued_on, number or ""))
        for documents in runs.values():
            documents.sort()
            for expected, (value, _, number) in enumerate(documents, start=1):
                if value != expected:
                    yield Violation(
                        "numbering",
                        f"series {series.name}",
                        f"{number} comes where number {expected} of its run should be: "
                        "numbers are missing or repeated",
                    )
                    break
            for (_, earlier, first), (_, later, second) in itertools.pairwise(documents):
                if later < earlier:
                    yield Violation(
                        "numbering",
                        f"series {series.name}",
                        f"{second} is dated {later}, before {first} ({earlier})",
                    )


def _once_per_period(session: Session) -> Iterator[Violation]:
    duplicated = session.execute(
        select(Invoice.subscription_id, Invoice.period_start, func.count())
        .where(Invoice.period_start.is_not(None))
        .group_by(Invoice.subscription_id, Invoice.period_start)
        .having(func.count() > 1)
    )
    for subscription_id, start, count in duplicated:
        yield Violation(
            "exactly once",
            f"subscription {subscription_id}",
            f"the period from {start} is invoiced {count} times",
        )


def _settlement(session: Session) -> Iterator[Violation]:
    invoices = session.execute(
        select(Invoice.id, Invoice.number, Invoice.total_gross, Invoice.status).where(
            Invoice.kind == InvoiceKind.INVOICE, Invoice.status != InvoiceStatus.DRAFT
        )
    ).all()
    settled = settled_amounts(session, [row.id for row in invoices])
    for row in invoices:
        paid, credited = settled[row.id]
        if paid + credited > row.total_gross:
            yield Violation(
                "settlement",
                f"invoice {row.number}",
                f"settled {paid + credited}, more than its total {row.total_gross}",
            )
        expected = settlement_status(row.total_gross, paid, credited)
        if row.status is not expected:
            yield Violation(
                "settlement",
                f"invoice {row.number}",
                f"is marked {row.status.value} but its settlements make it {expected.value}",
            )
    spent = session.execute(
        select(Payment.id, Payment.amount, func.sum(PaymentAllocation.amount))
        .join(PaymentAllocation, PaymentAllocation.payment_id == Payment.id)
        .group_by(Payment.id, Payment.amount)
    )
    for payment_id, amount, allocated in spent:
        if allocated > amount:
            yield Violation(
                "settlement",
                f"payment {payment_id}",
                f"allocated {allocated}, more than the {amount} received",
            )
    credits = session.execute(
        select(Invoice.number, Invoice.total_gross, func.sum(PaymentAllocation.amount))
        .join(PaymentAllocation, PaymentAllocation.credit_note_id == Invoice.id)
        .group_by(Invoice.id, Invoice.number, Invoice.total_gross)
    )
    for number, gross, allocated in credits:
        if allocated > gross:
            yield Violation(
                "settlement",
                f"credit note {number}",
                f"allocated {allocated}, more than its {gross}",
            )


DOCUMENT_CHECKS: tuple[Callable[[Session], Iterator[Violation]], ...] = (
    _chain_and_amounts,
    _numbering,
    _once_per_period,
    _settlement,
)
