"""The demo company's direct debits and bank: a signed mandate for every customer who
pays by direct debit, a few debits returned in the past months, a batch the bank
collected a week ago, and a sample statement in each format Cadence reads, so that a
newcomer can try the whole loop: export a batch, import a statement, reconcile.

The samples pay invoices still open in the demo: each movement is in one file only,
so importing all of them records nothing twice.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from cadence.domain.direct_debit import MandateScheme, suggested_mandate_reference
from cadence.domain.invoicing import OPEN_STATUSES, InvoiceKind, PaymentStatus
from cadence.domain.lifecycle import SubscriptionStatus
from cadence.domain.parties import CustomerKind, PaymentMethod
from cadence.exchange import samples
from cadence.exchange.statement import StatementLine
from cadence.services.direct_debit import (
    batch_collections,
    batch_record,
    create_batch,
    preview_batch,
    return_payment,
    target_closed,
)
from cadence.services.payments import settled_amounts
from cadence.store.models import (
    CompanySettings,
    Customer,
    Invoice,
    Mandate,
    Payment,
    PaymentAllocation,
    Subscription,
)

ACTOR = "demo"


@dataclass(frozen=True)
class _Open:
    number: str
    customer: str
    email: str
    method: PaymentMethod
    issued: date
    left: Decimal


def add_banking(
    session: Session,
    rng: random.Random,
    today: date,
    batch_id: int | None,
    progress: Callable[[str], None] = lambda _: None,
) -> dict[str, bytes]:
    """Past returns, and the sample files by name: the bank's statement credits the last
    batch (`request_last_collection`) and returns one of its debits."""
    progress("writing sample bank statements")
    company = session.get(CompanySettings, 1)
    assert company is not None
    _past_returns(session, rng, today)
    batch_lines = _collected_batch(session, today, batch_id) if batch_id else []
    return _samples(session, rng, today, company.iban or "", batch_lines)


def sign_mandates(session: Session, rng: random.Random) -> None:
    """A CORE mandate (B2B for a few businesses) for each customer paying by direct
    debit, signed the day they became a customer."""
    company = session.get(CompanySettings, 1)
    assert company is not None
    prefix = company.trade_name or company.legal_name
    rows = session.execute(
        select(Customer.id, Customer.kind, Customer.iban, Customer.bic, Customer.created_on).where(
            Customer.payment_method == PaymentMethod.DIRECT_DEBIT, Customer.iban.is_not(None)
        )
    ).all()
    if rows:
        session.execute(
            insert(Mandate),
            [
                {
                    "customer_id": row.id,
                    "reference": suggested_mandate_reference(prefix, row.id, 1),
                    # A few businesses signed B2B mandates (no refund right).
                    "scheme": MandateScheme.B2B
                    if row.kind is CustomerKind.COMPANY and rng.random() < 0.15
                    else MandateScheme.CORE,
                    "signed_on": row.created_on,
                    "iban": row.iban,
                    "bic": row.bic,
                    "created_on": row.created_on,
                }
                for row in rows
            ],
        )


def last_collection_date(today: date) -> date:
    """The demo's last direct-debit collection: the last open day before today."""
    day = today - timedelta(days=1)
    while target_closed(day):
        day -= timedelta(days=1)
    return day


def request_last_collection(
    session: Session, today: date, invoice_ids: Sequence[int]
) -> int | None:
    """The CORE batch of these invoices, written three days before the last collection."""
    collection_date = last_collection_date(today)
    written = collection_date - timedelta(days=3)
    preview = preview_batch(
        session, collection_date=collection_date, scheme=MandateScheme.CORE, today=written
    )
    wanted = set(invoice_ids)
    chosen = [c.invoice_id for c in preview.included if c.invoice_id in wanted]
    if not chosen:
        return None  # a very small demo
    batch, _ = create_batch(
        session,
        collection_date=collection_date,
        scheme=MandateScheme.CORE,
        today=written,
        created_at=datetime.combine(written, time(9, 12)),
        invoice_ids=chosen,
        actor=ACTOR,
    )
    return batch.id


