"""The demo company: realistic, varied, deterministic, and consistent."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from cadence.domain.errors import ConflictError, ValidationError
from cadence.domain.lifecycle import SubscriptionStatus
from cadence.domain.parties import CustomerKind, Language
from cadence.services.demo import create_demo
from cadence.services.integrity import check_database
from cadence.store.database import Database
from cadence.store.models import Customer, Plan, Subscription, SubscriptionPause

from .conftest import Factory  # type: ignore[import-not-found]

CUSTOMERS = 300


@pytest.fixture(scope="module")
def demo_database(tmp_path_factory: pytest.TempPathFactory) -> Database:
    from cadence.store.database import open_database

    database = open_database(tmp_path_factory.mktemp("demo") / "demo.sqlite3")
    with database.transaction() as session:
        create_demo(session, customers=CUSTOMERS, seed=7, today=date(2026, 11, 25))
    return database


def test_the_demo_is_consistent(demo_database: Database) -> None:
    with demo_database.reading() as session:
        assert check_database(session) == []


def test_the_demo_looks_like_a_real_business(demo_database: Database) -> None:
    with demo_database.reading() as session:
        customers = session.scalars(select(Customer)).all()
        subscriptions = session.scalars(select(Subscription)).all()
        plans = session.scalars(select(Plan)).all()
        pauses = session.scalars(select(SubscriptionPause)).all()
    assert len(customers) == CUSTOMERS
    names = " ".join(customer.name for customer in customers)
    assert any(char in names for char in "éèëçï"), "French names with accents"
    assert "'" in names, "names with apostrophes"
    assert {customer.language for customer in customers} == {Language.FRENCH, Language.ENGLISH}
    assert {customer.kind for customer in customers} == set(CustomerKind)
    assert {len(plan.name) > 0 for plan in plans} == {True}
    assert sum(plan.archived for plan in plans) == 1
    assert {plan.interval_unit.value for plan in plans} == {"month", "year", "week"}

    statuses = {subscription.status for subscription in subscriptions}
    assert statuses >= {
        SubscriptionStatus.ACTIVE,
        SubscriptionStatus.CANCELLED,
        SubscriptionStatus.PAUSED,
        SubscriptionStatus.ENDED,
        SubscriptionStatus.CANCELLATION_SCHEDULED,
    }
    cancelled = [s for s in subscriptions if s.status is SubscriptionStatus.CANCELLED]
    assert all(s.cancellation_reason is not None for s in cancelled)
    assert len({s.cancellation_reason for s in cancelled}) >= 4
    assert {pause.subscription_id for pause in pauses} == {
        s.id for s in subscriptions if s.status is SubscriptionStatus.PAUSED
    }
    starts = sorted(subscription.start_date for subscription in subscriptions)
    assert starts[0] >= date(2023, 11, 25)
    assert starts[0] < date(2024, 3, 1), "history goes back about three years"
    assert any(s.discount_kind is not None for s in subscriptions)


def _contents(database: Database) -> list[tuple[object, ...]]:
    tables = [
        "company",
        "number_series",
        "catalogue_item",
        "plan",
        "customer",
        "subscription",
        "subscription_pause",
    ]
    with database.reading() as session:
        rows = [
            tuple(row)
            for table in tables
            # table names from the list above, not from input
            for row in session.execute(text(f"SELECT * FROM {table} ORDER BY id"))  # noqa: S608
        ]
        rows += [
            tuple(row)
            for row in session.execute(
                text(
                    "SELECT on_date, actor, entity, entity_id, action, summary, details "
                    "FROM audit_event ORDER BY id"
                )
            )
        ]
    return rows


def test_a_seed_and_a_date_always_give_the_same_data(database: Database, today: date) -> None:
    from cadence.store.database import open_database

    with database.transaction() as session:
        create_demo(session, customers=40, seed=3, today=today)
    twin = open_database(database.path.with_name("twin.sqlite3"))
    other = open_database(database.path.with_name("other.sqlite3"))
    with twin.transaction() as session:
        create_demo(session, customers=40, seed=3, today=today)
    with other.transaction() as session:
        create_demo(session, customers=40, seed=4, today=today)
    assert _contents(database) == _contents(twin)
    assert _contents(database) != _contents(other)
    twin.close()
    other.close()


def test_the_demo_needs_an_empty_database(make: Factory, session: Session, today: date) -> None:
    make.customer()
    with pytest.raises(ConflictError, match="needs a new database"):
        create_demo(session, customers=10, seed=1, today=today)


@pytest.mark.parametrize("count", [0, -3, 200_001])
def test_the_number_of_customers_is_bounded(session: Session, today: date, count: int) -> None:
    with pytest.raises(ValidationError, match="between 1 and 200000"):
        create_demo(session, customers=count, seed=1, today=today)


def test_future_starts_are_scheduled_not_billed_early(demo_database: Database) -> None:
    today = date(2026, 11, 25)
    with demo_database.reading() as session:
        future = session.scalars(select(Subscription).where(Subscription.start_date > today)).all()
    assert future, "some subscriptions start after today"
    assert all(s.next_billing_date and s.next_billing_date >= s.start_date for s in future)
    assert all(s.start_date <= today + timedelta(days=60) for s in future)
