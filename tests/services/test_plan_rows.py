"""The catalogue's plans as the Plans tab lists them, and a plan checked without saving."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cadence.domain.errors import ValidationError
from cadence.domain.lifecycle import CancellationReason
from cadence.domain.periods import IntervalUnit
from cadence.services.catalogue import (
    PLAN_SORTS,
    PlanData,
    archive_plan,
    check_plan,
    get_plan_row,
    plan_rows,
)
from cadence.services.lifecycle import CancelWhen, cancel_subscription
from cadence.store.models import Plan

from .conftest import PLAN_AVAILABLE_FROM, Factory  # type: ignore[import-not-found]

D = Decimal


def test_plans_sort_by_their_terms(make: Factory) -> None:
    make.plan(name="Mensuel", unit_price=D("29.00"))
    make.plan(name="Trimestriel", unit_price=D("80.00"), interval_count=3)
    make.plan(name="Hebdo", unit_price=D("9.00"), interval_unit=IntervalUnit.WEEK)
    make.plan(name="Annuel", unit_price=D("290.00"), interval_unit=IntervalUnit.YEAR)

    def names(sort: str, descending: bool = False) -> list[str]:
        return [row.plan.name for row in plan_rows(make.session, sort=sort, descending=descending)]

    assert names("name") == ["Annuel", "Hebdo", "Mensuel", "Trimestriel"]
    assert names("cycle") == ["Hebdo", "Mensuel", "Trimestriel", "Annuel"]
    assert names("price", descending=True) == ["Annuel", "Trimestriel", "Mensuel", "Hebdo"]
    for sort in PLAN_SORTS:
        assert len(names(sort)) == 4
    with pytest.raises(ValueError, match="cannot be sorted"):
        plan_rows(make.session, sort="colour")


def test_plans_are_searched_by_name_item_and_description_ignoring_accents(
    make: Factory, session: Session, today: date
) -> None:
    tea = make.item(name="Thé vert")
    make.plan(name="Découverte", item_id=tea.id, description="Trois sachets")
    make.plan(name="Caisse mensuelle")
    old = make.plan(name="Ancienne découverte", item_id=tea.id)
    archive_plan(session, old.id, today=today)

    assert [row.plan.name for row in plan_rows(session, search="THE")] == ["Découverte"]
    assert [row.plan.name for row in plan_rows(session, search="decouverte")] == ["Découverte"]
    assert [row.plan.name for row in plan_rows(session, search="sachets")] == ["Découverte"]
    shown = plan_rows(session, search="decouverte", include_archived=True)
    assert [(row.plan.name, row.plan.archived) for row in shown] == [
        ("Ancienne découverte", True),
        ("Découverte", False),
    ]
    assert [row.plan.name for row in plan_rows(session, offset=1, limit=1)] == ["Découverte"]


def test_rows_count_running_subscriptions_and_all_of_them(
    make: Factory, session: Session, today: date
) -> None:
    make.company()  # cancelling settles what was billed
    plan = make.plan()
    make.subscription(plan_id=plan.id)
    ended = make.subscription(plan_id=plan.id)
    cancel_subscription(
        session,
        subscription_id=ended.id,
        today=today,
        when=CancelWhen.NOW,
        reason=CancellationReason.OTHER,
    )
    (row,) = plan_rows(session)
    assert (row.running_subscriptions, row.subscriptions) == (1, 2)
    assert get_plan_row(session, plan.id) == row


def test_a_plan_is_checked_without_being_saved(make: Factory, session: Session) -> None:
    item = make.item()
    data = PlanData(
        name="", item_id=item.id, unit_price=D("-1"), available_from=PLAN_AVAILABLE_FROM
    )
    with pytest.raises(ValidationError) as raised:
        check_plan(session, data)
    assert set(raised.value.errors) == {"name", "unit_price"}
    check_plan(session, PlanData("Box", item.id, D("10"), PLAN_AVAILABLE_FROM))
    assert session.scalar(select(func.count()).select_from(Plan)) == 0