def _past_returns(session: Session, rng: random.Random, today: date) -> None:
    """About one direct debit in a hundred of the last four months came back: insufficient
    funds, mostly; the invoices are unpaid again and in the dunning."""
    payments = session.execute(
        select(Payment.id, Payment.received_on)
        .join(PaymentAllocation, PaymentAllocation.payment_id == Payment.id)
        .join(Invoice, Invoice.id == PaymentAllocation.invoice_id)
        .join(Subscription, Subscription.id == Invoice.subscription_id)
        .where(
            # Running ones only: a paused or ended subscription keeps its story simple.
            Subscription.status == SubscriptionStatus.ACTIVE,
            Payment.method == PaymentMethod.DIRECT_DEBIT,
            Payment.status == PaymentStatus.RECEIVED,
            Payment.received_on >= today - timedelta(days=120),
            Payment.received_on <= today - timedelta(days=10),
        )
        .order_by(Payment.id)
    ).all()
    for payment_id, received_on in payments:
        if rng.random() >= 0.012:
            continue
        reason = rng.choices(("AM04 insufficient funds", "MS02 refused by the debtor"), (4, 1))[0]
        return_payment(
            session,
            payment_id,
            returned_on=received_on + timedelta(days=rng.randint(2, 6)),
            reason=reason,
            today=today,
            actor=ACTOR,
        )


