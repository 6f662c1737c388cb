"""ScaledDecimal keeps amounts exact in SQLite, in rows and in SQL sums."""

from __future__ import annotations

from decimal import Decimal

import pytest
import sqlalchemy as sa
from hypothesis import given
from hypothesis import strategies as st

from cadence.store.types import ScaledDecimal

metadata = sa.MetaData()
amounts = sa.Table(
    "amounts",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("value", ScaledDecimal(2)),
    sa.Column("price", ScaledDecimal(4)),
)


@pytest.fixture(scope="module")
def engine() -> sa.Engine:
    engine = sa.create_engine("sqlite://")
    metadata.create_all(engine)
    return engine


@given(
    st.decimals(min_value=Decimal("-99999999999.99"), max_value=Decimal("99999999999.99"), places=2)
)
def test_amounts_come_back_exactly(engine: sa.Engine, value: Decimal) -> None:
    with engine.begin() as connection:
        row_id = connection.execute(amounts.insert().values(value=value)).inserted_primary_key[0]
        stored = connection.execute(
            sa.select(amounts.c.value).where(amounts.c.id == row_id)
        ).scalar_one()
    assert stored == value
    assert stored.as_tuple().exponent == -2


def test_sums_in_sql_are_exact(engine: sa.Engine) -> None:
    # 0.1 added ten times is 0.9999999999999999 in binary floating point.
    with engine.begin() as connection:
        connection.execute(amounts.delete())
        connection.execute(amounts.insert(), [{"value": Decimal("0.10")}] * 10)
        total = connection.execute(sa.select(sa.func.sum(amounts.c.value))).scalar_one()
    assert total == Decimal("1.00")
    assert isinstance(total, Decimal)


def test_values_are_stored_as_integers(engine: sa.Engine) -> None:
    with engine.begin() as connection:
        connection.execute(amounts.delete())
        connection.execute(amounts.insert().values(value=Decimal("29.90"), price=Decimal("0.0125")))
        raw = connection.exec_driver_sql("SELECT value, price, typeof(value) FROM amounts").one()
    assert tuple(raw) == (2990, 125, "integer")


@pytest.mark.parametrize(
    ("column", "value", "error"),
    [
        ("value", Decimal("1.005"), ValueError),
        ("price", Decimal("0.00001"), ValueError),
        ("value", 1.5, TypeError),
        ("value", "1.50", TypeError),
        ("value", True, TypeError),
    ],
    ids=["three places in two", "five places in four", "float", "text", "bool"],
)
def test_values_that_would_lose_precision_are_refused(
    engine: sa.Engine, column: str, value: object, error: type[Exception]
) -> None:
    with engine.begin() as connection, pytest.raises(sa.exc.StatementError) as raised:
        connection.execute(amounts.insert().values({column: value}))
    assert isinstance(raised.value.orig, error)


def test_arithmetic_in_sql_needs_the_type_coerced_back(engine: sa.Engine) -> None:
    """`a - b` in SQL loses ScaledDecimal: the raw cents come back unless coerced."""
    with engine.begin() as connection:
        connection.execute(amounts.delete())
        connection.execute(amounts.insert().values(value=Decimal("100.00"), price=Decimal(0)))
        difference = amounts.c.value - sa.literal(3480)
        raw = connection.execute(sa.select(difference)).scalar_one()
        coerced = connection.execute(
            sa.select(sa.type_coerce(difference, ScaledDecimal(2)))
        ).scalar_one()
    assert raw == 6520
    assert coerced == Decimal("65.20")
