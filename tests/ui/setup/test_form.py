"""Amounts typed in the settings are read as the owner means them."""

from __future__ import annotations

from decimal import Decimal

import pytest

from cadence.ui.setup.form import amount_text, parse_amount


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("20000", Decimal("20000")),
        ("20 000", Decimal("20000")),
        ("20\u202f000 €", Decimal("20000")),
        ("20.000", Decimal("20000")),  # three digits after a separator: thousands
        ("20,000", Decimal("20000")),
        ("1500,50", Decimal("1500.50")),
        ("1 500.5", Decimal("1500.5")),
        ("1.500,50", Decimal("1500.50")),
        ("-10", Decimal("-10")),  # read, so the service can say it cannot be negative
        ("vingt mille", None),
        ("1,2,3", None),
        ("10.123", Decimal("10123")),
        ("", None),
    ],
)
def test_amounts_are_read_as_typed(typed: str, value: Decimal | None) -> None:
    assert parse_amount(typed) == value


def test_an_amount_is_shown_as_it_would_be_typed_back() -> None:
    assert amount_text(Decimal("20000.00")) == "20000"
    assert parse_amount(amount_text(Decimal("1500.50"))) == Decimal("1500.50")
    assert amount_text(None) == ""
