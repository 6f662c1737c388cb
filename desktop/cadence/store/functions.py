"""SQL functions every database Cadence runs on has, under different names."""

from __future__ import annotations

from typing import Any

from sqlalchemy import BigInteger, ColumnElement, Integer, type_coerce
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement


def stored_integer(column: Any) -> ColumnElement[int]:
    """A scaled-decimal column (`store.types.ScaledDecimal`: money, prices) as the
    integer it stores, for arithmetic and sums in SQL that stay exact."""
    return type_coerce(column, BigInteger)


class days_between(FunctionElement[int]):  # noqa: N801 - named as SQL functions are
    """Whole days from `earlier` to `later`, two dates: negative when `later` is before."""

    type = Integer()
    inherit_cache = True
    name = "days_between"

    def __init__(self, earlier: Any, later: Any) -> None:
        super().__init__(earlier, later)


@compiles(days_between)
def _days_between(element: days_between, compiler: SQLCompiler, **kw: Any) -> str:
    # PostgreSQL: subtracting two dates gives the days between them.
    earlier, later = (compiler.process(clause, **kw) for clause in element.clauses)
    return f"({later} - {earlier})"


@compiles(days_between, "sqlite")
def _days_between_sqlite(element: days_between, compiler: SQLCompiler, **kw: Any) -> str:
    # SQLite keeps dates as ISO text; julianday() counts days, exactly for dates alone.
    earlier, later = (compiler.process(clause, **kw) for clause in element.clauses)
    return f"CAST(julianday({later}) - julianday({earlier}) AS INTEGER)"
