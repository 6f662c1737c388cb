"""The subscriptions table's rows: what each brings a month, search, filters, order, pages."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from cadence.domain.discounts import Discount, DiscountKind
from cadence.domain.lifecycle import CancellationReason, SubscriptionStatus
from cadence.domain.periods import Interval, IntervalUnit
from cadence.domain.revenue import RevenueState
from cadence.services.customers import archive_customer
from cadence.services.lifecycle import CancelWhen, cancel_subscription, pause_subscription
from cadence.services.subscriptions import (
    SORT_KEYS,
    SubscriptionRow,
    archive_subscription,
    list_subscription_rows,
)
from cadence.store.models import Subscription

from .conftest import Factory  # type: ignore[import-not-found]

D = Decimal
TODAY = date(2026, 11, 25)
ACTIVE = SubscriptionStatus.ACTIVE


def test_a_rows_mrr_is_what_it_brings_today(make: Factory, shop: dict[str, int]) -> None:
    """The table's MRR is the revenue reports' own: a subscription whose cancellation is
    scheduled still brings its price until it takes effect; a paused one brings
    nothing, whatever its status says."""
    session = make.session
    cancel_subscription(
        session,
        subscription_id=shop["elodie_box"],
        today=TODAY,
        when=CancelWhen.PERIOD_END,
        reason=CancellationReason.TOO_EXPENSIVE,
    )
    pause_subscription(session, subscription_id=shop["elodie_pro"], today=TODAY, starts_on=TODAY)
    found = {row.id: row for row in rows(session)}
    box, pro = found[shop["elodie_box"]], found[shop["elodie_pro"]]
    assert box.status is SubscriptionStatus.CANCELLATION_SCHEDULED
    assert (box.mrr, box.revenue_state) == (D("49.80"), RevenueState.PAYING)
    assert (pro.mrr, pro.revenue_state) == (D("0.00"), RevenueState.PAUSED)


def test_rows_sort_by_what_they_bring_today(make: Factory, shop: dict[str, int]) -> None:
    session = make.session
    order = [row.id for row in rows(session, sort="mrr", descending=True)]
    # Élodie's box 49.80, Bruno's 19.90, Zoé's Pro 24.17, Élodie's Pro 21.75.
    assert order == [shop["elodie_box"], shop["zoe_pro"], shop["elodie_pro"], shop["bruno_box"]]


def rows(session: Session, **options: object) -> list[SubscriptionRow]:
    return list_subscription_rows(session, today=TODAY, **options)  # type: ignore[arg-type]


@pytest.fixture
def shop(make: Factory) -> dict[str, int]:
    """Four subscriptions of three customers to two plans, with varied terms."""
    monthly = make.plan(name="Box Thé Découverte", unit_price=D("24.90")).id
    yearly = make.plan(
        name="Caisse Pro annuel", unit_price=D("290.00"), interval_unit=IntervalUnit.YEAR
    ).id
    make.company()  # cancelling now issues credit notes
    elodie = make.customer(name="Élodie Lefèvre", email="elodie@exemple.fr", city="Lyon").id
    bruno = make.customer(name="Bruno Martin", email="bruno@exemple.fr", city="Paris").id
    zoe = make.customer(name="Zoé Garnier", email="zoe@exemple.fr", city="Lyon").id
    return {
        "elodie_box": make.subscription(customer_id=elodie, plan_id=monthly, quantity=2).id,
        "elodie_pro": make.subscription(
            customer_id=elodie,
            plan_id=yearly,
            discount_kind=DiscountKind.PERCENT,
            discount_value=D(10),
        ).id,
        "bruno_box": make.subscription(
            customer_id=bruno, plan_id=monthly, unit_price_override=D("19.90")
        ).id,
        "zoe_pro": make.subscription(customer_id=zoe, plan_id=yearly).id,
    }


def test_a_row_says_what_the_table_shows(make: Factory, shop: dict[str, int]) -> None:
    found = {row.id: row for row in rows(make.session)}
    box = found[shop["elodie_box"]]
    assert (box.customer_name, box.plan_name, box.quantity, box.unit_price) == (
        "Élodie Lefèvre",
        "Box Thé Découverte",
        2,
        D("24.90"),
    )
    assert (box.interval, box.status, box.next_billing_date) == (
        Interval(1, IntervalUnit.MONTH),
        ACTIVE,
        TODAY,
    )
    assert box.mrr == D("49.80")
    pro = found[shop["elodie_pro"]]
    assert pro.mrr == D("21.75")  # 290 − 10 % = 261, ÷ 12
    assert pro.discount == Discount(DiscountKind.PERCENT, D(10))
    bruno = found[shop["bruno_box"]]
    assert (bruno.unit_price, bruno.negotiated, bruno.mrr) == (D("19.90"), True, D("19.90"))
    assert not box.negotiated


@pytest.mark.parametrize(
    ("search", "expected"),
    [
        ("elodie", {"elodie_box", "elodie_pro"}),  # accents and case ignored
        ("LEFÈVRE pro", {"elodie_pro"}),  # every word, customer or plan
        ("découverte", {"elodie_box", "bruno_box"}),  # a plan's name
        ("lyon", {"elodie_box", "elodie_pro", "zoe_pro"}),  # the customer's city
        ("zzz", set()),
    ],
)
def test_search_matches_the_customer_or_the_plan(
    make: Factory, shop: dict[str, int], search: str, expected: set[str]
) -> None:
    names = {value: key for key, value in shop.items()}
    assert {names[row.id] for row in rows(make.session, search=search)} == expected


def test_status_filter_and_archived_view(make: Factory, shop: dict[str, int]) -> None:
    session = make.session
    cancel_subscription(
        session,
        subscription_id=shop["zoe_pro"],
        today=TODAY,
        when=CancelWhen.NOW,
        reason=CancellationReason.TOO_EXPENSIVE,
    )
    cancelled = {SubscriptionStatus.CANCELLED}
    assert [row.id for row in rows(session, statuses=frozenset(cancelled))] == [shop["zoe_pro"]]
    assert rows(session, archived=True) == []
    archive_subscription(session, shop["zoe_pro"], today=TODAY)
    assert [row.id for row in rows(session, archived=True)] == [shop["zoe_pro"]]
    assert shop["zoe_pro"] not in {row.id for row in rows(session)}


def _sort_value(row: SubscriptionRow, sort: str) -> object:
    return {
        "plan": row.plan_name,
        "quantity": row.quantity,
        "price": row.unit_price,
        "start_date": row.start_date,
        "mrr": row.mrr,
        "status": list(SubscriptionStatus).index(row.status),
        "next_billing_date": row.next_billing_date,
    }[sort]


@pytest.mark.parametrize("sort", SORT_KEYS)
def test_every_column_sorts_both_ways(make: Factory, shop: dict[str, int], sort: str) -> None:
    session = make.session
    session.get_one(Subscription, shop["bruno_box"]).start_date = date(2026, 11, 1)
    session.get_one(Subscription, shop["zoe_pro"]).next_billing_date = date(2027, 1, 1)
    # Paused from today: its status changes and it brings nothing this month.
    pause_subscription(session, subscription_id=shop["elodie_pro"], today=TODAY, starts_on=TODAY)
    by_customer = rows(session)  # B(runo), É(lodie) ×2, Z(oé): search_text order
    assert [row.id for row in by_customer] == [
        shop["bruno_box"],
        shop["elodie_box"],
        shop["elodie_pro"],
        shop["zoe_pro"],
    ]
    ascending = [row.id for row in rows(session, sort=sort)]
    descending = [row.id for row in rows(session, sort=sort, descending=True)]
    if sort == "customer":
        assert ascending == [row.id for row in by_customer]
        assert descending == ascending[::-1]
        return
    # Ties keep the customers' order, in both directions (Python's sort is stable);
    # a subscription with nothing left to bill (paused) comes last either way.
    dated = [row for row in by_customer if _sort_value(row, sort) is not None]
    undated = [row.id for row in by_customer if _sort_value(row, sort) is None]
    assert (
        ascending
        == [row.id for row in sorted(dated, key=lambda row: _sort_value(row, sort))] + undated
    )
    assert (
        descending
        == [row.id for row in sorted(dated, key=lambda row: _sort_value(row, sort), reverse=True)]
        + undated
    )


def test_subscriptions_with_nothing_to_bill_come_last_either_way(
    make: Factory, shop: dict[str, int]
) -> None:
    make.session.get_one(Subscription, shop["zoe_pro"]).next_billing_date = None
    for descending in (False, True):
        found = rows(make.session, sort="next_billing_date", descending=descending)
        assert found[-1].id == shop["zoe_pro"]


def test_customers_archived_or_not_sort_together_page_by_page(make: Factory) -> None:
    make.company()
    plan = make.plan(name="Box").id
    names = ["Anne", "Bruno", "Chloé", "Denis", "Émile", "Fanny", "Gaspard"]
    made = [make.subscription(customer_id=make.customer(name=n).id, plan_id=plan) for n in names]
    # A customer is archived once their subscriptions are over (Chloé, Fanny).
    for record in (made[2], made[5]):
        cancel_subscription(
            make.session,
            subscription_id=record.id,
            today=TODAY,
            when=CancelWhen.NOW,
            reason=CancellationReason.OTHER,
        )
        archive_customer(make.session, record.customer_id, today=TODAY)
    pages = [rows(make.session, offset=offset, limit=3) for offset in (0, 3, 6)]
    assert [[row.customer_name for row in page] for page in pages] == [
        ["Anne", "Bruno", "Chloé"],
        ["Denis", "Émile", "Fanny"],
        ["Gaspard"],
    ]
    backwards = rows(make.session, descending=True, limit=2)
    assert [row.customer_name for row in backwards] == ["Gaspard", "Fanny"]


def test_a_row_shows_the_pause_in_progress_or_planned(make: Factory) -> None:
    record = make.subscription()
    assert rows(make.session)[0].pause is None
    pause_subscription(
        make.session,
        subscription_id=record.id,
        today=TODAY,
        starts_on=date(2026, 12, 25),
        resumes_on=date(2027, 2, 1),
    )
    pause = rows(make.session)[0].pause
    assert pause is not None
    assert (pause.start, pause.end) == (date(2026, 12, 25), date(2027, 2, 1))
    # Once over, it is no longer shown.
    after = list_subscription_rows(make.session, today=date(2027, 2, 1))
    assert after[0].pause is None
