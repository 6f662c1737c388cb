"""The revenue reports on a small business whose every figure is worked out by hand
below, from its story (docs/reports.md gives the definitions).

Plans (monthly unless said): Essentiel 30.00, Pro 50.00, Annuel 600.00 a year (MRR
50.00), Découverte 20.00 with a 14-day trial. Each step goes through the services on
its own day, as the owner would have done it.

    MRR at the end of 2025: Alice 30 (Essentiel), Bruno 100 (Pro ×2), Chloé 30
    (Essentiel), Daniel 50 (Annuel), Gaston 30 (Essentiel) = 240.00, 5 customers.

    January   10th Émile subscribes to Essentiel with 10 % off for ever: new +27.00
              15th Gaston cancels at once (business closed): churned −30.00
              MRR 237.00
    February  1st  Alice moves up to Pro: expansion +20.00
              5th  Chloé pauses until 5 April: paused −30.00
              20th Fanny starts Découverte: a 14-day trial (no MRR), then 50 % off
                   for 3 cycles (a promotion: MRR 20.00 all the same)
              MRR 227.00
    March     6th  Fanny's trial ends: new +20.00
              10th Bruno goes down to one licence: contraction −50.00
              MRR 197.00
    April     5th  Chloé's pause ends: resumed +30.00
              20th Daniel cancels his yearly plan at once (too expensive): churned −50.00
              MRR 177.00
    May       3rd  Gaston comes back, on Pro: reactivation +50.00
              MRR 227.00
    June      15th Essentiel goes up to 32.00: Chloé +2.00, Émile +1.80 (32 − 10 %):
                   expansion +3.80
              MRR 230.80
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from cadence.domain.discounts import DiscountKind
from cadence.domain.errors import ValidationError
from cadence.domain.lifecycle import CancellationReason
from cadence.domain.periods import IntervalUnit
from cadence.domain.revenue import Boundary, MovementKind, RevenueState
from cadence.services.catalogue import (
    ItemData,
    PlanData,
    create_item,
    create_plan,
    get_plan,
    plan_data,
    update_plan,
)
from cadence.services.company import save_company
from cadence.services.customers import CustomerData, create_customer
from cadence.services.lifecycle import (
    CancelWhen,
    cancel_subscription,
    change_subscription,
    pause_subscription,
)
from cadence.services.reports.growth import cancellations, growth
from cadence.services.reports.recurring import (
    churn,
    churn_over,
    movement_details,
    mrr_movements,
    mrr_on,
    mrr_series,
    retention,
)
from cadence.services.reports.windows import Scope, check_scope
from cadence.services.revenue import revenue_history_problems
from cadence.services.subscriptions import (
    SubscriptionData,
    create_subscription,
    list_subscription_rows,
)
from cadence.store.database import Database, open_database
from cadence.store.models import ChangeMode

from .conftest import COMPANY  # type: ignore[import-not-found]

D = Decimal
EUR = Scope("EUR")
FIRST, LAST = date(2026, 1, 1), date(2026, 6, 30)
M = MovementKind


class Story:
    """The business above, with the ids of what it created."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.customers: dict[str, int] = {}
        self.subscriptions: dict[str, int] = {}
        self.plans: dict[str, int] = {}

    def plan(self, name: str, price: str, **terms: object) -> None:
        item = create_item(self.session, ItemData(f"Service {name}"), today=date(2025, 1, 1))
        data = PlanData(
            name=name,
            item_id=item.id,
            unit_price=D(price),
            available_from=date(2025, 1, 1),
            **terms,  # type: ignore[arg-type]
        )
        self.plans[name] = create_plan(self.session, data, today=date(2025, 1, 1)).id

    def subscribe(self, key: str, customer: str, plan: str, start: date, **terms: object) -> None:
        if customer not in self.customers:
            self.customers[customer] = create_customer(
                self.session,
                CustomerData(
                    name=customer, address_line1="1 rue", postal_code="69001", city="Lyon"
                ),
                today=start,
            ).id
        data = SubscriptionData(
            customer_id=self.customers[customer],
            plan_id=self.plans[plan],
            start_date=start,
            **terms,  # type: ignore[arg-type]
        )
        self.subscriptions[key] = create_subscription(self.session, data, today=start).id


