"""`db check` finds each kind of damage a hand-edited or corrupted database can carry."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import date

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from cadence.domain.parties import CustomerKind, PaymentMethod
from cadence.domain.periods import DayRule
from cadence.services.integrity import check_database
from cadence.store.database import Database
from cadence.store.migrations import head_revision

from .conftest import Factory  # type: ignore[import-not-found]


@pytest.fixture
def populated(database: Database, today: date) -> Database:
    with database.transaction() as session:
        make = Factory(session, today)
        make.company()
        customer = make.customer(
            kind=CustomerKind.COMPANY,
            siren="732829320",
            vat_number="FR44732829320",
            payment_method=PaymentMethod.DIRECT_DEBIT,
            iban="FR7630006000011234567890189",
        )
        plan = make.plan(day_rule=DayRule.FIXED_DAY, fixed_day=1)
        make.subscription(customer_id=customer.id, plan_id=plan.id, start_date=date(2026, 6, 15))
        make.subscription(customer_id=customer.id, plan_id=plan.id, start_date=date(2026, 7, 15))
    return database


def _damage(database: Database, statement: str) -> None:
    """Write as a hand edit with the sqlite3 tool would: no foreign keys, no CHECKs."""
    with contextlib.closing(sqlite3.connect(database.path)) as connection:
        connection.execute("PRAGMA ignore_check_constraints = ON")
        connection.execute(statement)
        connection.commit()


def _check(database: Database) -> list[str]:
    with database.reading() as session:
        return [str(violation) for violation in check_database(session)]


def test_data_written_by_the_services_passes(populated: Database) -> None:
    assert _check(populated) == []


@pytest.mark.parametrize(
    ("damage", "expected"),
    [
        (
            "UPDATE subscription SET billing_anchor = '2026-07-15' WHERE id = 1",
            "subscription: subscription 1: billing anchor 2026-07-15 does not follow the plan's "
            "day rule (fixed_day)",
        ),
        (
            # Nothing is invoiced yet: the short first period (15 June → 1 July) is next.
            "UPDATE subscription SET next_billing_date = NULL WHERE id = 1",
            "subscription: subscription 1: next billing date is None, "
            "its invoices and timeline say 2026-06-15",
        ),
        (
            "UPDATE subscription SET next_billing_date = '2027-01-01' WHERE id = 1",
            "subscription: subscription 1: next billing date is 2027-01-01, "
            "its invoices and timeline say 2026-06-15",
        ),
        (
            "UPDATE subscription SET start_date = '2023-06-15' WHERE id = 1",
            "subscription: subscription 1: starts before its plan exists (2024-01-01)",
        ),
        (
            "UPDATE subscription SET status = 'paused' WHERE id = 2",
            "pause: subscription 2: is paused with no pause",
        ),
        (
            "INSERT INTO subscription_pause (subscription_id, start_date, end_date, reason) VALUES "
            "(1, '2026-08-01', '2026-09-15', ''), (1, '2026-09-01', NULL, '')",
            "pause: subscription 1: pauses from 2026-09-01 overlap",
        ),
        (
            "UPDATE customer SET siren = '732829321'",
            "customer: customer 1 (Élodie Lefèvre): “732829321” is not a valid SIREN",
        ),
        (
            "UPDATE customer SET iban = 'FR7630006000011234567890188'",
            "customer: customer 1 (Élodie Lefèvre): "
            "“FR7630006000011234567890188” is not a valid IBAN",
        ),
        (
            "UPDATE number_series SET mask = 'FA-{0000}' WHERE kind = 'invoice'",
            "numbering: series Factures: a counter that restarts every year needs {YYYY}",
        ),
        (
            "UPDATE plan SET interval_count = 500",
            "plan: plan 1 (Caisse mensuelle): the number of months must be between 1 and 120",
        ),
        (
            "UPDATE alembic_version SET version_num = '0000'",
            f"storage: database: schema version is 0000, expected {head_revision()}",
        ),
        (
            "PRAGMA application_id = 42",
            "storage: database: the file's application id is 42, not Cadence's",
        ),
    ],
    ids=[
        "anchor off the day rule",
        "next date lost",
        "next date too late",
        "before the plan",
        "paused without pause",
        "overlapping pauses",
        "bad SIREN",
        "bad IBAN",
        "bad mask",
        "bad plan cycle",
        "schema version",
        "application id",
    ],
)
def test_each_damage_is_reported(populated: Database, damage: str, expected: str) -> None:
    _damage(populated, damage)
    problems = _check(populated)
    assert any(problem.startswith(expected) for problem in problems), problems


def test_a_broken_foreign_key_is_reported(populated: Database) -> None:
    _damage(populated, "UPDATE subscription SET plan_id = 77 WHERE id = 2")
    problems = _check(populated)
    assert "storage: database: row 2 of subscription refers to a missing row of plan" in problems


def test_the_check_only_reads(populated: Database, session: Session) -> None:
    before = session.execute(text("SELECT count(*) FROM audit_event")).scalar()
    _check(populated)
    assert session.execute(text("SELECT count(*) FROM audit_event")).scalar() == before
