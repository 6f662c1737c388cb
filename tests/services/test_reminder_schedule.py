"""A year of reminders with injected dates, Cadence closed for weeks at a time.

Three customers on monthly invoices: one pays on the day, one pays 20 days late,
one (a business) never pays. Plus a yearly plan, a twelve-month commitment and a
six-cycle fixed term, whose notices fall in and around the closed weeks. Each
open day runs billing, the day's payments, then the reminders, as the window's
billing run does. The expected reminders are worked out here independently, from
the open days, the steps and the payment days.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, time, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from cadence.domain.catalogue import RenewalRule
from cadence.domain.dunning import DunningStep
from cadence.domain.invoicing import OPEN_STATUSES, InvoiceKind
from cadence.domain.messages import MessageKind
from cadence.domain.parties import CustomerKind
from cadence.domain.periods import IntervalUnit
from cadence.services.billing import run_billing
from cadence.services.mail_settings import ReminderSettings, save_reminder_settings
from cadence.services.payments import Allocation, PaymentData, record_payment
from cadence.services.reminders import prepare_reminders
from cadence.store.models import (
    Invoice,
    LateFee,
    LateFeeKind,
    OutboundMessage,
    ReminderLog,
    ReminderOutcome,
)

from .conftest import Factory  # type: ignore[import-not-found]

START, END = date(2027, 1, 1), date(2027, 12, 31)
CLOSED = (
    (date(2027, 2, 10), date(2027, 3, 5)),
    (date(2027, 6, 1), date(2027, 6, 30)),
    (date(2027, 9, 15), date(2027, 10, 10)),
)
STEPS = (
    DunningStep(level=1, days_after_due=7),
    DunningStep(level=2, days_after_due=15),
    DunningStep(
        level=3, days_after_due=30, charge_interest=True, charge_indemnity=True, attach_letter=True
    ),
)
LATE_PAYER_DELAY = 20


def _open(day: date) -> bool:
    return not any(first <= day <= last for first, last in CLOSED)


OPEN_DAYS = [
    START + timedelta(days=offset)
    for offset in range((END - START).days + 1)
    if _open(START + timedelta(days=offset))
]


def _first_open_day(on_or_after: date) -> date | None:
    return next((day for day in OPEN_DAYS if day >= on_or_after), None)


@pytest.fixture(scope="module")
def year(tmp_path_factory: pytest.TempPathFactory, migrated_template: object) -> dict[str, object]:
    """Runs the year once for every test of this module (it takes a few seconds)."""
    from cadence.store.database import open_database

    path = tmp_path_factory.mktemp("year") / "cadence.sqlite3"
    path.write_bytes(migrated_template.read_bytes())  # type: ignore[attr-defined]
    database = open_database(path)
    with database.batches() as session:
        make = Factory(session, date(2026, 12, 1))
        make.company()
        save_reminder_settings(session, ReminderSettings(STEPS, Decimal("12.15")), today=make.today)
        monthly = make.plan(name="Caisse mensuelle")
        yearly = make.plan(
            name="Maintenance annuelle", interval_unit=IntervalUnit.YEAR, unit_price=Decimal("480")
        )
        committed = make.plan(
            name="Caisse engagée 12 mois",
            commitment_count=12,
            commitment_unit=IntervalUnit.MONTH,
            renewal_offer="Renouvelez et profitez d'un mois offert.",
        )
        fixed = make.plan(
            name="Box découverte 6 mois", renewal_rule=RenewalRule.FIXED_CYCLES, fixed_cycles=6
        )
        prompt = make.customer(name="Payeur Ponctuel", email="ponctuel@exemple.fr")
        late = make.customer(name="Payeur Tardif", email="tardif@exemple.fr")
        never = make.customer(
            name="O'Brien & <Fils> SARL",
            kind=CustomerKind.COMPANY,
            siren="443061841",
            email="compta@obrien.fr",
        )
        for customer in (prompt, late, never):
            make.subscription(customer_id=customer.id, plan_id=monthly.id, start_date=START)
        make.subscription(customer_id=prompt.id, plan_id=yearly.id, start_date=date(2027, 1, 15))
        make.subscription(customer_id=prompt.id, plan_id=committed.id, start_date=START)
        make.subscription(customer_id=late.id, plan_id=fixed.id, start_date=date(2027, 1, 20))
        session.commit()

        paid_on: dict[int, date] = {}
        for day in OPEN_DAYS:
            run_billing(session, as_of=day)
            for invoice in session.scalars(
                select(Invoice).where(
                    Invoice.kind == InvoiceKind.INVOICE, Invoice.status.in_(OPEN_STATUSES)
                )
            ).all():
                assert invoice.due_date is not None
                pays = {prompt.id: invoice.issue_date, late.id: None}
                if invoice.customer_id == late.id:
                    pays[late.id] = invoice.due_date + timedelta(days=LATE_PAYER_DELAY)
                when = pays.get(invoice.customer_id)
                if when is not None and when <= day:
                    record_payment(
                        session,
                        PaymentData(
                            customer_id=invoice.customer_id,
                            received_on=day,
                            amount=invoice.total_gross,
                            allocations=[Allocation(invoice.id, invoice.total_gross)],
                        ),
                        today=day,
                    )
                    paid_on[invoice.id] = day
            prepare_reminders(session, today=day, now=datetime.combine(day, time(9)))
            session.commit()
        invoices = {
            invoice.id: (invoice.customer_id, invoice.due_date)
            for invoice in session.scalars(select(Invoice).where(Invoice.number.is_not(None)))
        }
        fee_invoices = set(session.scalars(select(LateFee.fee_invoice_id)))
        logs = [
            (
                row.invoice_id,
                row.level,
                row.subscription_id,
                row.renewal_on,
                row.decided_on,
                row.outcome,
                row.kind,
            )
            for row in session.scalars(select(ReminderLog))
        ]
        messages = [
            (row.invoice_id, row.subscription_id, row.kind, row.created_on, row.subject, row.body)
            for row in session.scalars(select(OutboundMessage))
        ]
        fees = [
            (row.invoice_id, row.kind, row.amount, row.claimed_on, row.fee_invoice_id)
            for row in session.scalars(select(LateFee))
        ]
    database.close()
    return {
        "invoices": invoices,
        "paid_on": paid_on,
        "logs": logs,
        "messages": messages,
        "fees": fees,
        "fee_invoices": fee_invoices,
        "never": never.id,
        "late": late.id,
        "prompt": prompt.id,
    }


def _expected_dunning(due: date, paid: date | None) -> dict[int, tuple[ReminderOutcome, date]]:
    """Each level's outcome and day, worked out from the open days and the payment day."""
    expected: dict[int, tuple[ReminderOutcome, date]] = {}
    for index, step in enumerate(STEPS):
        ripe = _first_open_day(due + timedelta(days=step.days_after_due))
        if ripe is None or (paid is not None and paid <= ripe):
            continue
        firmer = STEPS[index + 1] if index + 1 < len(STEPS) else None
        superseded = firmer is not None and due + timedelta(days=firmer.days_after_due) <= ripe
        expected[step.level] = (
            ReminderOutcome.SUPERSEDED if superseded else ReminderOutcome.WRITTEN,
            ripe,
        )
    return expected


