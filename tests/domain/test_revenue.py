"""Recurring revenue: a subscription's monthly value, its life as stretches of constant
revenue, and the formulas of the reports."""

from __future__ import annotations

import itertools
from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cadence.domain.billing import Pause
from cadence.domain.discounts import Discount, DiscountKind
from cadence.domain.periods import Interval, IntervalUnit
from cadence.domain.revenue import (
    Boundary,
    PricedTerms,
    RevenueState,
    days_sales_outstanding,
    first_of_month,
    last_of_month,
    logo_churn_rate,
    month_index,
    monthly_value,
    rate,
    revenue_churn_rate,
    revenue_stretches,
)

D = Decimal
MONTH = Interval(1, IntervalUnit.MONTH)


def value(
    price: str, every: Interval, *, quantity: int = 1, discount: Discount | None = None
) -> Decimal:
    return monthly_value(
        unit_price=D(price), quantity=quantity, discount=discount, interval=every, currency="EUR"
    )


@pytest.mark.parametrize(
    ("price", "every", "expected"),
    [
        ("29.00", Interval(1, IntervalUnit.MONTH), "29.00"),
        ("180.00", Interval(3, IntervalUnit.MONTH), "60.00"),  # quarterly ÷ 3
        ("290.00", Interval(1, IntervalUnit.YEAR), "24.17"),  # 24.1666… yearly ÷ 12
        ("500.00", Interval(2, IntervalUnit.YEAR), "20.83"),  # 20.8333… ÷ 24
        ("45.00", Interval(1, IntervalUnit.WEEK), "195.00"),  # × 52 / 12
        ("45.00", Interval(2, IntervalUnit.WEEK), "97.50"),  # × 52 / 24
        ("1.00", Interval(1, IntervalUnit.DAY), "30.42"),  # × 365 / 12 = 30.4166…
        ("10.00", Interval(10, IntervalUnit.DAY), "30.42"),  # × 365 / 120
    ],
    ids=[
        "monthly",
        "quarterly",
        "yearly",
        "two years",
        "weekly",
        "fortnightly",
        "daily",
        "10 days",
    ],
)
def test_a_cycle_is_brought_to_a_month(price: str, every: Interval, expected: str) -> None:
    assert value(price, every) == D(expected)


def test_quantity_and_permanent_discounts_count_promotions_do_not() -> None:
    assert value("29.00", MONTH, quantity=3) == D("87.00")
    # 10 % off forever lowers it; 10 % off the first 3 invoices is a promotion.
    assert value("29.00", MONTH, quantity=3, discount=Discount(DiscountKind.PERCENT, D(10))) == D(
        "78.30"
    )
    assert value("29.00", MONTH, discount=Discount(DiscountKind.PERCENT, D(10), 3)) == D("29.00")
    # 5.00 off each yearly invoice: (290 − 5) ÷ 12 = 23.75.
    year = Interval(1, IntervalUnit.YEAR)
    assert value("290.00", year, discount=Discount(DiscountKind.AMOUNT, D(5))) == D("23.75")
    # The cycle is rounded first, as its invoice line is: 3 × 0.3333 = 0.9999 → 1.00.
    assert value("0.3333", MONTH, quantity=3) == D("1.00")


def terms(start: date, price: str = "30.00", plan: int = 1, quantity: int = 1) -> PricedTerms:
    return PricedTerms(start, plan, quantity, D(price), MONTH, Boundary.PLAN_CHANGED)


def stretches(**changes: object) -> list[tuple[object, ...]]:
    arguments: dict[str, object] = {
        "start": date(2026, 1, 10),
        "trial_end": None,
        "ends_on": None,
        "end_reason": Boundary.CANCELLED,
        "pauses": (),
        "terms": (terms(date(2026, 1, 10)),),
        "discount": None,
        "currency": "EUR",
        **changes,
    }
    return [
        (s.start, s.end, s.state, s.mrr, s.opened_by, s.closed_by)
        for s in revenue_stretches(**arguments)  # type: ignore[arg-type]
    ]


