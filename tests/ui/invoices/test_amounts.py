"""Amounts as owners type them, in French or English, read exactly."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale

from cadence.ui.invoices.amounts import amount_text, currency_symbol, parse_amount


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("34,80", "34.80"),
        ("34.80", "34.80"),
        (" 1 234,50 € ", "1234.50"),
        ("1\u202f234,50", "1234.50"),  # the narrow space French formatting uses
        ("1.234,50", "1234.50"),
        ("1,234.50", "1234.50"),
        ("12", "12"),
        ("0,1", "0.1"),
        ("12,345", "12.345"),  # three decimals: the service refuses them, next to the field
    ],
)
def test_amounts_are_read_exactly(typed: str, read: str) -> None:
    amount = parse_amount(typed)
    assert amount == Decimal(read)
    assert str(amount) == read  # never through a float


@pytest.mark.parametrize("typed", ["", "douze", "12,50,3", "1.2.3", "€", "12-5"])
def test_what_is_not_an_amount_is_said_so(typed: str) -> None:
    assert parse_amount(typed) is None


def test_an_amount_to_edit_has_two_decimals_in_the_interfaces_language() -> None:
    previous = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
        assert amount_text(Decimal("34.8")) == "34,80"
        assert amount_text(Decimal("1234.5")) == "1234,50"
        assert currency_symbol("EUR") == "€"
    finally:
        QLocale.setDefault(previous)
    assert amount_text(Decimal("34.8")) == "34.80"
