"""Revenue history: each plan's prices over time, and each subscription's life as
stretches of constant monthly revenue, for the revenue reports.

Prices changed before this revision were not kept: each plan's current price is
taken as its price since it was first sold. The stretches of the subscriptions
already there are derived here, with the rule of `domain.revenue`, from rows read
as this revision knows them (later revisions may change the tables; this one
keeps reading them as they were).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from alembic import op

from cadence.domain.billing import Pause
from cadence.domain.discounts import Discount, DiscountKind
from cadence.domain.periods import BillingSchedule, DateOutOfRange, DayRule, Interval, IntervalUnit
from cadence.domain.revenue import Boundary, PricedTerms, revenue_stretches

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_BOUNDARIES = (
    "started",
    "trial_ended",
    "plan_changed",
    "price_changed",
    "paused",
    "resumed",
    "cancelled",
    "ended",
)


_INDEXES: dict[str, tuple[str, ...]] = {
    "ix_revenue_segment_starts": (
        "start_date",
        "state",
        "currency",
        "plan_id",
        "customer_id",
        "mrr",
        "opened_by",
    ),
    "ix_revenue_segment_ends": (
        "end_date",
        "state",
        "currency",
        "plan_id",
        "customer_id",
        "mrr",
        "closed_by",
    ),
    "ix_revenue_segment_customer": (
        "customer_id",
        "state",
        "start_date",
        "end_date",
        "currency",
        "plan_id",
        "mrr",
    ),
}


# The receivables reports read open invoices, and a period's sales, from these alone.
_INVOICE_INDEXES: dict[str, tuple[str, ...]] = {
    "ix_invoice_receivables": (
        "status",
        "currency",
        "kind",
        "issue_date",
        "due_date",
        "total_gross",
        "customer_id",
    ),
    "ix_invoice_sales": ("issue_date", "currency", "status", "kind", "total_gross"),
}


def upgrade() -> None:
    op.create_table(
        "plan_price",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("effective_on", sa.Date(), nullable=False),
        sa.Column("unit_price", sa.BigInteger(), nullable=False),
        sa.CheckConstraint("unit_price >= 0", name=op.f("ck_plan_price_unit_price_not_negative")),
        sa.ForeignKeyConstraint(["plan_id"], ["plan.id"], name=op.f("fk_plan_price_plan_id_plan")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_price")),
        sa.UniqueConstraint(
            "plan_id", "effective_on", name=op.f("uq_plan_price_plan_id_effective_on")
        ),
    )
    op.create_table(
        "revenue_segment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("subscription_id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column(
            "state",
            sa.Enum(
                "trial",
                "paying",
                "paused",
                name="revenue_state",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        # Day numbers (date.toordinal()): the reports compare integers.
        sa.Column("start_date", sa.Integer(), nullable=False),
        sa.Column("end_date", sa.Integer(), nullable=True),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("mrr", sa.BigInteger(), nullable=False),
        sa.Column(
            "opened_by",
            sa.Enum(*_BOUNDARIES, name="opened_by", native_enum=False, create_constraint=True),
            nullable=False,
        ),
        sa.Column(
            "closed_by",
            sa.Enum(*_BOUNDARIES, name="closed_by", native_enum=False, create_constraint=True),
            nullable=True,
        ),
        sa.CheckConstraint(
            "(end_date IS NULL) = (closed_by IS NULL)",
            name=op.f("ck_revenue_segment_closed_by_when_ended"),
        ),
        sa.CheckConstraint(
            "end_date IS NULL OR end_date > start_date",
            name=op.f("ck_revenue_segment_ends_after_start"),
        ),
        sa.CheckConstraint("quantity >= 1", name=op.f("ck_revenue_segment_quantity_positive")),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customer.id"], name=op.f("fk_revenue_segment_customer_id_customer")
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["plan.id"], name=op.f("fk_revenue_segment_plan_id_plan")
        ),
        sa.ForeignKeyConstraint(
            ["subscription_id"],
            ["subscription.id"],
            name=op.f("fk_revenue_segment_subscription_id_subscription"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_revenue_segment")),
        sa.UniqueConstraint(
            "subscription_id",
            "start_date",
            name=op.f("uq_revenue_segment_subscription_id_start_date"),
        ),
    )
    for name, columns in _INDEXES.items():
        op.create_index(name, "revenue_segment", list(columns))
    for name, columns in _INVOICE_INDEXES.items():
        op.create_index(name, "invoice", list(columns))

    bind = op.get_bind()
    bind.execute(
        sa.text(
            "INSERT INTO plan_price (plan_id, effective_on, unit_price) "
            "SELECT id, available_from, unit_price FROM plan"
        )
    )
    _derive_segments(bind)


# -- the stretches of the subscriptions already there -----------------------------------


def _price(raw: int) -> Decimal:
    return Decimal(raw).scaleb(-4)


def _day(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def _date(value: Any) -> date:
    day = _day(value)
    assert day is not None, "a NOT NULL date"
    return day


def _derive_segments(bind: sa.engine.Connection) -> None:
    plans: dict[int, dict[str, Any]] = {}
    for row in bind.execute(
        sa.text(
            "SELECT id, unit_price, currency, interval_count, interval_unit, day_rule, "
            "fixed_day, fixed_cycles FROM plan"
        )
    ):
        plans[row.id] = {
            "price": _price(row.unit_price),
            "currency": row.currency,
            "interval": Interval(row.interval_count, IntervalUnit(row.interval_unit)),
            "day_rule": DayRule(row.day_rule),
            "fixed_day": row.fixed_day,
            "fixed_cycles": row.fixed_cycles,
        }
    changes: dict[int, list[Any]] = defaultdict(list)
    for row in bind.execute(
        sa.text(
            "SELECT subscription_id, effective_on, old_plan_id, new_plan_id, old_quantity, "
            "new_quantity, old_unit_price_override, new_unit_price_override "
            "FROM subscription_change ORDER BY effective_on, id"
        )
    ):
        changes[row.subscription_id].append(row)
    pauses: dict[int, list[Pause]] = defaultdict(list)
    for row in bind.execute(
        sa.text(
            "SELECT subscription_id, start_date, end_date FROM subscription_pause "
            "ORDER BY start_date"
        )
    ):
        pauses[row.subscription_id].append(Pause(_date(row.start_date), _day(row.end_date)))
    segments = sa.table(
        "revenue_segment",
        *(
            sa.column(name)
            for name in (
                "subscription_id",
                "customer_id",
                "plan_id",
                "currency",
                "state",
                "start_date",
                "end_date",
                "quantity",
                "mrr",
                "opened_by",
                "closed_by",
            )
        ),
    )
    batch: list[dict[str, Any]] = []
    for row in bind.execute(
        sa.text(
            "SELECT id, customer_id, plan_id, quantity, unit_price_override, discount_kind, "
            "discount_value, discount_cycles, start_date, trial_end, billing_anchor, status, "
            "ended_on, cancellation_effective_on FROM subscription ORDER BY id"
        )
    ):
        plan = plans[row.plan_id]
        start = _date(row.start_date)
        own = changes.get(row.id, [])
        pieces: list[tuple[date, int, int, int | None]] = (
            [(start, own[0].old_plan_id, own[0].old_quantity, own[0].old_unit_price_override)]
            + [
                (
                    _date(change.effective_on),
                    change.new_plan_id,
                    change.new_quantity,
                    change.new_unit_price_override,
                )
                for change in own
            ]
            if own
            else [(start, row.plan_id, row.quantity, row.unit_price_override)]
        )
        terms = [
            PricedTerms(
                day,
                plan_id,
                quantity,
                plans[plan_id]["price"] if override is None else _price(override),
                plans[plan_id]["interval"],
                Boundary.PLAN_CHANGED,
            )
            for day, plan_id, quantity, override in pieces
        ]
        ends_on, end_reason = _end(row, plan)
        discount = (
            Discount(
                DiscountKind(row.discount_kind),
                Decimal(row.discount_value).scaleb(-2),
                row.discount_cycles,
            )
            if row.discount_kind is not None
            else None
        )
        for stretch in revenue_stretches(
            start=start,
            trial_end=_day(row.trial_end),
            ends_on=ends_on,
            end_reason=end_reason,
            pauses=pauses.get(row.id, []),
            terms=terms,
            discount=discount,
            currency=plan["currency"],
        ):
            batch.append(
                {
                    "subscription_id": row.id,
                    "customer_id": row.customer_id,
                    "plan_id": stretch.plan_id,
                    "currency": plan["currency"],
                    "state": stretch.state.value,
                    "start_date": stretch.start.toordinal(),
                    "end_date": None if stretch.end is None else stretch.end.toordinal(),
                    "quantity": stretch.quantity,
                    "mrr": int(stretch.mrr.scaleb(2)),
                    "opened_by": stretch.opened_by.value,
                    "closed_by": None if stretch.closed_by is None else stretch.closed_by.value,
                }
            )
        if len(batch) >= 5000:
            bind.execute(sa.insert(segments), batch)
            batch = []
    if batch:
        bind.execute(sa.insert(segments), batch)


def _end(row: Any, plan: dict[str, Any]) -> tuple[date | None, Boundary]:
    ended_on = _day(row.ended_on)
    if ended_on is not None:
        return ended_on, Boundary.ENDED if row.status == "ended" else Boundary.CANCELLED
    term_end = None
    if plan["fixed_cycles"] is not None:
        try:
            term_end = BillingSchedule(
                _date(row.billing_anchor), plan["interval"], plan["day_rule"], plan["fixed_day"]
            ).boundary(plan["fixed_cycles"])
        except DateOutOfRange:
            term_end = None
    cancelled = _day(row.cancellation_effective_on)
    if cancelled is not None and (term_end is None or cancelled <= term_end):
        return cancelled, Boundary.CANCELLED
    return term_end, Boundary.ENDED


def downgrade() -> None:
    for name in _INVOICE_INDEXES:
        op.drop_index(name, table_name="invoice")
    for name in _INDEXES:
        op.drop_index(name, table_name="revenue_segment")
    op.drop_table("revenue_segment")
    op.drop_table("plan_price")
