"""Subscriptions: dates from the plan's terms, validation, what may change after the start."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from cadence.domain.catalogue import BillingTiming
from cadence.domain.discounts import Discount, DiscountKind
from cadence.domain.errors import ConflictError, ValidationError
from cadence.domain.lifecycle import SubscriptionStatus
from cadence.domain.periods import DayRule, IntervalUnit
from cadence.services.catalogue import archive_plan
from cadence.services.customers import archive_customer
from cadence.services.subscriptions import (
    SubscriptionData,
    archive_subscription,
    create_subscription,
    get_subscription,
    list_subscriptions,
    subscription_data,
    update_subscription,
)
from cadence.store.models import Subscription

from .conftest import Factory  # type: ignore[import-not-found]


@pytest.mark.parametrize(
    ("terms", "start", "expected"),
    [
        # plain monthly in advance: billed on the start date, anchored there
        ({}, date(2026, 11, 25), (None, date(2026, 11, 25), date(2026, 11, 25), None)),
        # a 14-day trial: the first paid day anchors the cycle and is the first billing
        (
            {"trial_count": 14},
            date(2026, 11, 25),
            (date(2026, 12, 9), date(2026, 12, 9), date(2026, 12, 9), None),
        ),
        # billed on the 1st: a short period from the 15th, then the cycle from 1 Dec
        (
            {"day_rule": DayRule.FIXED_DAY, "fixed_day": 1},
            date(2026, 11, 15),
            (None, date(2026, 12, 1), date(2026, 11, 15), None),
        ),
        # in arrears: billed when the first period ends
        (
            {"timing": BillingTiming.ARREARS},
            date(2026, 1, 31),
            (None, date(2026, 1, 31), date(2026, 2, 28), None),
        ),
        # in arrears, last day of the month: the short period ends on the 30th
        (
            {"timing": BillingTiming.ARREARS, "day_rule": DayRule.LAST_DAY_OF_MONTH},
            date(2026, 11, 10),
            (None, date(2026, 11, 30), date(2026, 11, 30), None),
        ),
        # a 12-month commitment from the first paid day
        (
            {"commitment_count": 12, "trial_count": 1, "trial_unit": IntervalUnit.MONTH},
            date(2026, 1, 31),
            (date(2026, 2, 28), date(2026, 2, 28), date(2026, 2, 28), date(2027, 2, 28)),
        ),
    ],
    ids=["monthly", "trial", "fixed day", "arrears", "arrears last day", "commitment"],
)
def test_dates_follow_the_plans_terms(
    make: Factory,
    terms: dict[str, object],
    start: date,
    expected: tuple[date | None, date, date, date | None],
) -> None:
    plan = make.plan(**terms)
    record = make.subscription(plan_id=plan.id, start_date=start)
    assert (
        record.trial_end,
        record.billing_anchor,
        record.next_billing_date,
        record.commitment_end,
    ) == expected


def test_status_is_trial_only_while_the_trial_lasts(make: Factory) -> None:
    plan = make.plan(trial_count=14)
    current = make.subscription(plan_id=plan.id, start_date=date(2026, 11, 20))
    entered_late = make.subscription(plan_id=plan.id, start_date=date(2026, 10, 1))
    assert current.status is SubscriptionStatus.TRIAL
    assert entered_late.status is SubscriptionStatus.ACTIVE


def test_the_price_is_the_override_when_there_is_one(make: Factory) -> None:
    record = make.subscription(
        unit_price_override=Decimal("19.5"),
        quantity=3,
        discount_kind=DiscountKind.PERCENT,
        discount_value=Decimal("10"),
        discount_cycles=3,
    )
    assert record.unit_price == Decimal("19.50")
    assert record.quantity == 3
    assert record.discount == Discount(DiscountKind.PERCENT, Decimal("10"), 3)


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"start_date": date(2023, 12, 31)}, "start_date", "sold from 2024-01-01"),
        ({"start_date": date(2040, 1, 1)}, "start_date", "within ten years"),
        ({"quantity": 0}, "quantity", "between 1 and"),
        ({"unit_price_override": Decimal("-1")}, "unit_price_override", "negative"),
        (
            {"discount_kind": DiscountKind.PERCENT, "discount_value": Decimal("150")},
            "discount_value",
            "at most 100",
        ),
        (
            {"discount_kind": DiscountKind.AMOUNT, "discount_value": Decimal("30")},
            "discount_value",
            "larger than the cycle's price (29.00)",
        ),
        ({"discount_value": Decimal("5")}, "discount_kind", "percentage or an amount"),
        ({"discount_kind": DiscountKind.AMOUNT}, "discount_value", "enter the discount"),
        (
            {
                "discount_kind": DiscountKind.PERCENT,
                "discount_value": Decimal("10"),
                "discount_cycles": 0,
            },
            "discount_cycles",
            "at least 1 cycle",
        ),
        ({"customer_id": 999}, "customer_id", "no customer number 999"),
        ({"plan_id": 999}, "plan_id", "no plan number 999"),
    ],
)
def test_each_wrong_field_is_named(
    make: Factory, changes: dict[str, object], field: str, words: str
) -> None:
    with pytest.raises(ValidationError) as raised:
        make.subscription(**changes)
    assert field in raised.value.errors
    assert words in str(raised.value.errors[field])


@pytest.mark.parametrize(
    ("start", "accepted"),
    [
        (date(2036, 11, 25), True),  # today is 2026-11-25: ten years ahead to the day
        (date(2036, 11, 26), False),  # a day more (counting years alone let it through)
        (date(2016, 11, 25), True),
        (date(2016, 11, 24), False),
    ],
)
def test_the_start_date_is_within_ten_years_of_today_to_the_day(
    make: Factory, start: date, accepted: bool
) -> None:
    plan = make.plan(available_from=date(2010, 1, 1))
    if accepted:
        assert make.subscription(plan_id=plan.id, start_date=start).start_date == start
    else:
        with pytest.raises(ValidationError) as raised:
            make.subscription(plan_id=plan.id, start_date=start)
        assert set(raised.value.errors) == {"start_date"}
        assert "within ten years" in str(raised.value.errors["start_date"])


def test_dates_past_the_calendar_are_a_message_not_a_crash(make: Factory) -> None:
    # A twelve-month commitment from December 9999 would end in the year 10000.
    make.today = date(9999, 12, 1)
    plan = make.plan(commitment_count=12, available_from=date(9999, 1, 1))
    with pytest.raises(ValidationError) as raised:
        make.subscription(plan_id=plan.id)
    assert set(raised.value.errors) == {"start_date"}
    assert "outside the calendar" in str(raised.value.errors["start_date"])


def test_nothing_new_is_sold_to_an_archived_customer_or_on_an_archived_plan(
    make: Factory, session: Session, today: date
) -> None:
    customer, plan = make.customer(), make.plan()
    archive_customer(session, customer.id, today=today)
    archive_plan(session, plan.id, today=today)
    with pytest.raises(ValidationError) as raised:
        create_subscription(
            session,
            SubscriptionData(customer_id=customer.id, plan_id=plan.id, start_date=today),
            today=today,
        )
    assert "is archived" in str(raised.value.errors["customer_id"])
    assert "no longer sold" in str(raised.value.errors["plan_id"])


def test_before_it_starts_a_subscription_can_change_entirely(
    make: Factory, session: Session, today: date
) -> None:
    record = make.subscription(start_date=date(2026, 12, 15))
    other_plan = make.plan(name="Annuel", interval_unit=IntervalUnit.YEAR, trial_count=30)
    changed = dataclasses.replace(
        subscription_data(record), plan_id=other_plan.id, quantity=2, start_date=date(2027, 1, 4)
    )
    updated = update_subscription(session, record.id, changed, today=today)
    assert (updated.plan_name, updated.quantity) == ("Annuel", 2)
    assert (updated.trial_end, updated.next_billing_date) == (date(2027, 2, 3), date(2027, 2, 3))


def test_after_it_starts_only_its_reference_and_notes_change(
    make: Factory, session: Session, today: date
) -> None:
    record = make.subscription(start_date=date(2026, 10, 1))
    noted = dataclasses.replace(
        subscription_data(record), notes="Appeler avant la livraison", customer_reference="BC-42"
    )
    updated = update_subscription(session, record.id, noted, today=today)
    assert (updated.notes, updated.customer_reference) == ("Appeler avant la livraison", "BC-42")
    with pytest.raises(ConflictError, match="with proration"):
        update_subscription(session, record.id, dataclasses.replace(noted, quantity=2), today=today)
    assert get_subscription(session, record.id).quantity == 1


def test_a_subscription_started_over_ten_years_ago_keeps_its_notes_editable(
    make: Factory, session: Session, today: date
) -> None:
    plan = make.plan(available_from=date(2010, 1, 1))
    record = make.subscription(plan_id=plan.id, start_date=date(2016, 12, 1))
    noted = dataclasses.replace(subscription_data(record), notes="Client historique")
    eleven_years_on = date(2027, 12, 2)
    updated = update_subscription(session, record.id, noted, today=eleven_years_on)
    assert (updated.start_date, updated.notes) == (date(2016, 12, 1), "Client historique")


def test_a_paused_subscription_keeps_its_status_when_its_notes_change(
    make: Factory, session: Session, today: date
) -> None:
    record = make.subscription(start_date=date(2026, 10, 1))
    session.get_one(Subscription, record.id).status = SubscriptionStatus.PAUSED
    noted = dataclasses.replace(subscription_data(record), notes="En pause pour l'hiver")
    assert update_subscription(session, record.id, noted, today=today).status is (
        SubscriptionStatus.PAUSED
    )


def test_only_a_finished_subscription_is_archived(
    make: Factory, session: Session, today: date
) -> None:
    record = make.subscription()
    with pytest.raises(ConflictError, match="this one is active"):
        archive_subscription(session, record.id, today=today)
    row = session.get_one(Subscription, record.id)
    row.status, row.ended_on, row.next_billing_date = SubscriptionStatus.ENDED, today, None
    assert archive_subscription(session, record.id, today=today).archived
    assert list_subscriptions(session) == []
    assert [s.id for s in list_subscriptions(session, include_archived=True)] == [record.id]


def test_lists_filter_by_customer_plan_and_status(make: Factory, session: Session) -> None:
    plan = make.plan(trial_count=30)
    first = make.subscription(plan_id=plan.id)
    second = make.subscription()
    assert [s.id for s in list_subscriptions(session, customer_id=first.customer_id)] == [first.id]
    assert [s.id for s in list_subscriptions(session, plan_id=second.plan_id)] == [second.id]
    trials = list_subscriptions(session, statuses=frozenset({SubscriptionStatus.TRIAL}))
    assert [s.id for s in trials] == [first.id]
