"""Rules the database itself enforces, whatever code writes to it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from cadence.domain.catalogue import BillingTiming, EarlyTermination, ItemKind, RenewalRule
from cadence.domain.invoicing import InvoiceKind, InvoiceStatus, OperationCategory
from cadence.domain.lifecycle import SubscriptionStatus
from cadence.domain.numbering import ResetRule
from cadence.domain.parties import CustomerKind, Language, PaymentMethod
from cadence.domain.periods import DayRule, IntervalUnit
from cadence.store.database import Database
from cadence.store.models import (
    CatalogueItem,
    Customer,
    Invoice,
    NumberSeries,
    Plan,
    Subscription,
)

DAY = date(2026, 11, 25)


def _subscription(session: Session) -> Subscription:
    customer = Customer(
        kind=CustomerKind.INDIVIDUAL,
        name="Élodie Lefèvre",
        address_line1="1 rue",
        postal_code="69002",
        city="Lyon",
        country="FR",
        language=Language.FRENCH,
        payment_method=PaymentMethod.CARD,
        created_on=DAY,
    )
    item = CatalogueItem(name="Box", kind=ItemKind.GOODS, vat_rate=Decimal("5.50"), created_on=DAY)
    plan = Plan(
        name="Box mensuelle",
        item=item,
        unit_price=Decimal("24.90"),
        currency="EUR",
        vat_rate=Decimal("5.50"),
        interval_count=1,
        interval_unit=IntervalUnit.MONTH,
        day_rule=DayRule.SAME_DAY,
        timing=BillingTiming.ADVANCE,
        early_termination=EarlyTermination.NO_FEE,
        renewal_rule=RenewalRule.AUTO_RENEW,
        available_from=DAY,
        created_on=DAY,
    )
    subscription = Subscription(
        customer=customer,
        plan=plan,
        quantity=1,
        start_date=DAY,
        billing_anchor=DAY,
        billing_from=DAY,
        cycle_start=DAY,
        status=SubscriptionStatus.ACTIVE,
        next_billing_date=DAY,
        created_on=DAY,
    )
    session.add(subscription)
    session.flush()
    return subscription


def _invoice(subscription: Subscription, **overrides: object) -> Invoice:
    values: dict[str, object] = {
        "kind": InvoiceKind.INVOICE,
        "status": InvoiceStatus.DRAFT,
        "customer_id": subscription.customer_id,
        "subscription_id": subscription.id,
        "period_start": DAY,
        "period_end": date(2026, 12, 25),
        "currency": "EUR",
        "total_net": Decimal("24.90"),
        "total_vat": Decimal("1.37"),
        "total_gross": Decimal("26.27"),
        "operation_category": OperationCategory.GOODS,
        "created_on": DAY,
    }
    values.update(overrides)
    return Invoice(**values)


def _refused(database: Database, build: Callable[[Session], None], constraint: str) -> None:
    """`build` must be refused by the database, naming `constraint`; nothing is kept."""

    def attempt() -> None:
        with database.transaction() as session:
            build(session)
            session.flush()

    with pytest.raises(IntegrityError, match=constraint):
        attempt()


def test_one_invoice_per_subscription_period(database: Database) -> None:
    def duplicate(session: Session) -> None:
        subscription = _subscription(session)
        session.add(_invoice(subscription))
        session.flush()
        session.add(_invoice(subscription))

    _refused(
        database,
        duplicate,
        "UNIQUE constraint failed: invoice.subscription_id, invoice.period_start",
    )


def test_credit_notes_of_one_subscription_do_not_collide(database: Database) -> None:
    with database.transaction() as session:
        subscription = _subscription(session)
        invoice = _invoice(subscription)
        session.add(invoice)
        session.flush()
        for _ in range(2):
            session.add(
                _invoice(
                    subscription,
                    kind=InvoiceKind.CREDIT_NOTE,
                    period_start=None,
                    period_end=None,
                    corrects_invoice_id=invoice.id,
                )
            )
        session.flush()


def test_one_number_per_series(database: Database) -> None:
    def duplicate(session: Session) -> None:
        subscription = _subscription(session)
        series = NumberSeries(
            name="Factures",
            kind=InvoiceKind.INVOICE,
            mask="FA{YYYY}-{00000}",
            reset=ResetRule.YEARLY,
        )
        session.add(series)
        session.flush()
        for start in (DAY, date(2026, 12, 25)):
            session.add(
                _invoice(
                    subscription,
                    series_id=series.id,
                    number="FA2026-00001",
                    status=InvoiceStatus.ISSUED,
                    issue_date=DAY,
                    period_start=start,
                    period_end=date(2027, 1, 25),
                )
            )

    _refused(database, duplicate, "UNIQUE constraint failed: invoice.series_id, invoice.number")


@pytest.mark.parametrize(
    ("overrides", "constraint"),
    [
        ({"number": "FA2026-00001"}, "numbered_once_issued"),
        ({"status": InvoiceStatus.ISSUED, "issue_date": DAY}, "numbered_once_issued"),
        ({"total_gross": Decimal("26.28")}, "gross_is_net_plus_vat"),
        (
            {"kind": InvoiceKind.CREDIT_NOTE, "period_start": None, "period_end": None},
            "credit_note_corrects_invoice",
        ),
        ({"period_end": DAY}, "period_ends_after_start"),
    ],
    ids=[
        "draft with a number",
        "issued without a number",
        "gross is not net plus VAT",
        "credit note correcting nothing",
        "empty period",
    ],
)
def test_invoice_rules(database: Database, overrides: dict[str, object], constraint: str) -> None:
    _refused(
        database,
        lambda session: session.add(_invoice(_subscription(session), **overrides)),
        constraint,
    )


@pytest.mark.parametrize(
    ("statement", "constraint"),
    [
        (
            "UPDATE subscription SET status = 'lapsed'",
            "CHECK constraint failed: ck_subscription_subscription_status",
        ),
        ("UPDATE subscription SET quantity = 0", "quantity_positive"),
        (
            "UPDATE subscription SET status = 'cancelled', ended_on = '2026-12-01'",
            "cancelled_with_reason",
        ),
        ("UPDATE subscription SET status = 'ended'", "ended_on_when_over"),
        ("UPDATE subscription SET discount_kind = 'percent'", "discount_complete"),
        ("UPDATE subscription SET customer_id = 999", "FOREIGN KEY constraint failed"),
        ("UPDATE plan SET day_rule = 'fixed_day'", "fixed_day_with_rule"),
        ("UPDATE plan SET unit_price = -1", "unit_price_not_negative"),
        ("UPDATE plan SET renewal_rule = 'fixed_cycles'", "fixed_cycles_with_rule"),
        ("UPDATE plan SET trial_count = 14", "trial_complete"),
    ],
)
def test_rows_written_by_hand_cannot_break_the_rules(
    database: Database, statement: str, constraint: str
) -> None:
    def write(session: Session) -> None:
        _subscription(session)
        session.execute(text(statement))

    _refused(database, write, constraint)


def test_there_is_one_company(database: Database) -> None:
    def second(session: Session) -> None:
        session.execute(
            text(
                "INSERT INTO number_series (name, kind, mask, reset, period_key, next_value) "
                "VALUES ('F', 'invoice', 'F{0000}', 'never', '', 1)"
            )
        )
        session.execute(
            text(
                "INSERT INTO company (id, legal_name, address_line1, postal_code, city, country, "
                "vat_regime, vat_on_debits, default_currency, payment_terms_basis, "
                "payment_terms_days, late_penalty_text, early_payment_text, invoice_series_id, "
                "credit_note_series_id, created_on) "
                "VALUES (2, 'X', 'a', '69002', 'Lyon', 'FR', 'normal', 0, 'EUR', "
                "'net_days', 30, 'p', 'e', 1, 1, '2026-11-25')"
            )
        )

    _refused(database, second, "single_row")