def test_every_payment_reminder_goes_out_once_on_its_first_open_day(
    year: dict[str, object],
) -> None:
    invoices: dict[int, tuple[int, date]] = year["invoices"]  # type: ignore[assignment]
    paid_on: dict[int, date] = year["paid_on"]  # type: ignore[assignment]
    logs = year["logs"]
    found: dict[int, dict[int, tuple[ReminderOutcome, date]]] = {}
    for invoice_id, level, _sub, _renewal, decided_on, outcome, _kind in logs:  # type: ignore[attr-defined]
        if invoice_id is not None and level:
            assert level not in found.setdefault(invoice_id, {}), "decided twice"
            found[invoice_id][level] = (outcome, decided_on)
    checked = 0
    for invoice_id, (_customer, due) in invoices.items():
        expected = _expected_dunning(due, paid_on.get(invoice_id))
        assert found.get(invoice_id, {}) == expected, invoice_id
        checked += len(expected)
    assert checked > 30  # the year did remind, at every level


def test_the_prompt_payer_is_never_reminded_and_the_late_payer_stops_once_paid(
    year: dict[str, object],
) -> None:
    messages = year["messages"]
    invoices: dict[int, tuple[int, date]] = year["invoices"]  # type: ignore[assignment]
    kinds_by_customer: dict[int, Counter[MessageKind]] = {}
    for invoice_id, _sub, kind, _created, _subject, _body in messages:  # type: ignore[attr-defined]
        if invoice_id is not None:
            customer = invoices[invoice_id][0]
            kinds_by_customer.setdefault(customer, Counter())[kind] += 1
    assert year["prompt"] not in kinds_by_customer
    late = kinds_by_customer[year["late"]]  # type: ignore[index]
    assert late[MessageKind.REMINDER_FIRST] > 0
    assert late[MessageKind.FORMAL_NOTICE] == 0  # paid on day 20, before the formal notice
    never = kinds_by_customer[year["never"]]  # type: ignore[index]
    assert never[MessageKind.FORMAL_NOTICE] > 0