def tell(session: Session) -> Story:
    story = Story(session)
    save_company(session, COMPANY, today=date(2025, 1, 1))
    story.plan("Essentiel", "30.00")
    story.plan("Pro", "50.00")
    story.plan("Annuel", "600.00", interval_unit=IntervalUnit.YEAR)
    story.plan("Découverte", "20.00", trial_count=14, trial_unit=IntervalUnit.DAY)
    story.subscribe("daniel", "Daniel", "Annuel", date(2025, 11, 15))
    story.subscribe("alice", "Alice", "Essentiel", date(2025, 12, 1))
    story.subscribe("gaston", "Gaston", "Essentiel", date(2025, 12, 1))
    story.subscribe("chloe", "Chloé", "Essentiel", date(2025, 12, 5))
    story.subscribe("bruno", "Bruno", "Pro", date(2025, 12, 10), quantity=2)
    # January
    story.subscribe(
        "emile",
        "Émile",
        "Essentiel",
        date(2026, 1, 10),
        discount_kind=DiscountKind.PERCENT,
        discount_value=D(10),
    )
    cancel_subscription(
        session,
        subscription_id=story.subscriptions["gaston"],
        today=date(2026, 1, 15),
        when=CancelWhen.NOW,
        reason=CancellationReason.BUSINESS_CLOSED,
    )
    # February
    change_subscription(
        session,
        subscription_id=story.subscriptions["alice"],
        today=date(2026, 2, 1),
        mode=ChangeMode.NOW_PRORATED,
        plan_id=story.plans["Pro"],
    )
    pause_subscription(
        session,
        subscription_id=story.subscriptions["chloe"],
        today=date(2026, 2, 5),
        starts_on=date(2026, 2, 5),
        resumes_on=date(2026, 4, 5),
    )
    story.subscribe(
        "fanny",
        "Fanny",
        "Découverte",
        date(2026, 2, 20),
        discount_kind=DiscountKind.PERCENT,
        discount_value=D(50),
        discount_cycles=3,
    )
    # March
    change_subscription(
        session,
        subscription_id=story.subscriptions["bruno"],
        today=date(2026, 3, 10),
        mode=ChangeMode.NOW_PRORATED,
        quantity=1,
    )
    # April
    cancel_subscription(
        session,
        subscription_id=story.subscriptions["daniel"],
        today=date(2026, 4, 20),
        when=CancelWhen.NOW,
        reason=CancellationReason.TOO_EXPENSIVE,
    )
    # May
    story.subscribe("gaston again", "Gaston", "Pro", date(2026, 5, 3))
    # June
    essentiel = story.plans["Essentiel"]
    raised = replace(plan_data(get_plan(session, essentiel)), unit_price=D("32.00"))
    update_plan(session, essentiel, raised, today=date(2026, 6, 15))
    return story


@pytest.fixture(scope="module")
def told(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, Story]]:
    database = open_database(tmp_path_factory.mktemp("story") / "cadence.sqlite3")
    with database.transaction() as session:
        story = tell(session)
    yield database, story
    database.close()


@pytest.fixture
def session(told: tuple[Database, Story]) -> Iterator[Session]:
    with told[0].reading() as reading:
        yield reading


@pytest.fixture
def story(told: tuple[Database, Story]) -> Story:
    return told[1]


def test_the_history_follows_from_the_subscriptions(session: Session) -> None:
    assert revenue_history_problems(session) == []