def _collected_batch(session: Session, today: date, batch_id: int) -> list[StatementLine]:
    """On the statement: the bank's credit for the batch, and one debit returned."""
    batch = batch_record(session, batch_id)
    collection_date = batch.collection_date
    lines = [
        StatementLine(
            booked_on=collection_date,
            amount=batch.total,
            currency="EUR",
            text=f"REMISE PRLV SEPA {batch.reference} {batch.count} OPERATIONS",
        )
    ]
    collections = batch_collections(session, batch.id)
    if len(collections) > 1:
        returned = collections[len(collections) // 2]
        lines.append(
            StatementLine(
                booked_on=min(collection_date + timedelta(days=3), today),
                amount=-returned.amount,
                currency="EUR",
                text=f"RETOUR PRLV SEPA {returned.customer_name} MOTIF AM04",
                counterparty=returned.customer_name,
                end_to_end_id=returned.end_to_end_id,
                return_reason="AM04",
            )
        )
    return lines


def _open_invoices(session: Session, today: date) -> list[_Open]:
    rows = session.execute(
        select(
            Invoice.id,
            Invoice.number,
            Invoice.issue_date,
            Invoice.total_gross,
            Customer.name,
            Customer.email,
            Customer.payment_method,
        )
        .join(Customer, Customer.id == Invoice.customer_id)
        .where(
            Invoice.kind == InvoiceKind.INVOICE,
            Invoice.status.in_(OPEN_STATUSES),
            Invoice.currency == "EUR",
            Invoice.issue_date >= today - timedelta(days=45),
            Customer.payment_method != PaymentMethod.DIRECT_DEBIT,
        )
        .order_by(Invoice.issue_date, Invoice.id)
    ).all()
    settled = settled_amounts(session, [row.id for row in rows])
    return [
        _Open(
            row.number or "",
            row.name,
            row.email or "",
            row.payment_method,
            row.issue_date,
            row.total_gross - sum(settled[row.id], Decimal(0)),
        )
        for row in rows
        if row.total_gross - sum(settled[row.id], Decimal(0)) > 0
    ]


def _paid_on(rng: random.Random, invoice: _Open, today: date) -> date:
    return min(invoice.issued + timedelta(days=rng.randint(1, 12)), today)


def _transfer(
    rng: random.Random, invoice: _Open, today: date, *, with_number: bool
) -> StatementLine:
    payer = invoice.customer.upper()
    return StatementLine(
        booked_on=_paid_on(rng, invoice, today),
        amount=invoice.left,
        currency="EUR",
        text=f"VIR SEPA RECU /DE {payer} /MOTIF FACTURE {invoice.number}"
        if with_number
        else f"VIR SEPA RECU /DE {payer} /MOTIF ABONNEMENT",
        counterparty=invoice.customer,
    )


def _provider_payments(
    rng: random.Random,
    payers: Sequence[_Open],
    today: date,
    *,
    fee: tuple[Decimal, Decimal],
    payout: tuple[date, str],
) -> list[StatementLine]:
    """A payment provider's lines: each invoice paid by card, less the provider's fee
    (a rate and a fixed part), then the payout of what is left to the bank."""
    rate, fixed = fee
    lines = [
        StatementLine(
            booked_on=_paid_on(rng, invoice, today),
            amount=invoice.left,
            currency="EUR",
            text=f"Facture {invoice.number}",
            counterparty=invoice.customer,
            fee=(invoice.left * rate + fixed).quantize(Decimal("0.01")),
        )
        for invoice in payers
    ]
    if lines:
        net = sum((line.amount - line.fee for line in lines), Decimal(0))
        paid_out_on, text = payout
        lines.append(
            StatementLine(
                booked_on=paid_out_on, amount=-net, currency="EUR", text=text, is_transfer=True
            )
        )
    return lines


def _take(pool: list[_Open], methods: Sequence[PaymentMethod], count: int) -> list[_Open]:
    taken = [invoice for invoice in pool if invoice.method in methods][:count]
    for invoice in taken:
        pool.remove(invoice)
    return taken


def _samples(
    session: Session,
    rng: random.Random,
    today: date,
    company_iban: str,
    batch_lines: list[StatementLine],
) -> dict[str, bytes]:
    pool = _open_invoices(session, today)
    transfers = (PaymentMethod.BANK_TRANSFER, PaymentMethod.CHEQUE)
    starts_on = today - timedelta(days=30)
    fees = StatementLine(
        booked_on=today - timedelta(days=5),
        amount=Decimal("-14.90"),
        currency="EUR",
        text="FRAIS TENUE DE COMPTE ET CARTE",
    )
    stranger = StatementLine(
        booked_on=today - timedelta(days=2),
        amount=Decimal("250.00"),
        currency="EUR",
        text="VIR SEPA RECU /DE SCI LES TILLEULS /MOTIF REGUL CHARGES 2026",
        counterparty="SCI LES TILLEULS",
    )
    camt = batch_lines + [
        _transfer(rng, invoice, today, with_number=True) for invoice in _take(pool, transfers, 3)
    ]
    camt += [fees, stranger]
    ofx = [
        _transfer(rng, invoice, today, with_number=True) for invoice in _take(pool, transfers, 1)
    ]
    ofx += [
        _transfer(rng, invoice, today, with_number=False) for invoice in _take(pool, transfers, 1)
    ]
    ofx.append(
        StatementLine(
            booked_on=today - timedelta(days=8),
            amount=Decimal("-1284.00"),
            currency="EUR",
            text="PRLV SEPA URSSAF RHONE ALPES COTISATIONS",
            counterparty="URSSAF",
        )
    )
    mt940 = [
        _transfer(rng, invoice, today, with_number=True) for invoice in _take(pool, transfers, 2)
    ]
    csv_lines = [
        _transfer(rng, invoice, today, with_number=True) for invoice in _take(pool, transfers, 2)
    ]
    csv_lines.append(
        StatementLine(
            booked_on=today - timedelta(days=3),
            amount=Decimal("-89.99"),
            currency="EUR",
            text="CB FOURNITURES BUREAU LYON",
        )
    )
    card_payers = _take(pool, (PaymentMethod.CARD,), 3)
    emails = {invoice.customer: invoice.email for invoice in card_payers if invoice.email}
    stripe = _provider_payments(
        rng,
        card_payers,
        today,
        fee=(Decimal("0.015"), Decimal("0.25")),
        payout=(today - timedelta(days=1), "STRIPE PAYOUT"),
    )
    paypal_payers = _take(pool, (PaymentMethod.CARD, *transfers), 2)
    paypal_emails = {invoice.customer: invoice.email for invoice in paypal_payers if invoice.email}
    paypal = _provider_payments(
        rng,
        paypal_payers,
        today,
        fee=(Decimal("0.029"), Decimal("0.35")),
        payout=(today, "Virement standard"),
    )

    def by_day(lines: list[StatementLine]) -> list[StatementLine]:
        return sorted(lines, key=lambda line: line.booked_on)

    def first_day(lines: list[StatementLine]) -> date:
        return min([starts_on, *(line.booked_on for line in lines)])

    files = {
        "releve-camt053.xml": samples.write_camt053(
            by_day(camt),
            account_iban=company_iban,
            currency="EUR",
            starts_on=first_day(camt),
            ends_on=today,
            bank_name="Crédit Agricole",
        ),
        "releve.ofx": samples.write_ofx(
            by_day(ofx),
            account_iban=company_iban,
            currency="EUR",
            starts_on=first_day(ofx),
            ends_on=today,
            bank_name="CIC",
        ),
        "releve-mt940.sta": samples.write_mt940(
            by_day(mt940),
            account_iban=company_iban,
            currency="EUR",
            starts_on=first_day(mt940),
            ends_on=today,
        ),
        "releve-banque.csv": samples.write_bank_csv(
            by_day(csv_lines),
            account_iban=company_iban,
            currency="EUR",
            starts_on=first_day(csv_lines),
            ends_on=today,
            bank_name="Banque Populaire",
        ),
    }
    if stripe:
        files["stripe-balance.csv"] = samples.write_stripe_csv(
            by_day(stripe), currency="EUR", customer_emails=emails
        )
    if paypal:
        files["paypal-activite.csv"] = samples.write_paypal_csv(
            by_day(paypal), currency="EUR", customer_emails=paypal_emails
        )
    return files