def test_no_reminder_is_written_before_its_day(year: dict[str, object]) -> None:
    invoices: dict[int, tuple[int, date]] = year["invoices"]  # type: ignore[assignment]
    days = {MessageKind.REMINDER_FIRST: 7, MessageKind.REMINDER_SECOND: 15}
    days[MessageKind.FORMAL_NOTICE] = 30
    for invoice_id, _sub, kind, created, _subject, _body in year["messages"]:  # type: ignore[attr-defined]
        if kind in days:
            assert created >= invoices[invoice_id][1] + timedelta(days=days[kind])
            assert _open(created)


def test_late_fees_are_charged_once_per_invoice_and_never_on_fees(
    year: dict[str, object],
) -> None:
    fees = year["fees"]
    invoices: dict[int, tuple[int, date]] = year["invoices"]  # type: ignore[assignment]
    kinds = Counter((invoice_id, kind) for invoice_id, kind, *_rest in fees)  # type: ignore[attr-defined]
    assert kinds
    assert set(kinds.values()) == {1}
    charged = {invoice_id for invoice_id, *_rest in fees}  # type: ignore[attr-defined]
    assert charged.isdisjoint(year["fee_invoices"])  # type: ignore[arg-type]
    assert all(invoices[invoice_id][0] == year["never"] for invoice_id in charged)
    for invoice_id, kind, amount, claimed_on, _fee_invoice in fees:  # type: ignore[attr-defined]
        due = invoices[invoice_id][1]
        if kind is LateFeeKind.INDEMNITY:
            assert amount == Decimal("40.00")
        else:  # 34.80 incl. VAT at 12.15 % a year, from the due date to the formal notice
            days = (claimed_on - due).days
            assert days >= 30
            expected = (Decimal("34.80") * Decimal("12.15") / 100 * days / 365).quantize(
                Decimal("0.01")
            )
            assert amount == expected


def test_each_renewal_and_term_end_is_announced_once_inside_its_window(
    year: dict[str, object],
) -> None:
    notices = [
        (subscription_id, renewal_on, decided_on, outcome, kind)
        for _i, _l, subscription_id, renewal_on, decided_on, outcome, kind in year["logs"]  # type: ignore[attr-defined]
        if subscription_id is not None
    ]
    keyed = Counter((subscription_id, renewal_on) for subscription_id, renewal_on, *_ in notices)
    assert set(keyed.values()) == {1}
    written = {
        (kind, renewal_on): decided_on
        for _s, renewal_on, decided_on, outcome, kind in notices
        if outcome is ReminderOutcome.WRITTEN
    }
    assert written == {
        # The six-cycle term ends on 20 July: its window opened on 20 June, inside the
        # closed June; the notice went out the first day Cadence ran again.
        (MessageKind.TERM_END_NOTICE, date(2027, 7, 20)): date(2027, 7, 1),
        # The commitment renews on 1 January 2028 and the yearly plan on 15 January:
        # each 30 days ahead, to the day.
        (MessageKind.RENEWAL_NOTICE, date(2028, 1, 1)): date(2027, 12, 2),
        (MessageKind.RENEWAL_NOTICE, date(2028, 1, 15)): date(2027, 12, 16),
    }
    bodies = [body for _i, subscription, _k, _c, _s, body in year["messages"] if subscription]  # type: ignore[attr-defined]
    assert any("Renouvelez et profitez d'un mois offert." in body for body in bodies)
    assert any("au plus tard le" in body for body in bodies)