def test_mrr_at_the_end_of_each_month(session: Session) -> None:
    points = mrr_series(session, EUR, first=FIRST, last=LAST)
    assert [(point.day, point.mrr) for point in points] == [
        (date(2026, 1, 31), D("237.00")),
        (date(2026, 2, 28), D("227.00")),
        (date(2026, 3, 31), D("197.00")),
        (date(2026, 4, 30), D("177.00")),
        (date(2026, 5, 31), D("227.00")),
        (date(2026, 6, 30), D("230.80")),
    ]
    # Paying subscriptions: Chloé's pause takes hers out from February to April,
    # Fanny's trial keeps hers out until March.
    assert [point.subscriptions for point in points] == [5, 4, 5, 5, 6, 6]
    assert points[-1].arr == D("2769.60")  # 230.80 × 12


def test_mrr_on_a_day_within_a_month(session: Session) -> None:
    # 1 March: Fanny still in trial, Bruno still at two licences.
    assert mrr_on(session, EUR, day=date(2026, 3, 1)).mrr == D("227.00")
    # 6 March: Fanny's first paid day.
    assert mrr_on(session, EUR, day=date(2026, 3, 6)).mrr == D("247.00")
    assert mrr_on(session, EUR, day=date(2025, 12, 31)).mrr == D("240.00")


def test_the_mrr_is_the_sum_of_the_subscriptions_tab(session: Session) -> None:
    rows = list_subscription_rows(session, today=LAST)
    rows += list_subscription_rows(session, today=LAST, archived=True)
    assert sum(row.mrr for row in rows) == D("230.80")
    by_customer = {row.customer_name: row.mrr for row in rows if row.mrr}
    assert by_customer == {
        "Alice": D("50.00"),
        "Bruno": D("50.00"),
        "Chloé": D("32.00"),
        "Émile": D("28.80"),
        "Fanny": D("20.00"),
        "Gaston": D("50.00"),
    }


MOVEMENTS = {
    # month: (new, expansion, reactivation, resumed, contraction, churned, paused)
    1: ("27.00", "0", "0", "0", "0", "-30.00", "0"),
    2: ("0", "20.00", "0", "0", "0", "0", "-30.00"),
    3: ("20.00", "0", "0", "0", "-50.00", "0", "0"),
    4: ("0", "0", "0", "30.00", "0", "-50.00", "0"),
    5: ("0", "0", "50.00", "0", "0", "0", "0"),
    6: ("0", "3.80", "0", "0", "0", "0", "0"),
}
KINDS = (M.NEW, M.EXPANSION, M.REACTIVATION, M.RESUMED, M.CONTRACTION, M.CHURNED, M.PAUSED)


def test_mrr_movements_month_by_month(session: Session) -> None:
    months = mrr_movements(session, EUR, first=FIRST, last=LAST)
    assert [month.window.month.month for month in months] == [1, 2, 3, 4, 5, 6]
    for month in months:
        expected = MOVEMENTS[month.window.month.month]
        assert [month.amounts[kind] for kind in KINDS] == [D(value) for value in expected]
        assert month.net_new == month.mrr_at_end - month.mrr_at_start
    assert [month.net_new for month in months] == [
        D("-3.00"),
        D("-10.00"),
        D("-30.00"),
        D("-20.00"),
        D("50.00"),
        D("3.80"),
    ]
    june = months[-1]
    assert june.customers[M.EXPANSION] == 2  # Chloé and Émile
    assert [month.customers_at_start for month in months] == [5, 5, 4, 5, 5, 6]


def test_churn_month_by_month(session: Session) -> None:
    months = churn(session, EUR, first=FIRST, last=LAST)
    # January: Gaston lost of 5 customers and Émile new: 1 / 6; 30 of 240.
    # April: Daniel lost of 5 (Chloé, paused at the start, is not counted): 1 / 5;
    # 50 of 197. March: no customer lost, but Bruno's 50 of 227 is revenue churn.
    assert [(month.customers_lost, month.logo_churn_rate) for month in months] == [
        (1, D("0.1667")),
        (0, D("0.0000")),
        (0, D("0.0000")),
        (1, D("0.2000")),
        (0, D("0.0000")),
        (0, D("0.0000")),
    ]
    assert [month.revenue_churn_rate for month in months] == [
        D("0.1250"),
        D("0.0000"),
        D("0.2203"),
        D("0.2538"),
        D("0.0000"),
        D("0.0000"),
    ]
    assert [month.new_customers for month in months] == [1, 0, 1, 0, 1, 0]