def test_a_subscription_without_events_is_one_open_stretch() -> None:
    assert stretches() == [
        (date(2026, 1, 10), None, RevenueState.PAYING, D("30.00"), Boundary.STARTED, None)
    ]


def test_a_trial_then_paying_then_cancelled() -> None:
    assert stretches(trial_end=date(2026, 1, 24), ends_on=date(2026, 3, 24)) == [
        (
            date(2026, 1, 10),
            date(2026, 1, 24),
            RevenueState.TRIAL,
            D("30.00"),
            Boundary.STARTED,
            Boundary.TRIAL_ENDED,
        ),
        (
            date(2026, 1, 24),
            date(2026, 3, 24),
            RevenueState.PAYING,
            D("30.00"),
            Boundary.TRIAL_ENDED,
            Boundary.CANCELLED,
        ),
    ]


def test_cancelled_during_its_trial_it_never_pays() -> None:
    assert stretches(trial_end=date(2026, 1, 24), ends_on=date(2026, 1, 20)) == [
        (
            date(2026, 1, 10),
            date(2026, 1, 20),
            RevenueState.TRIAL,
            D("30.00"),
            Boundary.STARTED,
            Boundary.CANCELLED,
        )
    ]


def test_a_pause_then_a_change_of_plan_on_the_day_it_resumes() -> None:
    found = stretches(
        pauses=(Pause(date(2026, 2, 10), date(2026, 4, 10)),),
        terms=(terms(date(2026, 1, 10)), terms(date(2026, 4, 10), "50.00", plan=2)),
    )
    assert found == [
        (
            date(2026, 1, 10),
            date(2026, 2, 10),
            RevenueState.PAYING,
            D("30.00"),
            Boundary.STARTED,
            Boundary.PAUSED,
        ),
        (
            date(2026, 2, 10),
            date(2026, 4, 10),
            RevenueState.PAUSED,
            D("30.00"),
            Boundary.PAUSED,
            Boundary.RESUMED,
        ),
        # The state changed that day: the stretch is named after the resumption.
        (date(2026, 4, 10), None, RevenueState.PAYING, D("50.00"), Boundary.RESUMED, None),
    ]


def test_a_change_that_keeps_the_revenue_still_marks_the_new_plan() -> None:
    found = stretches(
        terms=(terms(date(2026, 1, 10)), terms(date(2026, 3, 1), "30.00", plan=2)),
    )
    assert [(start, opened) for start, _end, _state, _mrr, opened, _closed in found] == [
        (date(2026, 1, 10), Boundary.STARTED),
        (date(2026, 3, 1), Boundary.PLAN_CHANGED),
    ]


def test_a_price_change_that_rounds_to_the_same_revenue_is_no_boundary() -> None:
    price = PricedTerms(date(2026, 3, 1), 1, 1, D("30.001"), MONTH, Boundary.PRICE_CHANGED)
    assert len(stretches(terms=(terms(date(2026, 1, 10)), price))) == 1


def test_a_subscription_ended_before_it_started_has_no_stretch() -> None:
    assert stretches(ends_on=date(2026, 1, 10)) == []


days = st.integers(min_value=0, max_value=400)


@st.composite
def lives(draw: st.DrawFn) -> dict[str, object]:
    start = date(2026, 1, 1) + timedelta(days=draw(days))
    trial = draw(st.one_of(st.none(), st.integers(1, 40)))
    trial_end = start + timedelta(days=trial) if trial else None
    ends = draw(st.one_of(st.none(), st.integers(1, 500)))
    pauses = []
    cursor = start + timedelta(days=(trial or 0) + draw(st.integers(1, 60)))
    for _ in range(draw(st.integers(0, 3))):
        length = draw(st.one_of(st.none(), st.integers(1, 90)))
        pauses.append(Pause(cursor, cursor + timedelta(days=length) if length else None))
        if length is None:
            break
        cursor += timedelta(days=length + draw(st.integers(0, 60)))
    changes = sorted(draw(st.lists(st.integers(1, 500), max_size=4, unique=True)))
    priced = [terms(start, "30.00")] + [
        terms(
            start + timedelta(days=offset),
            draw(st.sampled_from(["10.00", "30.00", "45.50"])),
            plan=draw(st.integers(1, 3)),
            quantity=draw(st.integers(1, 3)),
        )
        for offset in changes
    ]
    return {
        "start": start,
        "trial_end": trial_end,
        "ends_on": start + timedelta(days=ends) if ends else None,
        "end_reason": Boundary.CANCELLED,
        "pauses": tuple(pauses),
        "terms": tuple(priced),
        "discount": draw(st.sampled_from([None, Discount(DiscountKind.PERCENT, D(10))])),
        "currency": "EUR",
    }


