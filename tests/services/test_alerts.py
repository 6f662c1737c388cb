"""Alerts: what is late, what falls due, what renews or ends, and what the owner put aside.

Today is Wednesday 25 November 2026; the company's invoices are due 30 days after
their date. Every expected date below is worked out by hand in its comment.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from cadence.domain.catalogue import RenewalRule
from cadence.domain.direct_debit import MandateScheme
from cadence.domain.lifecycle import CancellationReason, SubscriptionStatus
from cadence.domain.parties import PaymentMethod
from cadence.domain.periods import Interval, IntervalUnit
from cadence.services import alerts as alerts_module
from cadence.services.alerts import (
    Alert,
    AlertKind,
    Severity,
    current_alerts,
    debit_notice_horizon,
    dismiss_alert,
    last_notice_day,
    most_urgent_alerts,
    snooze_alert,
)
from cadence.services.billing import run_billing
from cadence.services.customers import customer_data, get_customer, update_customer
from cadence.services.direct_debit import (
    batch_collections,
    confirm_batch,
    create_batch,
    return_collection,
)
from cadence.services.lifecycle import CancelWhen, cancel_subscription
from cadence.services.mandates import list_mandates, revoke_mandate
from cadence.services.payments import PaymentData, record_payment
from cadence.services.renewals import upcoming_renewals
from cadence.services.standing import sweep_past_due
from cadence.store.models import Invoice, Subscription

from .conftest import Factory  # type: ignore[import-not-found]

D = Decimal
TODAY = date(2026, 11, 25)


def alerts(books: Factory, today: date = TODAY) -> list[Alert]:
    return current_alerts(books.session, today=today, renewal_days=30, due_soon_days=7)


def summary(found: list[Alert]) -> set[tuple[str, str, Severity, str, int, date]]:
    return {(a.key, a.fingerprint, a.severity, a.tab, a.record_id, a.on) for a in found}


def invoice_of(books: Factory, subscription_id: int) -> Invoice:
    return books.session.scalars(
        select(Invoice).where(Invoice.subscription_id == subscription_id)
    ).one()


@pytest.fixture
def unpaid(books: Factory) -> dict[str, int]:
    """Monthly subscriptions at 29.00 € + 20 % VAT = 34.80 €, billed in three runs.

    Run of 20 Oct: invoices due 19 Nov (overdue today). Run of 30 Oct: due 29 Nov
    (within the 7 days up to 2 Dec). Run of 10 Nov: due 10 Dec (too far to alert).
    """
    plan = books.plan().id
    ids: dict[str, int] = {}
    starts = {
        "late": date(2026, 10, 20),
        "twice_1": date(2026, 10, 20),  # one customer, two late invoices
        "twice_2": date(2026, 10, 20),
        "paid": date(2026, 10, 20),
        "soon": date(2026, 10, 30),
        "later": date(2026, 11, 10),
    }
    twice = books.customer(name="Boulangerie Martin").id
    for name, start in starts.items():
        customer = twice if name.startswith("twice") else books.customer(name=name.title()).id
        ids[name] = books.subscription(customer_id=customer, plan_id=plan, start_date=start).id
    ids["twice"] = twice
    books.session.commit()
    for run in (date(2026, 10, 20), date(2026, 10, 30), date(2026, 11, 10)):
        run_billing(books.session, as_of=run)
    paid = invoice_of(books, ids["paid"])
    record_payment(books.session, PaymentData(paid.customer_id, TODAY, D("34.80")), today=TODAY)
    late = invoice_of(books, ids["late"])
    record_payment(books.session, PaymentData(late.customer_id, TODAY, D("10.00")), today=TODAY)
    ids["late_invoice"] = late.id
    ids["soon_invoice"] = invoice_of(books, ids["soon"]).id
    return ids


def test_unpaid_invoices_alert_when_late_or_due_soon(
    books: Factory, unpaid: dict[str, int]
) -> None:
    found = [a for a in alerts(books) if a.kind in (AlertKind.OVERDUE, AlertKind.DUE_SOON)]
    late, soon, twice = unpaid["late_invoice"], unpaid["soon_invoice"], unpaid["twice"]
    assert summary(found) == {
        # 34.80 − 10.00 paid = 24.80 left.
        (f"overdue:invoice:{late}", "2026-11-19|24.80", Severity.CRITICAL, "invoices", late,
         date(2026, 11, 19)),
        # Two late invoices of one customer: one alert on the customer, 2 × 34.80.
        (f"overdue:customer:{twice}:EUR", "2|2026-11-19|69.60", Severity.CRITICAL, "customers",
         twice, date(2026, 11, 19)),
        (f"due_soon:invoice:{soon}", "2026-11-29|34.80", Severity.INFO, "invoices", soon,
         date(2026, 11, 29)),
    }  # fmt: skip
    by_key = {a.key: a for a in found}
    one = by_key[f"overdue:invoice:{late}"]
    assert str(one.title) == "Overdue: Late"
    assert one.detail.params["amount"] == D("24.80")
    assert one.detail.params["currency"] == "EUR"
    assert str(by_key[f"overdue:customer:{twice}:EUR"].detail) == (
        "2 invoices: 69.60 left to pay, the oldest due on 2026-11-19"
    )


def test_the_most_urgent_are_the_first_of_all_in_order_with_their_number(
    books: Factory, unpaid: dict[str, int]
) -> None:
    sweep_past_due(books.session, as_of=TODAY, actor="test")  # critical ones among them
    every = alerts(books)
    assert len(every) > 3
    for most in (1, 3, len(every), len(every) + 5):
        picked = most_urgent_alerts(
            books.session, today=TODAY, renewal_days=30, due_soon_days=7, most=most
        )
        assert (picked.alerts, picked.total) == (every[:most], len(every))


def test_the_same_alerts_when_the_invoices_are_read_one_at_a_time(
    books: Factory, unpaid: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    every = alerts(books)
    monkeypatch.setattr(alerts_module, "SLICE", 1)
    assert alerts(books) == every


def test_a_wider_due_soon_window_reaches_further(books: Factory, unpaid: dict[str, int]) -> None:
    # 15 days: up to 10 December, the day the invoice of the 10 November run falls due.
    found = current_alerts(books.session, today=TODAY, renewal_days=30, due_soon_days=15)
    soon = {a.record_id for a in found if a.kind is AlertKind.DUE_SOON}
    assert invoice_of(books, unpaid["later"]).id in soon


def test_past_due_subscriptions_alert_with_their_oldest_unpaid_due_date(
    books: Factory, unpaid: dict[str, int]
) -> None:
    # Grace of 0 days: invoices due on 19 November make their subscriptions past due.
    sweep_past_due(books.session, as_of=TODAY, actor="test")
    found = [a for a in alerts(books) if a.kind is AlertKind.PAST_DUE]
    assert {(a.record_id, a.fingerprint, a.tab, a.on) for a in found} == {
        (unpaid[name], "2026-11-19", "subscriptions", date(2026, 11, 19))
        for name in ("late", "twice_1", "twice_2")
    }
    assert all(a.severity is Severity.CRITICAL for a in found)
    late = next(a for a in found if a.record_id == unpaid["late"])
    assert str(late.title) == "Past due: Late"
    assert str(late.detail) == (
        "Caisse mensuelle: 24.80 unpaid since 2026-11-19, past the grace period"
    )


def test_most_urgent_first(books: Factory, unpaid: dict[str, int]) -> None:
    severities = [a.severity for a in alerts(books)]
    order = [Severity.CRITICAL, Severity.WARNING, Severity.INFO]
    assert severities == sorted(severities, key=order.index)
    assert (severities[0], severities[-1]) == (Severity.CRITICAL, Severity.INFO)


def test_a_dismissed_alert_comes_back_when_its_situation_changes(
    books: Factory, unpaid: dict[str, int]
) -> None:
    key = f"overdue:invoice:{unpaid['late_invoice']}"
    dismiss_alert(books.session, key, "2026-11-19|24.80", TODAY)
    assert key not in {a.key for a in alerts(books)}
    assert key not in {a.key for a in alerts(books, date(2026, 12, 1))}  # still the same
    late = invoice_of(books, unpaid["late"])
    record_payment(books.session, PaymentData(late.customer_id, TODAY, D("4.80")), today=TODAY)
    back = {a.key: a for a in alerts(books)}
    assert back[key].fingerprint == "2026-11-19|20.00"


def test_dismissing_another_situation_hides_nothing(books: Factory, unpaid: dict[str, int]) -> None:
    key = f"overdue:invoice:{unpaid['late_invoice']}"
    dismiss_alert(books.session, key, "2026-11-19|34.80", TODAY)  # before the 10.00 € payment
    assert key in {a.key for a in alerts(books)}


@pytest.mark.parametrize(
    ("until", "hidden_on", "shown_on"),
    [
        (date(2026, 11, 26), [TODAY], [date(2026, 11, 26)]),  # one day
        (date(2026, 12, 2), [TODAY, date(2026, 12, 1)], [date(2026, 12, 2)]),  # one week
    ],
)
def test_a_snoozed_alert_shows_again_on_its_day(
    books: Factory, unpaid: dict[str, int], until: date, hidden_on: list[date], shown_on: list[date]
) -> None:
    key = f"overdue:invoice:{unpaid['late_invoice']}"
    snooze_alert(books.session, key, "2026-11-19|24.80", until)
    for day in hidden_on:
        assert key not in {a.key for a in alerts(books, day)}
    for day in shown_on:
        assert key in {a.key for a in alerts(books, day)}


def test_a_snoozed_alert_whose_situation_changes_comes_back_at_once(
    books: Factory, unpaid: dict[str, int]
) -> None:
    key = f"overdue:invoice:{unpaid['late_invoice']}"
    snooze_alert(books.session, key, "2026-11-19|24.80", date(2026, 12, 2))
    late = invoice_of(books, unpaid["late"])
    record_payment(books.session, PaymentData(late.customer_id, TODAY, D("4.80")), today=TODAY)
    assert key in {a.key for a in alerts(books)}


def test_dismissing_then_snoozing_keeps_one_decision(
    books: Factory, unpaid: dict[str, int]
) -> None:
    key = f"overdue:invoice:{unpaid['late_invoice']}"
    dismiss_alert(books.session, key, "2026-11-19|24.80", TODAY)
    snooze_alert(books.session, key, "2026-11-19|24.80", date(2026, 11, 26))
    assert key in {a.key for a in alerts(books, date(2026, 11, 26))}  # the snooze replaced it


# -- direct debits announced to the customer, to be asked of the bank by the owner ------


@pytest.fixture
def debited(books: Factory) -> dict[str, int]:
    """Fromagerie Dubois pays by direct debit under a mandate signed on 1 October: the
    invoices of its subscriptions started on 20 Oct (due 19 Nov), 30 Oct (due 29 Nov)
    and 10 Nov (due 10 Dec) say it will be debited, nothing to pay. Late Payer pays by
    transfer an invoice due on 19 November. No batch is written yet."""
    books.company(sepa_creditor_id="FR72ZZZ123456")
    plan = books.plan().id
    dubois = books.debtor(name="Fromagerie Dubois", signed_on=date(2026, 10, 1)).id
    payer = books.customer(name="Late Payer").id
    starts = {
        "oct20": (dubois, date(2026, 10, 20)),
        "oct30": (dubois, date(2026, 10, 30)),
        "nov10": (dubois, date(2026, 11, 10)),
        "transfer": (payer, date(2026, 10, 20)),
    }
    subscriptions = {
        name: books.subscription(customer_id=customer, plan_id=plan, start_date=start).id
        for name, (customer, start) in starts.items()
    }
    books.session.commit()
    for run in (date(2026, 10, 20), date(2026, 10, 30), date(2026, 11, 10)):
        run_billing(books.session, as_of=run)
    ids = {name: invoice_of(books, subscription).id for name, subscription in subscriptions.items()}
    ids.update({f"{name}_subscription": id_ for name, id_ in subscriptions.items()})
    assert books.session.get_one(Invoice, ids["oct20"]).debit_mandate_reference is not None
    return ids


def debit_alerts(books: Factory, today: date = TODAY) -> list[Alert]:
    return [a for a in alerts(books, today) if a.kind is AlertKind.DEBITS_TO_REQUEST]


def late_keys(found: list[Alert]) -> set[str]:
    return {a.key for a in found if a.kind in (AlertKind.OVERDUE, AlertKind.PAST_DUE)}


def status_of(books: Factory, subscription_id: int) -> SubscriptionStatus:
    return books.session.get_one(Subscription, subscription_id).status


def test_an_announced_debit_past_due_is_the_owners_to_request_not_the_customers_lateness(
    books: Factory, debited: dict[str, int]
) -> None:
    sweep_past_due(books.session, as_of=TODAY, actor="test")
    found = alerts(books)
    # The customer paying by transfer is late, as before; the one to be debited is not.
    assert late_keys(found) == {
        f"overdue:invoice:{debited['transfer']}",
        f"past_due:subscription:{debited['transfer_subscription']}",
    }
    assert status_of(books, debited["oct20_subscription"]) is SubscriptionStatus.ACTIVE
    assert status_of(books, debited["transfer_subscription"]) is SubscriptionStatus.PAST_DUE
    assert not [a for a in found if a.kind is AlertKind.DUE_SOON]  # 29 Nov: nothing to pay
    # One alert for the owner: the invoices due up to 2 December (five open days from
    # Wednesday 25 November) that no batch asks for: 19 and 29 November, 2 × 34.80.
    (debits,) = [a for a in found if a.kind is AlertKind.DEBITS_TO_REQUEST]
    assert summary([debits]) == {
        ("debits_to_request", "2|2026-11-19|69.60|warning", Severity.WARNING, "invoices",
         debited["oct20"], date(2026, 11, 19)),
    }  # fmt: skip
    assert str(debits.title) == "Direct debits to request"
    assert str(debits.detail) == (
        "2 invoices (69.60) due by 2026-11-29 wait for a batch: Invoices ▸ Direct debit…"
    )


def test_debits_to_request_are_told_a_week_of_open_days_ahead(
    books: Factory, debited: dict[str, int]
) -> None:
    assert debit_notice_horizon(date(2026, 11, 11)) == date(2026, 11, 18)
    assert debit_alerts(books, date(2026, 11, 11)) == []
    # Thursday 12 November: Friday 13, Monday 16 … Thursday 19, the first due date.
    (debits,) = debit_alerts(books, date(2026, 11, 12))
    assert debits.severity is Severity.INFO
    number = books.session.get_one(Invoice, debits.record_id).number
    assert str(debits.detail) == (
        f"Invoice {number} (34.80) due on 2026-11-19 waits for a batch: Invoices ▸ Direct debit…"
    )
    # Put aside while it is news ahead, it comes back once an invoice is due.
    dismiss_alert(books.session, debits.key, debits.fingerprint, date(2026, 11, 12))
    assert debit_alerts(books, date(2026, 11, 18)) == []
    (back,) = debit_alerts(books, date(2026, 11, 19))
    assert (back.key, back.severity) == (debits.key, Severity.WARNING)
    # Christmas and Boxing Day close the SEPA system: the five open days reach further.
    assert debit_notice_horizon(date(2026, 12, 23)) == date(2026, 12, 31)


def test_a_debit_in_a_batch_then_returned_is_the_customers_to_pay_again(
    books: Factory, debited: dict[str, int]
) -> None:
    session, oct20 = books.session, debited["oct20"]
    batch, _ = create_batch(
        session, collection_date=date(2026, 11, 26), scheme=MandateScheme.CORE, today=TODAY
    )
    assert [c.invoice_id for c in batch_collections(session, batch.id)] == [oct20]
    (debits,) = debit_alerts(books)
    assert (debits.record_id, debits.severity) == (debited["oct30"], Severity.INFO)
    assert late_keys(alerts(books)) == {f"overdue:invoice:{debited['transfer']}"}

    confirm_batch(session, batch.id, received_on=date(2026, 11, 26), today=date(2026, 11, 26))
    (collection,) = batch_collections(session, batch.id)
    return_collection(
        session,
        collection.id,
        returned_on=date(2026, 11, 27),
        reason_code="AM04",  # insufficient funds: the mandate stays in force
        today=date(2026, 11, 27),
    )
    day = date(2026, 11, 27)
    sweep_past_due(session, as_of=day, actor="test")
    found = alerts(books, day)
    assert f"overdue:invoice:{oct20}" in late_keys(found)
    assert f"past_due:subscription:{debited['oct20_subscription']}" in late_keys(found)
    (debits,) = [a for a in found if a.kind is AlertKind.DEBITS_TO_REQUEST]
    assert debits.record_id == debited["oct30"]  # the one still announced


@pytest.mark.parametrize("change", ["mandate revoked", "pays by transfer now"])
def test_without_a_mandate_or_a_debit_to_come_the_announced_invoice_is_late(
    books: Factory, debited: dict[str, int], change: str
) -> None:
    dubois = books.session.get_one(Invoice, debited["oct20"]).customer_id
    late = f"overdue:invoice:{debited['oct20']}"
    assert late not in late_keys(alerts(books))
    if change == "mandate revoked":
        (mandate,) = list_mandates(books.session, dubois)
        revoke_mandate(books.session, mandate.id, on=TODAY, today=TODAY)
    else:
        data = customer_data(get_customer(books.session, dubois))
        data = dataclasses.replace(data, payment_method=PaymentMethod.BANK_TRANSFER)
        update_customer(books.session, dubois, data, today=TODAY)
    assert late in late_keys(alerts(books))  # the customer's to pay, by transfer
    assert debit_alerts(books) == []  # no batch will collect them


@pytest.fixture
def calendar(make: Factory) -> dict[str, int]:
    """Subscriptions whose renewals, commitments, notices and terms fall around today."""
    committed = make.plan(
        name="Caisse Pro — annuel",
        interval_unit=IntervalUnit.YEAR,
        unit_price=D("290"),
        commitment_count=12,
        notice_count=1,
        notice_unit=IntervalUnit.MONTH,
    ).id
    six = make.plan(name="Box — 6 mois", renewal_rule=RenewalRule.FIXED_CYCLES, fixed_cycles=6).id
    quarterly = make.plan(name="Maintenance trimestrielle", interval_count=3).id
    monthly = make.plan(name="Caisse mensuelle").id
    starts = {
        "commitment_ends": (committed, date(2025, 12, 20)),
        "notice_due": (committed, date(2026, 1, 10)),
        "notice_month_end": (committed, date(2025, 12, 31)),
        "renewed_today": (committed, date(2025, 11, 25)),
        "term_ends": (six, date(2026, 6, 15)),
        "quarter_renews": (quarterly, date(2026, 9, 10)),
        "quarter_later": (quarterly, date(2026, 11, 1)),
        "quarter_cancelled": (quarterly, date(2026, 9, 10)),
        "monthly": (monthly, date(2026, 10, 10)),
    }
    ids = {
        name: make.subscription(plan_id=plan, start_date=start).id
        for name, (plan, start) in starts.items()
    }
    cancel_subscription(
        make.session,
        subscription_id=ids["quarter_cancelled"],
        today=TODAY,
        when=CancelWhen.PERIOD_END,
        reason=CancellationReason.OTHER,
    )
    return ids


def test_renewals_commitments_notices_and_term_ends_within_the_window(
    make: Factory, calendar: dict[str, int]
) -> None:
    found = current_alerts(make.session, today=TODAY, renewal_days=30, due_soon_days=7)
    # The window runs from 25 November to 25 December.
    assert {(a.kind, a.record_id, a.on, a.severity) for a in found} == {
        # Committed for 12 months from 20 Dec 2025: the term ends, and renews, on 20 Dec 2026.
        # Its notice deadline, 20 Nov (a month before), has passed: no notice alert.
        (AlertKind.COMMITMENT_END, calendar["commitment_ends"], date(2026, 12, 20), Severity.INFO),
        # Renews on 10 Jan 2027 (outside the window); notice by 10 Dec 2026 (inside).
        (AlertKind.NOTICE_DEADLINE, calendar["notice_due"], date(2026, 12, 10), Severity.WARNING),
        # Renews on 31 Dec 2026; a month's notice given on 30 Nov runs to 30 Dec, one given
        # on 1 Dec to 1 Jan: the last day is 30 November.
        (AlertKind.NOTICE_DEADLINE, calendar["notice_month_end"], date(2026, 11, 30),
         Severity.WARNING),
        # Six monthly cycles from 15 June: the last one ends on 15 December.
        (AlertKind.TERM_END, calendar["term_ends"], date(2026, 12, 15), Severity.INFO),
        # Quarters from 10 Sep: the next starts on 10 December.
        (AlertKind.RENEWAL, calendar["quarter_renews"], date(2026, 12, 10), Severity.INFO),
        # Cancelled at the end of its quarter: it ends on 10 December instead of renewing.
        (AlertKind.CANCELLATION, calendar["quarter_cancelled"], date(2026, 12, 10),
         Severity.INFO),
    }  # fmt: skip
    # Quarters from 1 Nov renew on 1 Feb; a monthly subscription's renewals are no news;
    # a term that renewed today is past notice (the next ends on 25 Nov 2027).
    quiet = {calendar["quarter_later"], calendar["monthly"], calendar["renewed_today"]}
    assert not quiet & {a.record_id for a in found}
    notice = next(a for a in found if a.record_id == calendar["notice_due"])
    assert str(notice.detail) == (
        "Caisse Pro — annuel renews on 2027-01-10: notice to cancel must be given by 2026-12-10"
    )
    assert notice.key == f"notice_deadline:subscription:{calendar['notice_due']}"
    assert notice.fingerprint == "2026-12-10"
    assert notice.tab == "subscriptions"


def test_renewal_dates_agree_with_the_renewals_service(
    make: Factory, calendar: dict[str, int]
) -> None:
    found = current_alerts(make.session, today=TODAY, renewal_days=60, due_soon_days=7)
    renewing = {
        (a.record_id, a.on)
        for a in found
        if a.kind in (AlertKind.COMMITMENT_END, AlertKind.TERM_END, AlertKind.RENEWAL)
    }
    renewals = upcoming_renewals(make.session, today=TODAY, within_days=60)
    known = {(r.subscription_id, r.on) for r in renewals}
    assert renewing
    assert renewing <= known


def test_a_shorter_window_leaves_later_dates_out(make: Factory, calendar: dict[str, int]) -> None:
    # 10 days: up to 5 December; only the notice deadline of 30 November is inside.
    found = current_alerts(make.session, today=TODAY, renewal_days=10, due_soon_days=7)
    assert [(a.kind, a.record_id) for a in found if a.kind is not AlertKind.CANCELLATION] == [
        (AlertKind.NOTICE_DEADLINE, calendar["notice_month_end"])
    ]


@pytest.mark.parametrize(
    ("renewal", "notice", "expected"),
    [
        (date(2027, 1, 10), Interval(1, IntervalUnit.MONTH), date(2026, 12, 10)),
        # 31 March less a month is 28 February: 28 Feb + 1 month = 28 Mar, 1 Mar + 1 = 1 Apr.
        (date(2027, 3, 31), Interval(1, IntervalUnit.MONTH), date(2027, 2, 28)),
        (date(2028, 3, 31), Interval(1, IntervalUnit.MONTH), date(2028, 2, 29)),  # leap year
        # 30 March: 28 Feb + 1 month = 28 Mar fits, 1 Mar + 1 month = 1 Apr does not.
        (date(2027, 3, 30), Interval(1, IntervalUnit.MONTH), date(2027, 2, 28)),
        (date(2026, 12, 20), Interval(14, IntervalUnit.DAY), date(2026, 12, 6)),
        (date(2026, 12, 20), Interval(2, IntervalUnit.WEEK), date(2026, 12, 6)),
        (date(2027, 12, 1), Interval(3, IntervalUnit.MONTH), date(2027, 9, 1)),
    ],
)
def test_the_last_day_to_give_notice(renewal: date, notice: Interval, expected: date) -> None:
    assert last_notice_day(renewal, notice) == expected