def test_churn_over_the_last_30_days(session: Session) -> None:
    figures = churn_over(session, EUR, first=date(2026, 4, 11), last=date(2026, 5, 10))
    # From 10 April's end: Daniel lost (50 of 227 − Chloé resumed already on the 5th).
    assert figures.customers_at_start == 6  # Alice, Bruno, Chloé, Daniel, Émile, Fanny
    assert figures.new_customers == 1  # Gaston, back
    assert figures.customers_lost == 1
    assert figures.logo_churn_rate == D("0.1429")  # 1 / 7
    assert figures.mrr_at_start == D("227.00")
    assert figures.revenue_churn_rate == D("0.2203")  # 50 / 227


def test_retention_of_the_customers_paying_on_new_years_eve(session: Session) -> None:
    figures = retention(session, EUR, first=FIRST, last=LAST)
    # Cohort: Alice 30, Bruno 100, Chloé 30, Daniel 50, Gaston 30 = 240.
    # At the end: Alice 50, Bruno 50, Chloé 32, Daniel 0, Gaston 50 (back) = 182.
    # Each one's lower: 30 + 50 + 30 + 0 + 30 = 140.
    assert figures.customers == 5
    assert figures.customers_kept == 4
    assert (figures.mrr_at_start, figures.mrr_at_end, figures.kept_mrr) == (
        D("240.00"),
        D("182.00"),
        D("140.00"),
    )
    assert figures.net_retention == D("0.7583")
    assert figures.gross_retention == D("0.5833")


def test_a_paused_customer_keeps_their_revenue_in_retention(session: Session) -> None:
    # Over February, Chloé is paused at the end: her 30 counts as kept.
    figures = retention(session, EUR, first=date(2026, 2, 1), last=date(2026, 2, 28))
    # Cohort at 31 January: Alice 30, Bruno 100, Chloé 30, Daniel 50, Émile 27 = 237.
    # At the end: Alice 50, Bruno 100, Chloé 30 (paused), Daniel 50, Émile 27 = 257.
    assert (figures.mrr_at_start, figures.mrr_at_end) == (D("237.00"), D("257.00"))
    assert figures.gross_retention == D("1.0000")
    assert figures.net_retention == D("1.0844")


def test_what_lies_behind_aprils_movements(session: Session, story: Story) -> None:
    details = movement_details(session, EUR, first=date(2026, 4, 1), last=date(2026, 4, 30))
    assert [(line.customer_name, line.kind, line.amount) for line in details] == [
        ("Daniel", M.CHURNED, D("-50.00")),
        ("Chloé", M.RESUMED, D("30.00")),
    ]
    daniel, chloe = details
    assert [
        (event.day, event.boundary, event.mrr_before, event.mrr_after) for event in daniel.events
    ] == [(date(2026, 4, 20), Boundary.CANCELLED, D("50.00"), D("0.00"))]
    assert daniel.events[0].cancellation_reason is CancellationReason.TOO_EXPENSIVE
    assert daniel.events[0].plan_name == "Annuel"
    assert [(event.day, event.boundary, event.mrr_after) for event in chloe.events] == [
        (date(2026, 4, 5), Boundary.RESUMED, D("30.00"))
    ]
    assert chloe.events[0].subscription_id == story.subscriptions["chloe"]


