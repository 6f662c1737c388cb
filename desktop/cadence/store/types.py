"""Column types that keep the domain's values exact."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator


class ScaledDecimal(TypeDecorator[Decimal]):
    """A `Decimal` stored exactly as an integer count of 10^-scale units.

    SQLite has no decimal type: a NUMERIC column turns 29.90 into a float, and
    `SUM()` then adds binary fractions. Integers of cents are exact everywhere,
    in `SUM()` too, and portable to PostgreSQL. A value with more decimal places
    than the column holds is refused, never rounded behind the caller's back.
    """

    impl = sa.BigInteger
    cache_ok = True

    def __init__(self, scale: int) -> None:
        super().__init__()
        self.scale = scale

    def process_bind_param(self, value: Any, dialect: Dialect) -> int | None:
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, Decimal | int):
            raise TypeError(f"expected Decimal, got {type(value).__name__}: {value!r}")
        scaled = Decimal(value).scaleb(self.scale)
        if scaled != scaled.to_integral_value():
            raise ValueError(f"{value} has more than {self.scale} decimal places")
        return int(scaled)

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return Decimal(int(value)).scaleb(-self.scale)

    def copy(self, **kwargs: Any) -> ScaledDecimal:
        return ScaledDecimal(self.scale)


class DayNumber(TypeDecorator[date]):
    """A `date` stored as its day number (`date.toordinal()`): reports that sort days
    into months compare and subtract integers, much faster than ISO texts."""

    impl = sa.Integer
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> int | None:
        if value is None:
            return None
        if not isinstance(value, date):
            raise TypeError(f"expected date, got {type(value).__name__}: {value!r}")
        return value.toordinal()

    def process_result_value(self, value: Any, dialect: Dialect) -> date | None:
        return None if value is None else date.fromordinal(int(value))


DAY_NUMBER = DayNumber()
MONEY = ScaledDecimal(2)  # amounts in the currency's unit, to the cent
UNIT_PRICE = ScaledDecimal(4)  # unit prices may be finer than a cent (0.0125 € per SMS)
QUANTITY = ScaledDecimal(3)
PERCENT = ScaledDecimal(2)  # VAT rates and discount percentages: 5.50


def enum_type(enum_class: type[StrEnum], column: str | None = None) -> sa.Enum:
    """Store an enum as its value in a VARCHAR with a CHECK constraint (portable).

    The constraint is named after `column`, or after the enum when a table uses
    it once; a table with two columns of one enum must name them apart.
    """
    name = column or "".join(
        f"_{char.lower()}" if char.isupper() else char for char in enum_class.__name__
    ).lstrip("_")
    return sa.Enum(
        enum_class,
        name=name,
        native_enum=False,
        create_constraint=True,
        validate_strings=True,
        length=max(len(member.value) for member in enum_class),
        values_callable=lambda members: [member.value for member in members],
    )