def expected_on(day: date, life: dict[str, object]) -> tuple[RevenueState, Decimal] | None:
    """What the subscription is on `day`, worked out from its description directly."""
    start, ends_on = life["start"], life["ends_on"]
    assert isinstance(start, date)
    if day < start or (isinstance(ends_on, date) and day >= ends_on):
        return None
    trial_end = life["trial_end"]
    if isinstance(trial_end, date) and day < trial_end:
        state = RevenueState.TRIAL
    elif any(pause.covers(day) for pause in life["pauses"]):  # type: ignore[attr-defined]
        state = RevenueState.PAUSED
    else:
        state = RevenueState.PAYING
    applying = [item for item in life["terms"] if item.starts_on <= day]  # type: ignore[attr-defined]
    current = applying[-1]
    discount = life["discount"]
    assert discount is None or isinstance(discount, Discount)
    mrr = monthly_value(
        unit_price=current.unit_price,
        quantity=current.quantity,
        discount=discount,
        interval=current.interval,
        currency="EUR",
    )
    return state, mrr


@given(lives(), st.lists(st.integers(0, 1000), min_size=1, max_size=30))
def test_the_stretches_say_what_the_subscription_is_on_any_day(
    life: dict[str, object], offsets: list[int]
) -> None:
    found = revenue_stretches(**life)  # type: ignore[arg-type]
    for first, second in itertools.pairwise(found):
        assert first.end == second.start, "consecutive, without gap or overlap"
        assert first.closed_by is not None
        # Neighbours differ in something: otherwise they would be one stretch.
        assert (first.state, first.plan_id, first.quantity, first.mrr) != (
            second.state,
            second.plan_id,
            second.quantity,
            second.mrr,
        )
    if found:
        assert found[0].start == life["start"]
        assert found[-1].end == life["ends_on"]
    for offset in offsets:
        day = date(2025, 12, 1) + timedelta(days=offset)
        covering = [s for s in found if s.start <= day and (s.end is None or day < s.end)]
        expected = expected_on(day, life)
        if expected is None:
            assert covering == []
        else:
            (stretch,) = covering
            assert (stretch.state, stretch.mrr) == expected


def test_rates_are_none_when_there_was_nothing() -> None:
    assert rate(1, 3) == D("0.3333")
    assert rate(2, 3) == D("0.6667")
    assert rate(0, 0) is None
    assert logo_churn_rate(1, 5, 1) == D("0.1667")
    assert logo_churn_rate(0, 0, 0) is None
    assert revenue_churn_rate(D("30"), D("20"), D("200")) == D("0.2500")
    assert revenue_churn_rate(D("0"), D("0"), D("0")) is None


def test_days_sales_outstanding() -> None:
    # 1,000 owed against 3,000 invoiced over 90 days: a month of sales is waiting.
    assert days_sales_outstanding(D("1000"), D("3000"), 90) == D("30.0")
    assert days_sales_outstanding(D("1000"), D("0"), 90) is None


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2999, 12, 31)))
def test_months(day: date) -> None:
    assert first_of_month(day) <= day <= last_of_month(day)
    assert (last_of_month(day) + timedelta(days=1)).day == 1
    assert month_index(last_of_month(day) + timedelta(days=1)) == month_index(day) + 1