def test_what_lies_behind_an_upgrade_and_a_reactivation(session: Session) -> None:
    february = movement_details(
        session, EUR, first=date(2026, 2, 1), last=date(2026, 2, 28), kind=M.EXPANSION
    )
    (alice,) = february
    assert (alice.customer_name, alice.mrr_at_start, alice.mrr_at_end) == (
        "Alice",
        D("30.00"),
        D("50.00"),
    )
    (change,) = alice.events
    assert (change.boundary, change.plan_name, change.mrr_before, change.mrr_after) == (
        Boundary.PLAN_CHANGED,
        "Pro",
        D("30.00"),
        D("50.00"),
    )
    (gaston,) = movement_details(
        session, EUR, first=date(2026, 5, 1), last=date(2026, 5, 31), kind=M.REACTIVATION
    )
    assert [(event.boundary, event.plan_name) for event in gaston.events] == [
        (Boundary.STARTED, "Pro")
    ]
    (june,) = movement_details(
        session, EUR, first=date(2026, 6, 1), last=date(2026, 6, 30), kind=M.EXPANSION
    )[:1]
    assert june.events[0].boundary is Boundary.PRICE_CHANGED


def test_a_plan_filter_counts_that_plans_subscriptions_only(session: Session, story: Story) -> None:
    essentiel = check_scope(session, "EUR", story.plans["Essentiel"])
    months = mrr_movements(session, essentiel, first=FIRST, last=LAST)
    # Alice leaves Essentiel for Pro in February: churned from Essentiel.
    assert months[1].amounts[M.CHURNED] == D("-30.00")
    assert months[1].amounts[M.PAUSED] == D("-30.00")  # Chloé
    assert [month.mrr_at_end for month in months] == [
        D("87.00"),  # Alice 30, Chloé 30, Émile 27
        D("27.00"),
        D("27.00"),
        D("57.00"),
        D("57.00"),
        D("60.80"),
    ]


def test_growth_month_by_month(session: Session, story: Story) -> None:
    months = growth(session, EUR, first=FIRST, last=LAST).months
    assert [(m.subscriptions, m.customers, m.trials) for m in months] == [
        (5, 5, 0),
        (4, 4, 1),  # Chloé paused; Fanny in trial
        (5, 5, 0),
        (5, 5, 0),
        (6, 6, 0),
        (6, 6, 0),
    ]
    assert [m.new_subscriptions for m in months] == [1, 1, 0, 0, 1, 0]
    assert [m.ended_subscriptions for m in months] == [1, 0, 0, 1, 0, 0]
    assert months[1].new_by_plan == {story.plans["Découverte"]: 1}


def test_cancellations_by_plan_and_reason(session: Session, story: Story) -> None:
    found = cancellations(session, EUR, first=FIRST, last=LAST)
    assert [(plan.plan_name, plan.cancelled, plan.subscriptions, plan.rate) for plan in found] == [
        # Essentiel: Alice (until February), Chloé, Émile and Gaston were on it.
        ("Annuel", 1, 1, D("1.0000")),
        ("Essentiel", 1, 4, D("0.2500")),
    ]
    assert [
        (reason.reason, reason.subscriptions, reason.mrr)
        for plan in found
        for reason in plan.reasons
    ] == [
        (CancellationReason.TOO_EXPENSIVE, 1, D("50.00")),
        (CancellationReason.BUSINESS_CLOSED, 1, D("30.00")),
    ]


def test_a_period_must_make_sense(session: Session) -> None:
    with pytest.raises(ValidationError) as refused:
        mrr_series(session, EUR, first=LAST, last=FIRST)
    assert set(refused.value.errors) == {"last"}
    with pytest.raises(ValidationError) as refused:
        mrr_series(session, EUR, first=date(2010, 1, 1), last=LAST)
    assert set(refused.value.errors) == {"first"}


def test_the_subscriptions_tab_says_why_a_row_counts_nothing(session: Session) -> None:
    rows = {
        row.customer_name: row for row in list_subscription_rows(session, today=date(2026, 2, 25))
    }
    assert rows["Chloé"].revenue_state is RevenueState.PAUSED
    assert rows["Fanny"].revenue_state is RevenueState.TRIAL
    assert (rows["Chloé"].mrr, rows["Fanny"].mrr) == (D("0.00"), D("0.00"))
